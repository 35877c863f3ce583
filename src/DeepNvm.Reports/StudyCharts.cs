using DeepNvm.Model;
using DeepNvm.Reports.Charts;
using DeepNvm.Studies;
using OxyPlot;
using OxyPlot.Axes;
using OxyPlot.Series;

namespace DeepNvm.Reports;

/// <summary>The charts of a study report, in one visual language: a technology keeps its colour (fixed
/// by its place in the study) on every chart, the baseline is grey, every ratio is baseline ÷ technology
/// (above 1 the technology is better, as in the tables) and is drawn from the parity line at 1, and
/// per-workload charts end with a geomean group.</summary>
public static class StudyCharts
{
    public static IReadOnlyList<Chart> All(StudyResult r)
    {
        var charts = new List<Chart>();
        var iso = Indexed(r).Where(t => t.T.IsoCapacity is not null).ToArray();
        if (iso.Length > 0)
        {
            charts.Add(RatioBars(r, "normalized-edp", $"EDP reduction vs {r.Baseline}, iso-capacity ({Numbers.Bytes(r.BaselineCapacityBytes)})",
                $"Each bar is {r.Baseline}'s EDP ÷ the technology's EDP for one workload at {Numbers.Bytes(r.BaselineCapacityBytes)}, drawn from parity (1×): above the line the technology is better; the last group is the geometric mean over the workloads. Log scale.",
                iso.Select(t => (t.T, t.Index, t.T.IsoCapacity!.Comparison)).ToArray()));
            charts.Add(EnergyBreakdown(r, iso));
            charts.Add(LatencyBreakdown(r, iso));
        }

        var area = Indexed(r).Where(t => t.T.IsoArea is not null).ToArray();
        if (area.Length > 0)
        {
            charts.Add(IsoArea(r, area));
            charts.Add(RatioBars(r, "iso-area-edp", $"EDP reduction vs {r.Baseline}, iso-area (each technology at the capacity that fits {r.Baseline}'s area)",
                $"Each bar is {r.Baseline}'s EDP at {Numbers.Bytes(r.BaselineCapacityBytes)} ÷ the technology's EDP at its iso-area capacity, per workload, drawn from parity (1×); the last group is the geometric mean. Log scale.",
                area.Select(t => (t.T, t.Index, t.T.IsoArea!.Comparison)).ToArray()));
        }

        if (r.Technologies.Any(t => t.Scalability.Count > 0))
        {
            charts.Add(Scalability(r));
        }

        return charts;
    }

    /// <summary>Each technology with its place in the study, which fixes its colour.</summary>
    private static IEnumerable<(TechnologyResult T, int Index)> Indexed(StudyResult r) => r.Technologies.Select((t, i) => (t, i));

    internal static string X(double ratio) => Numbers.Ratio(ratio) + "×";

    /// <summary>Per-workload ratios (baseline ÷ technology) as bars from parity on a log axis, one
    /// colour per technology, a geomean group last.</summary>
    private static Chart RatioBars(StudyResult r, string id, string title, string caption, IReadOnlyList<(TechnologyResult T, int Index, Comparison C)> rows)
    {
        var workloads = rows[0].C.Workloads.Select(w => w.Workload).ToList();
        var labels = workloads.Append("geomean").ToList();
        var values = rows.Select(row => row.C.Workloads.Select(w => w.Ratios.Edp).Append(row.C.Edp.Geomean).ToArray()).ToArray();
        var n = rows.Count;
        var b = new ChartBuilder(title);
        var x = b.Axis(new LabelAxis(AxisPosition.Bottom, labels.Select((_, g) => Start(g, n) + (n - 1) / 2.0).ToArray(), labels, ChartBuilder.PlotWidth)
        {
            Minimum = -0.8,
            Maximum = Start(labels.Count - 1, n) + n - 0.2,
        }, "x");
        var finite = values.SelectMany(v => v).Where(v => double.IsFinite(v) && v > 0).Append(1.0).ToArray();
        var y = b.Axis(new NiceLogAxis(AxisPosition.Left, $"{r.Baseline} EDP ÷ technology EDP (log)", finite.Min(), finite.Max()), "y");
        for (var k = 0; k < n; k++)
        {
            var series = b.Bars(rows[k].T.Name, Palette.Technology(rows[k].Index), x, y);
            for (var g = 0; g < labels.Count; g++)
            {
                var v = values[k][g];
                if (double.IsFinite(v) && v > 0)
                {
                    b.Bar(series, x, y, Start(g, n) + k - 0.4, 1, Start(g, n) + k + 0.4, v, $"{rows[k].T.Name}, {labels[g]}: {X(v)} ({r.Baseline} ÷ {rows[k].T.Name})");
                }
            }
        }

        b.HorizontalLine(1, $"parity: the technology's EDP equals {r.Baseline}'s", x, y);
        Divider(b, Start(labels.Count - 1, n) - 1, x, y);
        return b.Build(id, title, caption);
    }

