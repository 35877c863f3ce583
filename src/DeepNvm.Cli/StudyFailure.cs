using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Specs;
using DeepNvm.Studies;
using DeepNvm.Workloads;

namespace DeepNvm.Cli;

/// <summary>A study that could not be evaluated, printed with what locates it: a workload error keeps
/// its DNVM id and its file(line,col) (the profile's), prefixed with the workload it belongs to.</summary>
internal static class StudyFailure
{
    /// <param name="study">The study's declaration, where a failure without a place of its own is reported.</param>
    public static int Report(string command, Exception failure, TextWriter error, DeclarationSpec? study = null)
    {
        var workload = failure as WorkloadException ?? failure.InnerException as WorkloadException;
        if (workload is not null)
        {
            error.WriteLine(new WorkloadException(workload.Id, failure.Message, workload.Path, workload.Line, workload.Column).Format());
        }
        else if (study is not null)
        {
            // the model's message may carry its id ("…: error DNVM0502: no valid organization"): keep it, once
            var match = EmbeddedId.Match(failure.Message);
            var id = match.Success ? match.Groups[1].Value : DiagnosticIds.NonPhysicalResult;
            var message = match.Success ? failure.Message.Remove(match.Index, match.Length).Insert(match.Index, ": ") : failure.Message;
            error.WriteLine(new NvmDiagnostic(id, NvmSeverity.Error, $"study '{study.Name}' could not be evaluated: {message}", study.FilePath, study.Span));
        }
        else
        {
            error.WriteLine($"deepnvm {command}: {failure.Message}");
        }

        return ExitCodes.Diagnostics;
    }

    private static readonly System.Text.RegularExpressions.Regex EmbeddedId = new(@":? ?error (DNVM\d{4}): ");

    /// <summary>The failures a study run reports (anything else is a bug and stays one).</summary>
    public static bool IsStudyFailure(Exception e) => e is StudyException or WorkloadException;
}
