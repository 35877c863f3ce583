using DeepNvm.Cli.Commands;
using DeepNvm.Cli.Projects;
using DeepNvm.Model.Nvsim;

namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm import nvsim` loses nothing: the written .nvm, read back by the front end and converted to the
/// model's record, is the record the NVSim reader makes of the .cell file (issue 11, item 5).</summary>
public class ImportRoundTripTests
{
    public static TheoryData<string> CellFiles => new() { "stt_1t1mtj.cell", "sram_6t.cell", "asym.cell" };

    [Theory]
    [MemberData(nameof(CellFiles))]
    public void A_cell_imported_and_read_back_by_the_front_end_is_the_readers_record(string file)
    {
        var source = NvsimCommandTests.Data(file);
        var folder = Path.Combine(Path.GetTempPath(), "deepnvm-roundtrip-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var code = ImportCommand.RunNvsim(source, Path.Combine(folder, "cell.nvm"), new StringWriter(), new StringWriter());
            code.ShouldBe(ExitCodes.Ok);
            var project = LoadedProject.Load(folder);
            project.HasErrors.ShouldBeFalse(string.Join("\n", project.Diagnostics));
            var imported = project.Converter.Cells().Single();

            var read = NvsimReader.ReadCell(source);
            read.Diagnostics.ShouldBeEmpty();
            var expected = read.Value! with { Name = imported.Name };
            imported.ShouldBe(expected);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
