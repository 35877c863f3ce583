namespace DeepNvm.Model.Tests;

/// <summary>A warm-started organization search (the incumbent evaluated first, its score the pruning cutoff)
/// finds exactly the cold search's organization and figures, whatever the incumbent was.</summary>
public class WarmStartTests
{
    public static TheoryData<string, OptimizationTarget> Configurations()
    {
        var data = new TheoryData<string, OptimizationTarget>();
        foreach (var cell in new[] { "sram", "stt", "sot" })
        {
            foreach (var target in new[] { OptimizationTarget.ReadEdp, OptimizationTarget.ReadLatency, OptimizationTarget.WriteEdp })
            {
                data.Add(cell, target);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Configurations))]
    public void A_warm_start_gives_the_cold_searchs_result_from_any_incumbent(string cellName, OptimizationTarget target)
    {
        var cell = Cells.Named(cellName);
        // Another sample's figures for the same cell: a larger cell, other sense and write figures.
        var other = cell with
        {
            Area = new FeatureScaled(cell.Area.Value * 1.3, cell.Area.FeaturePower),
            SenseDelaySeconds = cell.Kind == CellKind.Sram ? null : 2e-9,
            SenseEnergyJoules = cell.Kind == CellKind.Sram ? null : 200e-15,
            WriteEnergyJoules = cell.Kind == CellKind.Sram ? null : 3e-12,
        };
        var node = Cells.Node(22);
        foreach (var megabytes in new[] { 0.25, 1.0, 3.0 }) // 3 MB: interpolated between 2 and 4 MB
        {
            var cache = Cells.Cache(megabytes) with { Optimize = target };
            var cold = Succeeded(CacheModel.Characterize(cache, cell, node));
            var incumbents = new[]
            {
                Succeeded(CacheModel.Characterize(cache, other, node)),                          // the same cache, other figures
                Succeeded(CacheModel.Characterize(Cells.Cache(megabytes * 4) with { Optimize = target }, cell, node)), // another capacity
                Succeeded(CacheModel.Characterize(cache, cell.Kind == CellKind.Sram ? Cells.Stt : Cells.Sram, node)), // another cell kind
                cold,                                                                              // the optimum itself
            };

            foreach (var incumbent in incumbents)
            {
                var warm = Succeeded(CacheModel.Characterize(cache, cell, node, null, incumbent));
                Figures(warm).ShouldBe(Figures(cold), $"{cellName} {target} {megabytes} MB");
            }

            // Started from the optimum, the search evaluates no more candidates than cold (usually far fewer).
            Succeeded(CacheModel.Characterize(cache, cell, node, null, cold)).CandidatesEvaluated.ShouldBeLessThanOrEqualTo(cold.CandidatesEvaluated);
        }
    }

    private static CacheCharacteristics Succeeded(CacheModelResult result)
    {
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        return result.Characteristics!;
    }

    /// <summary>Everything but the count of candidates evaluated (the one thing a warm start changes).</summary>
    private static CacheCharacteristics Figures(CacheCharacteristics c) => c with
    {
        CandidatesEvaluated = 0,
        Upper = c.Upper is null ? null : Figures(c.Upper),
    };
}
