using OxyPlot;
using SkiaSharp;

namespace DeepNvm.Reports.Charts;

/// <summary>Renders an OxyPlot model to PNG through SkiaSharp. Written here because OxyPlot.SkiaSharp
/// 2.2.0 is built against SkiaSharp 2.88 and fails on 4.x (MethodAccessException in its text shaper,
/// measured; see docs/reports.md).</summary>
internal static class SkiaPng
{
    public static byte[] Render(PlotModel model, double width, double height, double scale)
    {
        var info = new SKImageInfo((int)Math.Round(width * scale), (int)Math.Round(height * scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        using (var context = new SkiaRenderContext(canvas))
        {
            ((IPlotModel)model).Update(true);
            ((IPlotModel)model).Render(context, new OxyRect(0, 0, width, height));
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}

/// <summary>The drawing calls OxyPlot makes, on a Skia canvas.</summary>
internal sealed class SkiaRenderContext : ClippingRenderContext, IDisposable
{
    private readonly SKCanvas _canvas;
    private readonly Dictionary<(string, bool), SKTypeface> _typefaces = new();

    public SkiaRenderContext(SKCanvas canvas)
    {
        _canvas = canvas;
        RendersToScreen = false;
    }

    public void Dispose()
    {
        foreach (var t in _typefaces.Values)
        {
            t.Dispose();
        }
    }

    private static SKColor Color(OxyColor c) => new(c.R, c.G, c.B, c.A);

    private static SKPaint Stroke(OxyColor color, double thickness, double[]? dash, bool antialias) => new()
    {
        Color = Color(color),
        Style = SKPaintStyle.Stroke,
        StrokeWidth = (float)thickness,
        IsAntialias = antialias,
        PathEffect = dash is { Length: > 0 } ? SKPathEffect.CreateDash(dash.Select(d => (float)(d * thickness)).ToArray(), 0) : null,
    };

    private static SKPaint Fill(OxyColor color) => new() { Color = Color(color), Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPath Path(IList<ScreenPoint> points, bool close)
    {
        using var path = new SKPathBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0)
            {
                path.MoveTo((float)points[i].X, (float)points[i].Y);
            }
            else
            {
                path.LineTo((float)points[i].X, (float)points[i].Y);
            }
        }

        if (close)
        {
            path.Close();
        }

        return path.Detach();
    }

    public override void DrawLine(IList<ScreenPoint> points, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
        if (points.Count < 2 || stroke.IsInvisible() || thickness <= 0)
        {
            return;
        }

        using var paint = Stroke(stroke, thickness, dashArray, ShouldUseAntiAliasingForLine(edgeRenderingMode, points));
        using var path = Path(points, close: false);
        _canvas.DrawPath(path, paint);
    }

    public override void DrawPolygon(IList<ScreenPoint> points, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode, double[]? dashArray = null, LineJoin lineJoin = LineJoin.Miter)
    {
        using var path = Path(points, close: true);
        if (fill.IsVisible())
        {
            using var paint = Fill(fill);
            _canvas.DrawPath(path, paint);
        }

        if (stroke.IsVisible() && thickness > 0)
        {
            using var paint = Stroke(stroke, thickness, dashArray, antialias: true);
            _canvas.DrawPath(path, paint);
        }
    }

    public override void DrawEllipse(OxyRect rect, OxyColor fill, OxyColor stroke, double thickness, EdgeRenderingMode edgeRenderingMode)
    {
        var r = new SKRect((float)rect.Left, (float)rect.Top, (float)rect.Right, (float)rect.Bottom);
        if (fill.IsVisible())
        {
            using var paint = Fill(fill);
            _canvas.DrawOval(r, paint);
        }

        if (stroke.IsVisible() && thickness > 0)
        {
            using var paint = Stroke(stroke, thickness, null, antialias: true);
            _canvas.DrawOval(r, paint);
        }
    }

    private SKFont Font(string? family, double size, double weight)
    {
        var bold = weight >= FontWeights.Bold;
        var key = (family ?? TextMeasure.Font, bold);
        if (!_typefaces.TryGetValue(key, out var typeface))
        {
            // the layout's family, its metric twins, then any sans-serif the machine has, in the weight asked
            var style = bold ? SKFontStyle.Bold : SKFontStyle.Normal;
            typeface = new[] { key.Item1, "Liberation Sans", "Helvetica", "DejaVu Sans" }.Select(f => SKFontManager.Default.MatchFamily(f, style)).FirstOrDefault(t => t is not null)
                ?? SKTypeface.FromFamilyName(null, style) ?? SKTypeface.Default;
            _typefaces[key] = typeface;
        }

        return new SKFont(typeface, (float)size) { Subpixel = true, Edging = SKFontEdging.Antialias };
    }

    /// <summary>The SVG's measurement (OxyPlot's built-in metrics), so that the PNG has the SVG's
    /// layout on any machine; <see cref="DrawText"/> fits the machine's font to those widths.</summary>
    public override OxySize MeasureText(string text, string? fontFamily = null, double fontSize = 10, double fontWeight = 500) =>
        string.IsNullOrEmpty(text) ? OxySize.Empty : TextMeasure.Size(text, fontSize, fontWeight);

    public override void DrawText(ScreenPoint p, string text, OxyColor fill, string? fontFamily = null, double fontSize = 10, double fontWeight = 500,
        double rotation = 0, HorizontalAlignment halign = HorizontalAlignment.Left, VerticalAlignment valign = VerticalAlignment.Top, OxySize? maxSize = null)
    {
        if (string.IsNullOrEmpty(text) || fill.IsInvisible())
        {
            return;
        }

        using var font = Font(fontFamily, fontSize, fontWeight);
        using var paint = Fill(fill);
        var lines = text.Split('\n');
        var lineHeight = (float)TextMeasure.Size("Xg", fontSize, fontWeight).Height;
        var total = lineHeight * lines.Length;
        var top = valign switch
        {
            VerticalAlignment.Middle => -total / 2,
            VerticalAlignment.Bottom => -total,
            _ => 0f,
        };
        _canvas.Save();
        _canvas.Translate((float)p.X, (float)p.Y);
        _canvas.RotateDegrees((float)rotation);
        for (var i = 0; i < lines.Length; i++)
        {
            // squeeze or stretch the glyphs to the width the layout measured
            font.ScaleX = 1;
            var natural = font.MeasureText(lines[i]);
            var w = (float)TextMeasure.Size(lines[i], fontSize, fontWeight).Width;
            font.ScaleX = natural > 0 ? w / natural : 1;
            var dx = halign switch
            {
                HorizontalAlignment.Center => -w / 2,
                HorizontalAlignment.Right => -w,
                _ => 0f,
            };
            _canvas.DrawText(lines[i], dx, top + i * lineHeight + (lineHeight - (font.Metrics.Descent - font.Metrics.Ascent)) / 2 - font.Metrics.Ascent, SKTextAlign.Left, font, paint);
        }

        _canvas.Restore();
    }

    protected override void SetClip(OxyRect clippingRectangle)
    {
        _canvas.Save();
        _canvas.ClipRect(new SKRect((float)clippingRectangle.Left, (float)clippingRectangle.Top, (float)clippingRectangle.Right, (float)clippingRectangle.Bottom));
    }

    protected override void ResetClip() => _canvas.Restore();
}
