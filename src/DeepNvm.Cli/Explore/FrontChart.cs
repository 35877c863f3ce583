using System.Globalization;
using System.Security;
using System.Text;

namespace DeepNvm.Cli.Explore;

/// <summary>front.svg: every admissible point as a grey dot over the first two objectives (log axes when all
/// values are positive), the front's points in a strong colour joined by a step line.</summary>
internal static class FrontChart
{
    private const double Width = 640, Height = 420, Left = 80, Right = 20, Top = 40, Bottom = 60;

    public static string Svg(ExploreManifest manifest, IReadOnlyList<string> columns, IReadOnlyList<long> indices, IReadOnlyList<double[]> vectors, ISet<long> front)
    {
        // One objective: plot it against the point index.
        double X(int i) => columns.Count > 1 ? vectors[i][0] : indices[i] + 1;
        double Y(int i) => columns.Count > 1 ? vectors[i][1] : vectors[i][0];
        var xName = columns.Count > 1 ? columns[0] : "index + 1";
        var yName = columns.Count > 1 ? columns[1] : columns[0];
        var all = Enumerable.Range(0, vectors.Count).ToArray();
        var xs = Axis(all.Select(X).ToArray());
        var ys = Axis(all.Select(Y).ToArray());
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        double Px(double v) => Left + xs.Scale(v) * (Width - Left - Right);
        double Py(double v) => Height - Bottom - ys.Scale(v) * (Height - Top - Bottom);

        var svg = new StringBuilder();
        svg.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(Width)}\" height=\"{F(Height)}\" viewBox=\"0 0 {F(Width)} {F(Height)}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append($"<title>Pareto front of {SecurityElement.Escape(manifest.Space)}</title>\n");
        svg.Append($"<text x=\"{F(Left)}\" y=\"20\" font-size=\"14\">Pareto front of {SecurityElement.Escape(manifest.Space)}: {front.Count} of {vectors.Count} admissible points (minimize {SecurityElement.Escape(string.Join(", ", manifest.Objectives))})</text>\n");
        svg.Append($"<rect x=\"{F(Left)}\" y=\"{F(Top)}\" width=\"{F(Width - Left - Right)}\" height=\"{F(Height - Top - Bottom)}\" fill=\"none\" stroke=\"#999\"/>\n");
        svg.Append($"<text x=\"{F((Left + Width - Right) / 2)}\" y=\"{F(Height - 15)}\" text-anchor=\"middle\">{SecurityElement.Escape(xName)}{(xs.Log ? " (log)" : "")}: {F3(xs.Min)} .. {F3(xs.Max)}</text>\n");
        svg.Append($"<text transform=\"translate(18 {F((Top + Height - Bottom) / 2)}) rotate(-90)\" text-anchor=\"middle\">{SecurityElement.Escape(yName)}{(ys.Log ? " (log)" : "")}: {F3(ys.Min)} .. {F3(ys.Max)}</text>\n");
        foreach (var i in all.Where(i => !front.Contains(indices[i])))
        {
            svg.Append($"<circle cx=\"{F(Px(X(i)))}\" cy=\"{F(Py(Y(i)))}\" r=\"2.5\" fill=\"#bbb\"><title>point {indices[i]}</title></circle>\n");
        }

        var frontPoints = all.Where(i => front.Contains(indices[i])).OrderBy(X).ThenBy(Y).ToArray();
        if (frontPoints.Length > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"#d62728\" stroke-width=\"1.5\" points=\"")
                .Append(string.Join(" ", frontPoints.Select(i => F(Px(X(i))) + "," + F(Py(Y(i)))))).Append("\"/>\n");
        }

        foreach (var i in frontPoints)
        {
            svg.Append($"<circle cx=\"{F(Px(X(i)))}\" cy=\"{F(Py(Y(i)))}\" r=\"4\" fill=\"#d62728\"><title>point {indices[i]} (front)</title></circle>\n");
        }

        return svg.Append("</svg>\n").ToString();
    }

    private static string F3(double v) => v.ToString("G3", CultureInfo.InvariantCulture);

    private sealed record AxisScale(double Min, double Max, bool Log)
    {
        public double Scale(double v)
        {
            var (a, b, x) = Log ? (Math.Log10(Min), Math.Log10(Max), Math.Log10(v)) : (Min, Max, v);
            return b > a ? (x - a) / (b - a) : 0.5;
        }
    }

    private static AxisScale Axis(double[] values) => values.Length == 0
        ? new AxisScale(0, 1, false)
        : new AxisScale(values.Min(), values.Max(), values.All(v => v > 0));
}
