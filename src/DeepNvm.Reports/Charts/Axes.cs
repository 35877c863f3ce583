using System.Globalization;
using OxyPlot;
using OxyPlot.Axes;

namespace DeepNvm.Reports.Charts;

/// <summary>How wide a label is, by the measurement the SVG layout uses (OxyPlot's built-in font
/// metrics: the same numbers on every machine, whatever fonts it has).</summary>
internal static class TextMeasure
{
    public const string Font = "Arial";
    public const double FontSize = 12;

    [ThreadStatic] private static PdfRenderContext? _context;

    public static OxySize Size(string text, double fontSize = FontSize, double weight = FontWeights.Normal) =>
        (_context ??= new PdfRenderContext(100, 100, OxyColors.White)).MeasureText(text, Font, fontSize, weight);
}

/// <summary>An axis with labels at chosen positions (groups of bars, sweep capacities, inputs of a
/// tornado). Labels are thinned to every k-th when even rotated they would not fit, and rotated when
/// level they would not: no two labels ever overlap.</summary>
internal sealed class LabelAxis : LinearAxis
{
    private readonly double[] _positions;
    private readonly string[] _labels;
    private double[] _shown;

    public LabelAxis(AxisPosition position, IReadOnlyList<double> positions, IReadOnlyList<string> labels, double lengthPixels)
    {
        Position = position;
        _positions = positions.ToArray();
        _labels = labels.ToArray();
        MajorGridlineStyle = LineStyle.None;
        MinorTickSize = 0;
        IsZoomEnabled = false;
        IsPanEnabled = false;
        LabelFormatter = v => LabelAt(v);
        _shown = Layout(lengthPixels);
    }

    private string LabelAt(double v)
    {
        for (var i = 0; i < _positions.Length; i++)
        {
            if (Math.Abs(_positions[i] - v) < 1e-9)
            {
                return _labels[i];
            }
        }

        return "";
    }

    /// <summary>Chooses level, 45° or 90° labels and the thinning step from the measured label sizes and
    /// the room per label (<paramref name="lengthPixels"/> over the span of the positions).</summary>
    private double[] Layout(double lengthPixels)
    {
        if (_positions.Length == 0)
        {
            return Array.Empty<double>();
        }

        var vertical = Position is AxisPosition.Left or AxisPosition.Right;
        var sizes = _labels.Select(l => TextMeasure.Size(l)).ToArray();
        var span = _positions.Length == 1 ? 1 : _positions.Max() - _positions.Min();
        var gaps = _positions.Zip(_positions.Skip(1), (a, b) => Math.Abs(b - a)).DefaultIfEmpty(span).Min();
        var room = lengthPixels * gaps / Math.Max(span + gaps, 1e-12);
        // a quarter more than the layout's metrics: a fallback font (DejaVu Sans) stands taller
        var height = sizes.Max(s => s.Height) * 1.25;
        double need;
        if (vertical)
        {
            need = height + 2;
        }
        else
        {
            var widest = sizes.Max(s => s.Width) + 6;
            if (widest <= room)
            {
                need = widest;
            }
            else
            {
                // rotated labels need their height over sin(angle) along the axis
                Angle = -45;
                need = (height + 2) / Math.Sin(Math.PI / 4);
            }
        }

        var step = Math.Max(1, (int)Math.Ceiling(need / Math.Max(room, 1e-9)));
        var shown = new List<double>();
        for (var i = 0; i < _positions.Length; i += step)
        {
            shown.Add(_positions[i]);
        }

        return shown.ToArray();
    }

    public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
    {
        majorLabelValues = _shown.ToList();
        majorTickValues = _shown.ToList();
        minorTickValues = new List<double>();
    }
}

/// <summary>A logarithmic axis for ratios and sizes whose labels sit at 1-2-5 steps and always include
/// a label at or near both ends, so the lower end of a log axis is never left unlabelled.</summary>
internal sealed class NiceLogAxis : LogarithmicAxis
{
    private readonly Func<double, string> _format;

