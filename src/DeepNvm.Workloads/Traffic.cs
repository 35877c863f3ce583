using System;
using System.Collections.Generic;
using System.IO;
using DeepNvm.Model;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads;

/// <summary>How a profiled workload's DRAM traffic changes at an L2 capacity other than the profiled GPU's.</summary>
public enum ProfileDramScaling
{
    /// <summary>Keep the measured DRAM traffic at every capacity.</summary>
    Fixed,
    /// <summary>Scale the measured DRAM reads and writes by the analytic model's curve for the workload's
    /// <c>Network</c>: DRAM(C) = measured × analytic(C) / analytic(C_profiled). Needs a network; falls back
    /// to <see cref="Fixed"/> without one.</summary>
    AnalyticShape,
}

/// <summary>Settings of <see cref="Traffic"/>.</summary>
public sealed record TrafficOptions
{
    public AnalyticOptions Analytic { get; init; } = AnalyticOptions.Default;
    public ProfileImportOptions Import { get; init; } = ProfileImportOptions.Default;
    /// <summary>Default <see cref="ProfileDramScaling.AnalyticShape"/> (which is Fixed when the workload names no network).</summary>
    public ProfileDramScaling ProfileScaling { get; init; } = ProfileDramScaling.AnalyticShape;

    /// <summary>Networks declared in .nvm (by the front end), looked up by name before the built-in ones.</summary>
    public IReadOnlyDictionary<string, Network>? Networks { get; init; }

    public static TrafficOptions Default { get; } = new();
}

/// <summary>
/// The workload layer's entry point: a .nvm workload (profile, analytic network or declared counts) on a
/// GPU → L2 and DRAM sectors and run time at one L2 capacity, or along a capacity curve.
/// </summary>
public static class Traffic
{
    /// <summary>Totals at <paramref name="l2CapacityBytes"/>.</summary>
    public static WorkloadTraffic For(WorkloadParameters workload, GpuParameters gpu, long l2CapacityBytes, TrafficOptions? options = null)
    {
        var results = Curve(workload, gpu, new[] { l2CapacityBytes }, options);
        return results[0];
    }

    /// <summary>Totals at each capacity; the workload is imported or lowered once.</summary>
    public static WorkloadTraffic[] Curve(WorkloadParameters workload, GpuParameters gpu, IReadOnlyList<long> capacities, TrafficOptions? options = null) =>
        Prepare(workload, gpu, options).Curve(capacities);

    /// <summary>The workload made ready on <paramref name="gpu"/> (its profile imported, its network lowered), for
    /// totals at any capacity later; what <see cref="Curve"/> does before its first capacity.</summary>
    /// <exception cref="WorkloadException">The workload cannot be imported or lowered, or its counts are invalid.</exception>
    public static PreparedTraffic Prepare(WorkloadParameters workload, GpuParameters gpu, TrafficOptions? options = null)
    {
        options ??= TrafficOptions.Default;
        switch (workload.Source)
        {
            case WorkloadSource.Analytic:
                return PreparedTraffic.OfAnalytic(Analytic(workload, gpu, options));
            case WorkloadSource.Profile:
                var measured = ProfileCache.Get(ResolveProfilePath(workload), options.Import).Totals;
                if (options.ProfileScaling == ProfileDramScaling.AnalyticShape && !string.IsNullOrWhiteSpace(workload.Network))
                {
                    var analytic = Analytic(workload, gpu, options);
                    return PreparedTraffic.OfProfile(measured, analytic, analytic.At(gpu.L2CapacityBytes));
                }

                return PreparedTraffic.OfProfile(measured, null, null);
            default:
                CheckDeclared(workload);
                return PreparedTraffic.OfCounts(workload);
        }
    }

#if NET
    /// <summary>Totals at each capacity (span overload).</summary>
    public static WorkloadTraffic[] TrafficCurve(WorkloadParameters workload, GpuParameters gpu, ReadOnlySpan<long> capacities, TrafficOptions? options = null) =>
        Curve(workload, gpu, capacities.ToArray(), options);
#endif

    /// <summary>The analytic workload a .nvm declaration names.</summary>
    public static AnalyticWorkload Analytic(WorkloadParameters workload, GpuParameters gpu, TrafficOptions? options = null)
    {
        options ??= TrafficOptions.Default;
        if (string.IsNullOrWhiteSpace(workload.Network))
        {
            throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload, "workload '" + workload.Name + "' names no network");
        }
        if (options.Networks is not null && options.Networks.TryGetValue(workload.Network!, out var declared))
        {
            return AnalyticWorkload.Create(declared, workload.Phase, workload.Batch, workload.Precision, gpu, options.Analytic);
        }
        return AnalyticWorkload.Create(workload.Network!, workload.Phase, workload.Batch, workload.Precision, gpu, options.Analytic);
    }

    /// <summary>The profile file a workload references, resolved against its declaring file's directory.</summary>
    public static string ResolveProfilePath(WorkloadParameters workload)
    {
        if (string.IsNullOrWhiteSpace(workload.ProfilePath))
        {
            throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload, "workload '" + workload.Name + "' has no profile path");
        }
        var path = workload.ProfilePath!;
        return Path.IsPathRooted(path) || string.IsNullOrEmpty(workload.BaseDirectory) ? path : Path.Combine(workload.BaseDirectory!, path);
    }

    private static void CheckDeclared(WorkloadParameters w)
    {
        foreach (var (name, value) in new[] { ("L2 reads", w.L2ReadSectors), ("L2 writes", w.L2WriteSectors), ("DRAM reads", w.DramReadSectors), ("DRAM writes", w.DramWriteSectors), ("duration", w.DurationSeconds) })
        {
            if (value is { } v && (v < 0 || double.IsNaN(v) || double.IsInfinity(v)))
            {
                throw new WorkloadException(WorkloadDiagnosticIds.InvalidValue, "workload '" + w.Name + "': " + name + " must be a non-negative number");
            }
        }
    }
}

/// <summary>Imported profiles by path, file time and size: a study asks for the same profile at many capacities.</summary>
internal static class ProfileCache
{
    private static readonly object Gate = new();
    private static readonly Dictionary<string, (DateTime Time, long Length, ProfileImportOptions Options, ImportedProfile Profile)> Entries = new(StringComparer.Ordinal);

    public static ImportedProfile Get(string path, ProfileImportOptions options)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        var time = info.Exists ? info.LastWriteTimeUtc : default;
        var length = info.Exists ? info.Length : -1;
        lock (Gate)
        {
            if (Entries.TryGetValue(full, out var e) && e.Time == time && e.Length == length && e.Options.Equals(options))
            {
                return e.Profile;
            }
        }
        var profile = ProfileImporter.Import(path, options);
        lock (Gate)
        {
            if (Entries.Count >= 32)
            {
                Entries.Clear();
            }
            Entries[full] = (time, length, options, profile);
        }
        return profile;
    }
}
