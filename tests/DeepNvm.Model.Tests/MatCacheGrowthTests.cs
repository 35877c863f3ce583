using DeepNvm.Model.Banks;

namespace DeepNvm.Model.Tests;

/// <summary>The mat memo grows past its first size (a search of an 8 MB SRAM array meets about 37,000 distinct mats), keeps every
/// mat it holds when it grows, forgets them all when a search starts, and stops memoizing, never failing, when full.</summary>
public class MatCacheGrowthTests
{
    private static MatSummary MatOf(int n) => new() { Width = n, Height = 2 * n, NumRow = n };

    private static long KeyOf(int n) => MatCache.Key(false, 1 + (n & 1), 1 + ((n >> 1) & 1), 1, 1, 1 + (n >> 2) % 100, 1 + n / 400, 1, 1, 1, 1);

    [Fact]
    public void Mats_added_before_the_table_grows_are_found_after_it_and_a_new_search_finds_none()
    {
        var memo = new MatCache();
        const int mats = 40_000;
        for (var n = 0; n < mats; n++)
        {
            memo.Add(KeyOf(n), MatOf(n));
        }

        for (var n = 0; n < mats; n++)
        {
            memo.TryGet(KeyOf(n), out var found).ShouldBeTrue($"mat {n}");
            found.NumRow.ShouldBe(n);
            found.Height.ShouldBe(2.0 * n);
        }

        memo.Hits.ShouldBe(mats);
        memo.Clear();
        memo.TryGet(KeyOf(7), out _).ShouldBeFalse();
        memo.Add(KeyOf(7), MatOf(7));
        memo.TryGet(KeyOf(7), out var again).ShouldBeTrue();
        again.NumRow.ShouldBe(7);
        memo.TryGet(KeyOf(8), out _).ShouldBeFalse();
    }

    [Fact]
    public void A_full_table_stops_memoizing_and_keeps_what_it_has()
    {
        var memo = new MatCache();
        var capacity = (1 << MatCache.MaxBits) * 3 / 4;
        for (var n = 0; n < capacity + 1000; n++)
        {
            memo.Add(KeyOf(n), MatOf(n));
        }

        memo.TryGet(KeyOf(0), out _).ShouldBeTrue();
        memo.TryGet(KeyOf(capacity - 1), out _).ShouldBeTrue();
        memo.TryGet(KeyOf(capacity + 500), out _).ShouldBeFalse();
    }
}
