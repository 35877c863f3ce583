using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>A search of an array shape routed before takes its mat grids from the workspace's table (<see cref="RoutedShapes"/>):
/// routing reads the shape alone, so the search must be the one that routes every grid again, whatever the cell, target and
/// access mode: the same candidates evaluated, the same legal count, the same organization and score, data and tag.</summary>
public class RoutedShapesTests
{
    [Theory]
    [InlineData(OptimizationTarget.ReadEdp, CacheAccessMode.Normal)]
    [InlineData(OptimizationTarget.ReadLatency, CacheAccessMode.Sequential)]
    [InlineData(OptimizationTarget.WriteEnergy, CacheAccessMode.Fast)]
    [InlineData(OptimizationTarget.Area, CacheAccessMode.Normal)]
    [InlineData(OptimizationTarget.Leakage, CacheAccessMode.Sequential)]
    public void A_shape_routed_for_one_cell_serves_the_others_as_if_routed_again(OptimizationTarget target, CacheAccessMode mode)
    {
        var ws = SearchWorkspace.ForThread();
        var node = Cells.Node(22);
        var served = 0;
        ws.Shapes.Clear();
        foreach (var megabytes in new[] { 1.0, 16.0 }) // both kept at once: a key that missed the entries would mix them up
        {
            foreach (var (name, cell) in new[] { ("sram", Cells.Sram), ("stt", Cells.Stt), ("sot", Cells.Sot) })
            {
                var cache = Cells.Cache(megabytes) with { Optimize = target, AccessMode = mode };
                var data = CacheModel.CreateContext(cache, cell, node, CacheModelOptions.Default);
                var tag = CacheModel.TagContext(data, CacheModel.NodeNanometers(node), node.TemperatureKelvin);
                var shape = SliceShape.Of(cache, cache.CapacityBytes, cache.LineBytes * 8);
                foreach (var (context, isTag, entries, bits) in new[] { (data, false, shape.DataEntries, shape.DataBits), (tag, true, shape.Lines, shape.TagBits) })
                {
                    var kept = ws.Shapes.TryGet(isTag, entries, bits, cache.Associativity, 64, out _);
                    served += kept ? 1 : 0;
                    var fromTable = OrganizationSearch.Search(context, ws, isTag, entries, bits, cache.Associativity, target, null, 64, 64);
                    ws.Shapes.Enabled = false;
                    SearchOutcome routedAgain;
                    try
                    {
                        routedAgain = OrganizationSearch.Search(context, ws, isTag, entries, bits, cache.Associativity, target, null, 64, 64);
                    }
                    finally
                    {
                        ws.Shapes.Enabled = true;
                    }

                    var what = $"{name} {target} {mode} {megabytes} MB {(isTag ? "tag" : "data")} (grids {(kept ? "from the table" : "routed and kept")})";
                    fromTable.Found.ShouldBe(routedAgain.Found, what);
                    fromTable.Evaluated.ShouldBe(routedAgain.Evaluated, what);
                    fromTable.Legal.ShouldBe(routedAgain.Legal, what);
                    fromTable.Organization.ShouldBe(routedAgain.Organization, what);
                    OrganizationSearch.Score(in fromTable.Best, target).ShouldBe(OrganizationSearch.Score(in routedAgain.Best, target), what);
                }
            }
        }

        served.ShouldBe(8, "searches served from the table: STT and SOT, data and tag, at 1 and 16 MB");
    }
}
