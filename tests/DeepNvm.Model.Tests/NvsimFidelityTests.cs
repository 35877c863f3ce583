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

    private static void Within(double ours, double nvsim, double tolerance, string what)
    {
        var error = Math.Abs(ours - nvsim) / nvsim;
        error.ShouldBeLessThanOrEqualTo(tolerance, $"{what}: ours {ours:G4}, NVSim {nvsim:G4}");
    }
}
