using System;

namespace DeepNvm.Workloads.Analytic;

/// <summary>A CTA tile of the output matrix: <see cref="M"/> rows × <see cref="N"/> columns.</summary>
public readonly record struct CtaTile(int M, int N)
{
    public long Area => (long)M * N;
    public override string ToString() => M + "x" + N;
}

/// <summary>
/// A GEMM C[M×N] = A[M×K]·B[K×N], repeated <see cref="Count"/> times (batched GEMM, grouped
/// convolution). Element sizes in bytes; <see cref="AReuse"/>/<see cref="BReuse"/> scale the L2 bytes of
/// an operand panel (below 1 when L1 serves part of it, as for the im2col operand of a convolution).
/// </summary>
public sealed record GemmShape(long M, long N, long K, long Count = 1, double ElementBytesA = 2, double ElementBytesB = 2,
    double ElementBytesC = 2, double AReuse = 1, double BReuse = 1, bool ReadsC = false)
{
    public double Flops => 2.0 * Count * M * N * K;
    /// <summary>Distinct bytes of A, B and C per product.</summary>
    public double BytesA => ElementBytesA * M * K * AReuseDistinct;
    public double BytesB => ElementBytesB * K * N * BReuseDistinct;
    public double BytesC => ElementBytesC * M * N;
    /// <summary>Distinct-data scale of an operand: an im2col operand holds each input element R·S times,
    /// so its distinct bytes are those of the input tensor; the caller sets these through
    /// <see cref="DistinctA"/>/<see cref="DistinctB"/>.</summary>
    internal double AReuseDistinct { get; init; } = 1;
    internal double BReuseDistinct { get; init; } = 1;

    /// <summary>Returns a copy whose operand A has <paramref name="fraction"/> of the im2col bytes as distinct data.</summary>
    public GemmShape DistinctA(double fraction) => this with { AReuseDistinct = fraction };
    public GemmShape DistinctB(double fraction) => this with { BReuseDistinct = fraction };
}

/// <summary>A re-read of data the L2 held before, at LRU stack distance <see cref="DistanceBytes"/>.</summary>
public readonly record struct ReuseEvent(double Bytes, double DistanceBytes);

/// <summary>What the tiled-GEMM model says about one GEMM (capacity-independent part).</summary>
public sealed record GemmTraffic(CtaTile Tile, int CtasPerWave, double Waves, double L2ReadBytes, double L2WriteBytes,
    double CompulsoryReadBytes, double CompulsoryWriteBytes, ReuseEvent[] Refetches)
{
    /// <summary>DRAM bytes read at an L2 capacity: compulsory plus the re-reads whose reuse distance the
    /// capacity does not cover (see <see cref="ReuseCurve.HitFraction"/>).</summary>
    public double DramReadBytes(double capacityBytes, AnalyticOptions options)
    {
        var bytes = CompulsoryReadBytes;
        foreach (var r in Refetches)
        {
            bytes += r.Bytes * (1 - ReuseCurve.HitFraction(r.DistanceBytes, capacityBytes, options));
        }
        return bytes;
    }
}

/// <summary>
/// The tiled-GEMM traffic model (profilers.md §3c method 2, after NVIDIA's "Matrix Multiplication
/// Background" guide): a CTA computing an Mt×Nt tile streams an Mt×K panel of A and a K×Nt panel of B
/// through L2, so L2 read bytes = e·K·(M·⌈N/Nt⌉ + N·⌈M/Mt⌉) and L2 write bytes = e_C·M·N. DRAM traffic:
/// each operand once (compulsory) plus the panels that one wave of CTAs re-reads after the previous wave
/// and that the L2 no longer holds.
/// </summary>
public static class GemmModel
{
    /// <summary>CTA tiles of tensor-core kernels, largest first (cuBLAS/CUTLASS typical tiles).</summary>
    public static readonly CtaTile[] TensorCoreTiles =
    {
        new(256, 128), new(128, 256), new(128, 128), new(256, 64), new(64, 256), new(128, 64), new(64, 128), new(64, 64),
    };

    /// <summary>CTA tiles of SIMT (FP32 CUDA-core) kernels, largest first.</summary>
    public static readonly CtaTile[] SimtTiles =
    {
        new(128, 128), new(128, 64), new(64, 128), new(64, 64), new(64, 32), new(32, 64), new(32, 32),
    };

