using System.Text.Json;

namespace DeepNvm.Cli.Tests;

/// <summary>The README's study (examples/deepnvm-paper) through `deepnvm study --json`: the fields the
/// issue names, and the qualitative facts docs/validation-studies.md reports as holding.</summary>
public class StudyPaperExampleTests
{
    private static readonly Lazy<JsonElement> Result = new(() =>
        ExampleStudyJson.Run(Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "nvm"), "DeepNvmPlusPlus"));

    [Fact]
    public void The_paper_study_reports_every_technology_with_the_documented_fields()
    {
        var root = Result.Value;
        root.GetProperty("baseline").GetString().ShouldBe("Sram6T");
        root.GetProperty("workloads").GetArrayLength().ShouldBe(7);
        var techs = root.GetProperty("technologies").EnumerateArray().ToArray();
        techs.Select(t => t.GetProperty("name").GetString() + ":" + t.GetProperty("kind").GetString()).ShouldBe(new[] { "SttMram:mtj", "SotMram:sot" });
        foreach (var t in techs)
        {
            t.GetProperty("isoCapacity").GetProperty("areaReduction").GetDouble().ShouldBeGreaterThan(1);
            t.GetProperty("isoArea").GetProperty("capacityRatio").GetDouble().ShouldBeGreaterThan(1);
            t.GetProperty("scalability").GetArrayLength().ShouldBe(8);
        }
    }

    [Fact]
    public void The_NVM_advantage_grows_with_capacity_and_SOT_beats_STT_in_EDP()
    {
        var techs = Result.Value.GetProperty("technologies").EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        foreach (var t in techs.Values)
        {
            var sweep = t.GetProperty("scalability").EnumerateArray().Select(p => p.GetProperty("edpReductionGeomean").GetDouble()).ToArray();
            sweep[^1].ShouldBeGreaterThan(10 * sweep[0]);
            sweep[^1].ShouldBeGreaterThan(1);
        }

        double Edp(string name, string study) => techs[name].GetProperty(study).GetProperty("edpReductionGeomean").GetDouble();
        Edp("SotMram", "isoCapacity").ShouldBeGreaterThan(Edp("SttMram", "isoCapacity"));
        Edp("SotMram", "isoArea").ShouldBeGreaterThan(Edp("SttMram", "isoArea"));
    }
}
