using System.Collections.Generic;
using DeepNvm.Model;
using DeepNvm.Workloads.Analytic;

namespace DeepNvm.Workloads;

/// <summary>
/// A workload made ready on one GPU by <see cref="Traffic.Prepare"/>: the network lowered, the profile imported,
/// the counts checked. What is left for a capacity is one pass over the network's reuse list (none for counts),
/// so a caller that asks for many capacities at different times (one evaluator's Monte Carlo samples, whose
/// iso-area capacities differ) lowers the network once. Immutable and thread-safe.
/// </summary>
public sealed class PreparedTraffic
{
    private readonly AnalyticWorkload? _analytic;
    private readonly WorkloadTraffic? _measured;
    private readonly WorkloadTraffic? _atProfiled;
    private readonly WorkloadParameters? _declared;

    private PreparedTraffic(AnalyticWorkload? analytic, WorkloadTraffic? measured, WorkloadTraffic? atProfiled, WorkloadParameters? declared)
    {
        _analytic = analytic;
        _measured = measured;
        _atProfiled = atProfiled;
        _declared = declared;
    }

    internal static PreparedTraffic OfAnalytic(AnalyticWorkload analytic) => new(analytic, null, null, null);

    /// <param name="shape">The workload's network on the GPU, whose DRAM curve scales the measured DRAM traffic
    /// (<see cref="ProfileDramScaling.AnalyticShape"/>); null: the measured traffic at every capacity.</param>
    /// <param name="atProfiled">The network's traffic at the profiled GPU's own L2 capacity (with <paramref name="shape"/>).</param>
    internal static PreparedTraffic OfProfile(WorkloadTraffic measured, AnalyticWorkload? shape, WorkloadTraffic? atProfiled) =>
        new(shape, measured, atProfiled, null);

    internal static PreparedTraffic OfCounts(WorkloadParameters declared) => new(null, null, null, declared);

    /// <summary>Totals at each capacity; each capacity's totals do not depend on the others asked with it.</summary>
    public WorkloadTraffic[] Curve(IReadOnlyList<long> capacities)
    {
        var results = new WorkloadTraffic[capacities.Count];
        if (_declared is { } w)
        {
            for (var i = 0; i < capacities.Count; i++)
            {
                results[i] = Declared(w, capacities[i]);
            }

            return results;
        }

        if (_measured is null)
        {
            _analytic!.Curve(capacities, results);
            return results;
        }

        WorkloadTraffic[]? shape = null;
        if (_analytic is not null)
        {
            shape = new WorkloadTraffic[capacities.Count];
            _analytic.Curve(capacities, shape);
        }

        for (var i = 0; i < capacities.Count; i++)
        {
            var r = _measured with { L2CapacityBytes = capacities[i] };
            if (shape is not null && _atProfiled is not null)
            {
                r = r with
                {
                    DramReadSectors = _measured.DramReadSectors * Ratio(shape[i].DramReadSectors, _atProfiled.DramReadSectors),
                    DramWriteSectors = _measured.DramWriteSectors * Ratio(shape[i].DramWriteSectors, _atProfiled.DramWriteSectors),
                };
            }

            results[i] = r;
        }

        return results;
    }

    private static double Ratio(double a, double b) => b > 0 ? a / b : 1;

    private static WorkloadTraffic Declared(WorkloadParameters w, long capacity) => new()
    {
        Kernels = 0,
        L2ReadSectors = w.L2ReadSectors ?? 0,
        L2WriteSectors = w.L2WriteSectors ?? 0,
        DramReadSectors = w.DramReadSectors ?? 0,
        DramWriteSectors = w.DramWriteSectors ?? 0,
        DurationSeconds = w.DurationSeconds,
        Family = MetricFamily.Declared,
        L2CapacityBytes = capacity,
    };
}
