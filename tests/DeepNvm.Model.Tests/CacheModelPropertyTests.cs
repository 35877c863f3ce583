namespace DeepNvm.Model.Tests;

/// <summary>Physical properties every characterization must have, whatever the organization search picks.</summary>
public class CacheModelPropertyTests
{
    public static TheoryData<string> CellNames => new() { "Sram", "Stt", "Sot" };

    private static CellParameters CellNamed(string name) => name switch
    {
        "Sram" => Cells.Sram,
        "Stt" => Cells.Stt,
        _ => Cells.Sot,
    };

    [Theory]
    [MemberData(nameof(CellNames))]
    public void Area_and_leakage_grow_with_capacity(string cell)
    {
        var small = Cells.Characterize(CellNamed(cell), 1);
        var large = Cells.Characterize(CellNamed(cell), 4);
        large.AreaSquareMeters.ShouldBeGreaterThan(small.AreaSquareMeters);
        large.LeakageWatts.ShouldBeGreaterThan(small.LeakageWatts);
    }

    [Fact]
    public void Stt_writes_more_slowly_than_sram()
    {
        Cells.Characterize(Cells.Stt, 4).WriteLatencySeconds.ShouldBeGreaterThan(Cells.Characterize(Cells.Sram, 4).WriteLatencySeconds);
    }

    [Fact]
    public void Sot_writes_faster_and_with_less_energy_than_stt()
    {
        var sot = Cells.Characterize(Cells.Sot, 4);
        var stt = Cells.Characterize(Cells.Stt, 4);
        sot.WriteLatencySeconds.ShouldBeLessThan(stt.WriteLatencySeconds);
        sot.WriteEnergyJoules.ShouldBeLessThan(stt.WriteEnergyJoules);
    }

    [Theory]
    [InlineData("Stt")]
    [InlineData("Sot")]
    public void Mram_leaks_far_less_than_sram_of_the_same_capacity(string cell)
    {
        var mram = Cells.Characterize(CellNamed(cell), 4);
        var sram = Cells.Characterize(Cells.Sram, 4);
        mram.LeakageWatts.ShouldBeLessThan(sram.LeakageWatts / 3);
    }

    [Fact]
    public void A_cell_that_states_nvsims_own_sense_amplifier_figures_characterizes_exactly_as_one_that_leaves_them_out()
    {
        // At 22 nm NVSim's HSPICE current-to-voltage converter takes 1.45 ns, 150 fJ per sense and leaks 150 nW.
        var stated = Cells.Stt with { SenseDelaySeconds = 1.45e-9, SenseEnergyJoules = 150e-15, SenseLeakageWatts = 150e-9 };
        var implied = Cells.Characterize(Cells.Stt, 4);
        var explicitFigures = Cells.Characterize(stated, 4);
        explicitFigures.HitEnergyJoules.ShouldBe(implied.HitEnergyJoules);
        explicitFigures.HitLatencySeconds.ShouldBe(implied.HitLatencySeconds);
        explicitFigures.LeakageWatts.ShouldBe(implied.LeakageWatts);
    }

    [Fact]
    public void A_faster_and_cheaper_sense_amplifier_makes_mram_reads_faster_and_cheaper()
    {
        var nvsim = Cells.Characterize(Cells.Stt, 4);
        var ownCircuit = Cells.Characterize(Cells.Stt with { SenseDelaySeconds = 0.2e-9, SenseEnergyJoules = 10e-15, SenseLeakageWatts = 10e-9 }, 4);
        ownCircuit.HitLatencySeconds.ShouldBeLessThan(nvsim.HitLatencySeconds);
        ownCircuit.HitEnergyJoules.ShouldBeLessThan(nvsim.HitEnergyJoules / 2);
        ownCircuit.LeakageWatts.ShouldBeLessThan(nvsim.LeakageWatts);
    }

    [Fact]
    public void Sense_amplifier_figures_do_not_touch_a_voltage_sensed_sram()
    {
        var plain = Cells.Characterize(Cells.Sram, 1);
        var withFigures = Cells.Characterize(Cells.Sram with { SenseDelaySeconds = 0.1e-9, SenseEnergyJoules = 1e-15 }, 1);
        withFigures.HitEnergyJoules.ShouldBe(plain.HitEnergyJoules);
        withFigures.HitLatencySeconds.ShouldBe(plain.HitLatencySeconds);
    }

    [Fact]
    public void A_sliced_cache_has_the_area_and_leakage_of_all_slices_and_the_access_figures_of_one()
    {
        var one = Cells.Characterize(Cells.Sram, 1);
        var four = Cells.Characterize(Cells.Sram, 4, slices: 4);
        four.Slices.ShouldBe(4);
        four.AreaSquareMeters.ShouldBe(one.AreaSquareMeters * 4, one.AreaSquareMeters * 1e-9);
        four.LeakageWatts.ShouldBe(one.LeakageWatts * 4, one.LeakageWatts * 1e-9);
        four.HitLatencySeconds.ShouldBe(one.HitLatencySeconds);
        four.HitEnergyJoules.ShouldBe(one.HitEnergyJoules);
    }

    [Fact]
    public void A_non_power_of_two_capacity_lies_between_its_power_of_two_neighbours()
    {
        var lower = Cells.Characterize(Cells.Sram, 2);
        var odd = Cells.Characterize(Cells.Sram, 2.75);
        var upper = Cells.Characterize(Cells.Sram, 4);
        odd.AreaSquareMeters.ShouldBeInRange(lower.AreaSquareMeters, upper.AreaSquareMeters);
        odd.LeakageWatts.ShouldBeInRange(lower.LeakageWatts, upper.LeakageWatts);
        odd.Note.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(16)]
    [InlineData(7)]
    public void FinFet_nodes_characterize_and_shrink_the_cache(double nm)
    {
        var at22 = Cells.Characterize(Cells.Stt, 4, 22);
        var scaled = Cells.Characterize(Cells.Stt, 4, nm);
        scaled.AreaSquareMeters.ShouldBeLessThan(at22.AreaSquareMeters);
    }

    [Fact]
    public void Every_figure_is_finite_and_positive()
    {
        foreach (var cell in new[] { Cells.Sram, Cells.Stt, Cells.Sot })
        {
            var c = Cells.Characterize(cell, 1, 16);
            foreach (var v in new[] { c.HitLatencySeconds, c.MissLatencySeconds, c.WriteLatencySeconds, c.HitEnergyJoules, c.WriteEnergyJoules, c.LeakageWatts, c.AreaSquareMeters })
            {
                double.IsFinite(v).ShouldBeTrue();
                v.ShouldBeGreaterThan(0);
            }
        }
    }
}
