using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DeepNvm.Reports.Charts;

namespace DeepNvm.Reports.Tests;

/// <summary>The charts' visual language, checked without a browser: every SVG parses, no two labels of
/// a chart overlap by the layout's own text measurement, a technology has one colour on every chart,
/// ratios are baseline ÷ technology, and the layout holds from 1 to 12 technologies and 1 to 64 sweep points.</summary>
public class ChartTests
{
    private static string Rgb(string hex) =>
        $"rgb({Convert.ToInt32(hex.Substring(1, 2), 16)},{Convert.ToInt32(hex.Substring(3, 2), 16)},{Convert.ToInt32(hex.Substring(5, 2), 16)})";

    private static void ShouldBeCleanSvg(Chart chart)
    {
        var root = XDocument.Parse(chart.Svg).Root!;
        root.Name.LocalName.ShouldBe("svg");
        chart.Svg.ShouldNotContain("NaN", Case.Sensitive);
        chart.Svg.ShouldNotContain("Infinity", Case.Sensitive);
        SvgTextBoxes.Overlaps(chart.Svg).ShouldBeEmpty(chart.Id + ": " + string.Join("; ", SvgTextBoxes.Overlaps(chart.Svg).Select(o => o.A + " × " + o.B)));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(2, 8)]
    [InlineData(7, 40)]
    [InlineData(12, 64)]
    public void Charts_parse_and_no_two_labels_overlap(int technologies, int sweepPoints)
    {
        var charts = StudyCharts.All(SyntheticStudy.Sized(technologies, sweepPoints));
        charts.Count.ShouldBe(sweepPoints > 0 ? 6 : 5);
        foreach (var chart in charts)
        {
            ShouldBeCleanSvg(chart);
        }
    }

    [Theory]
    [InlineData(0.00001, "1E-5×")]
    [InlineData(0.002, "0.002×")]
    [InlineData(0.5, "0.5×")]
    [InlineData(2, "2×")]
    [InlineData(200000, "2E+5×")]
    public void Log_axis_labels_stay_readable_over_many_decades(double value, string label) => NiceLogAxis.Ratio(value).ShouldBe(label);

    [Fact]
    public void A_long_sweep_shows_thinned_capacity_labels()
    {
        var scalability = StudyCharts.All(SyntheticStudy.Sized(2, 64)).Single(c => c.Id == "scalability");
        var labels = SvgTextBoxes.Of(scalability.Svg).Count(b => Regex.IsMatch(b.Text, @"^\d+(\.\d+)? (KB|MB)$"));
        labels.ShouldBeGreaterThan(3);
        labels.ShouldBeLessThan(64);
    }

    [Fact]
    public void Without_a_sweep_the_iso_area_chart_shows_each_technology_as_a_bar()
    {
        var study = SyntheticStudy.Sized(3, 0);
        var isoArea = StudyCharts.All(study).Single(c => c.Id == "iso-area");
        var texts = SvgTextBoxes.Of(isoArea.Svg).Select(b => b.Text).ToArray();
        foreach (var t in study.Technologies)
        {
            texts.Count(x => x == t.Name).ShouldBe(2, t.Name); // the x label and the legend
            isoArea.Svg.ShouldContain($"<title>{Svg.Esc(t.Name)}: {Numbers.Bytes(t.IsoArea!.CapacityBytes)} in");
        }
    }

    [Fact]
    public void A_technology_has_the_same_colour_on_every_chart_and_breakdown_parts_never_take_one()
    {
        var study = SyntheticStudy.Sized(4, 6);
        var charts = StudyCharts.All(study);
        for (var i = 0; i < study.Technologies.Count; i++)
        {
            foreach (var chart in charts)
            {
                chart.Svg.ShouldContain(Rgb(Palette.Technology(i)), Case.Sensitive, $"{chart.Id}: {study.Technologies[i].Name}");
            }
        }

        var technologyColours = Enumerable.Range(0, 12).Select(Palette.Technology).Append(Palette.Baseline).ToHashSet();
        Enumerable.Range(0, 4).Select(Palette.Part).ShouldAllBe(p => !technologyColours.Contains(p));
        technologyColours.Count.ShouldBe(13);
    }

