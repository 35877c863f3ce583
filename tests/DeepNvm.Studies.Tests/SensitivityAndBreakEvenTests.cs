namespace DeepNvm.Studies.Tests;

/// <summary>One-at-a-time sensitivity, break-even search and the placement of a published figure, on
/// functions whose answers are known and on a real (small) study.</summary>
public class SensitivityAndBreakEvenTests
{
    private static readonly StudyMetric IsoCapacityEdp = new("iso_capacity.edp_reduction", "SttMram");

    /// <summary>The small study's STT-vs-SRAM EDP with the node leaking <paramref name="leakageScale"/>× and the
    /// STT cell's sense converter costing <paramref name="senseEnergy"/> per sense.</summary>
    private static double Edp(double leakageScale, double senseEnergy)
    {
        var study = TestStudies.Study(isoArea: false);
        var node = TestStudies.Node16 with { LeakageScale = leakageScale };
        study = study with
        {
            Cells = new[] { TestStudies.Stt with { SenseEnergyJoules = senseEnergy } },
            Cache = study.Cache! with { Node = node },
            Platform = study.Platform with { Node = node },
        };
        return IsoCapacityEdp.Measure(StudyRunner.Run(IsoCapacityEdp.Trim(study)))!.Value;
    }

    [Fact]
    public void Inputs_are_ranked_by_swing_largest_first_with_ties_by_name()
    {
        var inputs = new[]
        {
            new SweptInput("B.small", 0, 1, 0.5),
            new SweptInput("A.large", 0, 10, 5),
            new SweptInput("C.equal", 0, 1, 0.5),
        };
        var result = Tornado.Run(inputs, (input, x) => 2 * x, nominal: 1);

        result.Rows.Select(r => r.Name).ShouldBe(new[] { "A.large", "B.small", "C.equal" });
        result.Rows[0].Swing.ShouldBe(20);
        result.Rows[0].MetricAtLow.ShouldBe(0);
        result.Rows[0].MetricAtHigh.ShouldBe(20);
    }

    [Fact]
    public void Spearman_is_one_for_a_monotonic_metric_and_minus_one_for_a_falling_one()
    {
        var x = new[] { 1.0, 5, 2, 9, 3 };
        Tornado.Spearman(x, x.Select(v => Math.Exp(v)).ToArray()).ShouldBe(1, 1e-12);
        Tornado.Spearman(x, x.Select(v => -v * v).ToArray()).ShouldBe(-1, 1e-12);
        Tornado.Spearman(x, new[] { 1.0, 1, 1, 1, 1 }).ShouldBe(0);
    }

    [Fact]
    public void Break_even_on_a_range_over_a_decade_searches_in_log_space_and_meets_the_target()
    {
        var calls = 0;
        var result = BreakEven.Solve(x => { calls++; return 1 / x; }, target: 0.25, low: 0.1, high: 100);
        result.Found.ShouldBeTrue();
        result.Value!.Value.ShouldBe(4, 4e-4);
        result.Achieved!.Value.ShouldBe(0.25, 0.25 * BreakEven.Tolerance);
        result.Reason.ShouldBeNull();
        calls.ShouldBeLessThan(40);
    }

    [Fact]
    public void A_target_no_value_in_the_range_reaches_gives_the_metric_at_both_ends()
    {
        var result = BreakEven.Solve(x => x, target: 5, low: 1, high: 2);
        result.Found.ShouldBeFalse();
        result.MetricAtLow.ShouldBe(1);
        result.MetricAtHigh.ShouldBe(2);
        result.Reason!.ShouldContain("no value in 1 .. 2 reaches 5");
        result.Reason!.ShouldContain("below the target throughout");
    }

    [Fact]
    public void A_metric_that_rises_and_falls_is_scanned_for_a_crossing_between_ends_on_the_same_side()
    {
        // Below 1 at both ends, above it in the middle.
        var result = BreakEven.Solve(x => 2 - (x - 5) * (x - 5) / 10, target: 1, low: 0, high: 10);
        result.Found.ShouldBeTrue();
        Math.Abs(result.Value!.Value - 5).ShouldBe(Math.Sqrt(10), 1e-3);
    }

    [Fact]
    public void A_metric_that_jumps_across_the_target_returns_the_jump_with_the_reason()
    {
        var result = BreakEven.Solve(x => x < 3 ? 1 : 2, target: 1.5, low: 1, high: 5);
        result.Value!.Value.ShouldBe(3, 1e-4);
        result.Reason!.ShouldContain("jumps across");
    }

    [Theory]
    [InlineData(2.5, 0.5, null)]
    [InlineData(9.0, null, "above")]
    [InlineData(0.5, null, "below")]
    public void A_published_figure_is_placed_by_its_quantile_or_outside(double published, double? quantile, string? outside)
    {
        var samples = new[] { 1.0, 2, 3, 4 };
        var placement = Placement.Of(published, samples);
        placement.Quantile.ShouldBe(quantile);
        placement.Outside.ShouldBe(outside);
    }

    [Fact]
    public void On_a_real_study_leakage_and_sense_energy_both_move_the_edp_and_the_sweep_ranks_them()
    {
        var inputs = new[]
        {
            new SweptInput("N16.leakage_scale", 0.1, 10, 1),
            new SweptInput("SttMram.read.sense_energy", 8e-15, 375e-15, 150e-15),
        };
        double At(SweptInput input, double x) => input.Name == "N16.leakage_scale" ? Edp(x, 150e-15) : Edp(1, x);
        var result = Tornado.Run(inputs, At, Edp(1, 150e-15));

        // More SRAM leakage helps MRAM; a dearer sense amplifier hurts it.
        var leakage = result.Rows.Single(r => r.Name == "N16.leakage_scale");
        leakage.MetricAtHigh.ShouldBeGreaterThan(leakage.MetricAtLow);
        var sense = result.Rows.Single(r => r.Name == "SttMram.read.sense_energy");
        sense.MetricAtHigh.ShouldBeLessThan(sense.MetricAtLow);
        result.Rows[0].Swing.ShouldBeGreaterThanOrEqualTo(result.Rows[1].Swing);
    }

    [Fact]
    public void On_a_real_study_the_leakage_that_reaches_a_target_fed_back_gives_it_within_one_percent()
    {
        // The small study's STT cache spans 0.016x (0.1x leakage) to 0.21x (1000x): aim between.
        var result = BreakEven.Solve(scale => Edp(scale, 150e-15), target: 0.1, low: 0.1, high: 1000);
        result.Found.ShouldBeTrue(result.Reason);
        Edp(result.Value!.Value, 150e-15).ShouldBe(0.1, 0.1 * BreakEven.Tolerance);
    }

    [Fact]
    public void A_metric_of_a_comparison_the_study_does_not_run_or_a_technology_it_lacks_is_refused()
    {
        var study = TestStudies.Study(isoArea: false);
        new StudyMetric("iso_area.capacity_ratio", "SttMram").Problem(study)!.ShouldContain("does not run iso_area");
        new StudyMetric("iso_capacity.edp_reduction", "Nope").Problem(study)!.ShouldContain("no technology 'Nope'");
        new StudyMetric("iso_capacity.edp", "SttMram").Problem(study)!.ShouldContain("unknown metric");
        IsoCapacityEdp.Problem(study).ShouldBeNull();
    }
}
