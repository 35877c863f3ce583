using DeepNvm.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DeepNvm.Generators.Diagnostics;

/// <summary>Turns front-end diagnostics (plain data, 1-based lines) into Roslyn diagnostics on the
/// .nvm file (0-based line positions), at the last moment.</summary>
internal static class LocationMapping
{
    public static Diagnostic ToRoslyn(NvmDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = Location.Create(
            diagnostic.FilePath,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(
                new LinePosition(System.Math.Max(0, span.Line - 1), System.Math.Max(0, span.Column - 1)),
                new LinePosition(System.Math.Max(0, span.EndLine - 1), System.Math.Max(0, span.EndColumn - 1))));
        return Diagnostic.Create(DiagnosticDescriptors.For(diagnostic.Id), location, diagnostic.Message);
    }
}
