using System.Globalization;
using System.Security;
using System.Text;

namespace DeepNvm.Reports;

/// <summary>A chart of a report: an id (file stem), a title and a self-contained SVG document.</summary>
public sealed record Chart(string Id, string Title, string Svg);

/// <summary>A named series of values (bars) or points (lines).</summary>
public sealed record Series(string Name, IReadOnlyList<double> Values);

/// <summary>Hand-written SVG charts: grouped and stacked bars, lines on linear or log axes. No scripts,
/// no external references; text is XML-escaped.</summary>
public static class Svg
{
    public const int Width = 900;
    public const int Height = 420;
    private const int Left = 70, Right = 170, Top = 40, Bottom = 90;
    private static readonly string[] Palette = { "#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac" };
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Color(int i) => Palette[i % Palette.Length];

    /// <summary>Bars grouped by category, one bar per series; a dashed line at <paramref name="reference"/>.</summary>
    public static string GroupedBars(string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<Series> series, bool log, double? reference = null)
    {
        var values = series.SelectMany(s => s.Values).Where(v => v > 0 && !double.IsInfinity(v)).DefaultIfEmpty(1).ToArray();
        var axis = new Axis(Math.Min(values.Min(), reference ?? double.MaxValue), Math.Max(values.Max(), reference ?? 0), log, zero: !log);
        var s = Begin(title);
        YAxis(s, axis, yLabel);
        var plotW = Width - Left - Right;
        var groupW = plotW / (double)Math.Max(1, categories.Count);
        var barW = groupW * 0.8 / Math.Max(1, series.Count);
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = Left + c * groupW + groupW * 0.1;
            for (var k = 0; k < series.Count; k++)
            {
                var v = c < series[k].Values.Count ? series[k].Values[c] : double.NaN;
                if (double.IsNaN(v) || (log && v <= 0))
                {
                    continue;
                }

                var y = axis.Y(v);
                var base0 = axis.Y(axis.BaseValue);
                s.AppendFormat(Inv, "<rect x=\"{0:0.#}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3:0.#}\" fill=\"{4}\"><title>{5}: {6} = {7}</title></rect>\n",
                    x0 + k * barW, Math.Min(y, base0), Math.Max(0.5, barW - 1), Math.Abs(base0 - y), Color(k), Esc(categories[c]), Esc(series[k].Name), v.ToString("G4", Inv));
            }

            XLabel(s, x0 + groupW * 0.4, categories[c]);
        }

        if (reference is { } r)
        {
            s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:0.#}\" y2=\"{2:0.#}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n", Left, Width - Right, axis.Y(r));
        }