    /// <summary>Where bar group <paramref name="g"/> of <paramref name="n"/> bars starts (one empty slot between groups).</summary>
    private static double Start(int g, int n) => g * (n + 1.0);

    private static void Divider(ChartBuilder b, double at, Axis x, Axis y) =>
        b.Model.Annotations.Add(new OxyPlot.Annotations.LineAnnotation
        {
            Type = OxyPlot.Annotations.LineAnnotationType.Vertical, X = at, Color = OxyColor.FromRgb(0xbb, 0xbb, 0xbb), LineStyle = LineStyle.Dot,
            XAxisKey = x.Key, YAxisKey = y.Key,
        });

    private static Chart EnergyBreakdown(StudyResult r, (TechnologyResult T, int Index)[] iso)
    {
        var title = $"Energy breakdown per workload, normalized to {r.Baseline}'s energy (iso-capacity, {Numbers.Bytes(r.BaselineCapacityBytes)})";
        var caption = $"Per workload, one stacked bar for {r.Baseline} then one per technology, in the study's order (the strip under each bar is the technology's colour): L2 read, L2 write and leakage energy, and DRAM energy, "
            + $"each ÷ {r.Baseline}'s total for that workload. DRAM energy is {(r.Settings.IncludeDramEnergy ? "" : "not ")}counted in EDP.";
        return Breakdown(r, iso, "energy-breakdown", title, caption, $"energy ÷ {r.Baseline} energy", new[] { "L2 read", "L2 write", "leakage", "DRAM" },
            (e, _) => new[] { e.ReadEnergy, e.WriteEnergy, e.LeakageEnergy, e.DramEnergy }, "mJ", 1e3);
    }

    private static Chart LatencyBreakdown(StudyResult r, (TechnologyResult T, int Index)[] iso)
    {
        var title = $"L2 access latency per workload: reads and writes, normalized to {r.Baseline} (iso-capacity)";
        var caption = $"Per workload, one stacked bar for {r.Baseline} then one per technology, in the study's order: summed L2 read latency (read sectors × hit latency) and write latency "
            + $"(write sectors × write latency), each ÷ {r.Baseline}'s summed access latency for that workload.";
        return Breakdown(r, iso, "latency-breakdown", title, caption, $"latency ÷ {r.Baseline} latency", new[] { "reads", "writes" },
            (e, c) => new[] { e.ReadSectors * c.HitLatencySeconds, e.WriteSectors * c.WriteLatencySeconds }, "ms", 1e3);
    }

