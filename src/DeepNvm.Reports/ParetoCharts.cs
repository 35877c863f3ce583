using DeepNvm.Reports.Charts;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Reports;

/// <summary>The Pareto front of a design-space exploration in the reports' visual language: every admissible point
/// over two objectives, the dominated ones as small grey dots, the front's points in a strong colour joined in order
/// (log axes where every value is positive, since objectives such as area and EDP span decades).</summary>
public static class ParetoCharts
{
    private const string Dominated = "#b8b8b8";
    private const string FrontColour = "#c0392b";

    /// <summary>The front chart of a space: every admissible point over the space's first two objectives, axes named for their
    /// results columns (<see cref="PointResult.MetricColumns"/>); with one objective, against the point's index + 1.</summary>
    /// <param name="objectives">The space's <c>minimize</c> line (.nvm names).</param>
    /// <param name="indices">The admissible points' indices in the space …</param>
    /// <param name="vectors">… and their objective values, in the order of <paramref name="objectives"/>.</param>
    /// <param name="front">The indices of the front's points.</param>
    public static Chart OfSpace(string id, string space, IReadOnlyList<string> objectives, IReadOnlyList<long> indices, IReadOnlyList<double[]> vectors,
        ICollection<long> front)
    {
        var columns = objectives.Select(o => PointResult.MetricColumns[o]).ToArray();
        var two = columns.Length > 1;
        var points = Enumerable.Range(0, vectors.Count)
            .Select(i => (two ? vectors[i][0] : indices[i] + 1, two ? vectors[i][1] : vectors[i][0], indices[i], front.Contains(indices[i]))).ToArray();
        return Front(id, $"Pareto front of {space} (minimize {string.Join(", ", objectives)})", two ? columns[0] : "index + 1", two ? columns[1] : columns[0], points);
    }

    /// <param name="points">Each admissible point: its two objective values, its index in the space, whether it is on the front.</param>
    public static Chart Front(string id, string title, string xName, string yName, IReadOnlyList<(double X, double Y, long Point, bool OnFront)> points)
    {
        var b = new ChartBuilder(title);
        var x = b.Axis(AxisFor(AxisPosition.Bottom, xName, points.Select(p => p.X).ToArray(), ValueOf(xName)), "x");
        var y = b.Axis(AxisFor(AxisPosition.Left, yName, points.Select(p => p.Y).ToArray(), ValueOf(yName)), "y");
        var dominated = new ScatterSeries
        {
            Title = "dominated", MarkerType = MarkerType.Circle, MarkerSize = 2.5, MarkerFill = Palette.Oxy(Dominated), XAxisKey = x.Key, YAxisKey = y.Key,
        };
        foreach (var p in points.Where(p => !p.OnFront))
        {
            dominated.Points.Add(new ScatterPoint(p.X, p.Y));
        }

        if (dominated.Points.Count > 0)
        {
            b.Model.Series.Add(dominated);
        }

        var front = points.Where(p => p.OnFront).OrderBy(p => p.X).ThenBy(p => p.Y).ToArray();
        b.Line($"Pareto front ({front.Length} of {points.Count})", FrontColour, x, y,
            front.Select(p => (p.X, p.Y, $"point {p.Point}: {xName} {ValueOf(xName)(p.X)}, {yName} {ValueOf(yName)(p.Y)}")));
        return b.Build(id, title, $"Every admissible point of the space over {xName} and {yName}; the {front.Length} points no other point "
            + "beats in every objective are joined in red (hover for their index in the space).");
    }

    /// <summary>How a value of a results column reads, from the SI unit its name ends with: "0.5 mm²" for <c>area_m2</c>,
    /// "2.4 ns" for <c>read_latency_s</c>, "95 mW" for <c>leakage_w</c>, "1.2 µJ" for <c>energy_j</c>, "0.0139 J·s" for <c>edp_js</c>;
    /// others as numbers.</summary>
    public static Func<double, string> ValueOf(string column)
    {
        if (column.EndsWith("_m2", StringComparison.Ordinal))
        {
            return v => (v * 1e6).ToString("G3", System.Globalization.CultureInfo.InvariantCulture) + " mm²";
        }

        if (column.EndsWith("_js", StringComparison.Ordinal))
        {
            return v => v.ToString("G3", System.Globalization.CultureInfo.InvariantCulture) + " J·s";
        }

        var unit = column.EndsWith("_s", StringComparison.Ordinal) ? "s"
            : column.EndsWith("_j", StringComparison.Ordinal) ? "J"
            : column.EndsWith("_w", StringComparison.Ordinal) ? "W"
            : null;
        return unit is null ? Numbers.G : v => Numbers.Quantity(v, unit);
    }

    private static Axis AxisFor(AxisPosition position, string name, double[] values, Func<double, string> format)
    {
        if (values.Length > 0 && values.All(v => v > 0))
        {
            return new NiceLogAxis(position, name + " (log)", values.Min(), values.Max(), format);
        }

        var (lo, hi) = values.Length == 0 ? (0.0, 1.0) : (values.Min(), values.Max());
        var pad = hi > lo ? (hi - lo) * 0.05 : Math.Max(Math.Abs(hi), 1) * 0.5;
        return new LinearAxis
        {
            Position = position, Title = name, Minimum = lo - pad, Maximum = hi + pad, LabelFormatter = format, MajorGridlineStyle = LineStyle.Solid,
            MajorGridlineColor = OxyColor.FromRgb(0xe6, 0xe6, 0xe6), IsZoomEnabled = false, IsPanEnabled = false,
        };
    }
}
