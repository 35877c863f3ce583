using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Language.Syntax;

/// <summary>The parse of one file: its tree, its syntax and unit diagnostics, and the names of
/// declarations that failed to parse (so the binder does not report them again as unknown).</summary>
public sealed record ParsedFile(string Path, NvmFileSyntax Syntax, EquatableArray<NvmDiagnostic> Diagnostics, EquatableArray<string> BrokenDeclarations);
