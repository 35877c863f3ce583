using DeepNvm.Model;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Studies.Tests;

/// <summary>A space's points: numbered in axis order (the last axis fastest), split into shards that cover
/// every point exactly once, evaluated with the same equations as a study, and kept (with the model's
/// reason) when no organization is legal.</summary>
public class DesignSpaceTests
{
    private static readonly WorkloadParameters[] Workloads =
    {
        TestStudies.Counts("ReadHeavy", WorkloadPhase.Inference, 1e8, 1e6),
        TestStudies.Counts("WriteHeavy", WorkloadPhase.Training, 1e8, 5e7),
    };

    private static DesignSpace Space(params SpaceConstraint[] constraints) => new()
    {
        Name = "S",
        Gpus = new[] { TestStudies.Gpu },
        Cells = new[] { TestStudies.Sram, TestStudies.Stt },
        Capacities = new long[] { 64 << 10, 128 << 10, 256 << 10 },
        Associativities = new[] { 8, 16 },
        Lines = new[] { 64, 128 },
        Workloads = Workloads,
        Constraints = constraints,
        Objectives = new[] { "area", "edp" },
    };

    [Fact]
    public void Points_are_numbered_in_axis_order_with_the_last_axis_fastest()
    {
        var space = Space();

        space.Count.ShouldBe(2 * 3 * 2 * 2);
        space.PointAt(0).ShouldSatisfyAllConditions(p => p.Cell.ShouldBe(TestStudies.Sram), p => p.CapacityBytes.ShouldBe(64 << 10),
            p => p.Associativity.ShouldBe(8), p => p.LineBytes.ShouldBe(64), p => p.Node.ShouldBe(TestStudies.Gpu.Node));
        space.PointAt(1).LineBytes.ShouldBe(128);
        space.PointAt(2).Associativity.ShouldBe(16);
        space.PointAt(4).CapacityBytes.ShouldBe(128 << 10);
        space.PointAt(12).Cell.ShouldBe(TestStudies.Stt);
        Should.Throw<ArgumentOutOfRangeException>(() => space.PointAt(24));
    }

    [Fact]
    public void A_space_evaluated_in_process_keeps_every_point_in_index_order_and_its_front()
    {
        var explored = ExploredSpace.Evaluate(Space(), threads: 2);

        explored.Points.Select(p => p.Point.Index).ShouldBe(Enumerable.Range(0, 24).Select(i => (long)i));
        explored.Indices.Count.ShouldBe(explored.Points.Count(p => p.Admissible));
        explored.Front.ShouldBe(ParetoFront.NonDominated(explored.Vectors).Select(i => explored.Indices[i]));
        explored.Front.ShouldNotBeEmpty();
        for (var i = 0; i < explored.Indices.Count; i++)
        {
            var dominated = explored.Vectors.Any(v => ParetoFront.Dominates(v, explored.Vectors[i]));
            explored.Front.Contains(explored.Indices[i]).ShouldBe(!dominated); // the front is exactly the undominated points
        }
    }

    [Fact]
    public void Every_figure_of_merit_the_language_lets_a_space_name_has_a_results_column_and_a_value_in_the_same_order()
    {
        var names = DeepNvm.Language.Schema.NvmSchema.SpaceMetrics.Select(m => m.Metric).ToArray();

        PointResult.MetricColumns.Keys.ShouldBe(names);
        var point = ExploredSpace.Evaluate(Space(), threads: 1).Points.First(p => p.Legal);
        names.ShouldAllBe(name => double.IsFinite(point.Metric(name)));
        Should.Throw<ArgumentException>(() => point.Metric("bandwidth"));
    }

    [Fact]
    public void A_space_too_large_to_hold_is_refused_with_the_command_that_streams_it()
    {
        var big = new DesignSpace
        {
            Name = "Huge", Gpus = new[] { TestStudies.Gpu }, Cells = new[] { TestStudies.Sram },
            Capacities = Enumerable.Range(0, 1001).Select(i => (64L << 10) * (i + 1)).ToArray(), Associativities = Enumerable.Range(1, 1000).ToArray(),
            Workloads = Workloads, Objectives = new[] { "area" },
        };

        Should.Throw<ArgumentException>(() => ExploredSpace.Evaluate(big)).Message.ShouldContain("deepnvm explore");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(30)]
    public void Shards_cover_every_point_exactly_once_each_in_increasing_index(int shards)
    {
        var space = Space();

        var all = Enumerable.Range(0, shards).SelectMany(i => space.ShardIndices(i, shards)).OrderBy(i => i).ToArray();

        all.ShouldBe(Enumerable.Range(0, 24).Select(i => (long)i).ToArray());
        for (var i = 0; i < shards; i++)
        {
            space.ShardIndices(i, shards).ShouldBe(space.ShardIndices(i, shards).OrderBy(x => x));
        }
    }

