using System.Text.Json;

namespace DeepNvm.Cli.Tests;

/// <summary>examples/h200-profiles/study.nvm: SRAM, STT and SOT as an H200's L2 over the DL iterations measured
/// on an H200, through `deepnvm study --json`, with the figures its README reports.</summary>
public class StudyH200ExampleTests
{
    private static readonly Lazy<JsonElement> Result = new(() =>
        ExampleStudyJson.Run(Path.Combine(RepositoryPaths.Root, "examples", "h200-profiles", "study.nvm")));

    [Fact]
    public void The_study_runs_over_the_eleven_measured_iterations_on_the_60_MB_L2()
    {
        var root = Result.Value;

        root.GetProperty("platform").GetString().ShouldBe("H200");
        root.GetProperty("baselineCapacityBytes").GetInt64().ShouldBe(60L << 20);
        root.GetProperty("workloads").GetArrayLength().ShouldBe(11);
        // TSMC 4N lies below the technology table: the cache model extrapolates and says so
        root.GetProperty("warnings").EnumerateArray().Single().GetString()!.ShouldContain("DNVM0501");
    }

    [Theory]
    [InlineData("SttMram", 0.57, 2.33, 0.38, 3.8)]
    [InlineData("SotMram", 0.83, 1.87, 0.36, 3.9)]
    public void Neither_MRAM_beats_SRAM_in_EDP_on_the_measured_workloads(string technology, double isoCapacityEdp, double isoAreaCapacity,
        double isoAreaEdp, double hitEnergyOverSram)
    {
        var t = Result.Value.GetProperty("technologies").EnumerateArray().Single(x => x.GetProperty("name").GetString() == technology);
        double HitEnergy(JsonElement cache) => cache.GetProperty("hitEnergyJoules").GetDouble();

        Math.Round(HitEnergy(t.GetProperty("isoCapacity").GetProperty("cache")) / HitEnergy(Result.Value.GetProperty("baselineCache")), 1)
            .ShouldBe(hitEnergyOverSram);

        Math.Round(t.GetProperty("isoCapacity").GetProperty("edpReductionGeomean").GetDouble(), 2).ShouldBe(isoCapacityEdp);
        Math.Round(t.GetProperty("isoArea").GetProperty("capacityRatio").GetDouble(), 2).ShouldBe(isoAreaCapacity);
        Math.Round(t.GetProperty("isoArea").GetProperty("edpReductionGeomean").GetDouble(), 2).ShouldBe(isoAreaEdp);
    }
}
