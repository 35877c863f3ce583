using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
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
        if (Directory.Exists(full))
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

        while (pending.Count > 0)
        {
            var path = PathNames.Normalize(pending.Dequeue());
            if (sources.ContainsKey(path))
            {
                continue;
            }

            var text = Read(path, errors);
            if (text is null)
            {
                continue;
            }

            sources.Add(path, new NvmSource(path, text));
            var options = new BindOptions(PathNames.Normalize(root), library);
            foreach (var import in NvmParser.Parse(path, text).Syntax.Imports)
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

    private static string? Read(string path, List<NvmDiagnostic> errors)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > NvmParser.MaxFileCharacters * 4L)
            {
                errors.Add(NvmDiagnostic.Create(DiagnosticCatalog.FileTooLarge, path, SourceSpan.FileStart, bytes.Length, NvmParser.MaxFileCharacters));
                return null;
            }

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
