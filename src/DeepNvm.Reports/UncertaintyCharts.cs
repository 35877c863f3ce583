using DeepNvm.Reports.Charts;
using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;

namespace DeepNvm.Reports;

/// <summary>Charts for uncertainty results, in the reports' visual language, from plain arrays (so any
/// producer can use them): the distribution of a headline ratio over Monte Carlo samples, and a tornado
/// of the swings that each uncertain input causes.</summary>
public static class UncertaintyCharts
{
    private const string Bars = "#8e9aaf";
    private const string Nominal = "#222222";
    private const string Reference = "#c0392b";

    /// <summary>A histogram of <paramref name="samples"/> with the 5–95 % interval shaded, the nominal
    /// value (every input at its nominal) and, when given, a published reference value marked.</summary>
    /// <param name="metric">What the samples are, for the axis (e.g. "STT-MRAM EDP reduction, geomean (×)").</param>
    public static Chart Distribution(string id, string title, string metric, IReadOnlyList<double> samples, double nominal,
        double? reference = null, string referenceLabel = "published")
    {
        var values = samples.Where(double.IsFinite).OrderBy(v => v).ToArray();
        if (values.Length == 0)
        {
            throw new ArgumentException("a distribution needs at least one finite sample", nameof(samples));
        }

        var lo = Math.Min(values[0], Math.Min(nominal, reference ?? nominal));
        var hi = Math.Max(values[^1], Math.Max(nominal, reference ?? nominal));
        if (hi - lo < 1e-12 * Math.Max(1, Math.Abs(hi)))
        {
            lo -= 0.5 * Math.Max(Math.Abs(lo), 1e-9);
            hi += 0.5 * Math.Max(Math.Abs(hi), 1e-9);
        }

        // Sturges' rule, at least 5 and at most 40 bins over the samples' own range
        var bins = Math.Clamp((int)Math.Ceiling(Math.Log2(values.Length) + 1), 5, 40);
        var width = (values[^1] - values[0]) / bins;
        if (width <= 0)
        {
            width = (hi - lo) / bins;
        }

        var counts = new int[bins];
        foreach (var v in values)
        {
            counts[Math.Clamp((int)((v - values[0]) / width), 0, bins - 1)]++;
        }

        var p05 = Quantile(values, 0.05);
        var p95 = Quantile(values, 0.95);
        var b = new ChartBuilder(title);
        var pad = (hi - lo) * 0.05;
        var x = b.Axis(new LinearAxis { Position = AxisPosition.Bottom, Title = metric, Minimum = lo - pad, Maximum = hi + pad, MajorGridlineStyle = LineStyle.None }, "x");
        var y = b.Axis(new ValueAxis(AxisPosition.Left, $"samples (of {values.Length})", counts.Max()), "y");
        b.Model.Annotations.Add(new RectangleAnnotation
        {
            MinimumX = p05, MaximumX = p95, Fill = OxyColor.FromAColor(40, Palette.Oxy(Bars)), XAxisKey = x.Key, YAxisKey = y.Key, Layer = AnnotationLayer.BelowSeries,
        });
        var series = b.Bars("samples", Bars, x, y);
        for (var i = 0; i < bins; i++)
        {
            var x0 = values[0] + i * width;
            if (counts[i] > 0)
            {
                b.Bar(series, x, y, x0, 0, x0 + width, counts[i], $"{Numbers.G(x0)} to {Numbers.G(x0 + width)}: {counts[i]} samples");
            }
        }

        b.LegendEntry($"5–95 %: {Numbers.G(p05)} to {Numbers.G(p95)}", "#cbd2dc", LineStyle.Solid);
        b.VerticalLine(nominal, $"nominal: {Numbers.G(nominal)}", x, y, Nominal, LineStyle.Solid);
        b.LegendEntry($"nominal {Numbers.G(nominal)}", Nominal, LineStyle.Solid);
        if (reference is { } r)
        {
            b.VerticalLine(r, $"{referenceLabel}: {Numbers.G(r)}", x, y, Reference, LineStyle.Dash);
            b.LegendEntry($"{referenceLabel} {Numbers.G(r)}", Reference, LineStyle.Dash);
        }

        return b.Build(id, title, $"Distribution of {metric} over {values.Length} samples of the uncertain inputs; the shaded band holds the middle 90 %, the solid line is the value with every input at its nominal"
            + (reference is null ? "." : $", the dashed line the {referenceLabel} value."));
    }

    /// <summary>A tornado: for each input, the metric with that input at its low and at its high end
    /// (the others at nominal), as bars from the nominal value, the widest swing on top.</summary>
    public static Chart Tornado(string id, string title, string metric, IReadOnlyList<string> inputs, IReadOnlyList<double> low, IReadOnlyList<double> high, double nominal)
    {
        if (inputs.Count != low.Count || inputs.Count != high.Count)
        {
            throw new ArgumentException("a tornado needs one low and one high value per input");
        }

        var order = Enumerable.Range(0, inputs.Count).OrderByDescending(i => Math.Abs(high[i] - low[i])).ThenBy(i => i).ToArray();
        var b = new ChartBuilder(title) { Height = Math.Max(300, 110 + 26 * inputs.Count) };
        var labels = order.Select(i => inputs[i]).ToArray();
        // the widest swing on top: position n-1 is the top row
        var positions = order.Select((_, k) => (double)(order.Length - 1 - k)).ToArray();
        var y = b.Axis(new LabelAxis(AxisPosition.Left, positions, labels, b.Height - 110) { Minimum = -0.7, Maximum = order.Length - 0.3 }, "y");
        var all = low.Concat(high).Append(nominal).Where(double.IsFinite).ToArray();
        var span = all.Max() - all.Min();
        var pad = span > 0 ? span * 0.05 : Math.Max(Math.Abs(nominal) * 0.05, 1e-9);
        var x = b.Axis(new LinearAxis { Position = AxisPosition.Bottom, Title = metric, Minimum = all.Min() - pad, Maximum = all.Max() + pad, MajorGridlineStyle = LineStyle.Solid, MajorGridlineColor = OxyColor.FromRgb(0xe6, 0xe6, 0xe6) }, "x");
        var lowBars = b.Bars("input at its low end", Palette.Part(0), x, y);
        var highBars = b.Bars("input at its high end", Palette.Part(3), x, y);
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var row = positions[k];
            if (double.IsFinite(low[i]))
            {
                b.Bar(lowBars, x, y, Math.Min(nominal, low[i]), row - 0.35, Math.Max(nominal, low[i]), row + 0.35, $"{inputs[i]} at its low end: {Numbers.G(low[i])}");
            }

            if (double.IsFinite(high[i]))
            {
                b.Bar(highBars, x, y, Math.Min(nominal, high[i]), row - 0.35, Math.Max(nominal, high[i]), row + 0.35, $"{inputs[i]} at its high end: {Numbers.G(high[i])}");
            }
        }

        b.VerticalLine(nominal, $"nominal: {Numbers.G(nominal)}", x, y, Nominal, LineStyle.Solid);
        return b.Build(id, title, $"{metric} with one input at a time moved to the low or the high end of its range, the others at nominal ({Numbers.G(nominal)}, the vertical line); the input with the widest swing is on top.");
    }

    /// <summary>The linear-interpolation quantile of sorted values (type 7, as NumPy's default).</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var i = (int)Math.Floor(h);
        return i + 1 < sorted.Count ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
