using System.Text;
using DeepNvm.Files;

namespace DeepNvm.Reports;

/// <summary>Writes a file so that a crash leaves either the old file or the new one, never half of one:
/// the text goes to a temporary file in the same folder, is flushed to disk, and replaces the target in
/// one rename. Only a regular file is replaced: a device node, FIFO or folder of that name is refused
/// (renaming over /dev/full, run as root, used to replace the device with a text file).</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    public static void WriteAllBytes(string path, byte[] bytes)
    {
        if (FileGate.WhyNotWritableFile(path) is { } reason)
        {
            throw new IOException($"cannot write '{path}': {reason}");
        }

        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
