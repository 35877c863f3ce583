using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Model;

namespace DeepNvm.Studies.Exploration;

/// <summary>A space's <c>where METRIC OP value</c> line, the threshold in SI.</summary>
public sealed record SpaceConstraint(string Metric, string Operator, double Threshold, string Text)
{
    public bool IsMetBy(double value) => Operator switch
    {
        "<=" => value <= Threshold,
        "<" => value < Threshold,
        ">=" => value >= Threshold,
        _ => value > Threshold,
    };
}

/// <summary>
/// A design space: the full factorial product of its axes, enumerated in a fixed order (gpu, node, cell,
/// capacity, associativity, line, access mode, optimization target, slices; the last varies fastest), so
/// a point's index names the same design in every process. Every point is evaluated on every workload.
/// With <see cref="Samples"/>, the Monte Carlo sample is one more axis, the slowest: point
/// <c>sample · Designs + design</c> is design <c>design</c> under sample <c>sample</c>'s inputs.
/// </summary>
public sealed class DesignSpace
{
    public string Name { get; init; } = "";
    public IReadOnlyList<GpuParameters> Gpus { get; init; } = Array.Empty<GpuParameters>();
    /// <summary>Nodes; a null entry means "the platform's node".</summary>
    public IReadOnlyList<TechnologyNodeParameters?> Nodes { get; init; } = new TechnologyNodeParameters?[] { null };
    public IReadOnlyList<CellParameters> Cells { get; init; } = Array.Empty<CellParameters>();
    public IReadOnlyList<long> Capacities { get; init; } = Array.Empty<long>();
    public IReadOnlyList<int> Associativities { get; init; } = new[] { 16 };
    public IReadOnlyList<int> Lines { get; init; } = new[] { 128 };
    public IReadOnlyList<CacheAccessMode> AccessModes { get; init; } = new[] { CacheAccessMode.Normal };
    public IReadOnlyList<OptimizationTarget> Targets { get; init; } = new[] { OptimizationTarget.ReadEdp };
    public IReadOnlyList<int> Slices { get; init; } = new[] { 1 };
    public IReadOnlyList<WorkloadParameters> Workloads { get; init; } = Array.Empty<WorkloadParameters>();
    public IReadOnlyList<SpaceConstraint> Constraints { get; init; } = Array.Empty<SpaceConstraint>();
    public IReadOnlyList<string> Objectives { get; init; } = Array.Empty<string>();
    public EvaluationSettings Settings { get; init; } = EvaluationSettings.Default;

    /// <summary>Monte Carlo samples of the uncertain inputs (0: no sample axis, the nominal inputs only).</summary>
    public int Samples { get; init; }

    /// <summary>The space under sample <c>s</c>'s inputs (its records drawn from the uncertain inputs; required
    /// when <see cref="Samples"/> is above 0). Called for every point, so it should keep what it builds.</summary>
    public Func<int, SampleSpace>? Sampled { get; init; }

    /// <summary>The names of the uncertain inputs a sample draws ("SttMram.read.sense_energy"), in the order of its values.</summary>
    public IReadOnlyList<string> SampledInputs { get; init; } = Array.Empty<string>();

    private int[] Radices => new[]
    {
        Gpus.Count, Nodes.Count, Cells.Count, Capacities.Count, Associativities.Count, Lines.Count, AccessModes.Count, Targets.Count, Slices.Count,
    };

    /// <summary>Number of designs (the product of the axes' sizes).</summary>
    public long Designs => Radices.Aggregate(1L, (product, radix) => checked(product * radix));

    /// <summary>Number of points: the designs, times the samples when there are.</summary>
    public long Count => checked(Designs * Math.Max(1, Samples));

