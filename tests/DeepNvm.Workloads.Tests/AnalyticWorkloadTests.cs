using DeepNvm.Model;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Workloads.Tests;

public class AnalyticWorkloadTests
{
    private static GpuParameters Gpu(string id)
    {
        GpuCatalog.TryGet(id, out var entry).ShouldBeTrue();
        return entry.Parameters;
    }

    private static readonly GpuParameters Gtx1080Ti = Gpu("gtx1080ti");

    public static TheoryData<string> Networks() => new(BuiltInNetworks.Ids);

    [Theory]
    // published parameter counts: torchvision model cards, BERT paper (110 M with pooler), LLaMA-7B (6.7 B)
    [InlineData("alexnet", 61.1e6)]
    [InlineData("vgg16", 138.4e6)]
    [InlineData("googlenet", 6.6e6)]
    [InlineData("resnet18", 11.7e6)]
    [InlineData("resnet50", 25.6e6)]
    [InlineData("squeezenet", 1.25e6)]
    [InlineData("mobilenet_v2", 3.5e6)]
    [InlineData("bert_base", 110e6)]
    [InlineData("llm_7b", 6.74e9)]
    public void Built_in_networks_have_their_published_parameter_counts(string id, double published)
    {
        BuiltInNetworks.TryCreate(id, WorkloadPhase.Inference, null, out var network).ShouldBeTrue();

        (network.Parameters / published).ShouldBeInRange(0.95, 1.05);
    }