    /// <summary>Stacked bars of the parts of a quantity, per workload: the baseline then each technology,
    /// normalized to the baseline's total; parts in their own palette, a key strip in the technology's
    /// colour under each bar.</summary>
    private static Chart Breakdown(StudyResult r, (TechnologyResult T, int Index)[] iso, string id, string title, string caption, string yTitle,
        string[] partNames, Func<Evaluation, CacheCharacteristics, double[]> parts, string unit, double unitScale)
    {
        var first = iso[0].T.IsoCapacity!.Comparison.Workloads;
        var n = iso.Length + 1;
        var bars = new List<(int Group, int Slot, string Name, string Color, double[] Parts, double Scale, string Workload)>();
        for (var g = 0; g < first.Count; g++)
        {
            var baseParts = parts(first[g].Baseline, r.BaselineCache.Characteristics);
            var scale = baseParts.Sum();
            bars.Add((g, 0, r.Baseline, Palette.Baseline, baseParts, scale, first[g].Workload));
            for (var k = 0; k < iso.Length; k++)
            {
                var ic = iso[k].T.IsoCapacity!;
                bars.Add((g, k + 1, iso[k].T.Name, Palette.Technology(iso[k].Index), parts(ic.Comparison.Workloads[g].Technology, ic.Cache.Characteristics), scale, first[g].Workload));
            }
        }

        var max = bars.Select(v => v.Scale > 0 ? v.Parts.Sum() / v.Scale : 0).Where(double.IsFinite).DefaultIfEmpty(1).Max();
        var strip = max * 0.035;
        var b = new ChartBuilder(title);
        var labels = first.Select(w => w.Workload).ToArray();
        var x = b.Axis(new LabelAxis(AxisPosition.Bottom, labels.Select((_, g) => Start(g, n) + (n - 1) / 2.0).ToArray(), labels, ChartBuilder.PlotWidth)
        {
            Minimum = -0.8,
            Maximum = Start(labels.Length - 1, n) + n - 0.2,
        }, "x");
        var y = b.Axis(new ValueAxis(AxisPosition.Left, yTitle, max, below: strip * 1.6), "y");
        var segments = partNames.Select((p, j) => b.Bars(p, Palette.Part(j), x, y)).ToArray();
        var keys = new Dictionary<string, RectangleBarSeries>();
        foreach (var bar in bars)
        {
            var x0 = Start(bar.Group, n) + bar.Slot - 0.4;
            var x1 = x0 + 0.8;
            var acc = 0.0;
            for (var j = 0; j < partNames.Length; j++)
            {
                var v = bar.Scale > 0 ? bar.Parts[j] / bar.Scale : double.NaN;
                if (!double.IsFinite(v) || v <= 0)
                {
                    continue;
                }

                b.Bar(segments[j], x, y, x0, acc, x1, acc + v,
                    $"{bar.Name}, {bar.Workload}: {partNames[j]} {Numbers.G(v)} of {r.Baseline}'s total ({Numbers.G(bar.Parts[j] * unitScale)} {unit})");
                acc += v;
            }

            if (!keys.TryGetValue(bar.Name, out var key))
            {
                key = keys[bar.Name] = b.Bars(bar.Name, bar.Color, x, y);
            }

            b.Bar(key, x, y, x0, -strip * 1.4, x1, -strip * 0.4, $"{bar.Name}, {bar.Workload}: total {Numbers.G(acc)} of {r.Baseline}'s");
        }

        return b.Build(id, title, caption);
    }

