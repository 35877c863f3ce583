using DeepNvm.Model;

namespace DeepNvm.Studies.Tests;

/// <summary>The memo's one-slice characterizations (ISliceMemo): capacities inside one octave share the octave's
/// two slices, and a search that does not read leakage serves every leakage scale. Either way the figures are the
/// model's own, bit for bit: every test compares with a characterization made without the memo.</summary>
public class SliceMemoTests
{
    private static readonly CacheParameters Cache = new()
    {
        Name = "L2", CapacityBytes = 256 << 10, Associativity = 16, LineBytes = 128, Node = TestStudies.Node16, Cell = TestStudies.Stt,
    };

    private static CacheCharacteristics Direct(CacheParameters cache) =>
        CacheModel.Characterize(cache, cache.Cell!, cache.Node!).Characteristics ?? throw new InvalidOperationException("no organization");

    private static CacheCharacteristics Memoized(CharacterizationMemo memo, CacheParameters cache) =>
        memo.Get(cache, CacheModelOptions.Default).Characteristics ?? throw new InvalidOperationException("no organization");

    /// <summary>Equal in every figure and organization; only the count of candidates a search evaluated may differ
    /// (a re-evaluated design point evaluates none).</summary>
    private static void AssertSameFigures(CacheCharacteristics expected, CacheCharacteristics actual)
    {
        Assert.Equal(Figures(expected), Figures(actual));
        Assert.Equal(expected.Data, actual.Data); // organization, buffer design, wires and figures of each array
        Assert.Equal(expected.Tag, actual.Tag);
    }

    private static double[] Figures(CacheCharacteristics c) =>
    [
        c.HitLatencySeconds, c.MissLatencySeconds, c.WriteLatencySeconds, c.HitEnergyJoules, c.MissEnergyJoules, c.WriteEnergyJoules,
        c.LeakageWatts, c.AreaSquareMeters, c.DataLeakageWatts, c.TagLeakageWatts, c.DataAreaSquareMeters, c.TagAreaSquareMeters,
    ];

    [Fact]
    public void Capacities_inside_one_octave_are_interpolated_between_the_same_two_searched_slices()
    {
        var memo = new CharacterizationMemo(warmStart: false);
        long[] capacities = [288 << 10, 320 << 10, 352 << 10, 416 << 10, 480 << 10];
        foreach (var capacity in capacities)
        {
            var cache = Cache with { CapacityBytes = capacity };
            AssertSameFigures(Direct(cache), Memoized(memo, cache));
        }

        Assert.Equal(2, memo.SlicesSearched); // 256 KB and 512 KB
        Assert.Equal(2 * capacities.Length - 2, memo.SlicesReused);
    }

    [Fact]
    public void A_power_of_two_capacity_reuses_the_slice_an_interpolated_capacity_searched()
    {
        var memo = new CharacterizationMemo(warmStart: false);
        Memoized(memo, Cache with { CapacityBytes = 384 << 10 });
        var searched = memo.SlicesSearched;
        AssertSameFigures(Direct(Cache with { CapacityBytes = 512 << 10 }), Memoized(memo, Cache with { CapacityBytes = 512 << 10 }));
        Assert.Equal(searched, memo.SlicesSearched);
    }

    [Theory]
    [InlineData(OptimizationTarget.ReadEdp, CacheAccessMode.Normal)]
    [InlineData(OptimizationTarget.ReadLatency, CacheAccessMode.Sequential)]
    [InlineData(OptimizationTarget.WriteEdp, CacheAccessMode.Fast)]
    [InlineData(OptimizationTarget.Area, CacheAccessMode.Normal)]
    public void One_search_serves_every_leakage_scale_when_the_search_does_not_read_leakage(OptimizationTarget target, CacheAccessMode mode)
    {
        var memo = new CharacterizationMemo(warmStart: false);
        foreach (var cell in new[] { TestStudies.Sram, TestStudies.Stt })
        {
            var searched = memo.SlicesSearched;
            foreach (var scale in new[] { 1.0, 0.023, 3.7, 9.8 })
            {
                var cache = Cache with { Cell = cell, Optimize = target, AccessMode = mode, Node = TestStudies.Node16 with { LeakageScale = scale } };
                var direct = Direct(cache);
                AssertSameFigures(direct, Memoized(memo, cache));
                Assert.Equal(direct.LeakageWatts, Memoized(memo, cache).LeakageWatts); // exactly, not approximately
            }

            Assert.Equal(searched + 1, memo.SlicesSearched);
        }
    }

    [Fact]
    public void A_search_for_the_least_leakage_is_run_again_at_each_leakage_scale()
    {
        var memo = new CharacterizationMemo(warmStart: false);
        foreach (var scale in new[] { 1.0, 0.05, 20 })
        {
            var cache = Cache with { Optimize = OptimizationTarget.Leakage, Node = TestStudies.Node16 with { LeakageScale = scale } };
            AssertSameFigures(Direct(cache), Memoized(memo, cache));
        }

        Assert.Equal(3, memo.SlicesSearched);
    }

    [Fact]
    public void A_leakage_limit_makes_the_search_read_leakage_so_each_scale_is_searched()
    {
        var memo = new CharacterizationMemo(warmStart: false);
        var options = CacheModelOptions.Default with { Constraints = new CacheConstraints { MaxLeakageWatts = 1 } };
        foreach (var scale in new[] { 1.0, 2.0 })
        {
            var cache = Cache with { Node = TestStudies.Node16 with { LeakageScale = scale } };
            var direct = CacheModel.Characterize(cache, cache.Cell!, cache.Node!, options).Characteristics!;
            AssertSameFigures(direct, memo.Get(cache, options).Characteristics!);
        }

        Assert.Equal(2, memo.SlicesSearched);
    }

    [Fact]
    public void A_design_point_with_refined_tag_wires_is_re_evaluated_with_the_same_wires()
    {
        // 32 MB with 64-byte lines: NVSim's tag refinement picks other global wires here (issue 11), the case where
        // a re-evaluation must rebuild the context the refinement chose.
        var memo = new CharacterizationMemo(warmStart: false);
        var big = Cache with { CapacityBytes = 32L << 20, LineBytes = 64, Cell = TestStudies.Sram };
        var first = Memoized(memo, big with { Node = TestStudies.Node16 with { LeakageScale = 0.5 } });
        var direct = Direct(big with { Node = TestStudies.Node16 with { LeakageScale = 4 } });
        AssertSameFigures(direct, Memoized(memo, big with { Node = TestStudies.Node16 with { LeakageScale = 4 } }));
        Assert.Equal(first.Tag!.GlobalWire, direct.Tag!.GlobalWire);
        Assert.Equal(1, memo.SlicesSearched);
    }
}