    [Fact]
    public void A_part_of_a_shard_is_its_points_from_the_first_asked_on_at_most_as_many_as_asked()
    {
        var space = Space();
        var shard = space.ShardIndices(1, 3).ToArray();

        shard.Length.ShouldBe(8);
        var parts = new[] { space.ShardIndices(1, 3, first: 0, count: 3), space.ShardIndices(1, 3, first: 3, count: 3), space.ShardIndices(1, 3, first: 6) }
            .Select(p => p.ToArray()).ToArray();
        parts.Select(p => p.Length).ShouldBe(new[] { 3, 3, 2 });
        parts.SelectMany(p => p).OrderBy(i => i).ShouldBe(shard);
        space.ShardIndices(1, 3, first: 8).ShouldBeEmpty();
    }

    /// <summary>A space with the optimization target innermost, as the example's larger spaces have it: dealing points by
    /// index mod n gave each of six shards one target, and each of two shards three.</summary>
    private static DesignSpace TargetsInnermost(int capacities) => new()
    {
        Name = "S",
        Gpus = new[] { TestStudies.Gpu },
        Cells = new[] { TestStudies.Sram, TestStudies.Stt },
        Associativities = new[] { 8, 16 },
        Lines = new[] { 64, 128 },
        Workloads = Workloads,
        Objectives = new[] { "area", "edp" },
        Capacities = Enumerable.Range(0, capacities).Select(i => (64L << 10) << i).ToArray(),
        AccessModes = new[] { CacheAccessMode.Normal, CacheAccessMode.Sequential, CacheAccessMode.Fast },
        Targets = new[] { OptimizationTarget.ReadEdp, OptimizationTarget.WriteEdp, OptimizationTarget.ReadEnergy, OptimizationTarget.WriteEnergy,
            OptimizationTarget.Area, OptimizationTarget.Leakage },
    };

    [Theory]
    [InlineData(3, 2)]
    [InlineData(3, 6)]
    [InlineData(8, 2)]
    [InlineData(8, 6)]
    public void Every_shard_gets_about_its_share_of_every_target_access_mode_cell_and_capacity(int capacities, int shards)
    {
        // Dealt by index mod n, six shards got one target each and two shards three each; now each gets every one, between
        // half and one and a half its share (the deal is a fixed pseudo-random one, not a perfect design).
        var space = TargetsInnermost(capacities);
        var points = Enumerable.Range(0, shards).Select(i => space.ShardIndices(i, shards).Select(space.PointAt).ToArray()).ToArray();
        foreach (var target in space.Targets)
        {
            Shares(points, p => p.Optimize == target).ShouldAllBe(share => share >= 0.5 && share <= 1.5, $"{target} over {shards} shards");
        }

        foreach (var mode in space.AccessModes)
        {
            Shares(points, p => p.AccessMode == mode).ShouldAllBe(share => share >= 0.5 && share <= 1.5, $"{mode} over {shards} shards");
        }

        foreach (var cell in space.Cells)
        {
            Shares(points, p => p.Cell == cell).ShouldAllBe(share => share >= 0.5 && share <= 1.5, $"{cell.Name} over {shards} shards");
        }

        foreach (var capacity in space.Capacities)
        {
            Shares(points, p => p.CapacityBytes == capacity).ShouldAllBe(share => share >= 0.5 && share <= 1.5, $"{capacity} B over {shards} shards");
        }
    }

    /// <summary>Each shard's count of the points that <paramref name="match"/>, over the count an even split would give it.</summary>
    private static double[] Shares(DesignPoint[][] shards, Func<DesignPoint, bool> match)
    {
        var counts = shards.Select(points => points.Count(match)).ToArray();
        var even = (double)counts.Sum() / shards.Length;
        return counts.Select(c => c / even).ToArray();
    }

