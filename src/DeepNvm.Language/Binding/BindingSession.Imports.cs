using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

internal sealed partial class BindingSession
{
    /// <summary>Resolves every import, reports missing, escaping and cyclic ones, and computes
    /// which files each file sees (itself and its imports, transitively).</summary>
    private void ResolveImports()
    {
        var edges = new Dictionary<string, List<(string Target, ImportSyntax Syntax)>>(StringComparer.Ordinal);
        foreach (var pair in _fileByPath)
        {
            var list = new List<(string, ImportSyntax)>();
            edges[pair.Key] = list;
            foreach (var import in pair.Value.Syntax.Imports)
            {
                if (import.Path.StartsWith(BindOptions.LibraryScheme, StringComparison.Ordinal) && _options.LibraryDirectory is null)
                {
                    Report(null, DiagnosticCatalog.ImportNotFound, pair.Value.Path, import.Span, import.Path, " (the DeepNvm standard library is not available to this build)");
                    continue;
                }

                var last = import.Path.Replace('\\', '/').Split('/').Last();
                if (last is "" or "." or "..")
                {
                    // "." resolves to the project folder itself: say what is wrong, not that it is outside
                    Report(null, DiagnosticCatalog.ImportNotFound, pair.Value.Path, import.Span, import.Path, " (it names a folder; import a .nvm file, e.g. \"cells.nvm\")");
                    continue;
                }

                var target = _options.Resolve(pair.Key, import.Path);
                if (_options.ProjectDirectory is { } root && !PathNames.IsUnder(target, root) && !_options.IsLibrary(target))
                {
                    Report(null, DiagnosticCatalog.ImportOutsideProject, pair.Value.Path, import.Span, import.Path, root);
                    continue;
                }

                if (!_fileByPath.ContainsKey(target))
                {
                    Report(null, DiagnosticCatalog.ImportNotFound, pair.Value.Path, import.Span, import.Path,
                        " (looked for " + target + "; .nvm files are found in the project folder, outside bin/ and obj/)");
                    continue;
                }

                list.Add((target, import));
            }
        }

        ReportCycles(edges);
        foreach (var file in _fileByPath.Keys)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal) { file };
            var queue = new Queue<string>();
            queue.Enqueue(file);
            while (queue.Count > 0)
            {
                foreach (var (target, _) in edges[queue.Dequeue()])
                {
                    if (seen.Add(target))
                    {
                        queue.Enqueue(target);
                    }
                }
            }

            _visible[file] = seen;
        }
    }

    private void ReportCycles(Dictionary<string, List<(string Target, ImportSyntax Syntax)>> edges)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new List<string>();
        foreach (var start in edges.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            Visit(start);
        }

        void Visit(string file)
        {
            if (state.TryGetValue(file, out var s) && s != 0)
            {
                return;
            }

            state[file] = 1;
            stack.Add(file);
            foreach (var (target, syntax) in edges[file])
            {
                if (state.TryGetValue(target, out var t) && t == 1)
                {
                    var cycle = stack.Skip(stack.IndexOf(target)).Concat(new[] { target }).Select(PathNames.FileName);
                    Report(null, DiagnosticCatalog.ImportCycle, _fileByPath[file].Path, syntax.Span, string.Join(" -> ", cycle));
                }
                else
                {
                    Visit(target);
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[file] = 2;
        }
    }

    /// <summary>Library files that nothing in the project imports are left out of binding.</summary>
    private void DropUnusedLibraryFiles()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in _fileByPath.Keys.Where(f => !_options.IsLibrary(f)))
        {
            used.UnionWith(_visible[file]);
        }

        foreach (var library in _fileByPath.Keys.Where(f => _options.IsLibrary(f) && !used.Contains(f)).ToArray())
        {
            _fileByPath.Remove(library);
        }
    }

    private bool IsVisible(Declaration from, Declaration target) =>
        _visible.TryGetValue(from.NormalizedPath, out var files) && files.Contains(target.NormalizedPath);
}
