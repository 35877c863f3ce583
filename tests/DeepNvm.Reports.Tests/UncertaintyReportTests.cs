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
