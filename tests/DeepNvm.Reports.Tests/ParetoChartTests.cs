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

    [Theory]
    [InlineData("area_m2", 5e-7, "0.5 mm²")]
    [InlineData("read_latency_s", 2.4e-9, "2.4 ns")]
    [InlineData("leakage_w", 0.095, "95 mW")]
    [InlineData("energy_j", 1.2e-6, "1.2 µJ")]
    [InlineData("edp_js", 0.25, "0.25 J·s")]
    public void An_axis_reads_in_the_unit_its_column_is_named_for(string column, double value, string text)
    {
        ParetoCharts.ValueOf(column)(value).ShouldBe(text);
    }

    [Fact]
    public void The_area_axis_is_labelled_in_square_millimetres()
    {
        var chart = ParetoCharts.Front("front", "Pareto front of S (minimize area, edp)", "area_m2", "edp_js", Points(positive: true));

        chart.Svg.ShouldContain("mm²");
        chart.Svg.ShouldNotContain("E-07");
    }
}
