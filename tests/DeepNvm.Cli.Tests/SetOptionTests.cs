using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary><c>--set NAME=VALUE</c> on study, eval and sweep: applied by the binder with units checked;
/// malformed text is a usage mistake (2), a value the language rejects a diagnostic (1).</summary>
public class SetOptionTests
{
    private static (int Code, string Out, string Err) Study(StudyTestProject project, params string[] sets)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(new StudyOptions(project.File) { Json = true, Sets = sets }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static double IsoCapacityEdp(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("technologies")[0].GetProperty("isoCapacity").GetProperty("edpReductionGeomean").GetDouble();
    }

    [Fact]
    public void A_set_value_changes_the_result_as_writing_it_in_the_file_does()
    {
        using var project = new StudyTestProject();
        using var edited = new StudyTestProject(StudyTestProject.Text.Replace("write { current = 80 uA; pulse = 10 ns;", "write { current = 80 uA; pulse = 2 ns;"));

        var nominal = Study(project);
        var set = Study(project, "SttMram.write.pulse=2 ns");
        var written = Study(edited);

        set.Code.ShouldBe(ExitCodes.Ok, set.Err);
        IsoCapacityEdp(set.Out).ShouldBe(IsoCapacityEdp(written.Out));
        IsoCapacityEdp(set.Out).ShouldBeGreaterThan(IsoCapacityEdp(nominal.Out));
    }

    [Fact]
    public void A_node_property_set_reaches_every_cache_at_that_node()
    {
        using var project = new StudyTestProject();
        var nominal = IsoCapacityEdp(Study(project).Out);
        var leaky = Study(project, "N16.leakage_scale=10");
        leaky.Code.ShouldBe(ExitCodes.Ok, leaky.Err);
        IsoCapacityEdp(leaky.Out).ShouldBeGreaterThan(nominal);
    }

    [Theory]
    [InlineData("SttMram.write.pulse")]
    [InlineData("SttMram.write.pulse=2 ns)")]
    public void Malformed_set_text_is_a_usage_mistake(string text)
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Study(project, text);
        code.ShouldBe(ExitCodes.Usage);
        output.ShouldBeEmpty();
        error.ShouldContain("--set");
    }

    [Theory]
    [InlineData("SttMram.write.puls=2 ns", "pulse")]
    [InlineData("SttMram.write.pulse=2 pJ", "time")]
    [InlineData("SttMarm.write.pulse=2 ns", "SttMram")]
    public void A_name_property_or_unit_the_language_rejects_is_a_diagnostic_with_a_suggestion(string text, string hint)
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Study(project, text);
        code.ShouldBe(ExitCodes.Diagnostics);
        output.ShouldBeEmpty();
        error.ShouldContain("DNVM");
        error.ShouldContain(hint);
    }

    [Fact]
    public void An_implausible_value_is_reported_at_the_command_line()
    {
        using var project = new StudyTestProject();
        var (code, _, error) = Study(project, "N16.temperature=900 K");
        code.ShouldBe(ExitCodes.Diagnostics);
        error.ShouldContain("--set");
    }

    [Fact]
    public void Eval_and_sweep_take_set_too()
    {
        using var project = new StudyTestProject();
        var output = new StringWriter();
        var error = new StringWriter();
        var settings = new StudyOptions("") { Sets = new[] { "SttMram.write.pulse=2 ns" } };
        EvalCommand.Run(new EvalOptions(project.File) { Json = true, Settings = settings }, output, error).ShouldBe(ExitCodes.Ok, error.ToString());
        output.ToString().ShouldNotBeEmpty();

        var sweepOut = new StringWriter();
        SweepCommand.Run(new SweepOptions(project.File) { Json = true, Capacities = "256KB,512KB", Settings = settings with { Sets = new[] { "SttMram.write.pulse=2 pJ" } } },
            sweepOut, error).ShouldBe(ExitCodes.Diagnostics);
    }
}
