using DeepNvm.Model.Banks;

namespace DeepNvm.Model.Tests;

/// <summary>The mat memo's key holds everything a mat depends on, so two different mats never share a result
/// (issue 11, item 7: a 16-bit field folded 1 KB × 16-way Fast-mode mats onto one another).</summary>
public class MatCacheKeyTests
{
    private static long KeyOf(long matBlockBits, int numWay = 1, int address = 9) =>
        MatCache.Key(false, 2, 2, 1, 1, address, matBlockBits, numWay, 1, 1, 1);

    [Fact]
    public void Fast_mode_sets_of_one_kilobyte_lines_and_sixteen_ways_get_keys_of_their_own()
    {
        // A Fast-mode access reads the whole set: 1024 B × 8 × 16 ways = 131 072 bits, split over 1, 2, 4 … active mats.
        // 131 072 and 65 536 both end in sixteen zero bits: a 16-bit field gave them one key.
        const long set = 1024L * 8 * 16;
        var keys = new[] { KeyOf(set), KeyOf(set / 2), KeyOf(set / 4), KeyOf(set / 8), KeyOf(set * 4) };
        keys.ShouldAllBe(k => k != MatCache.NoKey);
        keys.Distinct().Count().ShouldBe(keys.Length);
    }

    [Fact]
    public void Every_field_changes_the_key()
    {
        var baseKey = MatCache.Key(false, 1, 1, 1, 1, 10, 512, 16, 2, 1, 1);
        new[]
        {
            MatCache.Key(true, 1, 1, 1, 1, 10, 512, 16, 2, 1, 1),
            MatCache.Key(false, 2, 1, 1, 1, 10, 512, 16, 2, 1, 1),
            MatCache.Key(false, 1, 2, 1, 1, 10, 512, 16, 2, 1, 1),
            MatCache.Key(false, 1, 1, 2, 1, 10, 512, 16, 2, 1, 1),
            MatCache.Key(false, 1, 1, 1, 2, 10, 512, 16, 2, 1, 1),
            MatCache.Key(false, 1, 1, 1, 1, 11, 512, 16, 2, 1, 1),
            MatCache.Key(false, 1, 1, 1, 1, 10, 1024, 16, 2, 1, 1),
            MatCache.Key(false, 1, 1, 1, 1, 10, 512, 32, 2, 1, 1),
            MatCache.Key(false, 1, 1, 1, 1, 10, 512, 16, 4, 1, 1),
            MatCache.Key(false, 1, 1, 1, 1, 10, 512, 16, 2, 2, 1),
            MatCache.Key(false, 1, 1, 1, 1, 10, 512, 16, 2, 1, 2),
        }.ShouldAllBe(k => k != baseKey && k != MatCache.NoKey);
    }

    [Fact]
    public void A_mat_beyond_the_keys_widths_is_not_memoized_rather_than_folded_onto_another()
    {
        KeyOf(1L << 26).ShouldBe(MatCache.NoKey);
        KeyOf(512, numWay: 1 << 10).ShouldBe(MatCache.NoKey);
        KeyOf(512, address: 1 << 7).ShouldBe(MatCache.NoKey);

        var cache = new MatCache();
        cache.Add(MatCache.NoKey, new MatSummary { Height = 1 });
        cache.TryGet(MatCache.NoKey, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_one_kilobyte_sixteen_way_fast_cache_reports_the_figures_of_its_organization_evaluated_without_the_memo()
    {
        var cache = Cells.Cache(1) with { LineBytes = 1024, AccessMode = CacheAccessMode.Fast };
        var result = CacheModel.Characterize(cache, Cells.Sram, Cells.Node(22), new CacheModelOptions { WithoutTag = true });
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        var data = result.Characteristics!.Data!;
        var o = data.Organization;

        // The set (1 KB x 16 ways = 131 072 bits) is one access; re-evaluate the chosen bank with an empty memo.
        const long set = 1024L * 8 * 16;
        var context = CacheModel.CreateContext(cache, Cells.Sram, Cells.Node(22), CacheModelOptions.Default);
        var fresh = Bank.Evaluate(context, new HtreeWorkspace(), false, o.RowMats, o.ColumnMats, cache.CapacityBytes * 8, set, 1,
            o.ActiveColumnMats, o.ActiveRowMats, o.MuxSenseAmp, o.MuxLev1, o.MuxLev2, o.RowSubarrays, o.ColumnSubarrays,
            o.ActiveColumnSubarrays, o.ActiveRowSubarrays);
        fresh.Invalid.ShouldBeFalse();
        data.ReadLatencySeconds.ShouldBe(fresh.ReadLatency);
        data.ReadEnergyJoules.ShouldBe(fresh.ReadEnergy);
        data.AreaSquareMeters.ShouldBe(fresh.Area);
    }
}
