using DeepNvm.Reports.Charts;
using DeepNvm.Studies.Uncertainty;
using OxyPlot.Axes;

namespace DeepNvm.Reports;

/// <summary>The scalability chart under uncertainty: per technology, the EDP reduction at each capacity of the sweep with
/// every input nominal, the band its Monte Carlo samples span from the 5th to the 95th percentile, and, in the hover and
/// the legend, the probability that the technology beats the baseline there: where a technology flips, and how sure
/// that is.</summary>
public static class ScalabilityUncertaintyChart
{
    public const string Id = "scalability-uncertainty";

    /// <summary>The chart, or null when no technology has a sweep of two or more capacities with finite intervals.</summary>
    public static Chart? Of(MonteCarloResult mc)
    {
        var nominal = mc.Nominal;
        var swept = mc.Technologies
            .Select(t => (T: t, Index: nominal.Technologies.ToList().FindIndex(r => r.Name == t.Name),
                Points: t.Scalability.Select(p => (p.CapacityBytes, Edp: p.Find(HeadlineMetrics.Edp)))
                    .Where(p => p.Edp is { } e && new[] { e.Nominal, e.P05, e.P95 }.All(v => double.IsFinite(v) && v > 0))
                    .Select(p => (p.CapacityBytes, Edp: p.Edp!)).OrderBy(p => p.CapacityBytes).ToArray()))
            .Where(t => t.Points.Length >= 2).ToArray();
        if (swept.Length == 0)
        {
            return null;
        }

        var baseline = nominal.Baseline;
        var title = $"Scalability under uncertainty: EDP reduction vs {baseline}, 5th–95th percentile over {mc.Succeeded} samples";
        var b = new ChartBuilder(title);
        var ticks = swept.SelectMany(t => t.Points.Select(p => p.CapacityBytes)).Append(nominal.BaselineCapacityBytes).Distinct().OrderBy(c => c).ToArray();
        var x = b.Axis(StudyCharts.CapacityAxis(ticks, ticks), "x");
        var values = swept.SelectMany(t => t.Points.SelectMany(p => new[] { p.Edp.P05, p.Edp.P95, p.Edp.Nominal })).Append(1.0).ToArray();
        var y = b.Axis(new NiceLogAxis(AxisPosition.Left, $"{baseline} EDP ÷ technology EDP (log)", values.Min(), values.Max()), "y");
        foreach (var (t, index, points) in swept)
        {
            var color = Palette.Technology(Math.Max(0, index));
            StudyCharts.CapacityBand(b, color, x, y, points.Select(p => (p.CapacityBytes, p.Edp.P05, p.Edp.P95)));
            var better = points.Select(p => p.Edp.ProbabilityBetter).ToArray();
            var likely = points.FirstOrDefault(p => p.Edp.ProbabilityBetter >= 0.5);
            var legend = $"{t.Name}: P(better) {Percent(better.Min())}–{Percent(better.Max())}"
                + (likely.Edp is null ? ", below 50 % throughout" : $", ≥ 50 % first at {Numbers.Bytes(likely.CapacityBytes)}");
            b.Line(legend, color, x, y, points.Select(p => (Math.Log2(p.CapacityBytes), p.Edp.Nominal,
                $"{t.Name} at {Numbers.Bytes(p.CapacityBytes)}: nominal {StudyCharts.X(p.Edp.Nominal)}, 5th–95th percentile {StudyCharts.X(p.Edp.P05)}–{StudyCharts.X(p.Edp.P95)}, "
                + $"P(better than {baseline}) {Percent(p.Edp.ProbabilityBetter)}")));
        }

        StudyCharts.ParityAndStudyCapacity(b, baseline, nominal.BaselineCapacityBytes, x, y, "5th–95th percentile");
        return b.Build(Id, title, $"Per technology, the geometric mean over the workloads of {baseline}'s EDP ÷ the technology's EDP at the same capacity "
            + $"with every input nominal (line), and the band from the 5th to the 95th percentile of the same ratio over the {mc.Succeeded} Monte Carlo samples "
            + "of the uncertain inputs. The legend gives the range, over the sweep, of the probability that the technology's EDP is below the baseline's, "
            + "and the first capacity where that is at least even; hover a point for its figures. Both axes log.");
    }

    private static string Percent(double p) => double.IsFinite(p) ? Math.Round(100 * p).ToString(System.Globalization.CultureInfo.InvariantCulture) + " %" : "—";
}
