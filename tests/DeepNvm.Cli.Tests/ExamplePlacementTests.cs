using DeepNvm.Cli.Projects;
using DeepNvm.Studies.Uncertainty;
using System.Text.Json;

namespace DeepNvm.Cli.Tests;

/// <summary>The figures docs/validation-studies.md section 6 states about the DeepNVM++ example's ranges and
/// scenarios, recomputed: the leakage-scale range derived from the model's own 16 nm SRAM leakage per MB,
/// and each scenario's nominal headline numbers.</summary>
public class ExamplePlacementTests
{
    private static Lazy<JsonElement> Result => StudyPaperExampleTests.Result;

    [Fact]
    public void The_leakage_scale_range_is_the_public_span_over_the_models_own_16_nm_sram_leakage_per_megabyte()
    {
        var baseline = Result.Value.GetProperty("baselineCache");
        var wattsPerMegabyte = baseline.GetProperty("leakageWatts").GetDouble() / (baseline.GetProperty("capacityBytes").GetDouble() / (1 << 20));
        wattsPerMegabyte.ShouldBe(0.133, 0.0015);              // 133 mW/MB, as nodes.nvm states
        (3.1e-3 / wattsPerMegabyte).ShouldBe(0.023, 0.001);    // NS-Cache 14 nm FinFET, 3.1 mW/MB
        (1.31 / wattsPerMegabyte).ShouldBe(9.8, 0.1);          // NVSim 22 nm HP at 350 K, 1.31 W/MB
        var nodes = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "nvm", "nodes.nvm"));
        nodes.ShouldContain("leakage_scale ~ loguniform(0.023, 9.8, nominal = 1)");
    }

    [Theory]
    [InlineData("FinFet16", "SttMram", 0.17, 1.80, 2.02)]
    [InlineData("FinFet16", "SotMram", 0.26, 1.70, 1.77)]
    [InlineData("NvsimStock22Hp", "SttMram", 0.46, 1.91, 2.20)]
    [InlineData("NvsimStock22Hp", "SotMram", 0.69, 1.62, 1.67)]
    public void Each_regime_gives_the_nominal_headline_numbers_the_validation_page_states(string scenario, string technology, double edpMax, double area, double capacity)
    {
        var technologies = Result.Value.GetProperty("scenarios").EnumerateArray().Single(s => s.GetProperty("name").GetString() == scenario)
            .GetProperty("technologies").EnumerateArray().Single(t => t.GetProperty("name").GetString() == technology);
        technologies.GetProperty("isoCapacity").GetProperty("edpReductionMax").GetDouble().ShouldBe(edpMax, 0.005);
        technologies.GetProperty("isoCapacity").GetProperty("areaReduction").GetDouble().ShouldBe(area, 0.005);
        technologies.GetProperty("isoArea").GetProperty("capacityRatio").GetDouble().ShouldBe(capacity, 0.005);
    }

    [Fact]
    public void Under_the_main_jobs_100_samples_MRAM_is_more_likely_than_not_better_only_from_16_MB_SOT_and_32_MB_STT()
    {
        // README, "The finding": the main job's scalability chart under uncertainty (seed 1, 100 samples, 16 nm FinFET)
        var project = LoadedProject.Load(RepositoryPaths.ExampleNvm);
        var mc = MonteCarlo.Run(project.Evaluator(), "DeepNvmPlusPlus", project.Program.UncertainInputs(), new MonteCarloOptions(100, 1));

        long? FirstLikelyBetter(string technology) => mc.Technology(technology)!.Scalability
            .Where(p => p.ProbabilityBetter >= 0.5).Select(p => (long?)p.CapacityBytes).FirstOrDefault();
        FirstLikelyBetter("SttMram").ShouldBe(32L << 20);
        FirstLikelyBetter("SotMram").ShouldBe(16L << 20);
        mc.Technology("SttMram")!.Scalability.Single(p => p.CapacityBytes == 16L << 20).ProbabilityBetter.ShouldBeLessThan(0.5);
        mc.Technology("SotMram")!.Scalability.Single(p => p.CapacityBytes == 8L << 20).ProbabilityBetter.ShouldBeLessThan(0.5);
        mc.Technology("SttMram")!.IsoCapacity!.ProbabilityBetter.ShouldBeLessThan(0.5); // at the study's 2816 KB neither is likely
        mc.Technology("SotMram")!.IsoCapacity!.ProbabilityBetter.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void The_published_figures_are_listed_per_regime_with_their_source()
    {
        var references = Result.Value.GetProperty("references").EnumerateArray().ToArray();
        references.Length.ShouldBe(16);
        references.ShouldContain(r => r.GetProperty("metric").GetString() == "iso_capacity.edp_reduction_max" && r.GetProperty("technology").GetString() == "SttMram"
            && r.GetProperty("value").GetDouble() == 3.8 && r.GetProperty("scenario").GetString() == "NvsimStock22Hp" && r.GetProperty("source").GetString() == "DeepNVM++, TCAD 2021");
    }
}
