using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public void Exports_every_declaration_in_SI()
    {
        using var project = new StudyTestProject();
        var output = new StringWriter();
        var error = new StringWriter();

        ExportCommand.Run(project.File, null, output, error).ShouldBe(ExitCodes.Ok, error.ToString());

        var root = JsonDocument.Parse(output.ToString()).RootElement;
        var stt = root.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "SttMram");
        stt.GetProperty("kind").GetString().ShouldBe("mtj");
        stt.GetProperty("area").GetProperty("value").GetDouble().ShouldBe(54);
        stt.GetProperty("area").GetProperty("featurePower").GetInt32().ShouldBe(2);
        stt.GetProperty("writePulseSeconds").GetDouble().ShouldBe(10e-9, 1e-20);
        root.GetProperty("gpus")[0].GetProperty("dram").GetProperty("energyJoulesPerBit").GetDouble().ShouldBe(14e-12, 1e-24);
        root.GetProperty("caches")[0].GetProperty("capacityBytes").GetInt64().ShouldBe(512L << 10);
        var study = root.GetProperty("studies")[0];
        study.GetProperty("name").GetString().ShouldBe("SmallStudy");
        study.GetProperty("delay").GetString().ShouldBe("access_latency");
        study.GetProperty("scalabilityCapacities").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public void Writes_a_file_atomically_and_reports_errors()
    {
        using var project = new StudyTestProject();
        var file = Path.Combine(project.Directory, "out", "records.json");
        ExportCommand.Run(project.File, file, new StringWriter(), new StringWriter()).ShouldBe(ExitCodes.Ok);
        JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("workloads").GetArrayLength().ShouldBe(2);
        Directory.GetFiles(Path.GetDirectoryName(file)!).Length.ShouldBe(1);

        using var broken = new StudyTestProject(StudyTestProject.Text.Replace("pulse = 10 ns", "pulse = 10 uA"));
        var error = new StringWriter();
        ExportCommand.Run(broken.File, null, new StringWriter(), error).ShouldBe(ExitCodes.Diagnostics);
        error.ToString().ShouldContain("DNVM03");
    }
}
