using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class EvalCommandTests
{
    private static (int Code, string Out, string Err) Run(EvalOptions options)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = EvalCommand.Run(options, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Evaluates_every_cell_on_every_workload_of_the_study()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new EvalOptions(project.File) { Json = true });

        code.ShouldBe(ExitCodes.Ok, error);
        var root = JsonDocument.Parse(output).RootElement;
        root.GetProperty("capacityBytes").GetInt64().ShouldBe(512L << 10);
        var rows = root.GetProperty("evaluations").EnumerateArray().ToArray();
        rows.Select(r => r.GetProperty("cell").GetString() + "/" + r.GetProperty("workload").GetString())
            .ShouldBe(new[] { "Sram6T/ReadHeavy", "Sram6T/WriteHeavy", "SttMram/ReadHeavy", "SttMram/WriteHeavy" });
        foreach (var r in rows.Select(r => r.GetProperty("result")))
        {
            var energy = r.GetProperty("energyJoules").GetDouble();
            energy.ShouldBe(r.GetProperty("readEnergyJoules").GetDouble() + r.GetProperty("writeEnergyJoules").GetDouble() + r.GetProperty("leakageEnergyJoules").GetDouble(), energy * 1e-12);
            r.GetProperty("edpJouleSeconds").GetDouble().ShouldBe(energy * r.GetProperty("delaySeconds").GetDouble(), energy * 1e-12);
            r.GetProperty("runTimeSeconds").GetDouble().ShouldBeGreaterThan(0);
        }
    }

    [Fact]
    public void Names_and_capacity_narrow_the_evaluation()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new EvalOptions(project.File) { Selection = new StudySelection { Cells = new[] { "SttMram" }, Workloads = new[] { "WriteHeavy" } }, Capacity = "256KB" });

        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Tiny, 256 KB L2");
        output.ShouldContain("SttMram");
        output.ShouldNotContain("Sram6T");
        output.ShouldNotContain("ReadHeavy");
    }

    [Fact]
    public void Wrong_names_and_sizes_are_usage_errors()
    {
        using var project = new StudyTestProject();
        Run(new EvalOptions(project.File) { Selection = new StudySelection { Cells = new[] { "Nope" } } }).Code.ShouldBe(ExitCodes.Usage);
        Run(new EvalOptions(project.File) { Selection = new StudySelection { Gpu = "Nope" } }).Code.ShouldBe(ExitCodes.Usage);
        Run(new EvalOptions(project.File) { Capacity = "lots" }).Code.ShouldBe(ExitCodes.Usage);
        Run(new EvalOptions(project.File) { Settings = new StudyOptions("") { SectorEnergy = "half" } }).Code.ShouldBe(ExitCodes.Usage);
        Run(new EvalOptions(Path.Combine(project.Directory, "missing.nvm"))).Code.ShouldBe(ExitCodes.Usage);
    }
}
