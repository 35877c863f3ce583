using System.Text.Json;
using DeepNvm.Cli.Commands;
using DeepNvm.Cli.Projects;
using DeepNvm.Reports;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm study --samples N --seed K`: intervals in the JSON and the tables, identical bytes for a seed.</summary>
public sealed class StudyUncertaintyTests
{
    /// <summary>The small study project with ranges on the STT cell's sense energy and write pulse.</summary>
    private static readonly string Text = StudyTestProject.Text
        .Replace("write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }", "write { current = 80 uA; energy = 1 pJ }\n  write.pulse = 5 ns .. 15 ns\n  read.sense_energy ~ loguniform(10 fJ, 150 fJ)")
        .Replace("scalability  { capacities = 256 KB .. 1 MB by x2 }", "scalability  { capacities = 256 KB .. 512 KB by x2 }")
        .Replace("  iso_area     { }\n", "");

    private static (int Code, string Out, string Err) Run(StudyOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_carries_an_uncertainty_object_under_each_comparison_and_the_same_seed_gives_the_same_bytes()
    {
        using var project = new StudyTestProject(Text);
        var first = Run(new StudyOptions(project.File) { Json = true, Samples = "6", Seed = "1" });
        first.Code.ShouldBe(ExitCodes.Ok, first.Err);
        first.Err.ShouldContain("Monte Carlo: 6 samples of 2 uncertain inputs");

        using var json = JsonDocument.Parse(first.Out);
        var technology = json.RootElement.GetProperty("technologies")[0];
        var u = technology.GetProperty("isoCapacity").GetProperty("uncertainty");
        u.GetProperty("samples").GetInt32().ShouldBe(6);
        u.GetProperty("seed").GetInt32().ShouldBe(1);
        foreach (var metric in new[] { "edpReduction", "areaReduction" })
        {
            var m = u.GetProperty(metric);
            m.GetProperty("p05").GetDouble().ShouldBeLessThanOrEqualTo(m.GetProperty("p50").GetDouble());
            m.GetProperty("p50").GetDouble().ShouldBeLessThanOrEqualTo(m.GetProperty("p95").GetDouble());
        }

        u.GetProperty("probabilityBetter").GetDouble().ShouldBeInRange(0, 1);
        technology.GetProperty("scalability")[1].GetProperty("uncertainty").GetProperty("edpReduction").GetProperty("p50").GetDouble().ShouldBeGreaterThan(0);
        var run = json.RootElement.GetProperty("uncertainty");
        run.GetProperty("failed").GetInt32().ShouldBe(0);
        run.GetProperty("inputs").GetArrayLength().ShouldBe(2);

        var second = Run(new StudyOptions(project.File) { Json = true, Samples = "6", Seed = "1" });
        second.Out.ShouldBe(first.Out);
        Run(new StudyOptions(project.File) { Json = true, Samples = "6", Seed = "2" }).Out.ShouldNotBe(first.Out);
    }

    [Fact]
    public void One_thread_and_many_threads_write_the_same_bytes()
    {
        using var project = new StudyTestProject(Text);
        var loaded = LoadedProject.Load(project.File);
        var inputs = loaded.Program.UncertainInputs();
        string Json(int threads)
        {
            var mc = MonteCarlo.Run(loaded.Evaluator(), "SmallStudy", inputs, new MonteCarloOptions(5, 9) { MaxDegreeOfParallelism = threads });
            return StudyJson.Write(mc.Nominal, mc);
        }

        Json(1).ShouldBe(Json(4));
    }

    [Fact]
    public void The_tables_show_nominal_interval_median_and_probability_better()
    {
        using var project = new StudyTestProject(Text);
        var (code, output, error) = Run(new StudyOptions(project.File) { Samples = "4", Seed = "3" });
        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Uncertainty: 4 samples of 2 uncertain inputs, seed 3");
        output.ShouldContain("[p05, p95]");
        output.ShouldContain("P(better)");
    }

    [Theory]
    [InlineData("-3", null, "--samples must be a whole number from 0 (no Monte Carlo) to 1000000, not '-3'")]
    [InlineData("2000000", null, "--samples must be a whole number")]
    [InlineData("many", null, "--samples must be a whole number")]
    [InlineData("10", "-1", "--seed must be a whole number from 0 to")]
    [InlineData(null, "4", "--seed needs --samples")]
    public void Bad_samples_or_seed_are_usage_mistakes_with_a_clear_line(string? samples, string? seed, string message)
    {
        using var project = new StudyTestProject(Text);
        var (code, _, error) = Run(new StudyOptions(project.File) { Samples = samples, Seed = seed });
        code.ShouldBe(ExitCodes.Usage);
        error.ShouldContain(message);
    }

    [Fact]
    public void The_studys_uncertainty_block_runs_the_samples_and_the_command_line_wins()
    {
        using var project = new StudyTestProject(Text.Replace("  iso_capacity { }", "  iso_capacity { }\n  uncertainty { samples = 3; seed = 4 }"));
        var declared = Run(new StudyOptions(project.File) { Json = true });
        declared.Code.ShouldBe(ExitCodes.Ok, declared.Err);
        declared.Err.ShouldContain("Monte Carlo: 3 samples");
        declared.Out.ShouldBe(Run(new StudyOptions(project.File) { Json = true, Samples = "3", Seed = "4" }).Out);

        var overridden = Run(new StudyOptions(project.File) { Json = true, Samples = "2" });
        overridden.Err.ShouldContain("Monte Carlo: 2 samples");
        var none = Run(new StudyOptions(project.File) { Json = true, Samples = "0" });
        none.Err.ShouldNotContain("Monte Carlo");
        none.Out.ShouldNotContain("\"uncertainty\"");
    }

    [Fact]
    public void Samples_of_a_program_without_uncertain_inputs_are_refused()
    {
        using var project = new StudyTestProject();
        var (code, _, error) = Run(new StudyOptions(project.File) { Samples = "10" });
        code.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("no property of SmallStudy's program has a range or distribution");
    }
}
