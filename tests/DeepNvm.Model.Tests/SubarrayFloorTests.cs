using DeepNvm.Model.Banks;
using DeepNvm.Model.Cache;

namespace DeepNvm.Model.Tests;

/// <summary>A split's bound takes the subarray laid out and evaluated at a step input (<see cref="LaidOutSubarrays"/>) as a floor
/// under every mat built from it: the mat is at least the subarray's width times its subarrays per row and height times its
/// subarrays per column, its latencies at least the subarray's, its energies at least the subarray's times the active
/// subarrays, its leakage at least the subarray's times all of them.</summary>
public class SubarrayFloorTests
{
    [Theory]
    [InlineData("sram", CacheAccessMode.Normal)]
    [InlineData("sram", CacheAccessMode.Sequential)]
    [InlineData("stt", CacheAccessMode.Normal)]
    [InlineData("sot", CacheAccessMode.Fast)]
    public void Every_mat_built_from_a_subarray_is_at_least_the_subarrays_floor(string cellName, CacheAccessMode mode)
    {
        var cell = Cells.Named(cellName);
        var node = Cells.Node(22);
        var cache = Cells.Cache(1) with { AccessMode = mode };
        var context = CacheModel.CreateContext(cache, cell, node, CacheModelOptions.Default);
        var floors = new LaidOutSubarrays();
        floors.Reset(context, BufferDesignSearch.Of(context.BufferDesign), OptimizationTarget.ReadEdp);
        floors.Enabled.ShouldBeTrue();
        var checkedMats = 0;
        foreach (var address in new[] { 7, 9, 11 })
        foreach (var matBits in new[] { 256L, 1024L })
        foreach (var (rowSub, colSub) in new[] { (1, 1), (2, 1), (1, 2), (2, 2) })
        foreach (var (activeRow, activeColumn) in new[] { (1, 1), (colSub, rowSub) })
        foreach (var (sense, lev1, lev2) in new[] { (1, 1, 1), (4, 1, 1), (2, 2, 1), (1, 2, 4) })
        {
            var mat = Mat.Evaluate(context, false, rowSub, colSub, address, matBits, cache.Associativity, activeRow, activeColumn, sense, lev1, lev2);
            if (mat.Invalid)
            {
                continue;
            }

            var floor = floors.Of(mat.SubArray.NumRow, mat.SubArray.NumColumn, sense, lev1, lev2);
            var what = $"{cellName} {mode} address {address}, {matBits} bits, {rowSub}x{colSub} ({activeRow}x{activeColumn} active), mux {sense}/{lev1}/{lev2}";
            floor.Known.ShouldBeTrue(what);
            (floor.Width * colSub).ShouldBeLessThanOrEqualTo(mat.Width * (1 + 1e-12), what);
            (floor.Height * rowSub).ShouldBeLessThanOrEqualTo(mat.Height * (1 + 1e-12), what);
            floor.ReadLatency.ShouldBeLessThanOrEqualTo(mat.ReadLatency * (1 + 1e-12), what);
            floor.WriteLatency.ShouldBeLessThanOrEqualTo(mat.WriteLatency * (1 + 1e-12), what);
            (floor.ReadEnergy * activeRow * activeColumn).ShouldBeLessThanOrEqualTo(mat.ReadEnergy * (1 + 1e-12), what);
            (floor.WriteEnergy * activeRow * activeColumn).ShouldBeLessThanOrEqualTo(mat.WriteEnergy * (1 + 1e-12), what);
            (floor.Leakage * rowSub * colSub).ShouldBeLessThanOrEqualTo(mat.Leakage * (1 + 1e-12), what);
            checkedMats++;
        }

        checkedMats.ShouldBeGreaterThanOrEqualTo(84, "mats checked (192 tried; an MRAM cell rejects the tallest subarrays)");
    }

