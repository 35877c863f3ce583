using System.CommandLine;
using DeepNvm.Cli.Nvsim;
using DeepNvm.Model;
using DeepNvm.Model.Nvsim;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm nvsim FILE.cfg [--json]`: characterize an NVSim cache configuration (and its .cell file) with
/// the DeepNvm cache model and print NVSim's cache summary.</summary>
internal static class NvsimCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "NVSim cache configuration (.cfg); its -MemoryCellInputFile is read beside it" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: areaMm2, latencies (ns), energies (nJ), leakageMw and the organization" };
        var command = new Command("nvsim", "Characterize an NVSim .cfg/.cell pair with the DeepNvm cache model and print the cache summary");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(file)!.ToString(), parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's work: returns the exit code.</summary>
    public static int Run(string path, bool json, TextWriter output, TextWriter error)
    {
        if (!CliValues.Exists(path, "nvsim", error))
        {
            return ExitCodes.Usage;
        }

        var read = NvsimReader.ReadConfiguration(path);
        foreach (var d in read.Diagnostics)
        {
            error.WriteLine(d.ToString());
        }

        if (!read.Succeeded)
        {
            return ExitCodes.Diagnostics;
        }

        var config = read.Value!;
        var result = CacheModel.Characterize(config.Cache, config.Cell, config.Node, config.Options);
        foreach (var d in result.Diagnostics)
        {
            // located at the .cell or .cfg line that set the input the model refused
            error.WriteLine(config.Locations?.Locate(d).ToString() ?? path + "(1,1): " + d);
        }

        if (!result.Succeeded)
        {
            return ExitCodes.Diagnostics;
        }

        if (json)
        {
            output.WriteLine(NvsimReport.Json(result.Characteristics!));
        }
        else
        {
            NvsimReport.Text(output, path, config.Cache, result.Characteristics!);
        }

        return ExitCodes.Ok;
    }
}
