using System.Xml.Linq;

namespace DeepNvm.Reports.Tests;

/// <summary>The Pareto front chart of `deepnvm front`, drawn like the reports' charts.</summary>
public class ParetoChartTests
{
    private static (double X, double Y, long Point, bool OnFront)[] Points(bool positive)
    {
        var offset = positive ? 1e-7 : -5;
        return Enumerable.Range(0, 60).Select(i => (offset + (i % 12 + 1) * (positive ? 1e-7 : 1), (60 - i) * 0.01 + (i % 5) * 0.3, (long)i, i % 12 == 0)).ToArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_front_is_one_legend_entry_over_well_formed_svg_without_overlapping_labels(bool positive)
    {
        var chart = ParetoCharts.Front("front", "Pareto front of S (minimize area, edp)", "area_m2", "edp_js", Points(positive));
        XDocument.Parse(chart.Svg).Root!.Name.LocalName.ShouldBe("svg");
        chart.Svg.ShouldContain("Pareto front (5 of 60)");
        chart.Svg.ShouldContain(positive ? "area_m2 (log)" : "area_m2");
        SvgTextBoxes.Overlaps(chart.Svg).ShouldBeEmpty();
        chart.Png.ShouldNotBeNull();
    }
}
