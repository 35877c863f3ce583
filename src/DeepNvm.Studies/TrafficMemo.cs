using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>
/// Workloads made ready once for all the studies one <see cref="StudyUnderInputs"/> evaluates (Monte Carlo
/// samples, sensitivity sweeps, break-even searches). The example's samples change cells and the node, not the
/// workloads, so without this every sample lowered every network again (about 30 % of a sample's CPU when no cache
/// had to be searched). Each capacity is still evaluated per study, in one pass over the network's reuse list: the
/// iso-area capacities differ from sample to sample. Keyed on the workload record (an input that reaches a workload
/// gives a new key), the traffic options, and the platform without the two members the workload layer never reads:
/// its node (a sampled leakage scale changes it every sample) and its L2 organization (<see cref="TrafficPlatform"/>;
/// a test holds the workload layer to that). Profile files are read once per memo: an evaluator lives for one
/// command. Thread-safe.
/// </summary>
public sealed class TrafficMemo
{
    private readonly ConcurrentDictionary<(WorkloadParameters Workload, GpuParameters Platform, TrafficOptions Options), Lazy<PreparedTraffic>> _prepared = new();
    private int _prepares;
    private int _requests;

    /// <summary>Workloads the workload layer made ready (lowered, imported or checked).</summary>
    public int Prepared => Volatile.Read(ref _prepares);

    /// <summary>Requests answered with a workload made ready before.</summary>
    public int Reused => Volatile.Read(ref _requests) - Prepared;

    /// <summary><see cref="Traffic.Curve"/> of <paramref name="workload"/> on <paramref name="gpu"/>, the workload made ready once.</summary>
    /// <exception cref="WorkloadException">The workload cannot be lowered or imported (asked again, it fails again the same way).</exception>
    public WorkloadTraffic[] Curve(WorkloadParameters workload, GpuParameters gpu, IReadOnlyList<long> capacities, TrafficOptions options)
    {
        Interlocked.Increment(ref _requests);
        var prepared = _prepared.GetOrAdd((workload, TrafficPlatform(gpu), options), _ => new Lazy<PreparedTraffic>(() =>
        {
            Interlocked.Increment(ref _prepares);
            return Traffic.Prepare(workload, gpu, options);
        }));
        return prepared.Value.Curve(capacities);
    }

    /// <summary>The platform as the workload layer sees it: without its node and L2 organization, which it never reads.</summary>
    public static GpuParameters TrafficPlatform(GpuParameters gpu) => gpu with { Node = BlankNode, L2 = null };

    private static readonly TechnologyNodeParameters BlankNode = new();
}
