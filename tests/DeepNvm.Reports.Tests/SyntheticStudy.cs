using DeepNvm.Model;
using DeepNvm.Studies;

namespace DeepNvm.Reports.Tests;

/// <summary>A study result built by hand (no cache model), to test the reports alone.</summary>
internal static class SyntheticStudy
{
    private static CacheCharacteristics Cache(double scale) => new()
    {
        HitLatencySeconds = 1e-9 * scale, WriteLatencySeconds = 2e-9 * scale, HitEnergyJoules = 0.3e-9 * scale, WriteEnergyJoules = 0.4e-9 * scale,
        LeakageWatts = 0.4 / scale, AreaSquareMeters = 1e-6 / scale,
    };

    private static Evaluation Eval(string tech, string workload, long capacity, double scale) => new()
    {
        Technology = tech, Workload = workload, CapacityBytes = capacity, ReadSectors = 1e8, WriteSectors = 1e7, DramSectors = 2e7 / scale,
        ReadEnergy = 0.01 * scale, WriteEnergy = 0.002 * scale, LeakageEnergy = 0.02 / scale, DramEnergy = 0.1, AccessLatency = 0.1 * scale,
        RunTime = 0.05, Delay = 0.1 * scale, AreaSquareMeters = 1e-6 / scale, LeakageWatts = 0.4 / scale,
    };

    private static Comparison Compare(string tech, long baseCapacity, long capacity, double scale) => Comparison.Of(new[]
    {
        new WorkloadComparison("Net<A>", WorkloadPhase.Training, Eval("Sram6T", "Net<A>", baseCapacity, 1), Eval(tech, "Net<A>", capacity, scale)),
        new WorkloadComparison("Net,B", WorkloadPhase.Inference, Eval("Sram6T", "Net,B", baseCapacity, 1), Eval(tech, "Net,B", capacity, scale * 1.2)),
    });

    public static StudyResult Create()
    {
        const long c = 2816L << 10;
        var sweep = new[] { 1L << 20, 4L << 20, 16L << 20 };
        TechnologyResult Tech(string name, CellKind kind, double scale) => new(name, kind,
            new IsoCapacityResult(c, new CachePoint(c, Cache(scale)), scale, Compare(name, c, c, 1 / scale)),
            new IsoAreaResult(2 * c, 2, 0.99e-6, 1e-6, new CachePoint(2 * c, Cache(scale)), Compare(name, c, 2 * c, 1 / scale)),
            sweep.Select((s, i) => new ScalabilityPoint(s, 1e-6 / scale * (i + 1), 1e-6 * (i + 1), Compare(name, s, s, 1 / (scale * (i + 1))))).ToArray());
        return new StudyResult("Synthetic", "Gpu & Co", "Sram6T", CellKind.Sram, c, new CachePoint(c, Cache(1)), EvaluationSettings.Default,
            new[] { "Net<A>", "Net,B" }, new[] { Tech("SttMram", CellKind.Mtj, 2), Tech("SotMram", CellKind.Sot, 3) }, new[] { "warning X: <odd>" });
    }
}
