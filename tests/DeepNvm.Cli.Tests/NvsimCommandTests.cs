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
}
