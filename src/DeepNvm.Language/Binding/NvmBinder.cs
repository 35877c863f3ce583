using System.Collections.Generic;
using System.Threading;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

/// <summary>Options of a binding run.</summary>
/// <param name="ProjectDirectory">Imports must resolve inside this folder; null allows any path.</param>
/// <param name="LibraryDirectory">The standard library's folder: <c>import "deepnvm:gpus.nvm"</c>
/// resolves there. Library files take part only when imported, so their names never clash with a
/// project that does not use them.</param>
public sealed record BindOptions(string? ProjectDirectory = null, string? LibraryDirectory = null)
{
    /// <summary>Values that replace bound values (<c>--set</c>, scenarios, Monte Carlo samples), applied
    /// where the property is declared so that inheritors follow; plausibility is checked on the result.</summary>
    public EquatableArray<InputOverride> Overrides { get; init; } = EquatableArray<InputOverride>.Empty;

    /// <summary>The prefix of imports from the standard library.</summary>
    public const string LibraryScheme = "deepnvm:";

    /// <summary>Where an import written in <paramref name="importingFile"/> points.</summary>
    public string Resolve(string importingFile, string importPath) =>
        importPath.StartsWith(LibraryScheme, System.StringComparison.Ordinal)
            ? PathNames.Combine(LibraryDirectory ?? "", importPath.Substring(LibraryScheme.Length))
            : PathNames.Combine(PathNames.Directory(importingFile), importPath);

    /// <summary>Whether a path lies in the standard library's folder.</summary>
    public bool IsLibrary(string path) => LibraryDirectory is { } library && PathNames.IsUnder(path, library);
}

/// <summary>
/// Binds parsed files into a program: resolves imports (relative to the importing file, never
/// outside the project), names (visible from a file and what it imports, transitively),
/// inheritance, and every property's value against the schema, with units, types and
/// plausibility checked. Never throws on bad input; everything wrong becomes a diagnostic.
/// </summary>
public static class NvmBinder
{
    /// <summary>Declarations one inheritance chain may pass through (a longer chain is a DNVM0227).</summary>
    public const int MaxInheritanceDepth = 64;

    public static ProgramSpec Bind(IReadOnlyList<ParsedFile> files, BindOptions? options = null, CancellationToken cancellationToken = default) =>
        new BindingSession(files, options ?? new BindOptions(), cancellationToken).Run();
}
