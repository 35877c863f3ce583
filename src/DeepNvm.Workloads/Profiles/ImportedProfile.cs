using System.Collections.Generic;

namespace DeepNvm.Workloads.Profiles;

/// <summary>The profiler CSV layouts the importer reads (profilers.md §3a).</summary>
public enum ProfileFormat
{
    /// <summary><c>nvprof --csv --metrics …</c>: one row per (kernel, metric) with Min/Max/Avg over invocations.</summary>
    NvprofSummary,
    /// <summary><c>nvprof --csv --print-gpu-trace [--metrics …]</c>: one row per launch, a units row after the header.</summary>
    NvprofTrace,
    /// <summary><c>ncu --csv</c> (details page): one row per (launch, metric), unit in its own column.</summary>
    NsightComputeDetails,
    /// <summary><c>ncu --csv --page raw</c>: one column per metric, a units row, one row per launch.</summary>
    NsightComputeRaw,
}

/// <summary>How to read a profile.</summary>
public sealed record ProfileImportOptions
{
    /// <summary>The L2 counter family to use; null picks all-clients counters when the file has them,
    /// otherwise the L1/TEX ones.</summary>
    public MetricFamily? Family { get; init; }

    /// <summary>For Nsight Compute's all-clients family, require <c>lts__t_sectors_op_atom.sum</c> and
    /// <c>lts__t_sectors_op_red.sum</c> (added to reads and writes to match nvprof). Default true; when
    /// false, missing atomics/reductions count as zero.</summary>
    public bool RequireAtomicsAndReductions { get; init; } = true;

    public static ProfileImportOptions Default { get; } = new();
}

/// <summary>A profile read into canonical per-kernel records.</summary>
public sealed class ImportedProfile
{
    internal ImportedProfile(string path, ProfileFormat format, MetricFamily family, IReadOnlyList<KernelRecord> kernels)
    {
        Path = path;
        Format = format;
        Family = family;
        Kernels = kernels;
        long launches = 0;
        double l2r = 0, l2w = 0, dr = 0, dw = 0, ns = 0;
        var timed = kernels.Count > 0;
        foreach (var k in kernels)
        {
            launches += k.Invocations;
            l2r += k.L2ReadSectors;
            l2w += k.L2WriteSectors;
            dr += k.DramReadSectors;
            dw += k.DramWriteSectors;
            if (k.DurationNs is { } d)
            {
                ns += d;
            }
            else
            {
                timed = false;
            }
        }
        Totals = new WorkloadTraffic
        {
            Kernels = launches,
            L2ReadSectors = l2r,
            L2WriteSectors = l2w,
            DramReadSectors = dr,
            DramWriteSectors = dw,
            DurationSeconds = timed ? ns * 1e-9 : null,
            Family = family,
        };
    }

    public string Path { get; }
    public ProfileFormat Format { get; }
    public MetricFamily Family { get; }
    /// <summary>One record per distinct kernel name, in order of first appearance.</summary>
    public IReadOnlyList<KernelRecord> Kernels { get; }
    /// <summary>Sums over all kernels (duration null unless every kernel has one).</summary>
    public WorkloadTraffic Totals { get; }
}
