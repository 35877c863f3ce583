using System;

namespace DeepNvm.Model;

/// <summary>
/// An <c>expect</c> line of a study: a measured result that must hold, such as
/// <c>expect iso_capacity.edp_reduction(SotMram) >= 3.0</c>. Metrics are baseline ÷ technology
/// ratios (above 1 is better than the baseline).
/// </summary>
public sealed record ExpectationParameters
{
    /// <summary>The metric, e.g. <c>iso_capacity.edp_reduction</c> (docs/language.md lists them).</summary>
    public string Metric { get; init; } = "";
    /// <summary>The cell the metric is measured for.</summary>
    public string Technology { get; init; } = "";
    /// <summary><c>&gt;=</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&lt;</c>.</summary>
    public string Operator { get; init; } = ">=";
    public double Threshold { get; init; }
    /// <summary>The line as written, for messages.</summary>
    public string SourceText { get; init; } = "";
    /// <summary>Where it was written: a file (a name in generated code, a full path from the CLI), 1-based line and column.</summary>
    public string FilePath { get; init; } = "";
    public int Line { get; init; }
    public int Column { get; init; }

    /// <summary>Whether <paramref name="measured"/> satisfies the comparison.</summary>
    public bool HoldsFor(double measured) => Operator switch
    {
        ">=" => measured >= Threshold,
        "<=" => measured <= Threshold,
        ">" => measured > Threshold,
        "<" => measured < Threshold,
        _ => throw new InvalidOperationException("unknown comparison '" + Operator + "'"),
    };
}