    /// <summary>Concurrent CTAs of a tile per SM: max(1, min(4, occupancyElements / (Mt·Nt))).</summary>
    public static int CtasPerSm(CtaTile tile, int occupancyElements) =>
        (int)Math.Max(1, Math.Min(4, occupancyElements / tile.Area));

    /// <summary>The largest tile whose grid fills every SM at least once; the smallest tile when none does
    /// (a heuristic in the spirit of cuBLAS's: big tiles for reuse, enough CTAs for the machine).</summary>
    public static CtaTile ChooseTile(long m, long n, long count, bool tensorCore, int sms)
    {
        var tiles = tensorCore ? TensorCoreTiles : SimtTiles;
        foreach (var t in tiles)
        {
            if (Ceil(m, t.M) * Ceil(n, t.N) * count >= sms)
            {
                return t;
            }
        }
        return tiles[tiles.Length - 1];
    }

    private static long Ceil(long a, long b) => (a + b - 1) / b;

    /// <summary>L2 and DRAM traffic of a GEMM with a given tile and wave size.</summary>
    public static GemmTraffic Traffic(GemmShape g, CtaTile tile, int ctasPerWave)
    {
        var gx = Ceil(g.N, tile.N);                 // CTA columns (launch order: x fastest)
        var gy = Ceil(g.M, tile.M);                 // CTA rows
        var ctas = (double)gx * gy;                 // per product
        var aRead = g.ElementBytesA * g.AReuse * g.M * g.K * gx;
        var bRead = g.ElementBytesB * g.BReuse * g.N * g.K * gy;
        var cRead = g.ReadsC ? g.BytesC : 0;
        var l2Read = g.Count * (aRead + bRead + cRead);
        var l2Write = g.Count * g.BytesC;
        var compulsoryRead = g.Count * (g.BytesA + g.BytesB + cRead);
        var compulsoryWrite = g.Count * g.BytesC;
        var refetches = Array.Empty<ReuseEvent>();
        var w = (double)ctasPerWave;
        var waves = g.Count * ctas / w;
        if (ctas > w)
        {
            // distinct bytes of one panel row of A (Mt×K) and one panel column of B (K×Nt)
            var aPanel = g.BytesA / gy;
            var bPanel = g.BytesB / gx;
            var wavesPerProduct = ctas / w;
            if (w >= gx)
            {
                // a wave covers whole rows: every later wave re-reads all of B
                var rowsPerWave = Math.Min(gy, w / gx + 1);
                var distance = rowsPerWave * aPanel + g.BytesB;
                refetches = new[] { new ReuseEvent(g.Count * (wavesPerProduct - 1) * g.BytesB, distance) };
            }
            else
            {
                // a wave covers part of a row: the row's A panel is re-read by the row's later waves,
                // and every B panel once per row
                var aDistance = aPanel + w * bPanel;
                var bDistance = aPanel + g.BytesB;
                refetches = new[]
                {
                    new ReuseEvent(g.Count * (gx / w - 1) * g.BytesA, aDistance),
                    new ReuseEvent(g.Count * (gy - 1) * g.BytesB, bDistance),
                };
            }
        }
        return new GemmTraffic(tile, ctasPerWave, waves, l2Read, l2Write, compulsoryRead, compulsoryWrite, refetches);
    }
}

/// <summary>The hit model shared by every reuse: a reuse at LRU stack distance D in a cache of usable
/// capacity C' = C·UsableCapacityFraction hits with probability clamp((C' − D) / (w·C'), 0, 1), w =
/// ReuseRampWidth (w = 0: a step at D = C', ideal LRU).</summary>
public static class ReuseCurve
{
    public static double HitFraction(double distanceBytes, double capacityBytes, AnalyticOptions options)
    {
        var c = capacityBytes * options.UsableCapacityFraction;
        if (c <= 0 || double.IsInfinity(distanceBytes))
        {
            return 0;
        }
        var w = options.ReuseRampWidth;
        if (w <= 0)
        {
            return distanceBytes <= c ? 1 : 0;
        }
        var h = (c - distanceBytes) / (w * c);
        return h <= 0 ? 0 : h >= 1 ? 1 : h;
    }
}