    [Theory]
    // published multiply-accumulates per 224×224 image (torchvision model cards, Sze et al. 2017)
    [InlineData("alexnet", 0.71e9)]
    [InlineData("vgg16", 15.5e9)]
    [InlineData("resnet50", 4.1e9)]
    [InlineData("mobilenet_v2", 0.30e9)]
    public void Built_in_CNNs_have_their_published_operation_counts(string id, double macs)
    {
        var w = AnalyticWorkload.Create(id, WorkloadPhase.Inference, 1, Precision.Fp32, Gtx1080Ti);

        (w.Flops / 2 / macs).ShouldBeInRange(0.9, 1.15);
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void Every_built_in_network_gives_totals_for_inference_and_training(string id)
    {
        var batch = id == "llm_7b" ? 1 : 4;
        var precision = id == "llm_7b" ? Precision.Fp16 : Precision.Fp32;
        var infer = AnalyticWorkload.Create(id, WorkloadPhase.Inference, batch, precision, Gtx1080Ti).At(Gtx1080Ti.L2CapacityBytes);
        var train = AnalyticWorkload.Create(id, WorkloadPhase.Training, batch, precision, Gtx1080Ti).At(Gtx1080Ti.L2CapacityBytes);

        infer.L2ReadSectors.ShouldBeGreaterThan(0);
        infer.DramReadSectors.ShouldBeGreaterThan(0);
        infer.DurationSeconds!.Value.ShouldBeGreaterThan(0);
        infer.Family.ShouldBe(MetricFamily.Analytic);
        train.L2ReadSectors.ShouldBeGreaterThan(2 * infer.L2ReadSectors, "backward runs two GEMMs per forward GEMM");
        train.L2WriteSectors.ShouldBeGreaterThan(infer.L2WriteSectors);
        train.Kernels.ShouldBeGreaterThan(2 * infer.Kernels);
    }

    [Theory]
    [MemberData(nameof(Networks))]
    public void DRAM_traffic_never_grows_with_the_L2_capacity(string id)
    {
        var w = AnalyticWorkload.Create(id, id == "llm_7b" ? WorkloadPhase.Decode : WorkloadPhase.Training, 2, Precision.Fp16, Gpu("a100"));
        var capacities = new List<long>();
        for (long c = 256 * 1024; c <= 1L << 34; c *= 2)
        {
            capacities.Add(c);
        }
        var curve = new WorkloadTraffic[capacities.Count];
        w.Curve(capacities, curve);

        for (var i = 1; i < curve.Length; i++)
        {
            curve[i].DramReadSectors.ShouldBeLessThanOrEqualTo(curve[i - 1].DramReadSectors * (1 + 1e-12));
            curve[i].DramWriteSectors.ShouldBeLessThanOrEqualTo(curve[i - 1].DramWriteSectors * (1 + 1e-12));
            curve[i].L2ReadSectors.ShouldBe(curve[0].L2ReadSectors, "L2 requests do not depend on the L2's size");
        }
        curve[^1].DramReadSectors.ShouldBeLessThan(curve[0].DramReadSectors);
    }

    [Fact]
    public void A_capacity_that_holds_the_whole_iteration_leaves_only_the_input_to_read_and_nothing_to_write_back()
    {
        var w = AnalyticWorkload.Create("resnet18", WorkloadPhase.Inference, 1, Precision.Fp16, Gtx1080Ti);
        var huge = w.At((long)(w.FootprintBytes * 4));

        huge.DramReadSectors.ShouldBe(3 * 224 * 224 * 2 / 32.0, 1e-6);
        huge.DramWriteSectors.ShouldBe(0);
    }

    [Fact]
    public void The_curve_equals_the_pointwise_totals()
    {
        var w = AnalyticWorkload.Create("resnet50", WorkloadPhase.Training, 8, Precision.Fp16, Gtx1080Ti);
        var capacities = new long[] { 1 << 20, 3 << 20, 64 << 20 };
        var curve = new WorkloadTraffic[3];
        w.Curve(capacities, curve);

        for (var i = 0; i < 3; i++)
        {
            curve[i].ShouldBe(w.At(capacities[i]));
        }
    }

    [Fact]
    public void Half_precision_moves_about_half_the_bytes_of_single_precision()
    {
        var fp32 = AnalyticWorkload.Create("vgg16", WorkloadPhase.Inference, 8, Precision.Fp32, Gpu("v100"));
        var fp16 = AnalyticWorkload.Create("vgg16", WorkloadPhase.Inference, 8, Precision.Fp16, Gpu("v100"));

        (fp16.L2WriteSectors / fp32.L2WriteSectors).ShouldBe(0.5, 1e-9);
        (fp16.L2ReadSectors / fp32.L2ReadSectors).ShouldBeInRange(0.3, 0.7);
    }

    [Fact]
    public void Im2col_without_L1_reuse_reads_more_from_L2_for_3x3_convolutions()
    {
        var window = AnalyticWorkload.Create("vgg16", WorkloadPhase.Inference, 8, Precision.Fp32, Gtx1080Ti);
        var im2col = AnalyticWorkload.Create("vgg16", WorkloadPhase.Inference, 8, Precision.Fp32, Gtx1080Ti, new AnalyticOptions { ConvInputReuse = ConvInputReuse.Im2Col });

        im2col.L2ReadSectors.ShouldBeGreaterThan(1.5 * window.L2ReadSectors);
    }

    [Fact]
    public void LLM_decode_streams_the_weights_and_the_KV_cache_each_step()
    {
        var decode = AnalyticWorkload.Create("llm_7b", WorkloadPhase.Decode, 1, Precision.Fp16, Gpu("h100"));
        BuiltInNetworks.TryCreate("llm_7b", WorkloadPhase.Decode, null, out var network);
        var weightSectors = network.Parameters * 2 / 32.0;

        var t = decode.At(50L << 20);

        (t.DramReadSectors / weightSectors).ShouldBeInRange(1.0, 1.3);
        t.DurationSeconds!.Value.ShouldBeGreaterThan(network.Parameters * 2 / 3.35e12, "a decode step is bound by the HBM bandwidth");
    }

    [Fact]
    public void Prefill_is_compute_heavy_and_decode_is_not()
    {
        var prefill = AnalyticWorkload.Create("llm_7b", WorkloadPhase.Prefill, 1, Precision.Fp16, Gpu("a100"));
        var decode = AnalyticWorkload.Create("llm_7b", WorkloadPhase.Decode, 1, Precision.Fp16, Gpu("a100"));

        (prefill.Flops / decode.Flops).ShouldBeGreaterThan(500);
    }

    [Fact]
    public void Bad_workloads_are_errors_with_their_ids()
    {
        Should.Throw<WorkloadException>(() => AnalyticWorkload.Create("resnet51", WorkloadPhase.Inference, 1, Precision.Fp32, Gtx1080Ti))
            .Id.ShouldBe(WorkloadDiagnosticIds.UnknownNetwork);
        Should.Throw<WorkloadException>(() => AnalyticWorkload.Create("resnet50", WorkloadPhase.Training, 1, Precision.Int8, Gtx1080Ti))
            .Id.ShouldBe(WorkloadDiagnosticIds.InvalidWorkload);
        Should.Throw<WorkloadException>(() => AnalyticWorkload.Create("resnet50", WorkloadPhase.Inference, 0, Precision.Fp32, Gtx1080Ti))
            .Id.ShouldBe(WorkloadDiagnosticIds.InvalidWorkload);
    }

    [Fact]
    public void A_front_end_can_declare_a_network_as_a_layer_list()
    {
        var b = new NetworkBuilder("tiny", new TensorShape(3, 32, 32));
        var x = b.Conv("conv1", 16, 3, 1, 1);
        b.Relu("relu1");
        b.Conv("conv2", 16, 3, 1, 1);
        b.Sum("add", b.Current, x);
        b.GlobalAvgPool("pool");
        b.Linear("fc", 10, flatten: true);
        var network = b.Build();

        network.Layers.Count.ShouldBe(6);
        ((ConvLayer)network.Layers[2]).InChannels.ShouldBe(16);
        var t = AnalyticWorkload.Create(network, WorkloadPhase.Training, 16, Precision.Fp32, Gtx1080Ti).At(1 << 20);
        t.L2ReadSectors.ShouldBeGreaterThan(0);

        var broken = network with { Layers = new Layer[] { new LinearLayer("fc", 10, 10) { Inputs = new[] { "nowhere" } } } };
        Should.Throw<WorkloadException>(() => AnalyticWorkload.Create(broken, WorkloadPhase.Inference, 1, Precision.Fp32, Gtx1080Ti))
            .Message.ShouldContain("nowhere");
    }
}
