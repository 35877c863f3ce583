using System;
using System.Collections.Generic;

namespace DeepNvm.Language.Binding;

/// <summary>
/// Pure string handling of file paths, so the front end works the same inside the compiler
/// (where file-system calls are banned) and in the CLI: forward slashes, '.' and '..' resolved.
/// </summary>
public static class PathNames
{
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", StringComparison.Ordinal);
        var drive = unified.Length >= 2 && unified[1] == ':' ? unified.Substring(0, 2) : null;
        var body = drive is null ? unified : unified.Substring(2);
        var parts = new List<string>();
        foreach (var part in body.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        var joined = string.Join("/", parts);
        return (drive ?? "") + (rooted || drive is not null ? "/" : "") + joined;
    }

    public static string Directory(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash <= 0 ? (slash == 0 ? "/" : "") : normalized.Substring(0, slash);
    }

    public static string Combine(string directory, string relative)
    {
        var unified = relative.Replace('\\', '/');
        if (unified.StartsWith("/", StringComparison.Ordinal) || (unified.Length >= 2 && unified[1] == ':'))
        {
            return Normalize(unified);
        }

        return Normalize(directory.Length == 0 ? unified : directory + "/" + unified);
    }

    public static bool IsUnder(string path, string directory)
    {
        var dir = Normalize(directory).TrimEnd('/');
        var file = Normalize(path);
        // exact names where the file system tells them apart: '/work/proj' is not inside '/work/Proj' on Linux
        return dir.Length == 0 || file.StartsWith(dir + "/", Files.FileGate.PathComparison);
    }

    /// <summary>The file name, for short messages.</summary>
    public static string FileName(string path)
    {
        var normalized = Normalize(path);
        var slash = normalized.LastIndexOf('/');
        return slash < 0 ? normalized : normalized.Substring(slash + 1);
    }
}
