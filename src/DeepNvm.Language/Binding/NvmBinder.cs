using System.Collections.Generic;
using System.Threading;
using DeepNvm.Language.Specs;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

/// <summary>Options of a binding run.</summary>
/// <param name="ProjectDirectory">Imports must resolve inside this folder; null allows any path.</param>
public sealed record BindOptions(string? ProjectDirectory = null);

/// <summary>
/// Binds parsed files into a program: resolves imports (relative to the importing file, never
/// outside the project), names (visible from a file and what it imports, transitively),
/// inheritance, and every property's value against the schema, with units, types and
/// plausibility checked. Never throws on bad input; everything wrong becomes a diagnostic.
/// </summary>
public static class NvmBinder
{
    public static ProgramSpec Bind(IReadOnlyList<ParsedFile> files, BindOptions? options = null, CancellationToken cancellationToken = default) =>
        new BindingSession(files, options ?? new BindOptions(), cancellationToken).Run();
}
