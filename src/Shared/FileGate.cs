using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace DeepNvm.Files;

/// <summary>
/// The one gate every loader reads through and every writer checks its destination with (.nvm files
/// and their imports, NVSim .cfg/.cell files, profiler CSVs, report folders, exported files): only
/// regular files are read (a FIFO would hang the reader, <c>/dev/zero</c> never ends), with a size
/// cap checked before reading (a streamed reader caps its lines itself: profile CSVs); containment is decided on real
/// paths (symbolic links resolved), case-sensitively where the file system is; a destination is
/// checked before any work starts. Reasons come back as plain sentences for each loader to wrap in
/// its own located diagnostic. (This file is compiled into DeepNvm.Language, internal, and into
/// DeepNvm.Model, public, so the front end stays free of the runtime.)
/// </summary>
#if DEEPNVM_FILEGATE_PUBLIC
public
#else
internal
#endif
static class FileGate
{
    /// <summary>The longest file or folder name (one path component, UTF-8 bytes) common file systems accept.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>What a path names, after following symbolic links.</summary>
    public enum EntryKind
    {
        Missing,
        RegularFile,
        Directory,
        /// <summary>A device, FIFO or socket: never read, never replaced.</summary>
        Special,
    }

    /// <summary>Whether names that differ only in case name different files (Linux), so containment
    /// must compare them exactly; Windows and macOS fold case by default.</summary>
    public static bool CaseSensitive { get; } = !RuntimeInformation.IsOSPlatform(OSPlatform.Windows) && !RuntimeInformation.IsOSPlatform(OSPlatform.OSX);

    public static StringComparison PathComparison => CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public static EntryKind KindOf(string path)
    {
        if (path.Length == 0 || path.IndexOf('\0') >= 0)
        {
            return EntryKind.Missing;
        }

        if (Unix.Mode(path) is { } mode)
        {
            return mode < 0 ? EntryKind.Missing : (mode & Unix.TypeMask) switch
            {
                Unix.RegularFile => EntryKind.RegularFile,
                Unix.Directory => EntryKind.Directory,
                _ => EntryKind.Special,
            };
        }

        return Directory.Exists(path) ? EntryKind.Directory : File.Exists(path) ? EntryKind.RegularFile : EntryKind.Missing;
    }

    /// <summary>The path with every symbolic link resolved (the path itself, made absolute, where that is not possible).</summary>
    public static string RealPath(string path) => Unix.RealPath(path) ?? Path.GetFullPath(path);

