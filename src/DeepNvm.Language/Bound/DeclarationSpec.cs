using System.Linq;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Bound;

/// <summary>One bound property: its dotted path, its value, and the source text it came from
/// (the default's text when <see cref="IsDefault"/>), for doc comments in generated code.</summary>
public sealed record PropertySpec(string Path, ValueSpec Value, string SourceText, bool IsDefault)
{
    /// <summary>The distribution when the property is an uncertain input (its <see cref="Value"/> is then the nominal); null when it is a plain value.</summary>
    public UncertaintySpec? Uncertainty { get; init; }
}

/// <summary>A checked <c>expect</c> line of a study: the metric, the technology it is measured for,
/// the comparison and the threshold, and where it was written (so a failure is reported there).</summary>
public sealed record ExpectationSpec(string Metric, string Technology, string Operator, double Threshold, string SourceText, string FilePath, SourceSpan Span);

/// <summary>A study's <c>reference</c> line: a published figure for a metric and technology, with its
/// source, to place among the study's results (never failing the build).</summary>
public sealed record ReferenceSpec(string Metric, string Technology, double Value, string Source, string SourceText, string FilePath, SourceSpan Span);

/// <summary>A space's <c>where METRIC OP value</c> line: the threshold in SI (the metric's unit), and where it was written.</summary>
public sealed record ConstraintSpec(string Metric, string Operator, double Threshold, string SourceText, string FilePath, SourceSpan Span)
{
    /// <summary>Whether <paramref name="value"/> (in SI) meets the constraint.</summary>
    public bool IsMetBy(double value) => Operator switch
    {
        "<=" => value <= Threshold,
        "<" => value < Threshold,
        ">=" => value >= Threshold,
        _ => value > Threshold,
    };
}

/// <summary>
/// A declaration after binding: inheritance flattened, defaults filled in, every value
/// type-checked and normalised to SI. <see cref="HasErrors"/> is set when it, or anything it
/// references, has an error; the generator emits nothing for such a declaration.
/// </summary>
public sealed record DeclarationSpec(
    string Keyword,
    string Name,
    string? CellKind,
    string? BaseName,
    string FilePath,
    SourceSpan Span,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<string> FlagBlocks,
    bool HasErrors)
{
    /// <summary>The study's <c>expect</c> lines (empty for other declarations).</summary>
    public EquatableArray<ExpectationSpec> Expectations { get; init; } = EquatableArray<ExpectationSpec>.Empty;

    /// <summary>The study's <c>reference</c> lines (empty for other declarations).</summary>
    public EquatableArray<ReferenceSpec> References { get; init; } = EquatableArray<ReferenceSpec>.Empty;

    /// <summary>A space's <c>where</c> lines (empty for other declarations).</summary>
    public EquatableArray<ConstraintSpec> Constraints { get; init; } = EquatableArray<ConstraintSpec>.Empty;

    /// <summary>A space's <c>minimize</c> metrics, in the order written (empty for other declarations).</summary>
    public EquatableArray<string> Objectives { get; init; } = EquatableArray<string>.Empty;

    public PropertySpec? Find(string path) => Properties.FirstOrDefault(p => p.Path == path);

    public ValueSpec? Value(string path) => Find(path)?.Value;

    public bool HasFlag(string block) => FlagBlocks.Contains(block);
}
