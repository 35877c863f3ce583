using DeepNvm.Workloads.Analytic;

namespace DeepNvm.Workloads.Tests;

/// <summary>The tiled-GEMM model against the public V100 (QV100) counts of Accel-Sim's AccelWattch
/// hw_perf.csv (profilers.md §3c): L2 read sectors = L2_RH + L2_RM, DRAM read sectors = DRAM_Rd.</summary>
public class GemmModelTests
{
    private const long V100L2 = 6L * 1024 * 1024;
    private const int V100Sms = 80;

    // cudaTensorCoreGemm: M = N = K = 4096, fp16 A and B, fp32 C read (beta) and D written, 128×128 CTA tile,
    // one CTA per SM (the sample launches one persistent CTA per SM).
    private static readonly GemmShape TensorCoreGemm = new(4096, 4096, 4096, 1, 2, 2, 4, ReadsC: true);

    [Fact]
    public void Cuda_tensor_core_gemm_L2_reads_are_within_2x_of_the_measured_count()
    {
        const double measured = 52_232_060 + 16_973_824;
        var t = GemmModel.Traffic(TensorCoreGemm, new CtaTile(128, 128), V100Sms);

        var ratio = t.L2ReadBytes / 32 / measured;

        ratio.ShouldBeInRange(0.5, 2.0);
    }

    [Fact]
    public void Cuda_tensor_core_gemm_DRAM_reads_at_6MB_are_within_2x_of_the_measured_count()
    {
        const double measured = 16_974_052;
        var t = GemmModel.Traffic(TensorCoreGemm, new CtaTile(128, 128), V100Sms);

        var ratio = t.DramReadBytes(V100L2, AnalyticOptions.Default) / 32 / measured;

        ratio.ShouldBeInRange(0.5, 2.0);
        (t.DramReadBytes(V100L2, AnalyticOptions.Default) / t.CompulsoryReadBytes).ShouldBeGreaterThan(2, "B is re-read by every wave: the L2 cannot hold it");
    }

    [Theory]
    // cutlass_perf_test wmma_gemm_nn (128×128 tile, fp16 in, fp32 out), shapes from Accel-Sim's run script
    [InlineData(2560, 16, 2560, 48_640 + 412_160, 412_168)]
    [InlineData(4096, 128, 4096, 1_015_808 + 1_081_344, 1_081_352)]
    [InlineData(2560, 512, 2560, 2_785_280 + 491_520, 491_528)]
    public void Cutlass_wmma_gemm_L2_and_DRAM_reads_are_within_2x_of_the_measured_counts(int m, int n, int k, double l2Reads, double dramReads)
    {
        var t = GemmModel.Traffic(new GemmShape(m, n, k, 1, 2, 2, 4), new CtaTile(128, 128), V100Sms);

        (t.L2ReadBytes / 32 / l2Reads).ShouldBeInRange(0.5, 2.0);
        (t.DramReadBytes(V100L2, AnalyticOptions.Default) / 32 / dramReads).ShouldBeInRange(0.5, 2.0);
    }

    [Fact]
    public void DRAM_reads_fall_to_the_compulsory_traffic_as_the_L2_grows_past_a_wave_footprint()
    {
        var t = GemmModel.Traffic(TensorCoreGemm, new CtaTile(128, 128), V100Sms);
        var previous = double.MaxValue;
        for (long c = 1 << 20; c <= 1L << 30; c *= 2)
        {
            var dram = t.DramReadBytes(c, AnalyticOptions.Default);
            dram.ShouldBeLessThanOrEqualTo(previous);
            previous = dram;
        }
        previous.ShouldBe(t.CompulsoryReadBytes, t.CompulsoryReadBytes * 1e-12);
    }

    [Fact]
    public void L2_reads_follow_the_panel_formula()
    {
        // e·K·(M·⌈N/Nt⌉ + N·⌈M/Mt⌉) with e = 2, M = 300, N = 200, K = 64, tile 128×64
        var t = GemmModel.Traffic(new GemmShape(300, 200, 64, 1, 2, 2, 2), new CtaTile(128, 64), 1000);

        t.L2ReadBytes.ShouldBe(2.0 * 64 * (300 * 4 + 200 * 3));
        t.L2WriteBytes.ShouldBe(2.0 * 300 * 200);
        t.Refetches.ShouldBeEmpty("one wave holds every CTA");
    }

    [Fact]
    public void Tile_choice_prefers_big_tiles_but_fills_the_machine()
    {
        GemmModel.ChooseTile(4096, 4096, 1, tensorCore: true, sms: 80).ShouldBe(new CtaTile(256, 128));
        GemmModel.ChooseTile(512, 512, 1, tensorCore: true, sms: 80).Area.ShouldBeLessThan(128 * 128);
        GemmModel.ChooseTile(4096, 4096, 1, tensorCore: false, sms: 80).ShouldBe(new CtaTile(128, 128));
    }

    [Fact]
    public void The_hit_ramp_is_a_step_for_ideal_LRU()
    {
        var lru = new AnalyticOptions { ReuseRampWidth = 0 };
        ReuseCurve.HitFraction(99, 100, lru).ShouldBe(1);
        ReuseCurve.HitFraction(101, 100, lru).ShouldBe(0);
        ReuseCurve.HitFraction(75, 100, AnalyticOptions.Default).ShouldBe(0.5, 1e-12);
        ReuseCurve.HitFraction(double.PositiveInfinity, 1e12, AnalyticOptions.Default).ShouldBe(0);
    }
}
