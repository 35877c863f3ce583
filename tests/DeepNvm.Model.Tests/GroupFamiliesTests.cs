using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>Mat grids that agree on a <see cref="GroupFamilyKey"/> share their groups and the groups' shape floors, built once per
/// search (<see cref="GroupFamilies"/>). The search must be the one in which every grid builds its own groups: the same
/// candidates evaluated (so the same groups passed, in the same order) and the same organization, for data and tag arrays.</summary>
public class GroupFamiliesTests
{
    public static TheoryData<string, OptimizationTarget, CacheAccessMode> Configurations() => Cells.EveryTarget(CacheAccessMode.Normal, CacheAccessMode.Sequential, CacheAccessMode.Fast);

    [Theory]
    [MemberData(nameof(Configurations))]
    public void Grids_sharing_a_family_search_as_if_each_built_its_own_groups(string cellName, OptimizationTarget target, CacheAccessMode mode)
    {
        var cell = Cells.Named(cellName);
        var node = Cells.Node(22);
        var ws = SearchWorkspace.ForThread();
        int families = 0, grids = 0;
        foreach (var megabytes in new[] { 1.0, 16.0 })
        {
            var cache = Cells.Cache(megabytes) with { Optimize = target, AccessMode = mode };
            var data = CacheModel.CreateContext(cache, cell, node, CacheModelOptions.Default);
            var tag = CacheModel.TagContext(data, CacheModel.NodeNanometers(node), node.TemperatureKelvin);
            var shape = SliceShape.Of(cache, cache.CapacityBytes, cache.LineBytes * 8);
            foreach (var (context, isTag, entries, bits) in new[] { (data, false, shape.DataEntries, shape.DataBits), (tag, true, shape.Lines, shape.TagBits) })
            {
                var shared = Search(ws, share: true);
                families += ws.Families.FamilyCount;
                grids += ws.Families.GridsVisited;
                var own = Search(ws, share: false);
                var what = $"{cellName} {target} {mode} {megabytes} MB {(isTag ? "tag" : "data")}";
                shared.Found.ShouldBe(own.Found, what);
                shared.Evaluated.ShouldBe(own.Evaluated, what);
                shared.Legal.ShouldBe(own.Legal, what);
                shared.Organization.ShouldBe(own.Organization, what);
                OrganizationSearch.Score(in shared.Best, target).ShouldBe(OrganizationSearch.Score(in own.Best, target), what);

                SearchOutcome Search(SearchWorkspace workspace, bool share)
                {
                    workspace.Families.ShareAcrossGrids = share;
                    try
                    {
                        return OrganizationSearch.Search(context, workspace, isTag, entries, bits, cache.Associativity, target, null, 64, 64);
                    }
                    finally
                    {
                        workspace.Families.ShareAcrossGrids = true;
                    }
                }
            }
        }

        grids.ShouldBeGreaterThan(families, "some grids shared a family");
    }

    [Fact]
    public void Most_grids_of_a_search_share_their_family()
    {
        var cache = Cells.Cache(128) with { Optimize = OptimizationTarget.ReadEdp };
        var context = CacheModel.CreateContext(cache, Cells.Stt, Cells.Node(22), CacheModelOptions.Default);
        var shape = SliceShape.Of(cache, cache.CapacityBytes, cache.LineBytes * 8);
        var ws = SearchWorkspace.ForThread();

        OrganizationSearch.Search(context, ws, false, shape.DataEntries, shape.DataBits, cache.Associativity, OptimizationTarget.ReadEdp, null, 64, 64);

        // 644 grids of 76 families when written
        ws.Families.FamilyCount.ShouldBeGreaterThan(0);
        ws.Families.GridsVisited.ShouldBeGreaterThan(5 * ws.Families.FamilyCount);
    }
    public static TheoryData<string, OptimizationTarget, CacheAccessMode> EveryTargetNormalAndFast() => Cells.EveryTarget(CacheAccessMode.Normal, CacheAccessMode.Fast);

    /// <summary>A grid bounds its family's groups several at a time (<see cref="SearchBounds.GridBounds"/>); each bound must be, to the
    /// last bit, the one <see cref="SearchBounds.GridBound"/> gives the group alone, or the search would prune differently.</summary>
    [Theory]
    [MemberData(nameof(EveryTargetNormalAndFast))]
    public void A_family_bounded_at_once_gets_each_group_s_own_bound_to_the_last_bit(string cellName, OptimizationTarget target, CacheAccessMode mode)
    {
        var cache = Cells.Cache(16) with { Optimize = target, AccessMode = mode };
        var context = CacheModel.CreateContext(cache, Cells.Named(cellName), Cells.Node(22), CacheModelOptions.Default);
        var shape = SliceShape.Of(cache, cache.CapacityBytes, cache.LineBytes * 8);
        var ws = SearchWorkspace.ForThread();
        OrganizationSearch.Search(context, ws, false, shape.DataEntries, shape.DataBits, cache.Associativity, target, null, 64, 64);
        var families = ws.Families;
        families.Count.ShouldBeGreaterThan(8, "the search built groups to bound");
        var bounds = new SearchBounds(context, target, ws.Tables);
        var random = new Random(7);
        for (var trial = 0; trial < 20; trial++)
        {
            // Any grid: H-tree coefficients, mats and comparator figures drawn over decades; any run of groups, aligned or not.
            var numMats = 1 << random.Next(0, 12);
            var activeMats = 1 << random.Next(0, 6);
            double Draw(double scale) => scale * Math.Pow(10, 3 * random.NextDouble());
            double a = Draw(1), b = Draw(1), c1 = Draw(1), c2 = Draw(1), matLatency = random.Next(2) * Draw(1e-12), matEnergy = random.Next(2) * Draw(1e-15);
            var start = random.Next(0, 5);
            var count = families.Count - start - random.Next(0, 5);

            bounds.GridBounds(families, start, count, numMats, activeMats, a, b, c1, c2, matLatency, matEnergy);

            for (var i = 0; i < count; i++)
            {
                var alone = bounds.GridBound(in families[start + i].Floor, numMats, activeMats, a, b, c1, c2, matLatency, matEnergy);
                BitConverter.DoubleToInt64Bits(families.Bounds[i]).ShouldBe(BitConverter.DoubleToInt64Bits(alone),
                    $"group {start + i} of {families.Count}, trial {trial}: {families.Bounds[i]:R} vs {alone:R}");
            }
        }
    }
}
