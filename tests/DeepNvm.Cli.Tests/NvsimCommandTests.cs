using System.Runtime.CompilerServices;
using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class NvsimCommandTests
{
    internal static string Data(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "TestData", "nvsim", name);

    private static (int Code, string Out, string Err) Run(string file, bool json)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = NvsimCommand.Run(Data(file), json, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_output_is_one_object_with_nvsims_summary_figures_and_the_organization()
    {
        var (code, output, error) = Run("sram_1M_128B.cfg", json: true);

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Take(9).ShouldBe(new[]
        {
            "areaMm2", "hitLatencyNs", "missLatencyNs", "writeLatencyNs", "hitEnergyNj", "missEnergyNj", "writeEnergyNj", "leakageMw", "organization",
        });
        root.GetProperty("areaMm2").GetDouble().ShouldBe(0.7711, 0.7711 * 0.15);
        root.GetProperty("hitLatencyNs").GetDouble().ShouldBe(0.6242, 0.6242 * 0.15);
        root.GetProperty("leakageMw").GetDouble().ShouldBe(1327.8, 1327.8 * 0.25);
        root.GetProperty("organization").GetProperty("bankMats").GetString().ShouldBe("32x8");
    }

    [Fact]
    public void Text_output_is_nvsims_cache_summary_in_fixed_units()
    {
        var (code, output, _) = Run("stt_1M_128B.cfg", json: false);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("CACHE DESIGN -- SUMMARY");
        output.ShouldContain("Cache Write Latency = ");
        output.ShouldContain("mW");
    }

    /// <summary>NVSim's own sample_STTRAM_cache.cfg (CACTI assumption, Sequential, 8 MB STT-MRAM; stored once, with the
    /// model's reference cases) runs, and the summary prints the lines stock NVSim printed for it, digit for digit.</summary>
    [Fact]
    public void Nvsims_own_sample_sttram_cache_configuration_runs_and_prints_nvsims_summary_lines()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var cfg = Path.Combine(Path.GetDirectoryName(Data("x"))!, "..", "..", "..", "DeepNvm.Model.Tests", "TestData", "nvsim", "sample_sttram_cache.cfg");

        var code = NvsimCommand.Run(cfg, false, output, error);

        code.ShouldBe(ExitCodes.Ok, error.ToString());
        error.ToString().ShouldBeEmpty();
        string[] nvsims =
        {
            " - Total Area = 2.438mm^2", " - Cache Hit Latency   = 4.902ns", " - Cache Miss Latency  = 1.781ns",
            " - Cache Write Latency = 11.068ns", " - Cache Hit Dynamic Energy   = 0.487nJ per access",
            " - Cache Miss Dynamic Energy  = 0.135nJ per access", " - Cache Write Dynamic Energy = 1.302nJ per access",
            " - Cache Total Leakage Power  = 1195.658mW",
        };
        foreach (var line in nvsims)
        {
            output.ToString().ShouldContain(line);
        }
    }

    [Fact]
    public void A_malformed_file_is_reported_with_file_and_line_and_exit_code_1()
    {
        var (code, output, error) = Run("bad_unit.cfg", json: true);

        code.ShouldBe(ExitCodes.Diagnostics);
        output.ShouldBeEmpty();
        error.ShouldContain("bad_unit.cfg(4,");
        error.ShouldContain("error DNVM0301");
        error.ShouldContain("bad_unit.cfg(5,");
        error.ShouldContain("error DNVM0208");
    }

    [Fact]
    public void A_missing_file_named_on_the_command_line_is_a_usage_mistake_not_an_exception()
    {
        var (code, _, error) = Run("no_such.cfg", json: false);

        code.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("no_such.cfg' does not exist");
    }

    /// <summary>The reader accepts each of these lines, the cache model refuses the value: the error must point at the
    /// .cell's (or .cfg's) line that set it, not at the configuration's first line.</summary>
    [Theory]
    [InlineData("stt_1t1mtj.cell", "-ResistanceOff (ohm): 6000", "-ResistanceOff (ohm): 2000", 9, "DNVM0402")]
    [InlineData("stt_1t1mtj.cell", "-SetCurrent (uA): 80", "-SetCurrent (uA): 50000", 19, "DNVM0401")]
    [InlineData("stt_1t1mtj.cell", "-ResetPulse (ns): 10", "-ResetPulse (ns): 1e7", 16, "DNVM0401")]
    [InlineData("stt_1t1mtj.cell", "-CellAspectRatio: 0.54", "-CellAspectRatio: 500", 7, "DNVM0401")]
    [InlineData("stt_1t1mtj.cell", "-VoltageDropAccessDevice (V): 0.15", "-VoltageDropAccessDevice (V): 7", 23, "DNVM0401")]
    [InlineData("stt_1M_128B.cfg", "-ProcessNode: 22", "-ProcessNode: 1000", 5, "DNVM0401")]
    public void A_value_the_cache_model_refuses_is_reported_at_the_line_that_set_it(string file, string line, string replacement, int at, string id)
    {
        var folder = Directory.CreateTempSubdirectory("nvsim-located-").FullName;
        try
        {
            foreach (var name in new[] { "stt_1M_128B.cfg", "stt_1t1mtj.cell" })
            {
                var text = File.ReadAllText(Data(name));
                var changed = name == file ? text.Replace(line, replacement) : text;
                (name != file || changed != text).ShouldBeTrue(line);
                File.WriteAllText(Path.Combine(folder, name), changed);
            }

            var output = new StringWriter();
            var error = new StringWriter();
            var code = NvsimCommand.Run(Path.Combine(folder, "stt_1M_128B.cfg"), false, output, error);

            code.ShouldBe(ExitCodes.Diagnostics);
            var column = File.ReadAllLines(Path.Combine(folder, file))[at - 1].IndexOf(':') + 3;
            error.ToString().Trim().ShouldBe($"{Path.Combine(folder, file)}({at},{column}): error {id}: " + error.ToString().Split(id + ": ")[1].Trim());
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
