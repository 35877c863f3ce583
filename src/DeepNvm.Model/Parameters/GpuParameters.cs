namespace DeepNvm.Model;

/// <summary>The off-chip memory of a GPU.</summary>
public sealed record DramParameters
{
    public DramKind Kind { get; init; }
    /// <summary>Peak bandwidth, bytes per second (decimal, as vendors quote it).</summary>
    public double BandwidthBytesPerSecond { get; init; }
    /// <summary>Access energy per bit transferred, joules.</summary>
    public double EnergyJoulesPerBit { get; init; }
    /// <summary>Capacity in bytes, when given.</summary>
    public long? CapacityBytes { get; init; }
}

/// <summary>A GPU platform as declared in .nvm.</summary>
public sealed record GpuParameters
{
    public string Name { get; init; } = "";
    public TechnologyNodeParameters Node { get; init; } = new();
    public int StreamingMultiprocessors { get; init; }
    public double ClockHertz { get; init; }
    /// <summary>L2 capacity in bytes.</summary>
    public long L2CapacityBytes { get; init; }
    /// <summary>The L2's organization when the declaration names a cache; null when only a capacity is given.</summary>
    public CacheParameters? L2 { get; init; }
    /// <summary>L2 slices (one per memory-controller partition).</summary>
    public int L2Slices { get; init; } = 1;
    /// <summary>The micro-architecture, for the analytic model's per-SM throughput (Generic: Volta-like rates).</summary>
    public GpuArchitecture Architecture { get; init; } = GpuArchitecture.Generic;
    /// <summary>L2 access latency the platform tolerates, seconds; null when not given.</summary>
    public double? L2LatencyBudgetSeconds { get; init; }
    public DramParameters Dram { get; init; } = new();
}
