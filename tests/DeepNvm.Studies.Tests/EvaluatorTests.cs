using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies.Tests;

public class EvaluatorTests
{
    private static readonly CacheParameters Cache = new() { Name = "L2", CapacityBytes = 1 << 20, LineBytes = 128, SectorBytes = 32 };

    private static readonly CacheCharacteristics Chars = new()
    {
        HitLatencySeconds = 2e-9,
        WriteLatencySeconds = 10e-9,
        HitEnergyJoules = 1e-9,
        WriteEnergyJoules = 2e-9,
        LeakageWatts = 0.5,
        AreaSquareMeters = 1e-6,
        Data = new ArrayCharacteristics(default!, 1e-9, 1e-9, 0.8e-9, 1.6e-9, 0.4, 0.9e-6, 1e-3, 1e-3),
    };

    private static readonly GpuParameters Gpu = new() { Name = "G", Dram = new DramParameters { EnergyJoulesPerBit = 10e-12 } };

    private static readonly WorkloadTraffic Traffic = new()
    {
        L2ReadSectors = 1000, L2WriteSectors = 100, DramReadSectors = 50, DramWriteSectors = 10, DurationSeconds = 1e-3,
    };

    [Fact]
    public void Default_settings_follow_the_documented_equations()
    {
        var e = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic, "W", EvaluationSettings.Default);

        // tag energy in full, data-array energy scaled by 32 B / 128 B
        e.SectorReadEnergy.ShouldBe(0.2e-9 + 0.8e-9 / 4, 1e-21);
        e.SectorWriteEnergy.ShouldBe(0.4e-9 + 1.6e-9 / 4, 1e-21);
        e.DynamicEnergy.ShouldBe(1000 * 0.4e-9 + 100 * 0.8e-9, 1e-18);
        e.LeakageEnergy.ShouldBe(0.5 * 1e-3, 1e-15);
        e.AccessLatency.ShouldBe(1000 * 2e-9 + 100 * 10e-9, 1e-18);
        e.Delay.ShouldBe(e.AccessLatency);
        e.DramEnergy.ShouldBe(60 * 32 * 8 * 10e-12, 1e-18);
        e.Energy.ShouldBe(e.DynamicEnergy + e.LeakageEnergy);
        e.Edp.ShouldBe(e.Energy * e.Delay);
        e.AreaSquareMeters.ShouldBe(1e-6);
    }

    [Fact]
    public void Every_setting_changes_what_it_says()
    {
        var runTime = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic, "W", new EvaluationSettings { Delay = DelayDefinition.RunTime });
        runTime.Delay.ShouldBe(1e-3);

        var leakOnDelay = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic, "W", new EvaluationSettings { LeakageTime = LeakageTimeBase.Delay });
        leakOnDelay.LeakageEnergy.ShouldBe(0.5 * leakOnDelay.AccessLatency, 1e-18);

        var dram = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic, "W", new EvaluationSettings { IncludeDramEnergy = true });
        dram.Energy.ShouldBe(dram.DynamicEnergy + dram.LeakageEnergy + dram.DramEnergy, 1e-18);

        Evaluator.SectorEnergy(1e-9, 0.8e-9, Cache, SectorEnergyMapping.WholeAccess).ShouldBe(1e-9);
        Evaluator.SectorEnergy(1e-9, 0.8e-9, Cache, SectorEnergyMapping.ScaleAll).ShouldBe(0.25e-9, 1e-21);
        Evaluator.SectorEnergy(1e-9, null, Cache, SectorEnergyMapping.ScaleDataArray).ShouldBe(0.25e-9, 1e-21);
    }

    [Fact]
    public void Without_a_run_time_leakage_falls_back_to_the_delay()
    {
        var e = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic with { DurationSeconds = null }, "W", EvaluationSettings.Default);
        e.LeakageEnergy.ShouldBe(0.5 * e.AccessLatency, 1e-18);
        var r = Evaluator.Evaluate("T", Cache, Chars, Gpu, Traffic with { DurationSeconds = null }, "W", new EvaluationSettings { Delay = DelayDefinition.RunTime });
        r.Delay.ShouldBe(r.AccessLatency);
    }

    [Fact]
    public void A_word_as_wide_as_the_sector_is_not_scaled()
    {
        var sectorWide = Cache with { AccessBits = 256 };
        Evaluator.SectorEnergy(1e-9, 0.8e-9, sectorWide, SectorEnergyMapping.ScaleAll).ShouldBe(1e-9);
    }

    [Theory]
    [InlineData(double.PositiveInfinity)]
    [InlineData(1e308)]
    public void An_evaluation_that_is_not_finite_stops_the_study_instead_of_reaching_a_report(double sectors)
    {
        // issue 14, item 4: two profile rows of 1e308 became ∞ sectors, and the report said "Infinity" with exit code 0
        var traffic = Traffic with { L2ReadSectors = sectors, L2WriteSectors = sectors };

        var error = Should.Throw<StudyException>(() => Evaluator.Evaluate("T", Cache, Chars, Gpu, traffic, "W", EvaluationSettings.Default));

        error.Message.ShouldContain("workload 'W'");
        error.Message.ShouldContain("not a finite number");
    }
}
