using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>Runs a study: iso-capacity, iso-area and scalability comparisons of every cell against the
/// baseline over the study's workloads (docs/model-evaluation.md §2).</summary>
public static class StudyRunner
{
    /// <param name="memo">Where characterizations are kept across runs (Monte Carlo, sensitivity); null: the process-wide memo.</param>
    /// <param name="traffic">Workloads made ready once for every run of one evaluator; null: each run lowers its own.</param>
    public static StudyResult Run(StudyParameters study, EvaluationSettings? settings = null, IProgress<StudyProgress>? progress = null,
        CharacterizationMemo? memo = null, TrafficMemo? traffic = null)
    {
        return Unwrapped(() => RunCore(study, settings, progress, memo, traffic));
    }

    /// <summary>An exception raised on a worker thread surfaces as itself, not inside an AggregateException, and
    /// keeps the worker's stack (rethrown through <see cref="ExceptionDispatchInfo"/>): a study error first, else
    /// the first other exception, which is a bug to be reported with its type and stack.</summary>
    private static T Unwrapped<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (AggregateException e)
        {
            var inner = e.Flatten().InnerExceptions;
            var first = inner.FirstOrDefault(x => x is StudyException) ?? inner.FirstOrDefault();
            if (first is null)
            {
                throw;
            }

            ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }
    }

    private static StudyResult RunCore(StudyParameters study, EvaluationSettings? settings, IProgress<StudyProgress>? progress,
        CharacterizationMemo? memo, TrafficMemo? trafficMemo)
    {
        if (study is null)
        {
            throw new ArgumentNullException(nameof(study));
        }

        settings ??= EvaluationSettings.For(study);
        var gpu = study.Platform;
        var template = Template(study, settings);
        var node = template.Node ?? gpu.Node;
        var caches = new Characterizations(template, node, settings.CacheModel, memo);
        var baseCapacity = template.CapacityBytes;
        var cells = study.Cells.ToArray();
        var workloads = study.Workloads.ToArray();
        var sweep = study.ScalabilityCapacities.ToArray();
        var capacities = new List<long> { baseCapacity };
        capacities.AddRange(sweep.Where(c => c != baseCapacity).Distinct());

        var total = (cells.Length + 1) * capacities.Count + workloads.Length + (study.IsoArea ? 2 * cells.Length : 0);
        var done = 0;
        void Step(string what) => progress?.Report(new StudyProgress(System.Threading.Interlocked.Increment(ref done), total, what));

        // 1. Caches: every technology at the baseline capacity and the sweep's capacities.
        var technologies = new[] { study.Baseline }.Concat(cells).ToArray();
        var jobs = technologies.SelectMany(t => capacities.Select(c => (Cell: t, Capacity: c))).ToArray();
        Parallel.ForEach(jobs, job =>
        {
            caches.Get(job.Cell, job.Capacity);
            Step(job.Cell.Name + " at " + job.Capacity + " B");
        });

        // 2. Iso-area capacities on each technology's area curve.
        var baseArea = caches.Get(study.Baseline, baseCapacity).AreaSquareMeters;
        var isoAreaCapacity = new long[cells.Length];
        if (study.IsoArea)
        {
            Parallel.For(0, cells.Length, i =>
            {
                isoAreaCapacity[i] = IsoAreaSearch.Find(c => caches.Get(cells[i], c).AreaSquareMeters, baseArea, baseCapacity, caches.Granularity);
                Step("iso-area " + cells[i].Name);
            });
        }

        // 3. Traffic of every workload at every capacity needed (one lowering per workload).
        var trafficCapacities = capacities.Concat(isoAreaCapacity.Where(c => c > 0)).Distinct().ToArray();
        var traffic = TrafficAt(workloads, gpu, trafficCapacities, settings, w => Step("traffic " + w.Name), trafficMemo);

        Evaluation Eval(CellParameters cell, long capacity, int w, long trafficCapacity) =>
            Evaluator.Evaluate(cell.Name, caches.CacheAt(cell, capacity), caches.Get(cell, capacity), gpu, traffic[w][trafficCapacity],
                workloads[w].Name, settings);

        Comparison Compare(CellParameters cell, long baselineCapacity, long capacity, long trafficCapacity) =>
            Comparison.Of(Enumerable.Range(0, workloads.Length).Select(w => new WorkloadComparison(workloads[w].Name, workloads[w].Phase,
                Eval(study.Baseline, baselineCapacity, w, baselineCapacity), Eval(cell, capacity, w, trafficCapacity))).ToArray());

        // 4. Comparisons.
        var results = new TechnologyResult[cells.Length];
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = cells[i];
            IsoCapacityResult? isoCapacity = null;
            if (study.IsoCapacity)
            {
                var c = caches.Get(cell, baseCapacity);
                isoCapacity = new IsoCapacityResult(baseCapacity, new CachePoint(baseCapacity, c), baseArea / c.AreaSquareMeters,
                    Compare(cell, baseCapacity, baseCapacity, baseCapacity));
            }

            IsoAreaResult? isoArea = null;
            if (study.IsoArea)
            {
                var capacity = isoAreaCapacity[i];
                var c = caches.Get(cell, capacity);
                isoArea = new IsoAreaResult(capacity, (double)capacity / baseCapacity, c.AreaSquareMeters, baseArea, new CachePoint(capacity, c),
                    Compare(cell, baseCapacity, capacity, settings.IsoAreaOwnTraffic ? capacity : baseCapacity));
            }

            var scalability = sweep.Select(capacity => new ScalabilityPoint(capacity, caches.Get(cell, capacity).AreaSquareMeters,
                caches.Get(study.Baseline, capacity).AreaSquareMeters, Compare(cell, capacity, capacity, capacity))).ToArray();
            results[i] = new TechnologyResult(cell.Name, cell.Kind, isoCapacity, isoArea, scalability);
        }

        return new StudyResult(study.Name, gpu.Name, study.Baseline.Name, study.Baseline.Kind, baseCapacity,
            new CachePoint(baseCapacity, caches.Get(study.Baseline, baseCapacity)), settings, workloads.Select(w => w.Name).ToArray(), results,
            caches.Warnings())
        {
            Characterizations = caches.Count,
            Slices = template.Slices,
            Node = node,
        };
    }

    /// <summary>Every cell × workload evaluated at one capacity of the study's cache (`deepnvm eval`).</summary>
    public static IReadOnlyList<Evaluation> Evaluate(StudyParameters study, IReadOnlyList<CellParameters> cells, IReadOnlyList<WorkloadParameters> workloads,
        long capacityBytes, EvaluationSettings? settings = null)
    {
        var s = settings ?? EvaluationSettings.For(study);
        return Unwrapped(() => EvaluateCore(study, cells, workloads, capacityBytes, s));
    }

    private static IReadOnlyList<Evaluation> EvaluateCore(StudyParameters study, IReadOnlyList<CellParameters> cells, IReadOnlyList<WorkloadParameters> workloads,
        long capacityBytes, EvaluationSettings settings)
    {
        var template = Template(study, settings);
        var caches = new Characterizations(template, template.Node ?? study.Platform.Node, settings.CacheModel);
        Parallel.ForEach(cells, cell => caches.Get(cell, capacityBytes));
        var traffic = TrafficAt(workloads.ToArray(), study.Platform, new[] { capacityBytes }, settings, null, null);
        return cells.SelectMany(cell => workloads.Select((w, i) => Evaluator.Evaluate(cell.Name, caches.CacheAt(cell, capacityBytes),
            caches.Get(cell, capacityBytes), study.Platform, traffic[i][capacityBytes], w.Name, settings))).ToArray();
    }

    /// <summary>Each workload's traffic at each capacity, one lowering (or import) per workload, in parallel; with a
    /// memo, none for a workload it has made ready before.</summary>
    private static Dictionary<long, WorkloadTraffic>[] TrafficAt(WorkloadParameters[] workloads, GpuParameters gpu, long[] capacities,
        EvaluationSettings settings, Action<WorkloadParameters>? done, TrafficMemo? memo)
    {
        var traffic = new Dictionary<long, WorkloadTraffic>[workloads.Length];
        Parallel.For(0, workloads.Length, i =>
        {
            WorkloadTraffic[] curve;
            try
            {
                curve = memo is null ? Traffic.Curve(workloads[i], gpu, capacities, settings.Traffic)
                    : memo.Curve(workloads[i], gpu, capacities, settings.Traffic);
            }
            catch (WorkloadException e)
            {
                throw new StudyException("workload '" + workloads[i].Name + "': " + e.Message, e);
            }

            var map = new Dictionary<long, WorkloadTraffic>();
            for (var k = 0; k < capacities.Length; k++)
            {
                map[capacities[k]] = curve[k];
            }

            traffic[i] = map;
            done?.Invoke(workloads[i]);
        });
        return traffic;
    }

    /// <summary>The L2 the study compares: its cache template, or the platform's L2, with the platform's
    /// node where the template has none. Slices: the settings' override, else the cache declaration's
    /// (default 1: one bank, as NVSim and DeepNVM++ model the L2); the platform's <c>l2_slices</c> only
    /// when the platform gives a bare capacity and the study no cache.</summary>
    public static CacheParameters Template(StudyParameters study, EvaluationSettings? settings = null)
    {
        var gpu = study.Platform;
        var template = study.Cache ?? gpu.L2 ?? new CacheParameters { Name = gpu.Name + "L2", CapacityBytes = gpu.L2CapacityBytes };
        if (template.CapacityBytes <= 0)
        {
            template = template with { CapacityBytes = gpu.L2CapacityBytes };
        }

        return template with
        {
            Node = template.Node ?? gpu.Node,
            Slices = settings?.Slices ?? (study.Cache is null && gpu.L2 is null ? Math.Max(1, gpu.L2Slices) : Math.Max(1, template.Slices)),
        };
    }
}