        Legend(s, series.Select(x => x.Name).ToArray());
        return End(s);
    }

    /// <summary>Stacked bars: one bar per category, segments from the series. With <paramref name="groups"/>
    /// (label, number of consecutive categories) the bars are set in groups, each labelled under its bars.</summary>
    public static string StackedBars(string title, string yLabel, IReadOnlyList<string> categories, IReadOnlyList<Series> segments,
        IReadOnlyList<(string Label, int Count)>? groups = null)
    {
        var totals = categories.Select((_, c) => segments.Sum(x => c < x.Values.Count ? Math.Max(0, x.Values[c]) : 0)).ToArray();
        var axis = new Axis(0, Math.Max(1e-30, totals.DefaultIfEmpty(1).Max()), log: false, zero: true);
        var s = Begin(title);
        YAxis(s, axis, yLabel);
        groups ??= categories.Select(_ => ("", 1)).ToArray();
        var slots = categories.Count + groups.Count - 1;
        var plotW = Width - Left - Right;
        var barW = plotW / (double)Math.Max(1, slots);
        var c = 0;
        for (var g = 0; g < groups.Count; g++)
        {
            var groupStart = Left + (c + g) * barW;
            for (var k = 0; k < groups[g].Count && c < categories.Count; k++, c++)
            {
                var x = Left + (c + g) * barW + barW * 0.15;
                var acc = 0.0;
                for (var j = 0; j < segments.Count; j++)
                {
                    var v = c < segments[j].Values.Count ? Math.Max(0, segments[j].Values[c]) : 0;
                    var y1 = axis.Y(acc);
                    var y2 = axis.Y(acc + v);
                    s.AppendFormat(Inv, "<rect x=\"{0:0.#}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3:0.#}\" fill=\"{4}\"><title>{5}: {6} = {7}</title></rect>\n",
                        x, y2, barW * 0.7, Math.Max(0, y1 - y2), Color(j), Esc(groups[g].Label + " " + categories[c]), Esc(segments[j].Name), v.ToString("G4", Inv));
                    acc += v;
                }

                XLabel(s, x + barW * 0.35, categories[c]);
            }

            if (groups[g].Label.Length > 0)
            {
                s.AppendFormat(Inv, "<text x=\"{0:0.#}\" y=\"{1}\" font-size=\"12\" font-weight=\"bold\" text-anchor=\"middle\">{2}</text>\n",
                    groupStart + groups[g].Count * barW / 2, Height - 12, Esc(groups[g].Label));
            }
        }

        Legend(s, segments.Select(x => x.Name).ToArray());
        return End(s);
    }

    /// <summary>Lines over x (log2 axis when <paramref name="logX"/>), with optional horizontal
    /// reference line and marked points.</summary>
    public static string Lines(string title, string xLabel, string yLabel, IReadOnlyList<double> x, IReadOnlyList<Series> series, bool logX, bool logY,
        double? reference = null, string? referenceLabel = null, IReadOnlyList<(double X, double Y, string Label)>? marks = null,
        Func<double, string>? xFormat = null)
    {
        var ys = series.SelectMany(v => v.Values).Concat(marks?.Select(m => m.Y) ?? Array.Empty<double>())
            .Where(v => !double.IsNaN(v) && (!logY || v > 0)).DefaultIfEmpty(1).ToList();
        if (reference is { } rr)
        {
            ys.Add(rr);
        }

        var xs = x.Concat(marks?.Select(m => m.X) ?? Array.Empty<double>()).ToArray();
        var yAxis = new Axis(ys.Min(), ys.Max(), logY, zero: !logY);
        var xAxis = new Axis(xs.Min(), xs.Max(), logX, zero: false, horizontal: true);
        var s = Begin(title);
        YAxis(s, yAxis, yLabel);
        foreach (var tick in x)
        {
            var px = xAxis.X(tick);
            s.AppendFormat(Inv, "<line x1=\"{0:0.#}\" x2=\"{0:0.#}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#eee\"/>\n", px, Top, Height - Bottom);
            XLabel(s, px, xFormat?.Invoke(tick) ?? tick.ToString("G4", Inv));
        }

        s.AppendFormat(Inv, "<text x=\"{0}\" y=\"{1}\" text-anchor=\"middle\" font-size=\"12\">{2}</text>\n", Left + (Width - Left - Right) / 2, Height - 8, Esc(xLabel));
        if (reference is { } r)
        {
            var py = yAxis.Y(r);
            s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:0.#}\" y2=\"{2:0.#}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n", Left, Width - Right, py);
            if (referenceLabel is not null)
            {
                s.AppendFormat(Inv, "<text x=\"{0}\" y=\"{1:0.#}\" font-size=\"11\" text-anchor=\"end\">{2}</text>\n", Width - Right - 4, py - 4, Esc(referenceLabel));
            }
        }

        for (var k = 0; k < series.Count; k++)
        {
            var points = new List<string>();
            for (var i = 0; i < x.Count && i < series[k].Values.Count; i++)
            {
                var v = series[k].Values[i];
                if (double.IsNaN(v) || (logY && v <= 0))
                {
                    continue;
                }

                points.Add(string.Format(Inv, "{0:0.#},{1:0.#}", xAxis.X(x[i]), yAxis.Y(v)));
                s.AppendFormat(Inv, "<circle cx=\"{0:0.#}\" cy=\"{1:0.#}\" r=\"3\" fill=\"{2}\"><title>{3}: {4} → {5}</title></circle>\n",
                    xAxis.X(x[i]), yAxis.Y(v), Color(k), Esc(series[k].Name), Esc(xFormat?.Invoke(x[i]) ?? x[i].ToString("G4", Inv)), v.ToString("G4", Inv));
            }

            s.AppendFormat(Inv, "<polyline fill=\"none\" stroke=\"{0}\" stroke-width=\"2\" points=\"{1}\"/>\n", Color(k), string.Join(" ", points));
        }

        foreach (var (mx, my, label) in marks ?? Array.Empty<(double, double, string)>())
        {
            s.AppendFormat(Inv, "<path d=\"M{0:0.#},{1:0.#} l6,-10 l-12,0 z\" fill=\"#333\"/><text x=\"{0:0.#}\" y=\"{2:0.#}\" font-size=\"11\" text-anchor=\"middle\">{3}</text>\n",
                xAxis.X(mx), yAxis.Y(my), yAxis.Y(my) - 14, Esc(label));
        }

        Legend(s, series.Select(v => v.Name).ToArray());
        return End(s);
    }

    /// <summary>A tornado: one horizontal bar per input (first at the top) from the metric at the input's low end
    /// to the metric at its high end, around a vertical line at the nominal value.</summary>
    public static string Tornado(string title, string xLabel, IReadOnlyList<string> names, IReadOnlyList<double> atLow, IReadOnlyList<double> atHigh, double nominal)
    {
        var all = atLow.Concat(atHigh).Append(nominal).Where(v => !double.IsNaN(v) && !double.IsInfinity(v)).DefaultIfEmpty(1).ToArray();
        var axis = new Axis(all.Min(), all.Max(), log: false, zero: false, horizontal: true);
        var s = Begin(title);
        var rowH = (Height - Top - Bottom) / (double)Math.Max(1, names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            var y = Top + i * rowH + rowH * 0.15;
            foreach (var (v, k, end) in new[] { (atLow[i], 0, "low"), (atHigh[i], 1, "high") })
            {
                if (double.IsNaN(v))
                {
                    continue;
                }

                var x0 = Math.Min(axis.X(v), axis.X(nominal));
                s.AppendFormat(Inv, "<rect x=\"{0:0.#}\" y=\"{1:0.#}\" width=\"{2:0.#}\" height=\"{3:0.#}\" fill=\"{4}\"><title>{5} at its {6} end: {7}</title></rect>\n",
                    x0, y, Math.Max(0.5, Math.Abs(axis.X(v) - axis.X(nominal))), rowH * 0.7, Color(k), Esc(names[i]), end, v.ToString("G4", Inv));
            }

            s.AppendFormat(Inv, "<text x=\"{0}\" y=\"{1:0.#}\" font-size=\"11\">{2}</text>\n", Width - Right + 8, y + rowH * 0.45, Esc(names[i]));
        }

        s.AppendFormat(Inv, "<line x1=\"{0:0.#}\" x2=\"{0:0.#}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\n", axis.X(nominal), Top, Height - Bottom);
        s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#333\"/>\n", Left, Width - Right, Height - Bottom);
        foreach (var t in axis.Ticks())
        {
            s.AppendFormat(Inv, "<text x=\"{0:0.#}\" y=\"{1}\" font-size=\"11\" text-anchor=\"middle\">{2}</text>\n", axis.X(t), Height - Bottom + 16, t.ToString("G3", Inv));
        }

        s.AppendFormat(Inv, "<text x=\"{0}\" y=\"{1}\" font-size=\"12\" text-anchor=\"middle\">{2}</text>\n", Left + (Width - Left - Right) / 2, Height - Bottom + 40, Esc(xLabel));
        s.AppendFormat(Inv, "<rect x=\"{0}\" y=\"{1}\" width=\"12\" height=\"12\" fill=\"{2}\"/><text x=\"{3}\" y=\"{4}\" font-size=\"12\">input at its low end</text>\n",
            Left, Height - 30, Color(0), Left + 18, Height - 19);
        s.AppendFormat(Inv, "<rect x=\"{0}\" y=\"{1}\" width=\"12\" height=\"12\" fill=\"{2}\"/><text x=\"{3}\" y=\"{4}\" font-size=\"12\">input at its high end</text>\n",
            Left + 180, Height - 30, Color(1), Left + 198, Height - 19);
        return End(s);
    }

    public static string Esc(string text) => SecurityElement.Escape(text) ?? "";

    private static StringBuilder Begin(string title)
    {
        var s = new StringBuilder();
        s.AppendFormat(Inv, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {0} {1}\" width=\"{0}\" height=\"{1}\" font-family=\"sans-serif\" role=\"img\">\n", Width, Height);
        s.AppendFormat(Inv, "<title>{0}</title>\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n", Esc(title));
        s.AppendFormat(Inv, "<text x=\"{0}\" y=\"24\" font-size=\"15\" font-weight=\"bold\">{1}</text>\n", Left, Esc(title));
        return s;
    }

    private static string End(StringBuilder s) => s.Append("</svg>\n").ToString();

    private static void YAxis(StringBuilder s, Axis axis, string label)
    {
        s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{0}\" y1=\"{1}\" y2=\"{2}\" stroke=\"#333\"/>\n", Left, Top, Height - Bottom);
        s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2}\" y2=\"{2}\" stroke=\"#333\"/>\n", Left, Width - Right, Height - Bottom);
        foreach (var t in axis.Ticks())
        {
            var y = axis.Y(t);
            s.AppendFormat(Inv, "<line x1=\"{0}\" x2=\"{1}\" y1=\"{2:0.#}\" y2=\"{2:0.#}\" stroke=\"#eee\"/>\n", Left, Width - Right, y);
            s.AppendFormat(Inv, "<text x=\"{0}\" y=\"{1:0.#}\" font-size=\"11\" text-anchor=\"end\">{2}</text>\n", Left - 6, y + 4, t.ToString("G3", Inv));
        }

        s.AppendFormat(Inv, "<text transform=\"translate(16 {0}) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\">{1}</text>\n", Top + (Height - Top - Bottom) / 2, Esc(label));
    }

    private static void XLabel(StringBuilder s, double x, string label) =>
        s.AppendFormat(Inv, "<text transform=\"translate({0:0.#} {1}) rotate(-30)\" font-size=\"11\" text-anchor=\"end\">{2}</text>\n", x, Height - Bottom + 16, Esc(label));

    private static void Legend(StringBuilder s, IReadOnlyList<string> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            var y = Top + 10 + i * 20;
            s.AppendFormat(Inv, "<rect x=\"{0}\" y=\"{1}\" width=\"12\" height=\"12\" fill=\"{2}\"/><text x=\"{3}\" y=\"{4}\" font-size=\"12\">{5}</text>\n",
                Width - Right + 14, y, Color(i), Width - Right + 32, y + 11, Esc(names[i]));
        }
    }

    /// <summary>A linear or logarithmic axis mapping values to pixels.</summary>
    private sealed class Axis
    {
        private readonly bool _log;
        private readonly bool _horizontal;
        private readonly double _lo, _hi;

        public Axis(double min, double max, bool log, bool zero, bool horizontal = false)
        {
            _log = log;
            _horizontal = horizontal;
            if (log)
            {
                min = Math.Max(min, 1e-300);
                max = Math.Max(max, min);
                // strictly below the smallest value, so a bar at exactly a half-decade (the baseline's 1) still shows
                _lo = horizontal ? Math.Log10(min) : Math.Floor(Math.Log10(min) * 2 - 1e-9) / 2;
                _hi = horizontal ? Math.Log10(max) : Math.Ceiling(Math.Log10(max) * 2) / 2;
            }
            else
            {
                _lo = zero ? Math.Min(0, min) : min;
                _hi = max <= _lo ? _lo + 1 : (horizontal ? max : max * 1.08);
            }

            if (_hi - _lo < 1e-12)
            {
                _hi = _lo + 1;
            }
        }

        public double BaseValue => _log ? Math.Pow(10, _lo) : _lo;

        private double Fraction(double v) => ((_log ? Math.Log10(Math.Max(v, 1e-300)) : v) - _lo) / (_hi - _lo);

        public double Y(double v) => Height - Bottom - Fraction(v) * (Height - Top - Bottom);

        public double X(double v) => Left + 10 + Fraction(v) * (Width - Left - Right - 20);

        public IEnumerable<double> Ticks()
        {
            if (_log)
            {
                for (var e = Math.Ceiling(_lo); e <= _hi + 1e-9; e++)
                {
                    yield return Math.Pow(10, e);
                    if (_hi - _lo <= 2 && e + Math.Log10(3) <= _hi)
                    {
                        yield return 3 * Math.Pow(10, e);
                    }
                }

                yield break;
            }

            var step = Math.Pow(10, Math.Floor(Math.Log10((_hi - _lo) / 5)));
            if ((_hi - _lo) / step > 10)
            {
                step *= 2;
            }

            for (var t = Math.Ceiling(_lo / step) * step; t <= _hi + 1e-12; t += step)
            {
                yield return Math.Round(t, 12);
            }
        }
    }
}
