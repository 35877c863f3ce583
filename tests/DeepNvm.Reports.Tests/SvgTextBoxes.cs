using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DeepNvm.Reports.Charts;

namespace DeepNvm.Reports.Tests;

/// <summary>The text boxes of an SVG chart, measured with the metrics the layout used, as rotated
/// rectangles; and which pairs of them overlap (separating-axis test).</summary>
internal static class SvgTextBoxes
{
    public sealed record Box(string Text, (double X, double Y)[] Corners);

    public static IReadOnlyList<Box> Of(string svg)
    {
        var boxes = new List<Box>();
        foreach (var t in XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text"))
        {
            var text = t.Value;
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var size = double.Parse(t.Attribute("font-size")?.Value ?? "12", CultureInfo.InvariantCulture);
            var weight = double.Parse(t.Attribute("font-weight")?.Value ?? "400", CultureInfo.InvariantCulture);
            var measured = TextMeasure.Size(text, size, weight);
            var (x, y, angle) = Placement(t);
            var left = (t.Attribute("text-anchor")?.Value) switch
            {
                "middle" => -measured.Width / 2,
                "end" => -measured.Width,
                _ => 0,
            };
            var top = (t.Attribute("dominant-baseline")?.Value) switch
            {
                "hanging" => 0,
                "middle" => -measured.Height / 2,
                _ => -measured.Height * 0.8,
            };
            // half a pixel in from each side: touching is not overlapping
            var corners = new[] { (left + 0.5, top + 0.5), (left + measured.Width - 0.5, top + 0.5), (left + measured.Width - 0.5, top + measured.Height - 0.5), (left + 0.5, top + measured.Height - 0.5) };
            var rad = angle * Math.PI / 180;
            boxes.Add(new Box(text, corners.Select(c => (x + c.Item1 * Math.Cos(rad) - c.Item2 * Math.Sin(rad), y + c.Item1 * Math.Sin(rad) + c.Item2 * Math.Cos(rad))).ToArray()));
        }

        return boxes;
    }

    private static (double X, double Y, double Angle) Placement(XElement t)
    {
        var transform = t.Attribute("transform")?.Value ?? "";
        var translate = Regex.Match(transform, @"translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)");
        var rotate = Regex.Match(transform, @"rotate\(([-\d.e]+)");
        var x = translate.Success ? double.Parse(translate.Groups[1].Value, CultureInfo.InvariantCulture) : double.Parse(t.Attribute("x")?.Value ?? "0", CultureInfo.InvariantCulture);
        var y = translate.Success ? double.Parse(translate.Groups[2].Value, CultureInfo.InvariantCulture) : double.Parse(t.Attribute("y")?.Value ?? "0", CultureInfo.InvariantCulture);
        return (x, y, rotate.Success ? double.Parse(rotate.Groups[1].Value, CultureInfo.InvariantCulture) : 0);
    }

    public static IReadOnlyList<(string A, string B)> Overlaps(string svg)
    {
        var boxes = Of(svg);
        var found = new List<(string, string)>();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (Intersect(boxes[i].Corners, boxes[j].Corners))
                {
                    found.Add((boxes[i].Text, boxes[j].Text));
                }
            }
        }

        return found;
    }

    private static bool Intersect((double X, double Y)[] a, (double X, double Y)[] b)
    {
        foreach (var poly in new[] { a, b })
        {
            for (var i = 0; i < poly.Length; i++)
            {
                var p = poly[i];
                var q = poly[(i + 1) % poly.Length];
                var (nx, ny) = (q.Y - p.Y, p.X - q.X);
                var (aMin, aMax) = Project(a, nx, ny);
                var (bMin, bMax) = Project(b, nx, ny);
                if (aMax <= bMin || bMax <= aMin)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (double Min, double Max) Project((double X, double Y)[] poly, double nx, double ny)
    {
        var values = poly.Select(p => p.X * nx + p.Y * ny).ToArray();
        return (values.Min(), values.Max());
    }
}
