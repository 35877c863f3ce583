using System;
using System.Collections.Concurrent;
using System.Linq;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies.Exploration;

/// <summary>
/// Evaluates design points: the cache characterized once per distinct cache record (the
/// <see cref="CharacterizationMemo"/>: points that differ only in the GPU share it, and so do samples that drew
/// the same cache inputs), the workload traffic once per (workload, GPU, capacity) records (each workload made
/// ready, its network lowered, once for all capacities: <see cref="TrafficMemo"/>), then the evaluation
/// equations per workload, with the workloads and constraints of the point's sample (the settings are the space's: a
/// sample does not change them). Thread-safe.
/// </summary>
public sealed class SpaceEvaluator
{
    private readonly DesignSpace _space;
    private readonly ConcurrentDictionary<(WorkloadParameters Workload, GpuParameters Gpu, long Capacity), Lazy<WorkloadTraffic>> _traffic = new();
    private readonly TrafficMemo _prepared = new();

    public SpaceEvaluator(DesignSpace space, CharacterizationMemo? memo = null)
    {
        _space = space;
        Memo = memo ?? new CharacterizationMemo();
    }

    public CharacterizationMemo Memo { get; }

    public PointResult Evaluate(DesignPoint point)
    {
        if (point.Drawn?.Failure is { } failure)
        {
            return new PointResult(point) { Reason = failure };
        }

        var space = point.Drawn?.Space ?? _space;
        var cache = point.Cache(_space.Name);
        CacheModelResult model;
        try
        {
            model = Memo.Get(cache, _space.Settings.CacheModel);
        }
        catch (ArgumentException e)
        {
            return new PointResult(point) { Reason = e.Message };
        }

        if (model.Characteristics is not { } c)
        {
            var errors = string.Join("; ", model.Diagnostics.Where(d => d.Severity == ModelSeverity.Error).Select(d => d.Message));
            return new PointResult(point) { Reason = errors.Length > 0 ? errors : "no legal organization (" + model.EliminatingConstraint + ")" };
        }

        var figures = space.Workloads.Select(w =>
        {
            var evaluation = Evaluator.Evaluate(point.Cell.Name, cache, c, point.Gpu, Traffic(w, point.Gpu, point.CapacityBytes), w.Name, _space.Settings);
            return new WorkloadFigures(w.Name, evaluation.Energy, evaluation.Delay, evaluation.Edp);
        }).ToArray();
        var result = new PointResult(point)
        {
            Cache = c,
            Workloads = figures,
            Energy = GeometricMean(figures.Select(f => f.Energy)),
            Delay = GeometricMean(figures.Select(f => f.Delay)),
            Edp = GeometricMean(figures.Select(f => f.Edp)),
        };
        var violated = space.Constraints.FirstOrDefault(k => !k.IsMetBy(result.Metric(k.Metric)));
        return violated is null ? result : result with { Violated = violated.Text };
    }

    private WorkloadTraffic Traffic(WorkloadParameters workload, GpuParameters gpu, long capacity) =>
        _traffic.GetOrAdd((workload, gpu, capacity), key => new Lazy<WorkloadTraffic>(() =>
        {
            try
            {
                return _prepared.Curve(key.Workload, key.Gpu, new[] { key.Capacity }, _space.Settings.Traffic)[0];
            }
            catch (WorkloadException e)
            {
                throw new StudyException("workload '" + key.Workload.Name + "': " + e.Message, e);
            }
        })).Value;

    /// <summary>exp(mean(ln x)); NaN when there is no value or one is not positive.</summary>
    public static double GeometricMean(System.Collections.Generic.IEnumerable<double> values)
    {
        var sum = 0.0;
        var n = 0;
        foreach (var v in values)
        {
            if (!(v > 0))
            {
                return double.NaN;
            }

            sum += Math.Log(v);
            n++;
        }

        return n == 0 ? double.NaN : Math.Exp(sum / n);
    }
}
