using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class SweepCommandTests
{
    private static (int Code, string Out, string Err) Run(SweepOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SweepCommand.Run(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [InlineData("1MB..8MB", new long[] { 1 << 20, 2 << 20, 4 << 20, 8 << 20 })]
    [InlineData("1MB..64MB by x4", new long[] { 1 << 20, 4 << 20, 16 << 20, 64 << 20 })]
    [InlineData("4MB,1MB, 2816KB", new long[] { 1 << 20, 2816 << 10, 4 << 20 })]
    public void Capacities_are_lists_or_ranges(string text, long[] expected)
    {
        SweepCommand.TryCapacities(text, out var capacities, out var problem).ShouldBeTrue(problem);
        capacities.ShouldBe(expected);
    }

    [Theory]
    [InlineData("8MB..1MB")]
    [InlineData("1MB..8MB by x1")]
    [InlineData("1MB,,2MB")]
    [InlineData("big")]
    public void Bad_capacities_are_refused(string text) => SweepCommand.TryCapacities(text, out _, out _).ShouldBeFalse();

    [Fact]
    public void Sweeps_the_given_capacities_only()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new SweepOptions(project.File) { Capacities = "256KB,1MB", Json = true });

        code.ShouldBe(ExitCodes.Ok, error);
        var stt = JsonDocument.Parse(output).RootElement.GetProperty("technologies")[0];
        stt.TryGetProperty("isoCapacity", out _).ShouldBeFalse();
        stt.TryGetProperty("isoArea", out _).ShouldBeFalse();
        stt.GetProperty("scalability").EnumerateArray().Select(p => p.GetProperty("capacityBytes").GetInt64()).ShouldBe(new[] { 256L << 10, 1L << 20 });
    }

    [Fact]
    public void Prints_the_scalability_table_and_refuses_bad_input()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new SweepOptions(project.File) { Capacities = "256KB..512KB" });
        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Scalability");
        output.ShouldContain("256 KB");

        Run(new SweepOptions(project.File) { Capacities = "x" }).Code.ShouldBe(ExitCodes.Usage);
        Run(new SweepOptions(project.File) { Selection = new StudySelection { Study = "Other" } }).Code.ShouldBe(ExitCodes.Usage);
    }
}
