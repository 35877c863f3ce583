using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class ImportCommandTests
{
    private static (int Code, string Out, string Err, string Written) Import(string cell)
    {
        var destination = Path.Combine(Path.GetTempPath(), "deepnvm-import-" + Guid.NewGuid().ToString("N") + ".nvm");
        var output = new StringWriter();
        var error = new StringWriter();
        try
        {
            var code = ImportCommand.RunNvsim(NvsimCommandTests.Data(cell), destination, output, error);
            var written = File.Exists(destination) ? File.ReadAllText(destination) : "";
            return (code, output.ToString(), error.ToString(), written);
        }
        finally
        {
            File.Delete(destination);
        }
    }

    [Fact]
    public void An_stt_cell_becomes_an_mtj_declaration_with_units_and_a_header_naming_the_source()
    {
        var (code, _, error, nvm) = Import("stt_1t1mtj.cell");

        code.ShouldBe(ExitCodes.Ok, error);
        nvm.ShouldStartWith("// Imported from NVSim cell file stt_1t1mtj.cell");
        nvm.ShouldContain("cell Stt1t1mtj : mtj {");
        nvm.ShouldContain("area                = 54 F^2");
        nvm.ShouldContain("resistance_on       = 3 kOhm");
        nvm.ShouldContain("resistance_off      = 6 kOhm");
        nvm.ShouldContain("read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }");
        nvm.ShouldContain("write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }");
        nvm.ShouldNotContain("SET and RESET");
    }

    [Fact]
    public void An_sram_cell_keeps_its_transistor_widths()
    {
        var (code, _, _, nvm) = Import("sram_6t.cell");

        code.ShouldBe(ExitCodes.Ok);
        nvm.ShouldContain("cell Sram6t : sram {");
        nvm.ShouldContain("nmos_width          = 2.08 F");
        nvm.ShouldContain("pmos_width          = 1.23 F");
    }

    [Fact]
    public void Asymmetric_set_and_reset_keep_the_worse_of_each_and_say_so()
    {
        var (code, _, _, nvm) = Import("asym.cell");

        code.ShouldBe(ExitCodes.Ok);
        nvm.ShouldContain("SET and RESET figures differ");
        nvm.ShouldContain("write { current = 90 uA; pulse = 12 ns; energy = 0.8 pJ }");
    }

    [Fact]
    public void A_cell_with_an_unknown_key_is_an_error_and_writes_nothing()
    {
        var bad = Path.Combine(Path.GetTempPath(), "deepnvm-bad-" + Guid.NewGuid().ToString("N") + ".cell");
        File.WriteAllText(bad, "-MemCellType: MRAM\n-CellArea (F^2): 40\n-Resistance (ohm): 5\n");
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var destination = Path.ChangeExtension(bad, ".nvm");
            ImportCommand.RunNvsim(bad, null, output, error).ShouldBe(ExitCodes.Diagnostics);
            error.ToString().ShouldContain("(3,2): error DNVM0208");
            File.Exists(destination).ShouldBeFalse();
        }
        finally
        {
            File.Delete(bad);
        }
    }
}
