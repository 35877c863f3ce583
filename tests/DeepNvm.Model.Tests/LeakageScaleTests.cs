namespace DeepNvm.Model.Tests;

/// <summary>A node's leakage scale (<c>leakage_scale</c>) is the node's leakage as an uncertain input:
/// it multiplies leakage power and moves nothing else, so a sensitivity sweep over it isolates leakage.</summary>
public class LeakageScaleTests
{
    private static CacheCharacteristics At(CellParameters cell, double scale)
    {
        var node = Cells.Node(16) with { LeakageScale = scale };
        var result = CacheModel.Characterize(Cells.Cache(2.75), cell, node);
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        return result.Characteristics!;
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(8.0)]
    public void An_sram_caches_leakage_scales_by_the_factor_and_nothing_else_moves(double scale)
    {
        var nominal = At(Cells.Sram, 1);
        var scaled = At(Cells.Sram, scale);
        scaled.LeakageWatts.ShouldBe(nominal.LeakageWatts * scale, nominal.LeakageWatts * scale * 1e-9);
        scaled.DataLeakageWatts.ShouldBe(nominal.DataLeakageWatts * scale, nominal.DataLeakageWatts * scale * 1e-9);
        scaled.HitLatencySeconds.ShouldBe(nominal.HitLatencySeconds);
        scaled.WriteLatencySeconds.ShouldBe(nominal.WriteLatencySeconds);
        scaled.HitEnergyJoules.ShouldBe(nominal.HitEnergyJoules);
        scaled.WriteEnergyJoules.ShouldBe(nominal.WriteEnergyJoules);
        scaled.AreaSquareMeters.ShouldBe(nominal.AreaSquareMeters);
    }

    [Fact]
    public void An_mram_caches_periphery_leakage_scales_but_its_sense_converters_own_leakage_does_not()
    {
        // The current-sense converter's leakage is a circuit figure (NVSim's HSPICE value or the cell's
        // read.sense_leakage), not the node's transistors: the total grows, but by less than the factor.
        var nominal = At(Cells.Stt, 1);
        var scaled = At(Cells.Stt, 4);
        scaled.LeakageWatts.ShouldBeGreaterThan(nominal.LeakageWatts * 1.5);
        scaled.LeakageWatts.ShouldBeLessThan(nominal.LeakageWatts * 4);
        scaled.HitEnergyJoules.ShouldBe(nominal.HitEnergyJoules);
        scaled.AreaSquareMeters.ShouldBe(nominal.AreaSquareMeters);
    }

    [Fact]
    public void A_non_positive_leakage_scale_is_refused()
    {
        var result = CacheModel.Characterize(Cells.Cache(1), Cells.Sram, Cells.Node(16) with { LeakageScale = 0 });
        result.Succeeded.ShouldBeFalse();
        string.Join("; ", result.Diagnostics).ShouldContain("leakage scale");
    }
}
