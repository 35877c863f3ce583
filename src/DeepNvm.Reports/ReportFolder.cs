using System.Text;
using DeepNvm.Files;

namespace DeepNvm.Reports;

/// <summary>
/// A report folder written as a whole: <see cref="Open"/> checks the destination and takes a lock
/// before any work starts (a second run into the same folder is refused, not interleaved); the files
/// go into a sibling temporary folder, the manifest (<see cref="ManifestName"/>, the list of files) is
/// written last, and <see cref="Commit"/> swaps the new folder in for the old one. A run killed at any
/// point leaves the old report, the new one, or (killed between the two renames) none, never a mix;
/// the next run removes what a killed one left behind.
/// </summary>
public sealed class ReportFolder : IDisposable
{
    /// <summary>Written last into every report folder: one file name a line. A folder without it that
    /// holds anything but report files is not replaced.</summary>
    public const string ManifestName = ".deepnvm-report";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly string[] ReportExtensions = { ".md", ".csv", ".json", ".svg", ".html" };

    private readonly FileStream _lock;
    private readonly List<string> _written = new();
    private bool _committed;

    private ReportFolder(string folder, string staging, FileStream lockFile)
    {
        Folder = folder;
        Staging = staging;
        _lock = lockFile;
    }

    /// <summary>The destination, absolute.</summary>
    public string Folder { get; }

    /// <summary>Where the files go until <see cref="Commit"/>.</summary>
    public string Staging { get; }

    /// <summary>The files written so far, in writing order.</summary>
    public IReadOnlyList<string> Files => _written;

    /// <summary>Checks <paramref name="folder"/>, locks it against other runs and cleans what killed runs left.</summary>
    /// <exception cref="ReportFolderException">the folder cannot be written; the message says why.</exception>
    public static ReportFolder Open(string folder)
    {
        if (FileGate.WhyNotWritableFolder(folder) is { } reason)
        {
            throw new ReportFolderException(folder, reason);
        }

        var full = Path.GetFullPath(folder).TrimEnd('/', '\\');
        var parent = Path.GetDirectoryName(full)!;
        var name = Path.GetFileName(full);
        Directory.CreateDirectory(parent); // the gate checked that the nearest existing folder is writable
        FileStream lockFile;
        try
        {
            // FileShare.None is an exclusive advisory lock on Unix too; the kernel drops it when a run dies
            lockFile = new FileStream(Path.Combine(parent, "." + name + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            throw new ReportFolderException(folder, "another deepnvm run is writing this folder; wait for it, or choose another folder");
        }

        try
        {
            if (Directory.Exists(full) && !IsReportFolder(full))
            {
                throw new ReportFolderException(folder, "the folder holds files that are not a deepnvm report; choose a new or empty folder");
            }

            RemoveLeftovers(parent, name);
            var staging = Path.Combine(parent, "." + name + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
            Directory.CreateDirectory(staging);
            return new ReportFolder(full, staging, lockFile);
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
    }

    /// <summary>Writes one file into the staging folder.</summary>
    public void Put(string name, string text) => Put(name, Utf8.GetBytes(text));

    /// <summary>Writes one binary file (a PNG chart) into the staging folder.</summary>
    public void Put(string name, byte[] bytes)
    {
        using (var stream = new FileStream(Path.Combine(Staging, name), FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush(flushToDisk: true);
        }

        _written.Add(name);
    }

    /// <summary>Writes the manifest and swaps the staging folder in for the destination.</summary>
    public void Commit()
    {
        Put(ManifestName, string.Join("\n", _written) + "\n");
        _written.RemoveAt(_written.Count - 1);
        string? old = null;
        if (Directory.Exists(Folder))
        {
            old = Staging.Substring(0, Staging.Length - ".tmp".Length) + ".old";
            Directory.Move(Folder, old);
        }

        Directory.Move(Staging, Folder);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }

        _lock.Dispose();
    }

    /// <summary>Empty, or written by deepnvm: a manifest, or (from versions before it) report files only.</summary>
    private static bool IsReportFolder(string folder) =>
        File.Exists(Path.Combine(folder, ManifestName))
        || (!Directory.EnumerateDirectories(folder).Any()
            && Directory.EnumerateFiles(folder).All(f => ReportExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)));

    /// <summary>Staging and old folders of runs that were killed (the lock is ours, so none is running).</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var pattern in new[] { "." + name + ".*.tmp", "." + name + ".*.old" })
        {
            foreach (var leftover in Directory.EnumerateDirectories(parent, pattern))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }
}

/// <summary>A report folder that cannot be written, with the reason.</summary>
public sealed class ReportFolderException : IOException
{
    public ReportFolderException(string folder, string reason)
        : base($"cannot write the report folder '{folder}': {reason}")
    {
    }
}