    public NiceLogAxis(AxisPosition position, string title, double min, double max, Func<double, string>? format = null)
    {
        Position = position;
        Title = title;
        _format = format ?? Ratio;
        (Minimum, Maximum) = Range(min, max);
        LabelFormatter = _format;
        MajorGridlineStyle = LineStyle.Solid;
        MajorGridlineColor = OxyColor.FromRgb(0xe6, 0xe6, 0xe6);
        MinorGridlineStyle = LineStyle.None;
        IsZoomEnabled = false;
        IsPanEnabled = false;
    }

    /// <summary>A label such as <c>0.5×</c>, <c>2×</c>, <c>10×</c>.</summary>
    public static string Ratio(double v) =>
        (v < 0.001 || v >= 1e5 ? v.ToString("0.#E+0", CultureInfo.InvariantCulture) : v.ToString(v < 0.1 ? "0.###" : v < 1 ? "0.##" : "0.#", CultureInfo.InvariantCulture)) + "×";

    /// <summary>The range padded out to the 1-2-5 steps just beyond the data.</summary>
    public static (double Min, double Max) Range(double min, double max)
    {
        min = Math.Max(min, 1e-300);
        max = Math.Max(max, min);
        // a little headroom, so that a bar ending on a step (parity's 1×) does not touch the frame
        var lo = Steps(min / 1.06, max).Where(s => s <= min / 1.05).DefaultIfEmpty(min / 2).Max();
        var hi = Steps(min, max * 1.06).Where(s => s >= max * 1.05).DefaultIfEmpty(max * 2).Min();
        if (hi / lo < 1.5)
        {
            lo /= 1.25;
            hi *= 1.25;
        }

        return (lo, hi);
    }

    private static IEnumerable<double> Steps(double min, double max)
    {
        for (var e = Math.Floor(Math.Log10(min)) - 1; e <= Math.Ceiling(Math.Log10(max)) + 1; e++)
        {
            foreach (var m in new[] { 1.0, 2.0, 5.0 })
            {
                yield return m * Math.Pow(10, e);
            }
        }
    }

    public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
    {
        var lo = ActualMinimum;
        var hi = ActualMaximum;
        var decades = Math.Log10(hi / lo);
        // 1-2-5 over a few decades, 1-10-100 beyond; then thinned so labels keep their distance
        var candidates = (decades <= 3 ? Steps(lo, hi) : Steps(lo, hi).Where(s => Math.Abs(Math.Log10(s) - Math.Round(Math.Log10(s))) < 1e-9))
            .Where(s => s >= lo * 0.9999 && s <= hi * 1.0001).Distinct().OrderBy(s => s).ToList();
        var pixels = Math.Abs(ScreenMax.Y - ScreenMin.Y) + Math.Abs(ScreenMax.X - ScreenMin.X);
        var spacing = IsHorizontal() ? candidates.Select(c => TextMeasure.Size(_format(c)).Width + 8).DefaultIfEmpty(40).Max() : TextMeasure.FontSize * 1.8;
        var ticks = new List<double>();
        foreach (var c in candidates)
        {
            if (ticks.Count == 0 || pixels <= 0 || Math.Log10(c / ticks[^1]) / decades * pixels >= spacing)
            {
                ticks.Add(c);
            }
        }

        majorLabelValues = ticks;
        majorTickValues = ticks.ToList();
        minorTickValues = new List<double>();
    }
}

/// <summary>A linear value axis from zero with its ticks at or above zero (room below zero, if any,
/// is for the technology key strips under stacked bars).</summary>
internal sealed class ValueAxis : LinearAxis
{
    public ValueAxis(AxisPosition position, string title, double max, double below = 0)
    {
        Position = position;
        Title = title;
        Minimum = -below;
        Maximum = max <= 0 ? 1 : max * 1.06;
        MajorGridlineStyle = LineStyle.Solid;
        MajorGridlineColor = OxyColor.FromRgb(0xe6, 0xe6, 0xe6);
        IsZoomEnabled = false;
        IsPanEnabled = false;
    }

    public override void GetTickValues(out IList<double> majorLabelValues, out IList<double> majorTickValues, out IList<double> minorTickValues)
    {
        base.GetTickValues(out majorLabelValues, out majorTickValues, out minorTickValues);
        majorLabelValues = majorLabelValues.Where(v => v >= -1e-12).ToList();
        majorTickValues = majorTickValues.Where(v => v >= -1e-12).ToList();
        minorTickValues = new List<double>();
    }
}
