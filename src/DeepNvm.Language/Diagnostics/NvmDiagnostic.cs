using System.Globalization;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Diagnostics;

/// <summary>A reported problem in a .nvm file: plain, value-equatable data.</summary>
public sealed record NvmDiagnostic(string Id, NvmSeverity Severity, string Message, string FilePath, SourceSpan Span)
{
    public static NvmDiagnostic Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params object[] args) =>
        new(descriptor.Id, descriptor.Severity, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), filePath, span);

    /// <summary>A diagnostic of <paramref name="descriptor"/>'s id and severity whose message was written elsewhere
    /// (by the model or the workloads layer, which keep the same ids), not through the descriptor's format.</summary>
    public static NvmDiagnostic Reported(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, string message) =>
        new(descriptor.Id, descriptor.Severity, message, filePath, span);

    public bool IsError => Severity == NvmSeverity.Error;

    /// <summary>MSBuild's canonical form: <c>path(line,col): error DNVM0301: message</c>.</summary>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            FilePath,
            Span.Line,
            Span.Column,
            Severity switch { NvmSeverity.Error => "error", NvmSeverity.Warning => "warning", _ => "info" },
            Id,
            Message);

    /// <summary>Orders diagnostics by file, then position, then id: the order every tool prints them in.</summary>
    public static int Compare(NvmDiagnostic a, NvmDiagnostic b)
    {
        var byFile = string.CompareOrdinal(a.FilePath, b.FilePath);
        if (byFile != 0)
        {
            return byFile;
        }

        var byStart = a.Span.Start.CompareTo(b.Span.Start);
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
    }
}
