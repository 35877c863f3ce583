using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;
using DeepNvm.Workloads;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Cli.Projects;

/// <summary>
/// `check` opens the profiles its workloads name, as a study would: an error in a profile is reported
/// with its own id where it is, the CSV's line and column (or the workload's declaration when the file
/// cannot be opened), before any study runs, so `check`, `study`, `eval` and `sweep` agree.
/// </summary>
internal static class ProfileChecks
{
    public static IEnumerable<NvmDiagnostic> Run(ProgramSpec program, string projectDirectory)
    {
        var checkedPaths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var workload in program.Declarations.Where(d => d.Keyword == "workload" && !d.HasErrors))
        {
            if (workload.Value("profile") is not { Kind: ValueKind.String } profile)
            {
                continue;
            }

            // outside the project (by name or through a link) is reported already, and never opened
            var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(workload.FilePath) ?? projectDirectory, profile.Text));
            if (!DeepNvm.Files.FileGate.IsInside(path, projectDirectory) || !checkedPaths.Add(path))
            {
                continue;
            }

            NvmDiagnostic? problem = null;
            try
            {
                ProfileImporter.Import(path);
            }
            catch (WorkloadException e)
            {
                problem = e.Line > 0 && e.Path is { } csv
                    ? new NvmDiagnostic(e.Id, NvmSeverity.Error, e.Message, csv, new SourceSpan(0, 1, e.Line, Math.Max(1, e.Column), e.Line, Math.Max(1, e.Column) + 1))
                    : new NvmDiagnostic(e.Id, NvmSeverity.Error, $"workload '{workload.Name}', profile '{profile.Text}': {e.Message}", workload.FilePath, workload.Span);
            }

            if (problem is not null)
            {
                yield return problem;
            }
        }
    }
}
