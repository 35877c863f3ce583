using System.Collections.Generic;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Language.Syntax;

/// <summary>Reports what reading number literals found: unknown units, malformed unit expressions,
/// ambiguous symbols and numbers too large to represent.</summary>
internal static class UnitDiagnostics
{
    public static void Collect(string path, NvmFileSyntax file, List<NvmDiagnostic> diagnostics)
    {
        foreach (var expression in SyntaxWalker.Expressions(file))
        {
            if (expression is not NumberSyntax number)
            {
                continue;
            }

            if (number.UnitError is { } error)
            {
                diagnostics.Add(number.UnknownUnit
                    ? new NvmDiagnostic(DiagnosticIds.UnknownUnit, NvmSeverity.Error, error, path, number.UnitSpan)
                    : NvmDiagnostic.Create(DiagnosticCatalog.UnknownUnit, path, number.UnitSpan, number.UnitText ?? "", ": " + error));
            }
            else if (number.UnitWarning is { } warning)
            {
                diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.AmbiguousUnit, path, number.UnitSpan, warning));
            }

            if (number.Value is { IsFinite: false })
            {
                diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.InvalidNumber, path, number.Span, number.SourceText));
            }
        }
    }
}
