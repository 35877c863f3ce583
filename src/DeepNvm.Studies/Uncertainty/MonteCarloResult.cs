using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;

namespace DeepNvm.Studies.Uncertainty;

/// <summary>One headline ratio over the samples: its nominal value, its 5th, 50th and 95th percentiles
/// (<see cref="MonteCarlo.QuantileDefinition"/>), and the fraction of samples in which it exceeds 1.</summary>
public sealed record MetricInterval(string Metric, double Nominal, double P05, double P50, double P95, double ProbabilityBetter);

/// <summary>The intervals of one comparison of one technology (iso-capacity, iso-area or one scalability
/// point at <see cref="CapacityBytes"/>).</summary>
public sealed record ComparisonUncertainty(string Scope, long CapacityBytes, IReadOnlyList<MetricInterval> Metrics)
{
    public MetricInterval? Find(string metric) => Metrics.FirstOrDefault(m => m.Metric == metric);

    /// <summary>The probability that the technology beats the baseline: that its EDP reduction exceeds 1.</summary>
    public double ProbabilityBetter => Find(HeadlineMetrics.Edp)?.ProbabilityBetter ?? double.NaN;
}

/// <summary>A technology's intervals, comparison by comparison.</summary>
public sealed record TechnologyUncertainty(string Name, ComparisonUncertainty? IsoCapacity, ComparisonUncertainty? IsoArea,
    IReadOnlyList<ComparisonUncertainty> Scalability);

/// <summary>A sample the study could not be evaluated for (e.g. no valid cache organization for the sampled
/// cell, or values the binder rejects), with the values drawn, so it can be reproduced with --set.</summary>
public sealed record SampleFailure(long Sample, string Reason, IReadOnlyList<double> Values);

/// <summary>A Monte Carlo run of a study: the nominal result, the inputs sampled, how many samples were
/// drawn and failed, and the intervals per technology over the samples that succeeded.</summary>
public sealed record MonteCarloResult(
    StudyResult Nominal,
    IReadOnlyList<UncertainInput> Inputs,
    int Samples,
    ulong Seed,
    IReadOnlyList<SampleFailure> Failures,
    IReadOnlyList<TechnologyUncertainty> Technologies)
{
    /// <summary>Samples whose study was evaluated (the intervals are over these).</summary>
    public int Succeeded => Samples - Failures.Count;

    public TechnologyUncertainty? Technology(string name) => Technologies.FirstOrDefault(t => t.Name == name);

    /// <summary>The sampled values of the iso-capacity and iso-area headline ratios (not of each scalability
    /// point), in sample order: what a distribution chart draws.</summary>
    public IReadOnlyList<SampledMetric> Distributions { get; init; } = System.Array.Empty<SampledMetric>();
}

/// <summary>One headline ratio of one technology over the samples that succeeded, with its nominal value.</summary>
public sealed record SampledMetric(string Technology, string Scope, string Metric, double Nominal, IReadOnlyList<double> Values);

/// <summary>How far a Monte Carlo run has got.</summary>
public readonly record struct MonteCarloProgress(int Done, int Total, int Failed);
