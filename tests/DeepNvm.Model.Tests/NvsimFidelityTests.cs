namespace DeepNvm.Model.Tests;

/// <summary>Same inputs as NVSim (22 nm HP, 350 K, 16-way, ReadEDP): area, latencies and dynamic energies within
/// 15 % of NVSim's figures, leakage within 25 %, for SRAM and STT-MRAM at 1, 4 and 16 MB (Normal mode) and
/// 4 MB (Sequential mode).</summary>
public class NvsimFidelityTests
{
    public static TheoryData<string> Cases => NvsimReference.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Area_latencies_and_energies_are_within_15_percent_and_leakage_within_25_percent_of_NVSim(string name)
    {
        var reference = NvsimReference.All().Single(c => c.Name == name);
        var ours = NvsimReference.Characterize(reference.Cfg);
        var e = reference.Expected;

        Within(ours.AreaSquareMeters * 1e6, e.AreaMm2, 0.15, "area");
        Within(ours.HitLatencySeconds * 1e9, e.HitLatencyNs, 0.15, "hit latency");
        Within(ours.MissLatencySeconds * 1e9, e.MissLatencyNs, 0.15, "miss latency");
        Within(ours.WriteLatencySeconds * 1e9, e.WriteLatencyNs, 0.15, "write latency");
        Within(ours.HitEnergyJoules * 1e9, e.HitEnergyNj, 0.15, "hit energy");
        Within(ours.MissEnergyJoules * 1e9, e.MissEnergyNj, 0.15, "miss energy");
        Within(ours.WriteEnergyJoules * 1e9, e.WriteEnergyNj, 0.15, "write energy");
        Within(ours.LeakageWatts * 1e3, e.LeakageMw, 0.25, "leakage");
    }

    [Fact]
    public void Sequential_runs_agree_with_the_published_figures_except_the_known_sram_write_latency()
    {
        // nvsim-runs.md does not record the .cfg of its Sequential runs; stock NVSim on our reconstruction gives our
        // figures exactly (the expected block). Against the published row, one figure is off by 17.5 %, documented in
        // docs/validation-cache-model.md §2.
        foreach (var reference in NvsimReference.Published())
        {
            var ours = NvsimReference.Characterize(reference.Cfg);
            var p = reference.Published!;
            var writeTolerance = reference.Name == "sram_4M_seq" ? 0.20 : 0.15;
            Within(ours.AreaSquareMeters * 1e6, p.AreaMm2, 0.15, reference.Name + " area");
            Within(ours.HitLatencySeconds * 1e9, p.HitLatencyNs, 0.15, reference.Name + " hit latency");
            Within(ours.MissLatencySeconds * 1e9, p.MissLatencyNs, 0.15, reference.Name + " miss latency");
            Within(ours.WriteLatencySeconds * 1e9, p.WriteLatencyNs, writeTolerance, reference.Name + " write latency");
            Within(ours.HitEnergyJoules * 1e9, p.HitEnergyNj, 0.15, reference.Name + " hit energy");
            Within(ours.WriteEnergyJoules * 1e9, p.WriteEnergyNj, 0.15, reference.Name + " write energy");
            Within(ours.LeakageWatts * 1e3, p.LeakageMw, 0.25, reference.Name + " leakage");
        }
    }

    [Theory]
    [InlineData(CellKind.Sram, OptimizationTarget.ReadEdp, CacheAccessMode.Normal)]
    [InlineData(CellKind.Mtj, OptimizationTarget.ReadEdp, CacheAccessMode.Normal)]
    [InlineData(CellKind.Sram, OptimizationTarget.ReadLatency, CacheAccessMode.Normal)] // many exact ties: NVSim's order decides
    [InlineData(CellKind.Mtj, OptimizationTarget.WriteEdp, CacheAccessMode.Sequential)]
    public void The_pruned_search_finds_the_exhaustive_searchs_optimum(CellKind kind, OptimizationTarget target, CacheAccessMode mode)
    {
        var cell = kind == CellKind.Sram ? Cells.Sram : Cells.Stt;
        var cache = Cells.Cache(0.25) with { Optimize = target, AccessMode = mode };
        var pruned = CacheModel.Characterize(cache, cell, Cells.Node(22)).Characteristics!;
        var exhaustive = CacheModel.Characterize(cache, cell, Cells.Node(22), new CacheModelOptions { Prune = false }).Characteristics!;
        pruned.Data!.Organization.ShouldBe(exhaustive.Data!.Organization);
        pruned.Tag!.Organization.ShouldBe(exhaustive.Tag!.Organization);
        pruned.HitEnergyJoules.ShouldBe(exhaustive.HitEnergyJoules);
        pruned.HitLatencySeconds.ShouldBe(exhaustive.HitLatencySeconds);
        pruned.CandidatesEvaluated.ShouldBeLessThan(exhaustive.CandidatesEvaluated);
    }

    private static void Within(double ours, double nvsim, double tolerance, string what)
    {
        var error = Math.Abs(ours - nvsim) / nvsim;
        error.ShouldBeLessThanOrEqualTo(tolerance, $"{what}: ours {ours:G4}, NVSim {nvsim:G4}");
    }
}