    /// <summary>With a capacity sweep: the area curves over capacity, the baseline's area as the budget
    /// and each technology's iso-area capacity marked on its curve. Without one (a single capacity):
    /// the capacity each technology fits in the baseline's area, as bars.</summary>
    private static Chart IsoArea(StudyResult r, (TechnologyResult T, int Index)[] area)
    {
        var budget = r.BaselineCache.Characteristics.AreaSquareMeters * 1e6;
        var swept = r.Technologies.Any(t => t.Scalability.Count >= 2);
        if (!swept)
        {
            var title = $"Iso-area capacity: what fits in {r.Baseline}'s area ({Numbers.Bytes(r.BaselineCapacityBytes)})";
            var b = new ChartBuilder(title);
            var names = area.Select(t => t.T.Name).ToArray();
            var x = b.Axis(new LabelAxis(AxisPosition.Bottom, names.Select((_, i) => (double)i).ToArray(), names, ChartBuilder.PlotWidth) { Minimum = -0.7, Maximum = names.Length - 0.3 }, "x");
            var y = b.Axis(new ValueAxis(AxisPosition.Left, $"capacity ÷ {r.Baseline} capacity", area.Max(t => t.T.IsoArea!.CapacityRatio)), "y");
            for (var i = 0; i < area.Length; i++)
            {
                var ia = area[i].T.IsoArea!;
                b.Bar(b.Bars(area[i].T.Name, Palette.Technology(area[i].Index), x, y), x, y, i - 0.35, 0, i + 0.35, ia.CapacityRatio,
                    $"{area[i].T.Name}: {Numbers.Bytes(ia.CapacityBytes)} in {Numbers.G(ia.AreaSquareMeters * 1e6)} mm² ({X(ia.CapacityRatio)} {r.Baseline}'s capacity)");
            }

            b.HorizontalLine(1, $"{r.Baseline}'s capacity, {Numbers.Bytes(r.BaselineCapacityBytes)}", x, y);
            return b.Build("iso-area", title, $"The largest capacity of each technology whose area fits {r.Baseline}'s {Numbers.G(budget)} mm² at {Numbers.Bytes(r.BaselineCapacityBytes)}, ÷ {Numbers.Bytes(r.BaselineCapacityBytes)}. The study has no capacity sweep, so the area curves are not drawn.");
        }

        var curveTitle = $"Iso-area capacity: cache area over capacity and the {r.Baseline} budget";
        var c = new ChartBuilder(curveTitle);
        var curves = new List<(string Name, string Color, SortedDictionary<long, double> Points)>();
        var baseline = new SortedDictionary<long, double> { [r.BaselineCapacityBytes] = budget };
        foreach (var p in r.Technologies.First(t => t.Scalability.Count >= 2).Scalability)
        {
            baseline[p.CapacityBytes] = p.BaselineAreaSquareMeters * 1e6;
        }

        curves.Add((r.Baseline, Palette.Baseline, baseline));
        foreach (var (t, index) in Indexed(r))
        {
            var points = new SortedDictionary<long, double>();
            foreach (var p in t.Scalability)
            {
                points[p.CapacityBytes] = p.AreaSquareMeters * 1e6;
            }

            if (t.IsoCapacity is not null)
            {
                points[t.IsoCapacity.CapacityBytes] = t.IsoCapacity.Cache.Characteristics.AreaSquareMeters * 1e6;
            }

            if (t.IsoArea is not null)
            {
                points[t.IsoArea.CapacityBytes] = t.IsoArea.AreaSquareMeters * 1e6;
            }

            curves.Add((t.Name, Palette.Technology(index), points));
        }

        var capacities = curves.SelectMany(v => v.Points.Keys).Where(k => k > 0).Distinct().OrderBy(k => k).ToArray();
        var ticks = r.Technologies.SelectMany(t => t.Scalability.Select(p => p.CapacityBytes)).Append(r.BaselineCapacityBytes).Distinct().OrderBy(k => k).ToArray();
        var xAxis = c.Axis(CapacityAxis(ticks, capacities), "x");
        var areas = curves.SelectMany(v => v.Points.Values).Where(v => v > 0 && double.IsFinite(v)).ToArray();
        var yAxis = c.Axis(new NiceLogAxis(AxisPosition.Left, "area (mm², log)", areas.Min(), areas.Max(), v => NiceLogAxis.Ratio(v).TrimEnd('×')), "y");
        foreach (var (name, color, points) in curves)
        {
            var t = r.Technologies.FirstOrDefault(v => v.Name == name);
            var legend = t?.IsoArea is { } ia ? $"{name}: {Numbers.Bytes(ia.CapacityBytes)} at iso-area ({X(ia.CapacityRatio)})" : name;
            c.Line(legend, color, xAxis, yAxis, points.Where(p => p.Value > 0).Select(p => (Log2(p.Key), p.Value, $"{name}: {Numbers.Bytes(p.Key)} takes {Numbers.G(p.Value)} mm²")));
            if (t?.IsoArea is { } mark)
            {
                var marker = new ScatterSeries { MarkerType = MarkerType.Diamond, MarkerSize = 7, MarkerFill = Palette.Oxy(color), MarkerStroke = OxyColors.Black, MarkerStrokeThickness = 1, XAxisKey = "x", YAxisKey = "y", RenderInLegend = false };
                marker.Points.Add(new ScatterPoint(Log2(mark.CapacityBytes), mark.AreaSquareMeters * 1e6));
                c.Model.Series.Add(marker);
                c.Hovers.Add(new Hover(xAxis, yAxis, Log2(mark.CapacityBytes), mark.AreaSquareMeters * 1e6, Log2(mark.CapacityBytes), mark.AreaSquareMeters * 1e6,
                    $"{name} at iso-area: {Numbers.Bytes(mark.CapacityBytes)}, {Numbers.G(mark.AreaSquareMeters * 1e6)} mm² ({X(mark.CapacityRatio)} {r.Baseline}'s capacity)", Point: true));
            }
        }

        c.HorizontalLine(budget, $"the budget: {r.Baseline}'s area at {Numbers.Bytes(r.BaselineCapacityBytes)}, {Numbers.G(budget)} mm²", xAxis, yAxis);
        c.LegendEntry($"budget: {r.Baseline} area at {Numbers.Bytes(r.BaselineCapacityBytes)}", "#333333", LineStyle.Dash);
        return c.Build("iso-area", curveTitle, $"Cache area over capacity (both axes log) for {r.Baseline} and each technology; the dashed line is {r.Baseline}'s area at {Numbers.Bytes(r.BaselineCapacityBytes)}, and the diamond on each curve is the largest capacity that fits under it (its iso-area capacity, named in the legend).");
    }

