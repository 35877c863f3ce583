using System.Globalization;
using System.Text;
using OxyPlot;

namespace DeepNvm.Reports.Charts;

/// <summary>Renders a chart: SVG with OxyPlot's exporter (managed code, its own font metrics, so the
/// same bytes on every machine), with a title for screen readers and invisible hover regions that show
/// each value; PNG at 2× through Skia.</summary>
internal static class ChartRenderer
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The fonts a browser falls back through for the metrics the layout used (Helvetica's,
    /// which Arial and Liberation Sans share).</summary>
    public const string FontStack = "Arial, 'Liberation Sans', Helvetica, sans-serif";

    public static string Svg(ChartBuilder chart, string id, string title, double width, double height)
    {
        var text = SvgExporter.ExportToString(chart.Model, width, height, isDocument: false);
        // ids unique on the page: every chart's exporter numbers its clip paths from 1
        text = System.Text.RegularExpressions.Regex.Replace(text, "clipPath(\\d+)", id + "-clip$1");
        text = FitTextLengths(text);
        text = text.Replace("font-family=\"" + TextMeasure.Font + "\"", "font-family=\"" + FontStack + "\"", StringComparison.Ordinal);
        var start = text.IndexOf("<svg", StringComparison.Ordinal);
        var open = text.IndexOf('>', start) + 1;
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").Append(Num(width)).Append(' ').Append(Num(height))
            .Append("\" width=\"").Append(Num(width)).Append("\" height=\"").Append(Num(height)).Append("\" role=\"img\">\n<title>")
            .Append(Reports.Svg.Esc(title)).Append("</title>\n");
        svg.Append(text, open, text.LastIndexOf("</svg>", StringComparison.Ordinal) - open);
        Overlay(svg, chart);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>Transparent shapes over the bars, points and marker lines, each with a &lt;title&gt; the
    /// browser shows on hover; they draw nothing, so the chart prints as rendered.</summary>
    private static void Overlay(StringBuilder svg, ChartBuilder chart)
    {
        if (chart.Hovers.Count == 0)
        {
            return;
        }

        var area = chart.Model.PlotArea;
        svg.Append("<g class=\"hover\" fill=\"#000\" fill-opacity=\"0\" stroke=\"none\">\n");
        foreach (var h in chart.Hovers)
        {
            double Sx(double v) => double.IsNegativeInfinity(v) ? area.Left : double.IsPositiveInfinity(v) ? area.Right : h.X.Transform(v);
            double Sy(double v) => double.IsNegativeInfinity(v) ? area.Bottom : double.IsPositiveInfinity(v) ? area.Top : h.Y.Transform(v);
            var x0 = Sx(h.X0);
            var x1 = Sx(h.X1);
            var y0 = Sy(h.Y0);
            var y1 = Sy(h.Y1);
            if (!new[] { x0, x1, y0, y1 }.All(double.IsFinite))
            {
                continue;
            }

            if (h.Point)
            {
                svg.AppendFormat(Inv, "<circle cx=\"{0:0.##}\" cy=\"{1:0.##}\" r=\"6\"><title>{2}</title></circle>\n", x0, y0, Reports.Svg.Esc(h.Text));
                continue;
            }

            // a line gets a band 6 px wide so that it can be pointed at
            var left = Math.Min(x0, x1);
            var top = Math.Min(y0, y1);
            var w = Math.Abs(x1 - x0);
            var hgt = Math.Abs(y1 - y0);
            if (w < 6)
            {
                left -= (6 - w) / 2;
                w = 6;
            }

            if (hgt < 6)
            {
                top -= (6 - hgt) / 2;
                hgt = 6;
            }

            svg.AppendFormat(Inv, "<rect x=\"{0:0.##}\" y=\"{1:0.##}\" width=\"{2:0.##}\" height=\"{3:0.##}\"><title>{4}</title></rect>\n",
                left, top, w, hgt, Reports.Svg.Esc(h.Text));
        }

        svg.Append("</g>\n");
    }

    /// <summary>The chart as PNG at <paramref name="scale"/>× the SVG's pixel size; null where Skia's
    /// native library cannot be loaded on this machine (the report then says that PNGs are missing).</summary>
    public static byte[]? Png(PlotModel model, double width, double height, double scale)
    {
        try
        {
            return SkiaPng.Render(model, width, height, scale);
        }
        catch (Exception e) when (e is DllNotFoundException or TypeInitializationException or BadImageFormatException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    private static string Num(double v) => v.ToString("0.##", Inv);

    private static readonly System.Text.RegularExpressions.Regex TextElement = new(
        "<text (?<attrs>[^>]*)>(?<content>[^<]*)</text>", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Gives every label the width the layout measured (<c>textLength</c>), so that a browser
    /// without Arial or its metric twins (Liberation Sans, Helvetica) fits its fallback font into the
    /// same box instead of running wider than the layout left room for.</summary>
    private static string FitTextLengths(string svg) => TextElement.Replace(svg, m =>
    {
        var attrs = m.Groups["attrs"].Value;
        var content = System.Net.WebUtility.HtmlDecode(m.Groups["content"].Value);
        if (content.Trim().Length == 0 || attrs.Contains("textLength", StringComparison.Ordinal))
        {
            return m.Value;
        }

        var size = Attribute(attrs, "font-size") ?? TextMeasure.FontSize;
        var weight = Attribute(attrs, "font-weight") ?? FontWeights.Normal;
        var width = TextMeasure.Size(content, size, weight).Width;
        return "<text " + attrs + string.Format(Inv, " textLength=\"{0:0.##}\" lengthAdjust=\"spacingAndGlyphs\">", width) + m.Groups["content"].Value + "</text>";
    });

    private static double? Attribute(string attrs, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(attrs, name + "=\"([0-9.]+)\"");
        return match.Success ? double.Parse(match.Groups[1].Value, Inv) : null;
    }
}
