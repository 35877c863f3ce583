using DeepNvm.Files;
using DeepNvm.Reports;

namespace DeepNvm.Cli;

/// <summary>
/// Where a command writes, checked before it starts working (a wrong <c>--out</c> used to fail only
/// after the whole run, with a stack trace): one clear line and exit code 2 (<see cref="ExitCodes.Usage"/>).
/// </summary>
internal static class OutputDestination
{
    /// <summary>Opens (checks and locks) the report folder <c>--out</c> names; null when there is no <c>--out</c>.</summary>
    public static bool TryOpenFolder(string? folder, string command, TextWriter error, out ReportFolder? destination)
    {
        destination = null;
        if (folder is null)
        {
            return true;
        }

        try
        {
            destination = ReportFolder.Open(folder);
            return true;
        }
        catch (ReportFolderException e)
        {
            error.WriteLine($"deepnvm {command}: --out: {e.Message}");
            return false;
        }
    }

    /// <summary>Whether a file may be written at <paramref name="path"/> (a regular file or nothing yet, in a writable folder).</summary>
    public static bool CheckFile(string path, string command, string option, TextWriter error)
    {
        if (FileGate.WhyNotWritableFile(path) is { } reason)
        {
            error.WriteLine($"deepnvm {command}: {option}: cannot write '{path}': {reason}");
            return false;
        }

        return true;
    }
}
