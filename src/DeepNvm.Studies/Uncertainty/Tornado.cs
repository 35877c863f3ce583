using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepNvm.Studies;

/// <summary>An uncertain input as the one-at-a-time analyses see it: its name
/// (<c>SttMram.read.sense_energy</c>) and its range and nominal value, in SI.</summary>
public sealed record SweptInput(string Name, double Low, double High, double Nominal);

/// <summary>One bar of a tornado: the metric with the input at each end of its range, the others nominal.</summary>
public sealed record TornadoRow(string Name, double Low, double High, double MetricAtLow, double MetricAtHigh)
{
    /// <summary>|metric at high − metric at low|: how far this input alone moves the metric.</summary>
    public double Swing => Math.Abs(MetricAtHigh - MetricAtLow);

    /// <summary>Spearman's rank correlation of the input with the metric over a Monte Carlo run; null without one.</summary>
    public double? Spearman { get; init; }
}

/// <summary>A metric's sensitivity to every uncertain input, largest swing first.</summary>
public sealed record TornadoResult(double Nominal, IReadOnlyList<TornadoRow> Rows);

/// <summary>
/// One-at-a-time sensitivity (docs/model-evaluation.md, "Sensitivity"): each input is set to the low
/// and then the high end of its range while every other input keeps its nominal value, and the metric
/// is measured at both; inputs are ranked by the swing. Ties keep a stable order (by name).
/// </summary>
public static class Tornado
{
    /// <param name="inputs">The inputs to sweep.</param>
    /// <param name="metricAt">The metric with one input (by name) at a value, the others nominal.</param>
    /// <param name="nominal">The metric with every input nominal.</param>
    public static TornadoResult Run(IReadOnlyList<SweptInput> inputs, Func<SweptInput, double, double> metricAt, double nominal)
    {
        if (inputs is null || metricAt is null)
        {
            throw new ArgumentNullException(inputs is null ? nameof(inputs) : nameof(metricAt));
        }

        var rows = inputs.Select(i => new TornadoRow(i.Name, i.Low, i.High, metricAt(i, i.Low), metricAt(i, i.High))).ToArray();
        return new TornadoResult(nominal, Ranked(rows));
    }

    /// <summary>Rows by swing, largest first; equal swings by name (ordinal), so output never depends on input order.</summary>
    public static IReadOnlyList<TornadoRow> Ranked(IEnumerable<TornadoRow> rows) =>
        rows.OrderByDescending(r => double.IsNaN(r.Swing) ? -1 : r.Swing).ThenBy(r => r.Name, StringComparer.Ordinal).ToArray();

    /// <summary>Adds each input's Spearman rank correlation with the metric over Monte Carlo samples.</summary>
    /// <param name="samples">Per input name, its sampled values; every array as long as <paramref name="metric"/>.</param>
    /// <param name="metric">The metric of each sample.</param>
    public static TornadoResult WithSpearman(TornadoResult result, IReadOnlyDictionary<string, double[]> samples, double[] metric) =>
        result with
        {
            Rows = result.Rows.Select(r => samples.TryGetValue(r.Name, out var values) ? r with { Spearman = Spearman(values, metric) } : r).ToArray(),
        };

    /// <summary>Spearman's ρ (MathNet); 0 when either side is constant (no ranking to correlate).</summary>
    public static double Spearman(double[] input, double[] metric)
    {
        if (input.Length != metric.Length)
        {
            throw new ArgumentException("the input and the metric need one value per sample each");
        }

        if (input.Length < 2 || input.Distinct().Count() < 2 || metric.Distinct().Count() < 2)
        {
            return 0;
        }

        return MathNet.Numerics.Statistics.Correlation.Spearman(input, metric);
    }
}
