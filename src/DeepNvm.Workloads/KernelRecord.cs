namespace DeepNvm.Workloads;

/// <summary>The canonical per-kernel record: one per distinct kernel name, summed over its launches.
/// Counts are 32-byte sectors; the duration is the sum over launches in nanoseconds (null when the
/// profile carries no time, e.g. an nvprof metrics summary).</summary>
public sealed record KernelRecord(
    string Name,
    long Invocations,
    double L2ReadSectors,
    double L2WriteSectors,
    double DramReadSectors,
    double DramWriteSectors,
    double? DurationNs,
    MetricFamily Family);