    [Theory]
    [InlineData("sram", CacheAccessMode.Sequential)]
    [InlineData("stt", CacheAccessMode.Normal)]
    [InlineData("sot", CacheAccessMode.Fast)]
    public void The_laid_out_subarray_gives_the_mats_predecoders_so_its_outline_exactly_and_its_latency_and_energy_at_least(string cellName,
        CacheAccessMode mode)
    {
        var cell = Cells.Named(cellName);
        var cache = Cells.Cache(1) with { AccessMode = mode };
        var context = CacheModel.CreateContext(cache, cell, Cells.Node(22), CacheModelOptions.Default);
        var floors = new LaidOutSubarrays();
        floors.Reset(context, BufferDesignSearch.Of(context.BufferDesign), OptimizationTarget.ReadEdp);
        var checkedMats = 0;
        foreach (var address in new[] { 7, 9, 11 })
        foreach (var (rowSub, colSub) in new[] { (1, 1), (2, 1), (1, 2), (2, 2) })
        foreach (var (activeRow, activeColumn) in new[] { (1, 1), (colSub, rowSub) })
        foreach (var (sense, lev1, lev2) in new[] { (1, 1, 1), (4, 1, 1), (2, 2, 1), (1, 2, 4), (8, 8, 2) })
        {
            var mat = Mat.Evaluate(context, false, rowSub, colSub, address, 512, cache.Associativity, activeRow, activeColumn, sense, lev1, lev2);
            if (mat.Invalid)
            {
                continue;
            }

            var floor = floors.Of(mat.SubArray.NumRow, mat.SubArray.NumColumn, sense, lev1, lev2);
            var matAddressBits = address - Mat.Log2(rowSub * colSub / (activeRow * activeColumn));
            var predecoders = MatPredecoders.Of(context, null, floor.Width, floor.Height, rowSub, colSub, matAddressBits, sense, lev1, lev2);
            MatPredecoders.Outline(floor.Width, floor.Height, rowSub, colSub, predecoders.Area, out var width, out var height);
            var what = $"{cellName} {mode} address {address}, {rowSub}x{colSub} ({activeRow}x{activeColumn} active), mux {sense}/{lev1}/{lev2}";
            predecoders.Known.ShouldBeTrue(what);
            width.ShouldBe(mat.Width, what);
            height.ShouldBe(mat.Height, what);

            // What the split bound takes: the mat as a per-subarray floor, its outline to a rounding, its figures at most the mat's.
            var matFloor = floor.WithMat(in predecoders, rowSub, colSub, activeRow * activeColumn);
            (matFloor.Width * colSub).ShouldBe(mat.Width, mat.Width * 1e-12, what);
            (matFloor.Height * rowSub).ShouldBe(mat.Height, mat.Height * 1e-12, what);
            matFloor.ReadLatency.ShouldBeLessThanOrEqualTo(mat.ReadLatency * (1 + 1e-12), what);
            matFloor.WriteLatency.ShouldBeLessThanOrEqualTo(mat.WriteLatency * (1 + 1e-12), what);
            (matFloor.ReadEnergy * activeRow * activeColumn).ShouldBeLessThanOrEqualTo(mat.ReadEnergy * (1 + 1e-12), what);
            (matFloor.WriteEnergy * activeRow * activeColumn).ShouldBeLessThanOrEqualTo(mat.WriteEnergy * (1 + 1e-12), what);
            (matFloor.ReadLatency - floor.ReadLatency).ShouldBe(predecoders.Latency, predecoders.Latency * 1e-9, what);
            checkedMats++;
        }

        checkedMats.ShouldBeGreaterThanOrEqualTo(40, "mats checked (120 tried)");
    }

    [Fact]
    public void The_table_answers_nothing_when_the_bound_must_hold_for_every_buffer_design_or_the_target_is_leakage()
    {
        var cache = Cells.Cache(1);
        var context = CacheModel.CreateContext(cache, Cells.Sram, Cells.Node(22), CacheModelOptions.Default);
        var floors = new LaidOutSubarrays();

        floors.Reset(context, BufferDesignSearch.All, OptimizationTarget.ReadLatency);
        floors.Enabled.ShouldBeFalse();
        floors.Of(256, 256, 1, 1, 1).Known.ShouldBeFalse();

        floors.Reset(context, BufferDesignSearch.Of(context.BufferDesign), OptimizationTarget.Leakage);
        floors.Enabled.ShouldBeFalse();
    }
}
