using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm study` on a study with scenarios and reference lines: a column and a JSON entry per
/// scenario, the study's own results unchanged at the top level, and each published figure placed.</summary>
public class ScenarioAndReferenceTests
{
    private static readonly string Text = AnalysisCommandTests.Uncertain
        .Replace("study SmallStudy {", "scenario FastWrites { SttMram.write.pulse = 2 ns }\nscenario Leaky { N16.leakage_scale = 5 }\n\nstudy SmallStudy {\n  scenarios = [FastWrites, Leaky]\n  reference iso_capacity.edp_reduction(SttMram) = 0.02 \"a test figure\"");

    private static (int Code, string Out, string Err) Study(StudyTestProject project, string? samples = null, bool json = true, params string[] sets)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(new StudyOptions(project.File) { Json = json, Samples = samples, Seed = samples is null ? null : "1", Sets = sets }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static double Edp(JsonElement technologies) => technologies[0].GetProperty("isoCapacity").GetProperty("edpReductionGeomean").GetDouble();

    [Fact]
    public void Each_scenario_is_evaluated_under_its_values_and_the_top_level_stays_the_studys_own()
    {
        using var project = new StudyTestProject(Text);
        var (code, output, error) = Study(project);
        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;

        using var withoutScenarios = new StudyTestProject(AnalysisCommandTests.Uncertain);
        using var plain = JsonDocument.Parse(Study(withoutScenarios).Out);
        Edp(root.GetProperty("technologies")).ShouldBe(Edp(plain.RootElement.GetProperty("technologies")));

        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToArray();
        scenarios.Select(s => s.GetProperty("name").GetString()).ShouldBe(new[] { "FastWrites", "Leaky" });
        using var fast = JsonDocument.Parse(Study(project, null, true, "SttMram.write.pulse=2 ns").Out);
        Edp(scenarios[0].GetProperty("technologies")).ShouldBe(Edp(fast.RootElement.GetProperty("technologies")));
        Edp(scenarios[1].GetProperty("technologies")).ShouldBeGreaterThan(Edp(root.GetProperty("technologies")));
    }

    [Fact]
    public void The_terminal_shows_a_column_per_scenario()
    {
        using var project = new StudyTestProject(Text);
        var (code, output, error) = Study(project, json: false);
        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Scenarios side by side");
        output.ShouldContain("FastWrites");
        output.ShouldContain("Leaky");
        output.ShouldContain("Published figures against ours");
    }

    [Fact]
    public void References_are_placed_per_scenario_with_their_quantile_or_the_side_they_lie_outside()
    {
        using var project = new StudyTestProject(Text);
        var (code, output, error) = Study(project, samples: "8");
        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var references = doc.RootElement.GetProperty("references").EnumerateArray().ToArray();
        references.Select(r => r.GetProperty("scenario").GetString()).ShouldBe(new[] { "FastWrites", "Leaky" });
        foreach (var r in references)
        {
            r.GetProperty("metric").GetString().ShouldBe("iso_capacity.edp_reduction");
            r.GetProperty("technology").GetString().ShouldBe("SttMram");
            r.GetProperty("value").GetDouble().ShouldBe(0.02);
            r.GetProperty("source").GetString().ShouldBe("a test figure");
            var quantile = r.GetProperty("quantile");
            if (quantile.ValueKind == JsonValueKind.Null)
            {
                r.GetProperty("outside").GetString().ShouldBeOneOf("above", "below");
            }
            else
            {
                quantile.GetDouble().ShouldBeInRange(0, 1);
            }

            r.GetProperty("p05").GetDouble().ShouldBeLessThanOrEqualTo(r.GetProperty("p95").GetDouble());
        }
    }
}