    [Fact]
    public void In_a_large_enough_space_a_shard_takes_each_of_its_designs_at_every_capacity()
    {
        // 2 cells × 8 capacities × 2 × 2 × 3 × 6 = 1,152 points, 144 designs-at-every-capacity: 72 a shard, at least the 64 that
        // deals them whole (so each search is warm-started from its own design at the next smaller capacity).
        var space = TargetsInnermost(8);
        space.DealFor(2).ShouldBe(new ShardDeal(8, 72));
        var owner = new Dictionary<long, int>();
        for (var shard = 0; shard < 2; shard++)
        {
            foreach (var index in space.ShardIndices(shard, 2))
            {
                owner[index] = shard;
            }
        }

        owner.Count.ShouldBe(1152);
        for (long index = 0; index < space.Count; index++)
        {
            var design = index / (8 * 72) * 72 + index % 72; // the index with its capacity digit removed
            owner[index].ShouldBe(owner[design / 72 * (8 * 72) + design % 72], $"point {index}");
        }

        TargetsInnermost(3).DealFor(3).Chain.ShouldBe(1); // 144 designs-at-every-capacity, fewer than 64 a shard: point by point
    }

    [Fact]
    public void A_point_is_evaluated_as_a_study_evaluates_its_cache_and_its_figures_are_the_workloads_geometric_means()
    {
        var space = Space();
        var point = space.PointAt(13);
        var result = new SpaceEvaluator(space).Evaluate(point);

        var cache = point.Cache("S");
        var characteristics = CacheModel.Characterize(cache, point.Cell, point.Node).Characteristics!;
        var direct = Workloads.Select(w => Evaluator.Evaluate(point.Cell.Name, cache, characteristics, point.Gpu,
            DeepNvm.Workloads.Traffic.Curve(w, point.Gpu, new[] { point.CapacityBytes })[0], w.Name, EvaluationSettings.Default)).ToArray();

        result.Legal.ShouldBeTrue();
        result.Metric("area").ShouldBe(characteristics.AreaSquareMeters);
        result.Workloads.Select(w => w.Edp).ShouldBe(direct.Select(d => d.Edp));
        result.Edp.ShouldBe(Math.Sqrt(direct[0].Edp * direct[1].Edp), direct[0].Edp * 1e-12);
        result.Energy.ShouldBe(Math.Sqrt(direct[0].Energy * direct[1].Energy), direct[0].Energy * 1e-12);
        result.Admissible.ShouldBeTrue();
    }

    [Fact]
    public void A_point_that_misses_a_constraint_is_kept_but_not_admissible()
    {
        var space = Space(new SpaceConstraint("area", "<=", 1e-12, "where area <= 1 um^2"));

        var result = new SpaceEvaluator(space).Evaluate(space.PointAt(0));

        result.Legal.ShouldBeTrue();
        result.Admissible.ShouldBeFalse();
        result.Violated.ShouldBe("where area <= 1 um^2");
    }

    [Fact]
    public void A_point_without_a_legal_organization_is_kept_with_the_models_reason()
    {
        // 1 KB of 128 B lines cannot hold one 32-way set.
        var space = Space();
        var tiny = new DesignSpace
        {
            Name = "Tiny", Gpus = space.Gpus, Cells = new[] { TestStudies.Sram }, Capacities = new long[] { 1024 },
            Associativities = new[] { 32 }, Lines = new[] { 128 }, Workloads = Workloads,
        };

        var result = new SpaceEvaluator(tiny).Evaluate(tiny.PointAt(0));

        result.Legal.ShouldBeFalse();
        result.Admissible.ShouldBeFalse();
        result.Reason.ShouldNotBeNullOrWhiteSpace();
        double.IsNaN(result.Metric("edp")).ShouldBeTrue();
    }

    [Fact]
    public void Identical_characterizations_are_computed_once_per_process()
    {
        var twoGpus = new DesignSpace
        {
            Name = "S", Gpus = new[] { TestStudies.Gpu, TestStudies.Gpu with { Name = "Other", ClockHertz = 2e9 } },
            Cells = new[] { TestStudies.Sram }, Capacities = new long[] { 64 << 10 }, Workloads = Workloads,
        };
        var evaluator = new SpaceEvaluator(twoGpus);

        evaluator.Evaluate(twoGpus.PointAt(0));
        evaluator.Evaluate(twoGpus.PointAt(1));

        evaluator.Memo.Computed.ShouldBe(1);
        evaluator.Memo.Reused.ShouldBe(1);
    }
}
