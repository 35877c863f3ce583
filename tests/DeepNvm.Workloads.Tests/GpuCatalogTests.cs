using DeepNvm.Model;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Workloads.Tests;

public class GpuCatalogTests
{
    [Theory]
    [InlineData("gtx1080ti", 28, 2816)]
    [InlineData("V100", 80, 6144)]
    [InlineData("a100", 108, 40960)]
    [InlineData("Jetson AGX Xavier", 8, 512)]
    public void Gpus_are_found_by_id_or_name_with_their_SMs_and_L2(string id, int sms, int l2KiB)
    {
        GpuCatalog.TryGet(id, out var gpu).ShouldBeTrue();

        gpu.Parameters.StreamingMultiprocessors.ShouldBe(sms);
        gpu.Parameters.L2CapacityBytes.ShouldBe(l2KiB * 1024L);
    }

    [Fact]
    public void Every_gpu_of_the_reference_table_is_built_in()
    {
        GpuCatalog.Ids.ShouldBe(new[] { "gtx1080ti", "titanx", "p100", "v100", "t4", "a100", "rtx3090", "h100", "h200", "xavier", "orin" });
    }

    [Theory]
    // vendor peak figures: V100 SXM2 125 TFLOPS FP16 tensor / 15.7 FP32; A100 312 FP16 dense / 19.5 FP32; GTX 1080 Ti 11.3 FP32
    [InlineData("v100", Precision.Fp16, 125e12)]
    [InlineData("v100", Precision.Fp32, 15.7e12)]
    [InlineData("a100", Precision.Fp16, 312e12)]
    [InlineData("a100", Precision.Fp32, 19.5e12)]
    [InlineData("gtx1080ti", Precision.Fp32, 11.3e12)]
    public void Peak_throughput_matches_the_vendor_figures(string id, Precision precision, double peak)
    {
        GpuCatalog.TryGet(id, out var gpu);

        (Throughput.PeakFlops(gpu.Parameters, gpu.Architecture, precision, out _) / peak).ShouldBeInRange(0.98, 1.02);
    }

    [Fact]
    public void A_gpu_has_the_architecture_it_declares_never_one_guessed_from_its_name()
    {
        GpuCatalog.ArchitectureOf(new GpuParameters { Name = "MyAccelerator", Architecture = GpuArchitecture.Hopper }).ShouldBe(GpuArchitecture.Hopper);
        GpuCatalog.ArchitectureOf(new GpuParameters { Name = "Gtx1080Ti" }).ShouldBe(GpuArchitecture.Generic, "a name is not an architecture");
    }
}