    [Fact]
    public void Every_ratio_chart_reads_baseline_over_technology_as_the_tables_do()
    {
        var study = SyntheticStudy.Create();
        var charts = StudyCharts.All(study).ToDictionary(c => c.Id);
        foreach (var t in study.Technologies)
        {
            var w = t.IsoCapacity!.Comparison.Workloads[0];
            charts["normalized-edp"].Svg.ShouldContain($"<title>{Svg.Esc(t.Name)}, {Svg.Esc(w.Workload)}: {Numbers.Ratio(w.Ratios.Edp)}× (Sram6T ÷ {Svg.Esc(t.Name)})</title>");
            charts["normalized-edp"].Svg.ShouldContain($"<title>{Svg.Esc(t.Name)}, geomean: {Numbers.Ratio(t.IsoCapacity.Comparison.Edp.Geomean)}×");
            var a = t.IsoArea!.Comparison.Workloads[1];
            charts["iso-area-edp"].Svg.ShouldContain($"<title>{Svg.Esc(t.Name)}, {Svg.Esc(a.Workload)}: {Numbers.Ratio(a.Ratios.Edp)}×");
            var p = t.Scalability[0];
            charts["scalability"].Svg.ShouldContain($"<title>{Svg.Esc(t.Name)} at {Numbers.Bytes(p.CapacityBytes)}: geomean {Numbers.Ratio(p.Comparison.Edp.Geomean)}×");
        }
    }

    [Fact]
    public void The_break_even_capacity_is_where_the_geomean_crosses_parity()
    {
        var study = SyntheticStudy.Sized(1, 8);
        var points = study.Technologies[0].Scalability;
        var breakEven = StudyCharts.BreakEven(points)!.Value;
        var crossing = Enumerable.Range(1, points.Count - 1).First(i => points[i - 1].Comparison.Edp.Geomean < 1 != points[i].Comparison.Edp.Geomean < 1);
        breakEven.ShouldBeGreaterThanOrEqualTo(points[crossing - 1].CapacityBytes);
        breakEven.ShouldBeLessThanOrEqualTo(points[crossing].CapacityBytes);
        StudyCharts.BreakEven(points.Take(1).ToArray()).ShouldBeNull();
        StudyCharts.All(study).Single(c => c.Id == "scalability").Svg.ShouldContain($"break-even ≈ {Numbers.Bytes(breakEven)}");
    }

    [Fact]
    public void Energy_breakdown_has_read_write_leakage_and_dram_and_latency_has_reads_and_writes()
    {
        var charts = StudyCharts.All(SyntheticStudy.Create()).ToDictionary(c => c.Id);
        var energy = SvgTextBoxes.Of(charts["energy-breakdown"].Svg).Select(b => b.Text).ToArray();
        energy.ShouldContain("L2 read");
        energy.ShouldContain("L2 write");
        energy.ShouldContain("leakage");
        energy.ShouldContain("DRAM");
        var latency = SvgTextBoxes.Of(charts["latency-breakdown"].Svg).Select(b => b.Text).ToArray();
        latency.ShouldContain("reads");
        latency.ShouldContain("writes");
    }