    private static double Log2(long bytes) => Math.Log2(bytes);

    /// <summary>A capacity axis: log2(bytes) on a linear scale, labelled with the sweep's capacities
    /// (thinned when they would not fit), its range covering every point drawn.</summary>
    internal static LabelAxis CapacityAxis(long[] ticks, long[] drawn)
    {
        var lo = Log2(drawn.Concat(ticks).Min());
        var hi = Log2(drawn.Concat(ticks).Max());
        var pad = Math.Max(0.3, (hi - lo) * 0.04);
        return new LabelAxis(AxisPosition.Bottom, ticks.Select(Log2).ToArray(), ticks.Select(Numbers.Bytes).ToArray(), ChartBuilder.PlotWidth)
        {
            Minimum = lo - pad,
            Maximum = hi + pad,
            Title = "capacity (log scale)",
        };
    }

    private static Chart Scalability(StudyResult r)
    {
        var title = $"Scalability: EDP reduction vs {r.Baseline} at the same capacity";
        var b = new ChartBuilder(title);
        var swept = Indexed(r).Where(t => t.T.Scalability.Count > 0).ToArray();
        var ticks = swept.SelectMany(t => t.T.Scalability.Select(p => p.CapacityBytes)).Append(r.BaselineCapacityBytes).Distinct().OrderBy(c => c).ToArray();
        var x = b.Axis(CapacityAxis(ticks, ticks), "x");
        var all = swept.SelectMany(t => t.T.Scalability.SelectMany(p => new[] { p.Comparison.Edp.Min, p.Comparison.Edp.Max, p.Comparison.Edp.Geomean }))
            .Where(v => double.IsFinite(v) && v > 0).Append(1.0).ToArray();
        var y = b.Axis(new NiceLogAxis(AxisPosition.Left, $"{r.Baseline} EDP ÷ technology EDP (log)", all.Min(), all.Max()), "y");
        foreach (var (t, index) in swept)
        {
            var color = Palette.Technology(index);
            var points = t.Scalability.OrderBy(p => p.CapacityBytes).ToArray();
            CapacityBand(b, color, x, y, points.Select(p => (p.CapacityBytes, p.Comparison.Edp.Min, p.Comparison.Edp.Max)));
            var breakEven = BreakEven(points);
            var legend = breakEven is { } be ? $"{t.Name} (break-even ≈ {Numbers.Bytes(be)})" : t.Name;
            b.Line(legend, color, x, y, points.Select(p => (Log2(p.CapacityBytes), p.Comparison.Edp.Geomean,
                $"{t.Name} at {Numbers.Bytes(p.CapacityBytes)}: geomean {X(p.Comparison.Edp.Geomean)} (workloads from {X(p.Comparison.Edp.Min)} to {X(p.Comparison.Edp.Max)})")));
            if (breakEven is { } capacity)
            {
                b.VerticalLine(Math.Log2(capacity), $"{t.Name} break-even: its geomean EDP equals {r.Baseline}'s at ≈ {Numbers.Bytes(capacity)}", x, y, color, LineStyle.Dot);
            }
        }

        ParityAndStudyCapacity(b, r.Baseline, r.BaselineCapacityBytes, x, y, "min–max over workloads");
        return b.Build("scalability", title, $"Per technology, the geometric mean over the workloads of {r.Baseline}'s EDP ÷ the technology's EDP with both at the same capacity, and the band from the least to the most favourable workload. "
            + "Dotted lines mark where a technology's geomean crosses parity (its break-even capacity, in the legend); the dashed line is the study's capacity. Both axes log.");
    }

