namespace DeepNvm.Workloads;

/// <summary>A workload's totals at one L2 capacity, in 32-byte sectors, with its run time.</summary>
public sealed record WorkloadTraffic
{
    /// <summary>Kernel launches (sum of invocations).</summary>
    public long Kernels { get; init; }
    public double L2ReadSectors { get; init; }
    public double L2WriteSectors { get; init; }
    public double DramReadSectors { get; init; }
    public double DramWriteSectors { get; init; }
    /// <summary>Run time in seconds; null when the source carries none (an nvprof metrics summary).</summary>
    public double? DurationSeconds { get; init; }
    public MetricFamily Family { get; init; }
    /// <summary>The L2 capacity these counts are for, bytes (0 when not known).</summary>
    public long L2CapacityBytes { get; init; }

    /// <summary>Bytes per sector, as the profilers count them.</summary>
    public const double SectorBytes = 32;
}
