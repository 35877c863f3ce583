using System.CommandLine;
using DeepNvm.Model;
using DeepNvm.Model.Nvsim;
using DeepNvm.Reports;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm import nvsim FILE.cell [-o FILE.nvm]`: translate an NVSim cell into a .nvm cell declaration.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Bring cells from other tools into .nvm");
        var file = new Argument<FileInfo>("file") { Description = "NVSim memory cell file (.cell)" };
        var outputOption = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the .nvm file (default: beside the .cell, with the .nvm extension)" };
        var nvsim = new Command("nvsim", "Write the .nvm equivalent of an NVSim .cell file (units checked; unknown keys are errors)");
        nvsim.Arguments.Add(file);
        nvsim.Options.Add(outputOption);
        nvsim.SetAction(parse => RunNvsim(parse.GetValue(file)!.ToString(), parse.GetValue(outputOption)?.ToString(), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        import.Subcommands.Add(nvsim);
        return import;
    }

    /// <summary>The command's work: returns the exit code. The file is written atomically (temporary file, then rename).</summary>
    public static int RunNvsim(string path, string? destination, TextWriter output, TextWriter error)
    {
        if (!CliValues.Exists(path, "import nvsim", error))
        {
            return ExitCodes.Usage;
        }

        destination ??= Path.ChangeExtension(path, ".nvm");
        if (!OutputDestination.CheckFile(destination, "import nvsim", "--output", error))
        {
            return ExitCodes.Usage;
        }

        var read = NvsimReader.ReadCell(path);
        foreach (var d in read.Diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        if (!read.Succeeded)
        {
            return ExitCodes.Diagnostics;
        }

        var cell = read.Value!;
        var text = NvmCellWriter.Write(cell, Path.GetFileName(path), cell.Kind != CellKind.Sram && NvsimReader.IsAsymmetric(File.ReadAllText(path)));
        // what the importer writes must pass the front end: check it as `deepnvm check` would, write nothing otherwise
        var rejected = Language.NvmFrontEnd.Compile(new[] { new Language.NvmSource(Path.GetFullPath(destination), text) }, new Language.Binding.BindOptions())
            .Diagnostics.Where(d => d.IsError).ToArray();
        foreach (var d in rejected)
        {
            error.WriteLine($"{path.Replace('\\', '/')}(1,1): error {d.Id}: {d.Message} (in the .nvm this cell becomes; nothing was written)");
        }

        if (rejected.Length > 0)
        {
            return ExitCodes.Diagnostics;
        }

        try
        {
            AtomicFile.WriteAllText(destination, text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine(destination + "(1,1): error " + ModelDiagnosticIds.FileNotFound + ": cannot write the file: " + e.Message);
            return ExitCodes.Diagnostics;
        }

        output.WriteLine("wrote " + destination + " (cell " + NvmCellWriter.Identifier(cell.Name) + ")");
        return ExitCodes.Ok;
    }
}
