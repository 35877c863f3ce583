using System.CommandLine;
using DeepNvm.Workloads;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm profile FILE [--json] [--family l2|l2_tex]`: import a profiler CSV and print its totals.</summary>
internal static class ProfileCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "nvprof or Nsight Compute CSV (summary, GPU trace, details page or raw page)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with the totals" };
        var family = new Option<string?>("--family") { Description = "L2 counters to use: l2 (all clients, default when present) or l2_tex (L1/TEX only)" };
        family.AcceptOnlyFromAmong("l2", "l2_tex");
        var lenient = new Option<bool>("--allow-missing-atomics") { Description = "Count missing Nsight Compute atomics/reductions metrics as zero" };
        var command = new Command("profile", "Import an nvprof or Nsight Compute CSV and print its L2 and DRAM sectors and time");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(family);
        command.Options.Add(lenient);
        command.SetAction(parse => Run(parse.GetValue(file)!.ToString(), parse.GetValue(json), parse.GetValue(family),
            parse.GetValue(lenient), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>The command's work: returns the exit code.</summary>
    public static int Run(string path, bool json, string? family, bool allowMissingAtomics, TextWriter output, TextWriter error)
    {
        if (!CliValues.Exists(path, "profile", error))
        {
            return ExitCodes.Usage;
        }

        var options = new ProfileImportOptions
        {
            Family = family switch { "l2" => MetricFamily.L2AllClients, "l2_tex" => MetricFamily.L2Tex, _ => null },
            RequireAtomicsAndReductions = !allowMissingAtomics,
        };
        ImportedProfile profile;
        try
        {
            profile = ProfileImporter.Import(path, options);
        }
        catch (WorkloadException e)
        {
            return TrafficReport.Fail(error, e);
        }
        if (json)
        {
            output.WriteLine(TrafficReport.Json(profile.Totals));
        }
        else
        {
            output.WriteLine("profile       " + path + " (" + profile.Format + ", " + profile.Kernels.Count + " kernels)");
            TrafficReport.Text(output, profile.Totals);
        }
        return ExitCodes.Ok;
    }
}
