using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace DeepNvm.Studies.Exploration;

/// <summary>
/// A space evaluated in this process, every point held in memory, and the Pareto front of its objectives: what a
/// report or a program shows of a space small enough to hold (the example's 144 designs). `deepnvm explore` streams a
/// space of any size into Parquet instead and `deepnvm front` reads it back; both evaluate through
/// <see cref="SpaceEvaluator"/> and take the front from <see cref="ParetoFront"/>, so the two agree point for point.
/// </summary>
public sealed class ExploredSpace
{
    private ExploredSpace(DesignSpace space, PointResult[] points)
    {
        Space = space;
        Points = points;
        var candidates = points.Where(p => p.Admissible).Select(p => (p.Point.Index, Vector: space.Objectives.Select(p.Metric).ToArray()))
            .Where(c => c.Vector.All(v => !double.IsNaN(v) && !double.IsInfinity(v))).ToArray();
        Indices = candidates.Select(c => c.Index).ToArray();
        Vectors = candidates.Select(c => c.Vector).ToArray();
        Front = space.Objectives.Count == 0 ? Array.Empty<long>() : ParetoFront.NonDominated(Vectors).Select(i => Indices[i]).ToArray();
    }

    /// <summary>The most points <see cref="Evaluate"/> holds (about 1 KB each with seven workloads): beyond, `deepnvm explore`
    /// streams the rows to Parquet.</summary>
    public const long MaxPoints = 1_000_000;

    public DesignSpace Space { get; }

    /// <summary>Every point, in index order, illegal and inadmissible ones included.</summary>
    public IReadOnlyList<PointResult> Points { get; }

    /// <summary>The admissible points with finite objectives: their indices in the space …</summary>
    public IReadOnlyList<long> Indices { get; }

    /// <summary>… and their objective values, in the order of the space's <c>minimize</c> line.</summary>
    public IReadOnlyList<double[]> Vectors { get; }

    /// <summary>The indices of the front's points, ascending (none when the space declares no objectives).</summary>
    public IReadOnlyList<long> Front { get; }

    /// <summary>Evaluates every point of <paramref name="space"/> (on <paramref name="threads"/> threads, default one per core).</summary>
    public static ExploredSpace Evaluate(DesignSpace space, CharacterizationMemo? memo = null, int? threads = null)
    {
        if (space is null)
        {
            throw new ArgumentNullException(nameof(space));
        }

        if (space.Count > MaxPoints)
        {
            throw new ArgumentException($"space '{space.Name}' has {space.Count} points, more than the {MaxPoints} an in-process evaluation holds; "
                + "`deepnvm explore` streams a space of any size into Parquet files (docs/scale.md)", nameof(space));
        }

        var evaluator = new SpaceEvaluator(space, memo);
        var points = new PointResult[checked((int)space.Count)];
        Parallel.For(0, points.Length, new ParallelOptions { MaxDegreeOfParallelism = threads ?? Environment.ProcessorCount },
            i => points[i] = evaluator.Evaluate(space.PointAt(i)));
        return new ExploredSpace(space, points);
    }
}