    /// <summary>A band in a technology's colour between a low and a high curve over capacity (x: log₂ bytes), under the lines.</summary>
    internal static void CapacityBand(ChartBuilder b, string color, Axis x, Axis y, IEnumerable<(long Capacity, double Low, double High)> points)
    {
        var band = new AreaSeries
        {
            Color = OxyColors.Transparent,
            Fill = OxyColor.FromAColor(56, Palette.Oxy(color)),
            StrokeThickness = 0,
            RenderInLegend = false,
            XAxisKey = x.Key,
            YAxisKey = y.Key,
        };
        foreach (var (capacity, low, high) in points)
        {
            band.Points.Add(new DataPoint(Log2(capacity), high));
            band.Points2.Add(new DataPoint(Log2(capacity), low));
        }

        b.Model.Series.Add(band);
    }

    /// <summary>What a ratio-over-capacity chart draws after its technologies: the parity line, the study's capacity as a
    /// dashed line with its legend entry, and a grey legend entry saying what the bands are.</summary>
    internal static void ParityAndStudyCapacity(ChartBuilder b, string baseline, long capacity, Axis x, Axis y, string bandTitle)
    {
        b.HorizontalLine(1, "parity: the technology's EDP equals the baseline's", x, y);
        b.VerticalLine(Log2(capacity), $"the study's {baseline} capacity, {Numbers.Bytes(capacity)}", x, y, Palette.Baseline, LineStyle.Dash);
        b.LegendEntry($"study capacity ({Numbers.Bytes(capacity)})", Palette.Baseline, LineStyle.Dash);
        b.Model.Series.Add(new AreaSeries { Title = bandTitle, Fill = OxyColor.FromAColor(56, Palette.Oxy(Palette.Baseline)), Color = OxyColors.Transparent });
    }

    /// <summary>The capacity where the geomean ratio crosses 1, interpolated in log–log between the two
    /// sweep points around the first crossing; null when it never crosses.</summary>
    internal static long? BreakEven(IReadOnlyList<ScalabilityPoint> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var a = Math.Log(points[i - 1].Comparison.Edp.Geomean);
            var c = Math.Log(points[i].Comparison.Edp.Geomean);
            if (double.IsFinite(a) && double.IsFinite(c) && a != c && (a < 0) != (c < 0))
            {
                var x0 = Math.Log2(points[i - 1].CapacityBytes);
                var x1 = Math.Log2(points[i].CapacityBytes);
                return (long)Math.Round(Math.Pow(2, x0 + (x1 - x0) * (0 - a) / (c - a)));
            }
        }

        return null;
    }
}
