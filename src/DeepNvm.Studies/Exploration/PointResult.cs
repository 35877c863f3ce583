using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Model;

namespace DeepNvm.Studies.Exploration;

/// <summary>One workload's figures at one design point: energy (J), delay (s), EDP (J·s).</summary>
public sealed record WorkloadFigures(string Workload, double Energy, double Delay, double Edp);

/// <summary>
/// One design point evaluated. <see cref="Legal"/> is false when the model found no legal organization
/// (<see cref="Reason"/> says why); such points are kept, not dropped. <see cref="Admissible"/>: legal
/// and meeting every constraint (<see cref="Violated"/> names the first one it misses).
/// </summary>
public sealed record PointResult(DesignPoint Point)
{
    public bool Legal => Cache is not null;
    public string Reason { get; init; } = "";
    public CacheCharacteristics? Cache { get; init; }
    public IReadOnlyList<WorkloadFigures> Workloads { get; init; } = Array.Empty<WorkloadFigures>();
    /// <summary>Geometric means over the workloads.</summary>
    public double Energy { get; init; } = double.NaN;
    public double Delay { get; init; } = double.NaN;
    public double Edp { get; init; } = double.NaN;
    public string Violated { get; init; } = "";
    public bool Admissible => Legal && Violated.Length == 0;

    /// <summary>Each figure of merit a space's <c>where</c> and <c>minimize</c> lines can name (the language's
    /// <c>NvmSchema.SpaceMetrics</c>; a test ties the two lists): its .nvm name, its results column (the column of the Parquet
    /// rows of <c>deepnvm explore</c> and the axis of a front chart; the suffix is the SI unit) and its value at a legal point.</summary>
    private static readonly (string Name, string Column, Func<PointResult, CacheCharacteristics, double> Value)[] Figures =
    {
        ("area", "area_m2", (_, c) => c.AreaSquareMeters),
        ("read_latency", "read_latency_s", (_, c) => c.HitLatencySeconds),
        ("write_latency", "write_latency_s", (_, c) => c.WriteLatencySeconds),
        ("read_energy", "read_energy_j", (_, c) => c.HitEnergyJoules),
        ("write_energy", "write_energy_j", (_, c) => c.WriteEnergyJoules),
        ("leakage", "leakage_w", (_, c) => c.LeakageWatts),
        ("energy", "energy_j", (p, _) => p.Energy),
        ("delay", "delay_s", (p, _) => p.Delay),
        ("edp", "edp_js", (p, _) => p.Edp),
    };

    private static readonly Dictionary<string, Func<PointResult, CacheCharacteristics, double>> Values = Figures.ToDictionary(f => f.Name, f => f.Value);

    /// <summary>The results column of each figure of merit, by its .nvm name, in the order above.</summary>
    public static IReadOnlyDictionary<string, string> MetricColumns { get; } = Figures.ToDictionary(f => f.Name, f => f.Column);

    /// <summary>A figure of merit by its .nvm name (NaN for an illegal point).</summary>
    public double Metric(string name) => Cache is not { } c ? double.NaN
        : Values.TryGetValue(name, out var value) ? value(this, c)
        : throw new ArgumentException("unknown figure of merit '" + name + "'", nameof(name));
}
