using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DeepNvm.Files;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Workspace;

/// <summary>
/// Loads .nvm files from disk for the CLI and tests: a file or a folder (every *.nvm below it,
/// outside bin/ and obj/), plus whatever they import. Bytes that are not UTF-8 become a located
/// DNVM0102 rather than silently replaced characters. (Inside the compiler the generator gets its
/// files as AdditionalFiles instead and never touches the disk.)
/// </summary>
public static class NvmFileLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The result: the sources read, the project folder imports must stay in, the standard
    /// library's folder (when there is one), and read errors.</summary>
    public sealed record LoadResult(IReadOnlyList<NvmSource> Sources, string ProjectDirectory, string? LibraryDirectory, IReadOnlyList<NvmDiagnostic> Errors)
    {
        /// <summary>The options to bind these sources with.</summary>
        public BindOptions Options => new(ProjectDirectory, LibraryDirectory);
    }

    /// <summary>The standard library shipped beside the running program (the CLI copies it to stdlib/).</summary>
    public static string? DefaultLibraryDirectory()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "stdlib");
        return Directory.Exists(folder) ? PathNames.Normalize(folder) : null;
    }

    public static LoadResult Load(string fileOrDirectory, string? libraryDirectory = null)
    {
        var library = libraryDirectory is null ? DefaultLibraryDirectory() : PathNames.Normalize(Path.GetFullPath(libraryDirectory));
        var full = Path.GetFullPath(fileOrDirectory);
        var errors = new List<NvmDiagnostic>();
        var sources = new Dictionary<string, NvmSource>(StringComparer.Ordinal);
        string root;
        var pending = new Queue<string>();
        if (FileGate.KindOf(full) == FileGate.EntryKind.Directory)
        {
            root = full;
            foreach (var file in Directory.EnumerateFiles(full, "*.nvm", SearchOption.AllDirectories).Where(f => !IsBuildOutput(full, f)).OrderBy(f => f, StringComparer.Ordinal))
            {
                pending.Enqueue(file);
            }
        }
        else
        {
            root = Path.GetDirectoryName(full) ?? full;
            pending.Enqueue(full);
        }

        root = EnclosingProject(root);
        while (pending.Count > 0)
        {
            var path = PathNames.Normalize(pending.Dequeue());
            if (sources.ContainsKey(path))
            {
                continue;
            }

            var text = LeavesItsFolder(path, root, library, errors) ? null : Read(path, errors);
            if (text is null)
            {
                continue;
            }

            sources.Add(path, new NvmSource(path, text));
            var options = new BindOptions(PathNames.Normalize(root), library);
            var syntax = NvmParser.Parse(path, text).Syntax;
            ProfilesThroughLinks(path, syntax, root, errors);
            foreach (var import in syntax.Imports)
            {
                if (import.Path.StartsWith(BindOptions.LibraryScheme, StringComparison.Ordinal) && library is null)
                {
                    continue;
                }

                var target = options.Resolve(path, import.Path);
                if ((PathNames.IsUnder(target, root) || options.IsLibrary(target)) && File.Exists(target))
                {
                    pending.Enqueue(target);
                }
            }
        }

        return new LoadResult(sources.Values.ToArray(), PathNames.Normalize(root), library, errors);
    }

    /// <summary>The folder imports and profiles must stay in: the nearest folder at or above
    /// <paramref name="folder"/> that holds a C# project (what the build binds against), else the folder itself.</summary>
    private static string EnclosingProject(string folder)
    {
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = Path.GetDirectoryName(dir))
        {
            try
            {
                if (Directory.EnumerateFiles(dir, "*.csproj").Any())
                {
                    return dir;
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                break;
            }
        }

        return folder;
    }

    /// <summary>A file inside the project (or the library) by name whose real path, links resolved, is
    /// outside: a located DNVM0203 rather than a read of whatever the link points at.</summary>
    private static bool LeavesItsFolder(string path, string root, string? library, List<NvmDiagnostic> errors)
    {
        var folder = library is not null && PathNames.IsUnder(path, library) ? library : root;
        if (FileGate.KindOf(path) != FileGate.EntryKind.RegularFile || FileGate.IsInside(path, folder))
        {
            return false;
        }

        errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.ImportOutsideProject, path, SourceSpan.FileStart,
            PathNames.FileName(path) + " (a link to " + FileGate.RealPath(path) + ")", folder));
        return true;
    }

    /// <summary>A workload's <c>profile = "…"</c> inside the project by name whose real path is outside
    /// (a link): DNVM0224 at the string. (The binder reports paths that are outside by name, in the build too.)</summary>
    private static void ProfilesThroughLinks(string file, NvmFileSyntax syntax, string root, List<NvmDiagnostic> errors)
    {
        foreach (var declaration in syntax.Declarations.Where(d => d.Keyword == "workload"))
        {
            foreach (var property in declaration.Members.OfType<PropertySyntax>().Where(p => p.PathText == "profile"))
            {
                if (property.Value is StringSyntax profile
                    && PathNames.Combine(PathNames.Directory(file), profile.Value) is var target
                    && PathNames.IsUnder(target, root) && FileGate.KindOf(target) != FileGate.EntryKind.Missing && !FileGate.IsInside(target, root))
                {
                    errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.ProfileOutsideProject, file, profile.Span,
                        profile.Value + " (a link to " + FileGate.RealPath(target) + ")", root));
                }
            }
        }
    }

    private static string? Read(string path, List<NvmDiagnostic> errors)
    {
        var limit = NvmParser.MaxFileCharacters * 4L;
        if (FileGate.WhyNotReadable(path, long.MaxValue) is { } refused)
        {
            errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.UnreadableFile, path, SourceSpan.FileStart, refused));
            return null;
        }

        try
        {
            var length = new FileInfo(path).Length;
            if (length > limit)
            {
                errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.FileTooLarge, path, SourceSpan.FileStart, length, NvmParser.MaxFileCharacters));
                return null;
            }

            var bytes = FileGate.ReadAllBytes(path, limit);

            try
            {
                var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
                return StrictUtf8.GetString(bytes, start, bytes.Length - start);
            }
            catch (DecoderFallbackException e)
            {
                var at = e.Index >= 0 ? e.Index : 0;
                var prefix = Encoding.UTF8.GetString(bytes, 0, Math.Min(at, bytes.Length));
                var (line, column) = SourceSpan.LineColumnAt(prefix, prefix.Length);
                errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.InvalidEncoding, path, new SourceSpan(prefix.Length, 1, line, column, line, column + 1),
                    $"the file is not valid UTF-8 (byte 0x{bytes[Math.Min(at, bytes.Length - 1)]:X2} at offset {at}); save it as UTF-8"));
                return null;
            }
        }
        catch (IOException e)
        {
            errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.ImportNotFound, path, SourceSpan.FileStart, path, ": " + e.Message));
            return null;
        }
        catch (UnauthorizedAccessException e)
        {
            errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.ImportNotFound, path, SourceSpan.FileStart, path, ": " + e.Message));
            return null;
        }
    }

    private static bool IsBuildOutput(string root, string file)
    {
        var relative = PathNames.Normalize(file).Substring(PathNames.Normalize(root).Length).TrimStart('/');
        return relative.Split('/').Any(part => part is "bin" or "obj");
    }
}
