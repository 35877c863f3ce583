using DeepNvm.Studies;

namespace DeepNvm.Reports.Tests;

/// <summary>`deepnvm solve`'s two lines: the value found (exact, and with an SI prefix for reading) and a --set line that
/// gives it back as written.</summary>
public class SolveTextTests
{
    private static readonly StudyMetric Metric = new("iso_capacity.edp_reduction_max", "SotMram");

    [Fact]
    public void A_value_with_an_SI_unit_is_given_exactly_and_with_its_prefix()
    {
        var text = AnalysisReports.SolveText("SotMram.read.sense_delay", "s", Metric, 1,
            new BreakEvenResult(7.34372e-10, 1.0, 1e-10, 3.8e-9, 1.65, 0.31, null));

        text.ShouldBe("SotMram.read.sense_delay = 7.34372E-10 s (734 ps) gives iso_capacity.edp_reduction_max(SotMram) = 1 (target 1)"
            + Environment.NewLine + "check: --set 'SotMram.read.sense_delay=7.34372E-10 s'");
    }

    [Fact]
    public void A_unitless_value_has_no_unit_and_no_stray_space()
    {
        var text = AnalysisReports.SolveText("Tsmc16.leakage_scale", "", Metric, 1, new BreakEvenResult(5.06191, 1.0, 0.023, 9.8, 0.4, 1.2, null));

        text.ShouldBe("Tsmc16.leakage_scale = 5.06191 gives iso_capacity.edp_reduction_max(SotMram) = 1 (target 1)"
            + Environment.NewLine + "check: --set 'Tsmc16.leakage_scale=5.06191'");
    }
}
