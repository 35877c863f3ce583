namespace DeepNvm.Model.Tests;

/// <summary>Branch and bound returns the exhaustive search's optimum (docs/model.md §10): 432 configurations, SRAM, STT
/// and SOT × 22, 16 and 7 nm × Normal, Sequential and Fast access × every optimization target (read and write latency,
/// energy and EDP, leakage, area) × 256 and 512 KB, each characterized pruned and exhaustively: the same data and tag
/// organizations and the same figures. Slow (category "Slow", run by CI with the rest; `--filter Category!=Slow` skips it while iterating).</summary>
public class PrunedSearchEquivalenceTests
{
    public static TheoryData<string, double> Slices()
    {
        var data = new TheoryData<string, double>();
        foreach (var cell in new[] { "Sram", "Stt", "Sot" })
        {
            foreach (var nm in new[] { 22.0, 16.0, 7.0 })
            {
                data.Add(cell, nm);
            }
        }

        return data;
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Slices))]
    public void The_pruned_search_returns_the_exhaustive_optimum_for_every_mode_target_and_capacity(string cellName, double nm)
    {
        var cell = cellName switch { "Sram" => Cells.Sram, "Stt" => Cells.Stt, _ => Cells.Sot };
        var configurations = new List<CacheParameters>();
        foreach (var mode in new[] { CacheAccessMode.Normal, CacheAccessMode.Sequential, CacheAccessMode.Fast })
        {
            foreach (var target in Enum.GetValues<OptimizationTarget>())
            {
                foreach (var megabytes in new[] { 0.25, 0.5 })
                {
                    configurations.Add(Cells.Cache(megabytes) with { AccessMode = mode, Optimize = target });
                }
            }
        }

        var differences = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(configurations, cache =>
        {
            var pruned = CacheModel.Characterize(cache, cell, Cells.Node(nm)).Characteristics!;
            var exhaustive = CacheModel.Characterize(cache, cell, Cells.Node(nm), new CacheModelOptions { Prune = false }).Characteristics!;
            var same = pruned.Data!.Organization.Equals(exhaustive.Data!.Organization) && pruned.Tag!.Organization.Equals(exhaustive.Tag!.Organization)
                && pruned.HitLatencySeconds == exhaustive.HitLatencySeconds && pruned.HitEnergyJoules == exhaustive.HitEnergyJoules
                && pruned.WriteLatencySeconds == exhaustive.WriteLatencySeconds && pruned.WriteEnergyJoules == exhaustive.WriteEnergyJoules
                && pruned.MissLatencySeconds == exhaustive.MissLatencySeconds && pruned.LeakageWatts == exhaustive.LeakageWatts
                && pruned.AreaSquareMeters == exhaustive.AreaSquareMeters;
            if (!same)
            {
                differences.Add($"{cellName} {nm} nm {cache.AccessMode} {cache.Optimize} {cache.CapacityBytes / 1024} KB: pruned {pruned.Data!.Organization} / "
                    + $"{pruned.Tag!.Organization}, exhaustive {exhaustive.Data!.Organization} / {exhaustive.Tag!.Organization}");
            }
        });

        configurations.Count.ShouldBe(48);
        differences.ShouldBeEmpty();
    }
}
