using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>NVSim's tag search tries three buffer designs. The second and third replay the groups that the first one's bounds
/// let through (<see cref="PassedGroups"/>) instead of bounding every group again; they must choose what searching each
/// design in full and keeping the best (equal scores: NVSim's order, then the design met first) chooses.</summary>
public class BufferDesignReplayTests
{
    public static TheoryData<string, OptimizationTarget, CacheAccessMode> Configurations() => Cells.EveryTarget(CacheAccessMode.Normal, CacheAccessMode.Sequential);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void The_later_designs_replaying_the_first_ones_passed_groups_choose_what_full_searches_of_every_design_choose(string cellName,
        OptimizationTarget target, CacheAccessMode mode)
    {
        var cell = Cells.Named(cellName);
        var node = Cells.Node(22);
        var ws = SearchWorkspace.ForThread();
        foreach (var megabytes in new[] { 0.5, 4.0 })
        {
            var cache = Cells.Cache(megabytes) with { Optimize = target, AccessMode = mode };
            var context = CacheModel.TagContext(CacheModel.CreateContext(cache, cell, node, CacheModelOptions.Default),
                CacheModel.NodeNanometers(node), node.TemperatureKelvin);
            var shape = SliceShape.Of(cache, cache.CapacityBytes, cache.LineBytes * 8);

            var replayed = BufferDesignSearch.Search(context, BufferDesignSearch.All, ws, true, shape.Lines, shape.TagBits, cache.Associativity, target,
                null, 64, 64, true, null, null, out var chosen);

            var full = BufferDesignSearch.All
                .Select((design, index) => (Design: design, Index: index, Outcome: OrganizationSearch.Search(context.WithBufferDesign(design), ws, true,
                    shape.Lines, shape.TagBits, cache.Associativity, target, null, 64, 64)))
                .Where(d => d.Outcome.Found).ToArray()
                .OrderBy(d => OrganizationSearch.Score(in d.Outcome.Best, target)).ThenBy(d => OrganizationSearch.NvsimOrder(d.Outcome.Organization)).ThenBy(d => d.Index)
                .First();
            var what = $"{cellName} {target} {mode} {megabytes} MB";
            replayed.Found.ShouldBeTrue(what);
            chosen.ShouldBe(full.Design, what);
            replayed.Organization.ShouldBe(full.Outcome.Organization, what);
            OrganizationSearch.Score(in replayed.Best, target).ShouldBe(OrganizationSearch.Score(in full.Outcome.Best, target), what);
        }
    }
}
