using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports.Tests;

/// <summary>A report with a Monte Carlo run and placed published figures: a distribution chart for each, and every
/// analysis table written, shown and linked like the study's own.</summary>
public class UncertaintyReportTests
{
    private static readonly DeepNvm.Studies.StudyResult Study = SyntheticStudy.Create();

    private static double[] Spread(double centre, int n) => Enumerable.Range(0, n).Select(i => centre * (0.7 + 0.6 * i / (n - 1))).ToArray();

    private static MonteCarloResult MonteCarlo()
    {
        var technologies = Study.Technologies.Select(t => new TechnologyUncertainty(t.Name,
            new ComparisonUncertainty(HeadlineMetrics.IsoCapacity, Study.BaselineCapacityBytes,
                [new MetricInterval(HeadlineMetrics.Edp, 2, 1.5, 2, 2.5, 0.9), new MetricInterval("areaReduction", 2, 1.8, 2, 2.2, 1)]),
            new ComparisonUncertainty(HeadlineMetrics.IsoArea, 2 * Study.BaselineCapacityBytes, [new MetricInterval("capacityRatio", 2, 1.9, 2, 2.1, 1)]),
            [])).ToArray();
        var distributions = Study.Technologies.SelectMany(t => new[]
        {
            new SampledMetric(t.Name, HeadlineMetrics.IsoCapacity, HeadlineMetrics.Edp, 2, Spread(2, 40)),
            new SampledMetric(t.Name, HeadlineMetrics.IsoCapacity, "areaReduction", 2, Spread(2, 40)),
            new SampledMetric(t.Name, HeadlineMetrics.IsoArea, "capacityRatio", 2, Spread(2, 40)),
        }).ToArray();
        return new MonteCarloResult(Study, Array.Empty<UncertainInput>(), 40, 1, Array.Empty<SampleFailure>(), technologies) { Distributions = distributions };
    }

    private static ReferenceOutcome Placed(string technology, double published)
    {
        var samples = Spread(1, 40);
        var reference = new ReferenceParameters { Metric = "iso_capacity.edp_reduction_max", Technology = technology, Value = published, Source = "Paper, 2021" };
        return new ReferenceOutcome(reference, "Stock", 1, Studies.Uncertainty.MonteCarlo.Interval(reference.Metric, 1, samples), Placement.Of(published, samples))
        {
            Samples = samples,
        };
    }

    [Fact]
    public void A_Monte_Carlo_run_draws_one_distribution_per_technology_and_charted_ratio()
    {
        var charts = UncertaintyReport.Charts(MonteCarlo(), Study.Baseline);
        charts.Select(c => c.Id).ShouldBe(
        [
            "distribution-sttmram-isocapacity-edpreduction", "distribution-sttmram-isocapacity-areareduction", "distribution-sttmram-isoarea-capacityratio",
            "distribution-sotmram-isocapacity-edpreduction", "distribution-sotmram-isocapacity-areareduction", "distribution-sotmram-isoarea-capacityratio",
        ]);
        charts[0].Svg.ShouldContain("nominal 2");
        charts[0].Svg.ShouldNotContain("published");
    }

    [Fact]
    public void With_a_capacity_sweep_the_scalability_chart_shows_each_technologys_band_and_where_it_is_likely_better()
    {
        var capacities = new long[] { 1 << 20, 4 << 20, 16 << 20 };
        ComparisonUncertainty Point(long capacity, double nominal, double better) => new(HeadlineMetrics.Scalability, capacity,
            [new MetricInterval(HeadlineMetrics.Edp, nominal, nominal / 2, nominal, nominal * 2, better)]);
        var mc = MonteCarlo() with
        {
            Technologies = Study.Technologies.Select((t, i) => new TechnologyUncertainty(t.Name, null, null,
                i == 0 ? [Point(capacities[0], 0.2, 0), Point(capacities[1], 0.9, 0.3), Point(capacities[2], 3, 0.8)]
                       : [Point(capacities[0], 0.1, 0), Point(capacities[1], 0.2, 0.05)])).ToArray(),
        };

        var chart = UncertaintyReport.Charts(mc, Study.Baseline).Single(c => c.Id == ScalabilityUncertaintyChart.Id);

        chart.Svg.ShouldContain($"{Study.Technologies[0].Name}: P(better) 0 %–80 %, ≥ 50 % first at 16 MB");
        chart.Svg.ShouldContain($"{Study.Technologies[1].Name}: P(better) 0 %–5 %, below 50 % throughout");
        chart.Svg.ShouldContain("5th–95th percentile 0.45×–1.80×, P(better than " + Study.Baseline + ") 30 %"); // the hover of the 4 MB point
        ScalabilityUncertaintyChart.Of(MonteCarlo()).ShouldBeNull(); // no sweep, no chart
    }

    [Fact]
    public void A_placed_reference_is_drawn_among_our_samples_with_the_published_figure_marked()
    {
        var charts = PublishedFiguresReport.Charts([Placed("SttMram", 3.8), Placed("SotMram", 1.1) with { Samples = [] }], Study.Baseline);
        charts.Count.ShouldBe(1, "a reference that was not sampled has nothing to draw");
        charts[0].Id.ShouldBe("reference-sttmram-iso-capacity-edp-reduction-max-stock");
        charts[0].Svg.ShouldContain("published 3.8");
        charts[0].Title.ShouldContain("Paper, 2021");
    }

    [Fact]
    public void The_report_writes_shows_and_links_the_analyses_with_the_study()
    {
        var folder = Path.Combine(Path.GetTempPath(), "deepnvm-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var placed = new[] { Placed("SttMram", 3.8) };
            var analyses = new ReportAnalyses([PublishedFiguresReport.Table(placed)], PublishedFiguresReport.Charts(placed, Study.Baseline));
            var files = ReportWriter.Write(Study, ReportFolder.Open(folder), MonteCarlo(), analyses: analyses);
            files.ShouldContain("references.md");
            files.ShouldContain("references.csv");
            files.ShouldContain("uncertainty.csv");
            files.ShouldContain("reference-sttmram-iso-capacity-edp-reduction-max-stock.svg");
            files.ShouldContain("reference-sttmram-iso-capacity-edp-reduction-max-stock.png");
            files.ShouldContain("distribution-sotmram-isoarea-capacityratio.svg");
            var html = ReportPage.LinksEveryFile(folder, files);

            html.ShouldContain("Published figures against ours");
            File.ReadAllText(Path.Combine(folder, "report.md")).ShouldContain("(reference-sttmram-iso-capacity-edp-reduction-max-stock.svg)");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, true);
            }

            File.Delete(Path.Combine(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + ".lock"));
        }
    }
}
