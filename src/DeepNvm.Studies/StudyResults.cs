using System;
using System.Collections.Generic;
using DeepNvm.Model;

namespace DeepNvm.Studies;

/// <summary>Baseline ÷ technology ratios (&gt; 1: the technology is better than the baseline).</summary>
public sealed record Ratios(double Edp, double Energy, double Delay, double Area);

/// <summary>Largest, geometric-mean and smallest value of a ratio over workloads.</summary>
public sealed record Summary(double Max, double Geomean, double Min)
{
    public static Summary Of(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return new Summary(double.NaN, double.NaN, double.NaN);
        }

        var max = double.MinValue;
        var min = double.MaxValue;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
            min = Math.Min(min, v);
        }

        return new Summary(max, MathNet.Numerics.Statistics.Statistics.GeometricMean(values), min);
    }
}

/// <summary>One workload: the baseline's and the technology's evaluations and their ratios.</summary>
public sealed record WorkloadComparison(string Workload, WorkloadPhase Phase, Evaluation Baseline, Evaluation Technology)
{
    public Ratios Ratios { get; } = new(
        Baseline.Edp / Technology.Edp,
        Baseline.Energy / Technology.Energy,
        Baseline.Delay / Technology.Delay,
        Baseline.AreaSquareMeters / Technology.AreaSquareMeters);
}

/// <summary>Summaries of a set of workload comparisons, overall and per phase (training, inference, …).</summary>
public sealed record Comparison(IReadOnlyList<WorkloadComparison> Workloads, Summary Edp, Summary Energy, Summary Delay,
    IReadOnlyDictionary<WorkloadPhase, Summary> EdpByPhase)
{
    public static Comparison Of(IReadOnlyList<WorkloadComparison> workloads)
    {
        var edp = new List<double>();
        var energy = new List<double>();
        var delay = new List<double>();
        var byPhase = new Dictionary<WorkloadPhase, List<double>>();
        foreach (var w in workloads)
        {
            edp.Add(w.Ratios.Edp);
            energy.Add(w.Ratios.Energy);
            delay.Add(w.Ratios.Delay);
            if (!byPhase.TryGetValue(w.Phase, out var list))
            {
                byPhase[w.Phase] = list = new List<double>();
            }

            list.Add(w.Ratios.Edp);
        }

        var phases = new SortedDictionary<WorkloadPhase, Summary>();
        foreach (var pair in byPhase)
        {
            phases[pair.Key] = Summary.Of(pair.Value);
        }

        return new Comparison(workloads, Summary.Of(edp), Summary.Of(energy), Summary.Of(delay), phases);
    }
}

/// <summary>The cache a technology gets at one capacity, characterized.</summary>
public sealed record CachePoint(long CapacityBytes, CacheCharacteristics Characteristics);

/// <summary>Every technology at the baseline's capacity.</summary>
public sealed record IsoCapacityResult(long CapacityBytes, CachePoint Cache, double AreaReduction, Comparison Comparison);

/// <summary>The largest capacity whose area fits the baseline's, and the comparison at it.</summary>
public sealed record IsoAreaResult(long CapacityBytes, double CapacityRatio, double AreaSquareMeters, double BaselineAreaSquareMeters,
    CachePoint Cache, Comparison Comparison);

/// <summary>One capacity of the sweep: baseline and technology both at that capacity.</summary>
public sealed record ScalabilityPoint(long CapacityBytes, double AreaSquareMeters, double BaselineAreaSquareMeters, Comparison Comparison);

/// <summary>Everything a study found for one technology.</summary>
public sealed record TechnologyResult(string Name, CellKind Kind, IsoCapacityResult? IsoCapacity, IsoAreaResult? IsoArea,
    IReadOnlyList<ScalabilityPoint> Scalability);

/// <summary>A study's results.</summary>
public sealed record StudyResult(
    string Name,
    string Platform,
    string Baseline,
    CellKind BaselineKind,
    long BaselineCapacityBytes,
    CachePoint BaselineCache,
    EvaluationSettings Settings,
    IReadOnlyList<string> Workloads,
    IReadOnlyList<TechnologyResult> Technologies,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Characterizations the study needed (distinct technology × capacity).</summary>
    public int Characterizations { get; init; }
    /// <summary>Slices the L2 was split into.</summary>
    public int Slices { get; init; } = 1;
    /// <summary>The technology node the caches were characterized at.</summary>
    public TechnologyNodeParameters Node { get; init; } = new();
}

/// <summary>The lower-case name of a cell kind, as in .nvm (<c>sram</c>, <c>mtj</c>, <c>sot</c>, …).</summary>
public static class CellKinds
{
    public static string Name(CellKind kind) => kind.ToString().ToLowerInvariant();
}

/// <summary>A study could not be evaluated (no valid cache organization, a bad workload, …).</summary>
public sealed class StudyException : Exception
{
    public StudyException(string message) : base(message)
    {
    }

    public StudyException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>A study error that carries the id of the diagnostic behind it (the model's DNVM0502, DNVM0001…).</summary>
    public StudyException(string id, string message) : base(message)
    {
        Id = id;
    }

    /// <summary>The DNVM id of the underlying diagnostic, when there is one.</summary>
    public string? Id { get; }
}

/// <summary>How far a study has got.</summary>
public readonly record struct StudyProgress(int Done, int Total, string Step);
