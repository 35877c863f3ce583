using OxyPlot;
using OxyPlot.Annotations;
using OxyPlot.Axes;
using OxyPlot.Legends;
using OxyPlot.Series;

namespace DeepNvm.Reports.Charts;

/// <summary>A region of a chart that shows its value on hover: a rectangle or a point in data
/// coordinates of two axes.</summary>
internal sealed record Hover(Axis X, Axis Y, double X0, double Y0, double X1, double Y1, string Text, bool Point = false);

/// <summary>One chart being put together: the OxyPlot model in the report's style (one font, one
/// legend outside the plot, the palette), plus what the page shows on hover. <see cref="Build"/>
/// renders it to SVG and PNG.</summary>
internal sealed class ChartBuilder
{
    public const double Width = 900;
    public const double PlotWidth = 600; // what is left for the plot once the legend and axis titles have their room

    public PlotModel Model { get; }
    public List<Hover> Hovers { get; } = new();
    public double Height { get; set; } = 440;

    public ChartBuilder(string title)
    {
        Model = new PlotModel
        {
            Title = title,
            TitleFontSize = 15,
            TitleFontWeight = FontWeights.Bold,
            TitleHorizontalAlignment = TitleHorizontalAlignment.CenteredWithinView,
            DefaultFont = TextMeasure.Font,
            DefaultFontSize = TextMeasure.FontSize,
            Background = OxyColors.White,
            PlotAreaBorderColor = OxyColor.FromRgb(0x99, 0x99, 0x99),
            Padding = new OxyThickness(8),
        };
        Model.Legends.Add(new Legend
        {
            LegendPlacement = LegendPlacement.Outside,
            LegendPosition = LegendPosition.RightTop,
            LegendOrientation = LegendOrientation.Vertical,
            LegendFontSize = TextMeasure.FontSize,
            LegendSymbolLength = 16,
            LegendItemSpacing = 4,
            // room for a fallback font taller than the layout's metrics (DejaVu Sans where Arial is missing)
            LegendLineSpacing = 5,
        });
    }

    /// <summary>Bars (RectangleBarSeries) of one legend entry; each bar with its hover text.</summary>
    public RectangleBarSeries Bars(string title, string color, Axis x, Axis y, bool inLegend = true)
    {
        var series = new RectangleBarSeries
        {
            Title = inLegend ? title : null,
            FillColor = Palette.Oxy(color),
            StrokeThickness = 0,
            RenderInLegend = inLegend,
            XAxisKey = x.Key,
            YAxisKey = y.Key,
            TrackerFormatString = "",
        };
        Model.Series.Add(series);
        return series;
    }

    public void Bar(RectangleBarSeries series, Axis x, Axis y, double x0, double y0, double x1, double y1, string hover)
    {
        series.Items.Add(new RectangleBarItem(x0, y0, x1, y1));
        Hovers.Add(new Hover(x, y, x0, y0, x1, y1, hover));
    }

    public LineSeries Line(string? title, string color, Axis x, Axis y, IEnumerable<(double X, double Y, string Hover)> points, bool dashed = false)
    {
        var series = new LineSeries
        {
            Title = title,
            RenderInLegend = title is not null,
            Color = Palette.Oxy(color),
            StrokeThickness = 2,
            MarkerType = MarkerType.Circle,
            MarkerSize = 3,
            MarkerFill = Palette.Oxy(color),
            LineStyle = dashed ? LineStyle.Dash : LineStyle.Solid,
            XAxisKey = x.Key,
            YAxisKey = y.Key,
        };
        foreach (var (px, py, hover) in points)
        {
            series.Points.Add(new DataPoint(px, py));
            Hovers.Add(new Hover(x, y, px, py, px, py, hover, Point: true));
        }

        Model.Series.Add(series);
        return series;
    }

    /// <summary>A horizontal dashed reference line (parity, a budget), labelled on hover.</summary>
    public void HorizontalLine(double y, string hover, Axis xAxis, Axis yAxis, string color = "#333333")
    {
        Model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Horizontal,
            Y = y,
            Color = Palette.Oxy(color),
            LineStyle = LineStyle.Dash,
            StrokeThickness = 1.2,
            XAxisKey = xAxis.Key,
            YAxisKey = yAxis.Key,
        });
        Hovers.Add(new Hover(xAxis, yAxis, double.NegativeInfinity, y, double.PositiveInfinity, y, hover));
    }

    /// <summary>A vertical marker line (the baseline capacity, a break-even capacity), labelled on hover.</summary>
    public void VerticalLine(double x, string hover, Axis xAxis, Axis yAxis, string color, LineStyle style)
    {
        Model.Annotations.Add(new LineAnnotation
        {
            Type = LineAnnotationType.Vertical,
            X = x,
            Color = Palette.Oxy(color),
            LineStyle = style,
            StrokeThickness = 1.5,
            XAxisKey = xAxis.Key,
            YAxisKey = yAxis.Key,
        });
        Hovers.Add(new Hover(xAxis, yAxis, x, double.NegativeInfinity, x, double.PositiveInfinity, hover));
    }

    public T Axis<T>(T axis, string key) where T : Axis
    {
        axis.Key = key;
        axis.TitleFontSize = TextMeasure.FontSize;
        axis.FontSize = TextMeasure.FontSize;
        axis.AxisTitleDistance = 8;
        axis.AxislineStyle = LineStyle.Solid;
        axis.AxislineColor = OxyColor.FromRgb(0x99, 0x99, 0x99);
        Model.Axes.Add(axis);
        return axis;
    }

    /// <summary>An empty series that only adds an entry to the legend (a marker's meaning).</summary>
    public void LegendEntry(string title, string color, LineStyle style)
    {
        Model.Series.Add(new LineSeries { Title = title, Color = Palette.Oxy(color), LineStyle = style, StrokeThickness = 1.5 });
    }

    /// <summary>Room for the legend: at least the default height, more when it has many entries.</summary>
    private double FittedHeight()
    {
        var entries = Model.Series.Count(s => s.RenderInLegend && !string.IsNullOrEmpty(s.Title));
        return Math.Max(Height, 90 + entries * (TextMeasure.FontSize + 6));
    }

    public Chart Build(string id, string title, string caption)
    {
        var height = FittedHeight();
        var svg = ChartRenderer.Svg(this, id, title, Width, height);
        var png = ChartRenderer.Png(Model, Width, height, scale: 2);
        return new Chart(id, title, svg) { Caption = caption, Png = png };
    }
}
