using System;
using System.Collections.Generic;
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

    /// <summary>The results column of each figure of merit, by its .nvm name: the column of the Parquet rows
    /// (<c>deepnvm explore</c>) and the axis of a front chart; the suffix is the SI unit.</summary>
    public static IReadOnlyDictionary<string, string> MetricColumns { get; } = new Dictionary<string, string>
    {
        ["area"] = "area_m2",
        ["read_latency"] = "read_latency_s",
        ["write_latency"] = "write_latency_s",
        ["read_energy"] = "read_energy_j",
        ["write_energy"] = "write_energy_j",
        ["leakage"] = "leakage_w",
        ["energy"] = "energy_j",
        ["delay"] = "delay_s",
        ["edp"] = "edp_js",
    };

    /// <summary>A figure of merit by its .nvm name (NaN for an illegal point).</summary>
    public double Metric(string name) => Cache is not { } c ? double.NaN : name switch
    {
        "area" => c.AreaSquareMeters,
        "read_latency" => c.HitLatencySeconds,
        "write_latency" => c.WriteLatencySeconds,
        "read_energy" => c.HitEnergyJoules,
        "write_energy" => c.WriteEnergyJoules,
        "leakage" => c.LeakageWatts,
        "energy" => Energy,
        "delay" => Delay,
        "edp" => Edp,
        _ => throw new ArgumentException("unknown figure of merit '" + name + "'", nameof(name)),
    };
}
