using System.CommandLine;
using DeepNvm.Cli.Projects;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Model;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>
/// `deepnvm project DIR --out DIR`: what `dotnet build` runs for a study project. Evaluates every
/// study the project declares, writes each one's report folder, and prints, in MSBuild's located
/// form, every failed <c>expect</c> line (DNVM0504, an error) and every cache slower than the
/// platform's <c>l2_latency</c> (DNVM0505, a warning). Exit 0 when all hold, 1 otherwise.
/// </summary>
internal static class ProjectCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "The project folder (or a .nvm file)" };
        var output = new Option<string>("--out") { Description = "Folder for the reports, one subfolder per study", Required = true };
        var library = new Option<string?>("--library") { Description = "Folder of the standard library; default: the one shipped with deepnvm" };
        var deterministic = new Option<bool>("--deterministic") { Description = "Leave the date out of the reports' provenance: the same inputs give byte-identical reports" };
        var command = new Command("project", "Evaluate every study of a project, check its expectations and write its reports (what dotnet build runs)");
        command.Arguments.Add(path);
        command.Options.Add(output);
        command.Options.Add(library);
        command.Options.Add(deterministic);
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(output)!, parse.GetValue(library), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, parse.GetValue(deterministic)));
        return command;
    }

    public static int Run(string path, string outFolder, string? library, TextWriter output, TextWriter error, bool deterministic = false)
    {
        if (!CliValues.NvmPath(path, "project", error))
        {
            return ExitCodes.Usage;
        }

        try
        {
            Directory.CreateDirectory(outFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            error.WriteLine($"deepnvm project: --out: cannot create the folder '{outFolder}': {e.Message}");
            return ExitCodes.Usage;
        }

        var project = LoadedProject.Load(path, library);
        project.WriteDiagnostics(error);
        if (project.HasErrors)
        {
            return ExitCodes.Diagnostics;
        }

        var failed = false;
        var provenance = ReportInputs.Provenance(project, deterministic);
        foreach (var declaration in project.Program.Declarations.Where(d => d.Keyword == "study" && !d.HasErrors))
        {
            var study = (StudyParameters)project.Converter.Convert(declaration);
            StudyResult result;
            try
            {
                result = StudyRunner.Run(study);
            }
            catch (Exception e) when (StudyFailure.IsStudyFailure(e))
            {
                // as `deepnvm study` reports it: a workload's error at its profile's line, a cache the model cannot
                // build at the cache's declaration, anything else at the study, each with the id of what went wrong
                StudyFailure.Report("project", e, error, declaration, project.Program.Declarations);
                failed = true;
                continue;
            }

            IReadOnlyList<string> files;
            try
            {
                files = ReportWriter.Write(result, Path.Combine(outFolder, study.Name), provenance);
            }
            catch (ReportFolderException e)
            {
                error.WriteLine($"deepnvm project: --out: {e.Message}");
                return ExitCodes.Usage;
            }

            output.WriteLine($"{study.Name}: {files.Count} report files in {Path.GetFullPath(Path.Combine(outFolder, study.Name))}");
            failed |= !ExpectationReport.Write(study, result, output, error);

            foreach (var warning in LatencyBudget(project, study, result))
            {
                error.WriteLine(warning);
            }
        }

        return failed ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }

    /// <summary>DNVM0505 for every technology whose iso-capacity cache is slower than the platform's
    /// <c>l2_latency</c>, located at that property.</summary>
    private static IEnumerable<NvmDiagnostic> LatencyBudget(LoadedProject project, StudyParameters study, StudyResult result)
    {
        if (study.Platform.L2LatencyBudgetSeconds is not { } budget)
        {
            yield break;
        }

        var gpu = project.Program.Declarations.First(d => d.Keyword == "gpu" && d.Name == study.Platform.Name);
        var caches = new[] { (Name: result.Baseline, Cache: result.BaselineCache) }
            .Concat(result.Technologies.Where(t => t.IsoCapacity is not null).Select(t => (t.Name, t.IsoCapacity!.Cache)));
        foreach (var (name, point) in caches)
        {
            var c = point.Characteristics;
            foreach (var (what, seconds) in new[] { ("hit", c.HitLatencySeconds), ("write", c.WriteLatencySeconds) })
            {
                if (seconds > budget)
                {
                    yield return NvmDiagnostic.Create(DiagnosticCatalog.LatencyBudgetExceeded, gpu.FilePath, gpu.Span,
                        $"{name}: {what} latency {seconds * 1e9:0.##} ns exceeds the platform's L2 budget of {budget * 1e9:0.##} ns");
                }
            }
        }
    }
}
