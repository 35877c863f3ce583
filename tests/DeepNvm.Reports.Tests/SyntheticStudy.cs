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

    /// <summary>A study with <paramref name="technologies"/> technologies and a sweep of
    /// <paramref name="sweepPoints"/> capacities (none: no sweep), seven workloads with long names.</summary>
    public static StudyResult Sized(int technologies, int sweepPoints)
    {
        const long c = 2816L << 10;
        var names = new[] { "AlexNet (training)", "GoogLeNet (training)", "ResNet-18 (inference)", "ResNet-50 (inference)", "SqueezeNet 1.1 (inference)", "VGG-16 (training)", "MobileNet v2 (inference)" };
        var sweep = Enumerable.Range(0, sweepPoints).Select(i => (long)Math.Round((1L << 20) * Math.Pow(2, i * 7.0 / Math.Max(1, sweepPoints - 1)) / 1024) * 1024).Distinct().ToArray();
        Comparison Many(string tech, long capacity, double scale) => Comparison.Of(names.Select((w, i) =>
            new WorkloadComparison(w, i % 2 == 0 ? WorkloadPhase.Training : WorkloadPhase.Inference, Eval("Sram6T", w, c, 1), Eval(tech, w, capacity, scale * (1 + 0.1 * i)))).ToArray());
        TechnologyResult Tech(int k)
        {
            var name = "Technology-" + (k + 1) + (k % 3 == 0 ? " MRAM (SOT, 2-terminal)" : "");
            var scale = 0.5 + 0.3 * k;
            return new TechnologyResult(name, CellKind.Mtj,
                new IsoCapacityResult(c, new CachePoint(c, Cache(1 + k * 0.2)), 1 + k * 0.2, Many(name, c, 1 / scale)),
                new IsoAreaResult((long)(c * (1 + k * 0.2)), 1 + k * 0.2, 0.99e-6, 1e-6, new CachePoint((long)(c * (1 + k * 0.2)), Cache(1 + k * 0.2)), Many(name, (long)(c * (1 + k * 0.2)), 1 / scale)),
                sweep.Select((s, i) => new ScalabilityPoint(s, 1e-6 * s / c / (1 + k * 0.2), 1e-6 * s / c, Many(name, s, Math.Pow(2, i - sweep.Length / 2.0) / scale))).ToArray());
        }

        return new StudyResult("Sized", "Gpu", "Sram6T", CellKind.Sram, c, new CachePoint(c, Cache(1)), EvaluationSettings.Default,
            names, Enumerable.Range(0, technologies).Select(Tech).ToArray(), Array.Empty<string>());
    }

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
