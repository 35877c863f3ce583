using System;
using System.Collections.Generic;

namespace DeepNvm.Model;

/// <summary>A study: a platform, a baseline cell, the cells to compare, the workloads and the
/// comparisons to run, with every modelling choice explicit.</summary>
public sealed record StudyParameters
{
    public string Name { get; init; } = "";
    public GpuParameters Platform { get; init; } = new();
    public CellParameters Baseline { get; init; } = new();
    public IReadOnlyList<CellParameters> Cells { get; init; } = Array.Empty<CellParameters>();
    public IReadOnlyList<WorkloadParameters> Workloads { get; init; } = Array.Empty<WorkloadParameters>();
    /// <summary>The L2 organization template; null takes the platform's.</summary>
    public CacheParameters? Cache { get; init; }
    public bool IsoCapacity { get; init; }
    public bool IsoArea { get; init; }
    /// <summary>Capacities of the scalability sweep in bytes; empty when there is no sweep.</summary>
    public IReadOnlyList<long> ScalabilityCapacities { get; init; } = Array.Empty<long>();
    public DelayDefinition Delay { get; init; } = DelayDefinition.AccessLatency;
    /// <summary>Whether DRAM access energy is added to the L2 energy in EDP.</summary>
    public bool IncludeDramEnergy { get; init; }
    /// <summary>The study's <c>expect</c> lines: results that must hold.</summary>
    public IReadOnlyList<ExpectationParameters> Expectations { get; init; } = Array.Empty<ExpectationParameters>();
    /// <summary>The study's <c>reference</c> lines: published figures to compare with.</summary>
    public IReadOnlyList<ReferenceParameters> References { get; init; } = Array.Empty<ReferenceParameters>();
    /// <summary>The scenarios the study runs under side by side (<c>scenarios = [...]</c>), by name; empty: its own inputs only.</summary>
    public IReadOnlyList<string> Scenarios { get; init; } = Array.Empty<string>();
    /// <summary>Monte Carlo samples of the uncertain inputs (<c>uncertainty { samples = N }</c>); null: none.</summary>
    public int? UncertaintySamples { get; init; }
    /// <summary>The seed of the Monte Carlo draws (<c>uncertainty { seed = K }</c>); null: the runner's default.</summary>
    public int? UncertaintySeed { get; init; }
    /// <summary>How long the cache leaks: the workload's run time (default) or the EDP's delay.</summary>
    public LeakageTimeBase LeakageTime { get; init; } = LeakageTimeBase.RunTime;
    /// <summary>How a per-access energy maps to one 32-byte sector (default: tag in full, data array scaled).</summary>
    public SectorEnergyMapping SectorEnergy { get; init; } = SectorEnergyMapping.ScaleDataArray;
    /// <summary>Whether an iso-area capacity is evaluated with that capacity's own DRAM traffic (default) or
    /// with the baseline capacity's traffic (what profiling on a fixed GPU sees).</summary>
    public bool IsoAreaOwnTraffic { get; init; } = true;
}
