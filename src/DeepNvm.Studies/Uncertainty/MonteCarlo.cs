using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Model;
using MathNet.Numerics.Statistics;

namespace DeepNvm.Studies.Uncertainty;

/// <summary>What a Monte Carlo run draws: how many samples, from which seed, on how many threads
/// (null: every core; the result does not depend on it), with which evaluation settings.</summary>
public sealed record MonteCarloOptions(int Samples, ulong Seed)
{
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The evaluation settings for the bound study; null: the study's own.</summary>
    public Func<StudyParameters, EvaluationSettings>? Settings { get; init; }
}

/// <summary>
/// Monte Carlo over a study's uncertain inputs (docs/model-evaluation.md, "Monte Carlo"). Sample <c>s</c>
/// sets input <c>i</c> to <c>Quantile(u)</c> of its distribution, <c>u = SampleStream.Uniform(seed, s, i)</c>:
/// the inputs are drawn jointly and independently, and every draw is a pure function of (seed, s, i).
/// Samples are evaluated in parallel through one <see cref="StudyUnderInputs"/> (so unchanged caches are
/// characterized once) and reduced in sample order, so a seed gives the same result on any core count.
/// </summary>
public static class MonteCarlo
{
    /// <summary>The percentile estimator: Hyndman and Fan's definition 7 (linear interpolation between the
    /// order statistics at (n − 1)·p; R's and NumPy's default), as MathNet.Numerics computes it.</summary>
    public const QuantileDefinition QuantileDefinition = MathNet.Numerics.Statistics.QuantileDefinition.R7;

    /// <summary>Runs the nominal study and <see cref="MonteCarloOptions.Samples"/> samples of it.</summary>
    /// <exception cref="StudyException">The nominal study cannot be evaluated.</exception>
    public static MonteCarloResult Run(StudyUnderInputs evaluator, string study, IReadOnlyList<UncertainInput> inputs, MonteCarloOptions options,
        IProgress<MonteCarloProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Samples < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Samples, "at least one sample");
        }

        var nominal = evaluator.Evaluate(study, Array.Empty<InputOverride>(), options.Settings);
        if (nominal.Result is null)
        {
            throw new StudyException(nominal.Reason);
        }

        var distributions = inputs.Select(i => i.ToDistribution()).ToArray();
        var slots = HeadlineMetrics.Of(nominal.Result).ToArray();
        var values = new double[options.Samples][];
        var failures = new string?[options.Samples];
        var done = 0;
        var failed = 0;
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.For(0, options.Samples, parallel, s =>
        {
            var drawn = Draw(distributions, options.Seed, s);
            var evaluation = evaluator.Evaluate(study, inputs.Select((input, i) => input.Override(drawn[i])).ToArray(), options.Settings);
            if (evaluation.Result is { } result)
            {
                var metrics = HeadlineMetrics.Of(result).ToArray();
                if (metrics.Length != slots.Length || metrics.Any(m => double.IsNaN(m.Value) || double.IsInfinity(m.Value)))
                {
                    failures[s] = "the study gave a non-finite headline ratio";
                }
                else
                {
                    values[s] = metrics.Select(m => m.Value).ToArray();
                }
            }
            else
            {
                failures[s] = evaluation.Reason;
            }

            if (failures[s] is not null)
            {
                Interlocked.Increment(ref failed);
            }

            progress?.Report(new MonteCarloProgress(Interlocked.Increment(ref done), options.Samples, Volatile.Read(ref failed)));
        });

        var sampleFailures = Enumerable.Range(0, options.Samples).Where(s => failures[s] is not null)
            .Select(s => new SampleFailure(s, failures[s]!, Draw(distributions, options.Seed, s))).ToArray();
        var succeeded = values.Where(v => v is not null).ToArray();
        var sampled = Enumerable.Range(0, slots.Length).Where(k => slots[k].Slot.Scope != HeadlineMetrics.Scalability)
            .Select(k => new SampledMetric(nominal.Result.Technologies[slots[k].Slot.Technology].Name, slots[k].Slot.Scope, slots[k].Slot.Metric,
                slots[k].Value, succeeded.Select(v => v[k]).ToArray())).ToArray();
        return new MonteCarloResult(nominal.Result, inputs, options.Samples, options.Seed, sampleFailures,
            Summarize(nominal.Result, slots, succeeded)) { Distributions = sampled };
    }

    /// <summary>The values sample <paramref name="sample"/> gives the inputs (input <c>i</c> has distribution <c>distributions[i]</c>).</summary>
    public static double[] Draw(IReadOnlyList<InputDistribution> distributions, ulong seed, long sample)
    {
        var drawn = new double[distributions.Count];
        for (var i = 0; i < distributions.Count; i++)
        {
            drawn[i] = distributions[i].Quantile(SampleStream.Uniform(seed, sample, i));
        }

        return drawn;
    }

    /// <summary>The interval of one metric over the samples (NaN when no sample succeeded).</summary>
    public static MetricInterval Interval(string metric, double nominal, IReadOnlyList<double> samples)
    {
        if (samples.Count == 0)
        {
            return new MetricInterval(metric, nominal, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var sorted = samples.ToArray();
        Array.Sort(sorted);
        double Q(double p) => SortedArrayStatistics.QuantileCustom(sorted, p, QuantileDefinition);
        var better = sorted.Count(v => v > 1);
        return new MetricInterval(metric, nominal, Q(0.05), Q(0.50), Q(0.95), (double)better / sorted.Length);
    }

    private static IReadOnlyList<TechnologyUncertainty> Summarize(StudyResult nominal, (MetricSlot Slot, double Value)[] slots, double[][] samples)
    {
        var intervals = new MetricInterval[slots.Length];
        for (var k = 0; k < slots.Length; k++)
        {
            intervals[k] = Interval(slots[k].Slot.Metric, slots[k].Value, samples.Select(v => v[k]).ToArray());
        }

        ComparisonUncertainty? Comparison(int technology, string scope, int point, long capacity)
        {
            var metrics = Enumerable.Range(0, slots.Length)
                .Where(k => slots[k].Slot.Technology == technology && slots[k].Slot.Scope == scope && slots[k].Slot.Point == point)
                .Select(k => intervals[k]).ToArray();
            return metrics.Length == 0 ? null : new ComparisonUncertainty(scope, capacity, metrics);
        }

        return nominal.Technologies.Select((t, i) => new TechnologyUncertainty(t.Name,
            t.IsoCapacity is { } ic ? Comparison(i, HeadlineMetrics.IsoCapacity, 0, ic.CapacityBytes) : null,
            t.IsoArea is { } ia ? Comparison(i, HeadlineMetrics.IsoArea, 0, ia.CapacityBytes) : null,
            t.Scalability.Select((p, j) => Comparison(i, HeadlineMetrics.Scalability, j, p.CapacityBytes)!).ToArray())).ToArray();
    }
}