    /// <summary>Whether <paramref name="path"/> lies inside <paramref name="folder"/> once both are real paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var real = RealPath(path).Replace('\\', '/');
        var root = RealPath(folder).Replace('\\', '/').TrimEnd('/') + "/";
        return real.StartsWith(root, PathComparison);
    }

    /// <summary>Why <paramref name="path"/> cannot be read as a file of at most <paramref name="maxBytes"/>, or null.</summary>
    public static string? WhyNotReadable(string path, long maxBytes)
    {
        switch (KindOf(path))
        {
            case EntryKind.Missing:
                return "the file does not exist";
            case EntryKind.Directory:
                return "it is a folder, not a file";
            case EntryKind.Special:
                return "it is not a regular file (a device, FIFO or socket); only regular files are read";
        }

        var length = new FileInfo(path).Length;
        return length > maxBytes ? $"the file has {length} bytes; the limit is {maxBytes}" : null;
    }

    /// <summary>The file's bytes, through the checks of <see cref="WhyNotReadable"/>; never more than <paramref name="maxBytes"/> are read.</summary>
    /// <exception cref="FileGateException">the file cannot be read, with the reason.</exception>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        if (WhyNotReadable(path, maxBytes) is { } reason)
        {
            throw new FileGateException(path, reason);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    throw new FileGateException(path, $"the file grew past the limit of {maxBytes} bytes while it was read");
                }
            }

            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not FileGateException)
        {
            throw new FileGateException(path, e.Message);
        }
    }

    /// <summary>Why a file cannot be written at <paramref name="path"/> (checked before the work that
    /// produces it starts), or null.</summary>
    public static string? WhyNotWritableFile(string path) =>
        WhyNotWritable(path, out var full) ?? KindOf(full) switch
        {
            EntryKind.Directory => "it is a folder",
            EntryKind.Special => "it is not a regular file (a device, FIFO or socket); only regular files are replaced",
            _ => null,
        };

    /// <summary>Why a folder cannot be written (or replaced) at <paramref name="path"/>, or null.</summary>
    public static string? WhyNotWritableFolder(string path) =>
        WhyNotWritable(path, out var full) ?? KindOf(full) switch
        {
            EntryKind.RegularFile => "it is a file, not a folder",
            EntryKind.Special => "it is not a folder (a device, FIFO or socket)",
            _ => null,
        };

    private static readonly string[] SystemFolders = { "/dev", "/proc", "/sys" };

    private static string? WhyNotWritable(string path, out string full)
    {
        full = "";
        if (string.IsNullOrWhiteSpace(path))
        {
            return "the path is empty";
        }

        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "it is not a valid path (" + e.Message + ")";
        }

        foreach (var part in full.Split('/', '\\'))
        {
            if (Encoding.UTF8.GetByteCount(part) > MaxNameBytes)
            {
                return $"the name '{part.Substring(0, 20)}…' is {Encoding.UTF8.GetByteCount(part)} bytes long; file systems allow {MaxNameBytes}";
            }
        }

        var real = RealPath(Path.GetDirectoryName(full) ?? full);
        foreach (var system in SystemFolders)
        {
            if (real == system || real.StartsWith(system + "/", StringComparison.Ordinal) || full == system)
            {
                return system + " is a system folder";
            }
        }

        var parent = Path.GetDirectoryName(full.TrimEnd('/', '\\'));
        if (parent is null)
        {
            return "it is the root of the file system";
        }

        // missing folders on the way are created by the writer; the nearest one that exists decides
        while (KindOf(parent) == EntryKind.Missing && Path.GetDirectoryName(parent) is { } above)
        {
            parent = above;
        }

        if (KindOf(parent) != EntryKind.Directory)
        {
            return $"'{parent}' is not a folder";
        }

        var probe = Path.Combine(parent, ".deepnvm-probe-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"the folder '{parent}' is not writable ({e.Message})";
        }
    }

    /// <summary>File-system calls the base class library does not offer on netstandard2.0: the type of
    /// a file and a real path, from the runtime's own native shim (present wherever .NET runs on Unix).</summary>
    private static class Unix
    {
        public const int TypeMask = 0xF000;
        public const int RegularFile = 0x8000;
        public const int Directory = 0x4000;

        private static bool _available = !RuntimeInformation.IsOSPlatform(OSPlatform.Windows);

        /// <summary>st_mode of the file a path names (links followed), -1 when there is none, null when the shim is not there.</summary>
        public static int? Mode(string path)
        {
            if (!_available)
            {
                return null;
            }

            // FileStatus starts with int Flags, int Mode; the buffer is larger than the whole struct
            var status = new byte[256];
            try
            {
                return Stat(Utf8Z(path), status) == 0 ? BitConverter.ToInt32(status, 4) : -1;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _available = false;
                return null;
            }
        }

        public static string? RealPath(string path)
        {
            if (!_available)
            {
                return null;
            }

            try
            {
                var pointer = RealPathNative(Utf8Z(path));
                if (pointer == IntPtr.Zero)
                {
                    return null; // missing: the caller falls back to the path as written
                }

                try
                {
                    return Marshal.PtrToStringAnsi(pointer); // UTF-8 on Unix
                }
                finally
                {
                    Free(pointer);
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _available = false;
                return null;
            }
        }

        /// <summary>A C string: UTF-8 with a NUL at the end (netstandard2.0 cannot marshal UTF-8 strings itself).</summary>
        private static byte[] Utf8Z(string text) => Encoding.UTF8.GetBytes(text + "\0");

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] path, byte[] status);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_RealPath")]
        private static extern IntPtr RealPathNative(byte[] path);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Free")]
        private static extern void Free(IntPtr pointer);
    }
}

/// <summary>A file the gate refused or could not read: <see cref="Exception.Message"/> is the reason.</summary>
#if DEEPNVM_FILEGATE_PUBLIC
public
#else
internal
#endif
sealed class FileGateException : IOException
{
    public FileGateException(string path, string reason)
        : base(reason)
    {
        Path = path;
    }

    public string Path { get; }
}
