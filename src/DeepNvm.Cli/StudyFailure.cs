using DeepNvm.Studies;
using DeepNvm.Workloads;

namespace DeepNvm.Cli;

/// <summary>A study that could not be evaluated, printed with what locates it: a workload error keeps
/// its DNVM id and its file(line,col) (the profile's), prefixed with the workload it belongs to.</summary>
internal static class StudyFailure
{
    public static int Report(string command, Exception failure, TextWriter error)
    {
        var workload = failure as WorkloadException ?? failure.InnerException as WorkloadException;
        error.WriteLine(workload is null
            ? $"deepnvm {command}: {failure.Message}"
            : new WorkloadException(workload.Id, failure.Message, workload.Path, workload.Line, workload.Column).Format());
        return ExitCodes.Diagnostics;
    }

    /// <summary>The failures a study run reports (anything else is a bug and stays one).</summary>
    public static bool IsStudyFailure(Exception e) => e is StudyException or WorkloadException;
}