    [Fact]
    public void Pngs_are_twice_the_svg_size_and_renders_are_byte_identical()
    {
        var first = StudyCharts.All(SyntheticStudy.Create());
        var second = StudyCharts.All(SyntheticStudy.Create());
        for (var i = 0; i < first.Count; i++)
        {
            second[i].Svg.ShouldBe(first[i].Svg);
            var png = first[i].Png.ShouldNotBeNull();
            png.ShouldBe(second[i].Png);
            png.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a });
            var width = (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
            var svgWidth = double.Parse(XDocument.Parse(first[i].Svg).Root!.Attribute("width")!.Value, CultureInfo.InvariantCulture);
            width.ShouldBe((int)(2 * svgWidth));
        }
    }

    [Fact]
    public void A_distribution_marks_the_nominal_and_the_published_value()
    {
        var samples = Enumerable.Range(0, 1000).Select(i => 3 + Math.Sin(i * 12.9898) * 0.5).ToArray();
        var chart = UncertaintyCharts.Distribution("edp-distribution", "STT-MRAM EDP reduction over 1000 samples", "EDP reduction, geomean (×)", samples, 3.1, 3.8, "DeepNVM++");
        ShouldBeCleanSvg(chart);
        chart.Svg.ShouldContain("<title>nominal: 3.1</title>");
        chart.Svg.ShouldContain("<title>DeepNVM++: 3.8</title>");
        var sorted = samples.Order().ToArray();
        chart.Svg.ShouldContain($"5–95 %: {Numbers.G(UncertaintyCharts.Quantile(sorted, 0.05))} to {Numbers.G(UncertaintyCharts.Quantile(sorted, 0.95))}");
        Regex.Matches(chart.Svg, @"<title>[^<]* to [^<]*: (\d+) samples</title>").Sum(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ShouldBe(1000);
        UncertaintyCharts.Distribution("one", "One sample", "x", new[] { 2.0 }, 2.0).Svg.ShouldContain("1 samples");
        Should.Throw<ArgumentException>(() => UncertaintyCharts.Distribution("none", "None", "x", new[] { double.NaN }, 1));
    }

    [Fact]
    public void A_tornado_puts_the_widest_swing_on_top()
    {
        var inputs = new[] { "write energy", "hit latency of the STT cell, a long input name", "leakage", "DRAM energy per bit" };
        var chart = UncertaintyCharts.Tornado("tornado", "What moves the EDP reduction", "EDP reduction, geomean (×)", inputs,
            new[] { 2.9, 2.0, 3.0, 2.95 }, new[] { 3.3, 4.5, 3.05, 3.2 }, 3.1);
        ShouldBeCleanSvg(chart);
        var rows = SvgTextBoxes.Of(chart.Svg).Where(b => inputs.Contains(b.Text)).OrderBy(b => b.Corners.Min(c => c.Y)).Select(b => b.Text).ToArray();
        rows.ShouldBe(new[] { inputs[1], inputs[0], inputs[3], inputs[2] });
        chart.Svg.ShouldContain("<title>hit latency of the STT cell, a long input name at its high end: 4.5</title>");
        Should.Throw<ArgumentException>(() => UncertaintyCharts.Tornado("t", "t", "x", inputs, new[] { 1.0 }, new[] { 2.0 }, 1));
    }
}

/// <summary>The largest case the charts are laid out for, written as a whole report folder. With
/// DEEPNVM_SAMPLE_REPORTS set to a folder, the folder is kept there, for tools/report-check.</summary>
public class SampleReportTests
{
    [Theory]
    [InlineData(12, 64)]
    [InlineData(2, 1)]
    public void A_report_with_many_technologies_and_sweep_points_is_written_whole(int technologies, int sweepPoints)
    {
        var keep = Environment.GetEnvironmentVariable("DEEPNVM_SAMPLE_REPORTS");
        var folder = keep is { Length: > 0 } ? Path.Combine(keep, $"sized-{technologies}x{sweepPoints}") : Directory.CreateTempSubdirectory("deepnvm-sized-").FullName;
        try
        {
            var files = ReportWriter.Write(SyntheticStudy.Sized(technologies, sweepPoints), folder);
            files.Count(f => f.EndsWith(".svg", StringComparison.Ordinal)).ShouldBe(6);
            files.Count(f => f.EndsWith(".png", StringComparison.Ordinal)).ShouldBe(6);
            var html = File.ReadAllText(Path.Combine(folder, "index.html"));
            html.Split("<figure").Length.ShouldBe(7);
        }
        finally
        {
            if (keep is not { Length: > 0 })
            {
                Directory.Delete(folder, true);
            }
        }
    }
}