    /// <summary>The point at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>), decoded in mixed radix.</summary>
    public DesignPoint PointAt(long index)
    {
        if (index < 0 || index >= Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index));
        }

        if (Samples > 0)
        {
            var designs = Designs;
            var sample = (int)(index / designs);
            var sampled = (Sampled ?? throw new InvalidOperationException("a space with samples needs its sampled spaces"))(sample);
            return sampled.Space.DesignAt(index % designs) with { Index = index, Sample = sample, Drawn = sampled };
        }

        return DesignAt(index);
    }

    /// <summary>Design <paramref name="index"/> of the axes, under this space's own inputs.</summary>
    private DesignPoint DesignAt(long index)
    {
        var radices = Radices;
        var digits = new int[radices.Length];
        var rest = index;
        for (var axis = radices.Length - 1; axis >= 0; axis--)
        {
            digits[axis] = (int)(rest % radices[axis]);
            rest /= radices[axis];
        }

        var gpu = Gpus[digits[0]];
        return new DesignPoint(index, gpu, Nodes[digits[1]] ?? gpu.Node, Cells[digits[2]], Capacities[digits[3]], Associativities[digits[4]],
            Lines[digits[5]], AccessModes[digits[6]], Targets[digits[7]], Slices[digits[8]]);
    }

    /// <summary>How <paramref name="shards"/> shards deal this space's points (<see cref="ShardDeal"/>): each design at every
    /// capacity as one unit when there are at least 64 units a shard, else point by point (one shard: every point in order).</summary>
    public ShardDeal DealFor(int shards)
    {
        const int CapacityAxis = 3; // DesignAt's digits: GPU, node, cell, capacity, associativity, line, access mode, target, slices
        var radices = Radices;
        var period = 1L;
        for (var axis = CapacityAxis + 1; axis < radices.Length; axis++)
        {
            period *= radices[axis];
        }

        var chain = (long)radices[CapacityAxis];
        return shards == 1 ? ShardDeal.PointByPoint
            : Count / chain < 64L * shards ? new ShardDeal(1, chain * period)
            : new ShardDeal(chain, period);
    }

    /// <summary>The indices of shard <paramref name="shard"/> of <paramref name="shards"/>, dealt as <see cref="DealFor"/> says
    /// (one shard: every index, in order), so each shard gets about as many points of every value of every axis and the
    /// shards take about the same time. From the shard's <paramref name="first"/>-th point on, at most
    /// <paramref name="count"/> of them (a part of the shard, as one of its files holds), in increasing index.</summary>
    public IEnumerable<long> ShardIndices(int shard, int shards, long first = 0, long count = long.MaxValue)
    {
        if (shards < 1 || shard < 0 || shard >= shards || first < 0 || count < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(shard));
        }

        var total = Count;
        var deal = DealFor(shards);
        var last = Math.Min(deal.PointsOf(shard, shards, total), first + Math.Min(count, total));
        var indices = new long[Math.Max(0, last - first)];
        for (var t = first; t < last; t++)
        {
            indices[t - first] = deal.PointAt(shard, shards, t, total);
        }

        Array.Sort(indices);
        return indices;
    }
}

/// <summary>The space under one sample's inputs, or why the sample has none (its inputs do not bind: the nominal
/// space stands in, and every point of the sample is kept as illegal with this reason).</summary>
public sealed record SampleSpace(DesignSpace Space, string? Failure = null)
{
    /// <summary>The values drawn for the space's uncertain inputs (SI, in the order of <see cref="DesignSpace.SampledInputs"/>).</summary>
    public IReadOnlyList<double> Values { get; init; } = Array.Empty<double>();
}

/// <summary>One design of a space: every input of its characterization.</summary>
public sealed record DesignPoint(long Index, GpuParameters Gpu, TechnologyNodeParameters Node, CellParameters Cell, long CapacityBytes,
    int Associativity, int LineBytes, CacheAccessMode AccessMode, OptimizationTarget Optimize, int Slices)
{
    /// <summary>The Monte Carlo sample whose inputs the point has (null: the nominal inputs, a space without samples).</summary>
    public int? Sample { get; init; }

    /// <summary>The sample the point was drawn under: its space (workloads, constraints), its drawn values and why it
    /// cannot be evaluated, if it cannot (null: a space without samples). Carried with the point so that evaluating
    /// and writing it need not look the sample up again.</summary>
    public SampleSpace? Drawn { get; init; }

    /// <summary>The node's name, or its feature size ("7nm") for a node given as a size.</summary>
    public string NodeName => Node.Name.Length > 0
        ? Node.Name
        : Math.Round(Node.FeatureSizeMeters * 1e9, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) + "nm";

    /// <summary>The L2 this point describes (sector and word as the cache schema's defaults).</summary>
    public CacheParameters Cache(string name) => new()
    {
        Name = name,
        CapacityBytes = CapacityBytes,
        Associativity = Associativity,
        LineBytes = LineBytes,
        AccessMode = AccessMode,
        Optimize = Optimize,
        Slices = Slices,
        Node = Node,
        Cell = Cell,
    };
}
