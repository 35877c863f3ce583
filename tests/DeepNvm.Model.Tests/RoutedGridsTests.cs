using DeepNvm.Model.Banks;
using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>A thread routes each array shape's mat grids once (<see cref="RoutedGrids"/>) and every later search of that shape
/// reuses them, whatever its cell, node or target: routing reads the shape alone, so a search on grids routed for other
/// inputs must choose exactly what a search on a fresh thread chooses.</summary>
public class RoutedGridsTests
{
    public static TheoryData<string, OptimizationTarget, CacheAccessMode> Configurations() => Cells.EveryTarget(CacheAccessMode.Normal, CacheAccessMode.Sequential);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_search_on_grids_routed_for_other_inputs_gives_a_fresh_threads_result(string cellName, OptimizationTarget target, CacheAccessMode mode)
    {
        var cell = Cells.Named(cellName);
        var node = Cells.Node(22);
        foreach (var megabytes in new[] { 0.5, 4.0 })
        {
            var cache = Cells.Cache(megabytes) with { Optimize = target, AccessMode = mode };
            var fresh = OnFreshThread(() => CacheModel.Characterize(cache, cell, node).Characteristics);
            var reused = OnFreshThread(() =>
            {
                // The same shapes searched first under other inputs (another cell, node or target), and shapes that differ from
                // them in one dimension (ways, capacity, line) so a memo keyed on too little would hand them the wrong grids.
                foreach (var other in new[] { cache with { Associativity = 8 }, cache with { Associativity = 32 }, cache with { LineBytes = 64 },
                             cache with { CapacityBytes = cache.CapacityBytes * 2, LineBytes = cache.LineBytes * 2 }, // as many lines, wider
                             cache with { CapacityBytes = cache.CapacityBytes * 2 } })
                {
                    CacheModel.Characterize(other, cell, node);
                }

                CacheModel.Characterize(cache, cell, node, new CacheModelOptions { MaxMatsPerDimension = 4 }); // fewer grids
                CacheModel.Characterize(cache, cell.Kind == CellKind.Sram ? Cells.Stt : Cells.Sram, node);
                CacheModel.Characterize(cache, cell, Cells.Node(45));
                CacheModel.Characterize(cache with { Optimize = target == OptimizationTarget.Area ? OptimizationTarget.ReadLatency : OptimizationTarget.Area }, cell, node);
                return CacheModel.Characterize(cache, cell, node).Characteristics;
            });

            fresh.ShouldNotBeNull();
            reused.ShouldBe(fresh, $"{cellName} {target} {mode} {megabytes} MB");
        }
    }

    [Fact]
    public void The_memo_keeps_at_most_its_limit_of_shapes_and_routes_a_shape_again_after_starting_afresh()
    {
        var memo = new RoutedGridMemo();
        var htree = new HtreeWorkspace();
        var first = memo.Of(htree, false, 1 << 14, 1024, 16, 64);
        memo.Of(htree, false, 1 << 14, 1024, 16, 64).ShouldBeSameAs(first);
        var tag = memo.Of(htree, true, 1 << 14, 1024, 16, 64); // a tag's grids also split its subarrays' activity
        tag.Count.ShouldBeGreaterThan(first.Count);
        for (var shape = 0; shape < 2 * RoutedGridMemo.MaxShapes; shape++)
        {
            memo.Of(htree, shape % 2 == 0, 1L << (10 + shape % 8), 512, 1 << (shape / 8 % 4), 64);
            memo.Count.ShouldBeLessThanOrEqualTo(RoutedGridMemo.MaxShapes);
        }

        var again = memo.Of(htree, false, 1 << 14, 1024, 16, 64);
        again.ShouldNotBeSameAs(first);
        again.Count.ShouldBe(first.Count);
        again.Grids.Take(again.Count).ShouldBe(first.Grids.Take(first.Count));
    }

    private static CacheCharacteristics? OnFreshThread(Func<CacheCharacteristics?> characterize)
    {
        CacheCharacteristics? result = null;
        var thread = new Thread(() => result = characterize()); // a new thread has a new search workspace, so nothing routed yet
        thread.Start();
        thread.Join();
        return result;
    }
}
