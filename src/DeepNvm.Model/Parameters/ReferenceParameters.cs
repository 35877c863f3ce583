namespace DeepNvm.Model;

/// <summary>
/// A <c>reference</c> line of a study: a published figure for one of its metrics, such as
/// <c>reference iso_capacity.edp_reduction(SttMram) = 3.8 "DeepNVM++, TCAD 2021"</c>, placed among the
/// results (where it falls in the uncertainty of ours); never a check that fails.
/// </summary>
public sealed record ReferenceParameters
{
    /// <summary>The metric, as in <c>expect</c> lines (e.g. <c>iso_capacity.edp_reduction</c>).</summary>
    public string Metric { get; init; } = "";
    /// <summary>The cell the figure is for.</summary>
    public string Technology { get; init; } = "";
    /// <summary>The published value (a baseline ÷ technology ratio).</summary>
    public double Value { get; init; }
    /// <summary>Where it was published.</summary>
    public string Source { get; init; } = "";
    /// <summary>The line as written, for messages.</summary>
    public string SourceText { get; init; } = "";
}
