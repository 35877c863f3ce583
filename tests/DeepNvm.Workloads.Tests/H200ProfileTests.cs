using DeepNvm.Model;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Platforms;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

/// <summary>
/// The Nsight Compute profiles measured on an H200 (examples/h200-profiles): what the importer reads from
/// them, and the analytic model against them as docs/validation-workloads.md §6 reports it. The totals are
/// read off the committed files; the ratios are the model's on the built-in H200 (60 MiB L2), to the two
/// decimals the document prints.
/// </summary>
public class H200ProfileTests
{
    private static string Profile(string name) =>
        Path.Combine(RepositoryPaths.Root, "examples", "h200-profiles", "h200-" + name + ".ncu-raw.csv");

    private static ImportedProfile Import(string name, MetricFamily? family = null) =>
        ProfileImporter.Import(Profile(name), new ProfileImportOptions { Family = family });

    private static readonly GpuParameters H200 = GpuCatalog.TryGet("h200", out var entry) ? entry.Parameters : null!;

    [Theory]
    [InlineData("alexnet-infer-fp16-b64", 40, 40549654, 19971363, 5866744, 6938704, 959488)]
    [InlineData("alexnet-infer-fp16-b64-repeat", 37, 40852829, 20933944, 5091184, 5348456, 1002784)]
    [InlineData("alexnet-train-tf32-b64", 128, 339362920, 125001219, 93689384, 70083736, 4206336)]
    [InlineData("vgg16-infer-fp16-b16", 89, 226111967, 117677769, 55197808, 59974248, 3026592)]
    [InlineData("squeezenet-infer-fp16-b32", 119, 82600669, 77850261, 15305336, 28614368, 2218784)]
    [InlineData("mobilenet_v2-infer-fp16-b32", 264, 70983050, 68180231, 13426688, 24067552, 2543712)]
    [InlineData("resnet50-infer-fp16-b8", 344, 63758662, 37501023, 3116624, 7891336, 1860448)]
    [InlineData("resnet50-infer-fp16-b8-repeat", 344, 59374696, 37483481, 3107352, 7767032, 1868000)]
    [InlineData("resnet50-infer-fp16-b8-flush", 344, 64536910, 37390102, 26638328, 5464, 2066976)]
    [InlineData("resnet18-train-tf32-b32", 347, 524438060, 213568635, 122854704, 106817976, 8362976)]
    [InlineData("resnet50-train-tf32-b32", 685, 1578908967, 655063478, 568220552, 376598032, 18559392)]
    [InlineData("googlenet-train-tf32-b16", 711, 331594757, 154383810, 68807752, 61556536, 7947968)]
    [InlineData("bert_base-infer-fp16-b8", 154, 73073600, 16387153, 5427200, 3161928, 968864)]
    [InlineData("bert_base-train-tf32-b8", 698, 736566684, 319559528, 214578160, 164904560, 9948384)]
    public void Each_profile_imports_with_its_measured_totals(string name, long launches, double l2Read, double l2Write,
        double dramRead, double dramWrite, double durationNs)
    {
        var profile = Import(name);

        profile.Format.ShouldBe(ProfileFormat.NsightComputeRaw);
        profile.Family.ShouldBe(MetricFamily.L2AllClients);
        profile.Totals.Kernels.ShouldBe(launches);
        profile.Totals.L2ReadSectors.ShouldBe(l2Read);
        profile.Totals.L2WriteSectors.ShouldBe(l2Write);
        profile.Totals.DramReadSectors.ShouldBe(dramRead);
        profile.Totals.DramWriteSectors.ShouldBe(dramWrite);
        profile.Totals.DurationSeconds!.Value.ShouldBe(durationNs * 1e-9, 1e-12);
    }

    [Theory]
    [InlineData("alexnet-infer-fp16-b64", 18, "alexnet", WorkloadPhase.Inference, 64, Precision.Fp16, 0.73, 0.22, 0.75, 0.44, 0.85, 0.32)]
    [InlineData("alexnet-train-tf32-b64", 52, "alexnet", WorkloadPhase.Training, 64, Precision.Tf32, 0.71, 0.32, 0.58, 0.54, 0.86, 0.49)]
    [InlineData("vgg16-infer-fp16-b16", 36, "vgg16", WorkloadPhase.Inference, 16, Precision.Fp16, 0.55, 0.24, 0.47, 0.45, 0.64, 0.37)]
    [InlineData("squeezenet-infer-fp16-b32", 64, "squeezenet", WorkloadPhase.Inference, 32, Precision.Fp16, 0.42, 0.31, 0.52, 0.7, 0.52, 0.46)]
    [InlineData("mobilenet_v2-infer-fp16-b32", 151, "mobilenet_v2", WorkloadPhase.Inference, 32, Precision.Fp16, 0.69, 0.58, 0.61, 1.1, 0.87, 0.87)]
    [InlineData("resnet50-infer-fp16-b8", 174, "resnet50", WorkloadPhase.Inference, 8, Precision.Fp16, 0.94, 0.5, 1.21, 0.96, 1.09, 0.75)]
    [InlineData("resnet18-train-tf32-b32", 198, "resnet18", WorkloadPhase.Training, 32, Precision.Tf32, 0.81, 0.34, 0.72, 0.55, 0.97, 0.5)]
    [InlineData("resnet50-train-tf32-b32", 509, "resnet50", WorkloadPhase.Training, 32, Precision.Tf32, 0.89, 0.47, 0.85, 0.76, 1.13, 0.71)]
    [InlineData("googlenet-train-tf32-b16", 581, "googlenet", WorkloadPhase.Training, 16, Precision.Tf32, 0.77, 0.39, 0.81, 0.69, 0.95, 0.64)]
    [InlineData("bert_base-infer-fp16-b8", 171, "bert_base", WorkloadPhase.Inference, 8, Precision.Fp16, 2.09, 0.8, 1.02, 2.57, 2.37, 1.2)]
    [InlineData("bert_base-train-tf32-b8", 561, "bert_base", WorkloadPhase.Training, 8, Precision.Tf32, 1.24, 0.34, 0.49, 0.31, 1.56, 0.51)]
    public void The_analytic_model_over_the_measurement_is_as_documented(string name, long modelKernels, string network, WorkloadPhase phase, int batch,
        Precision precision, double l2Read, double l2Write, double dramRead, double dramWrite, double l2ReadOfTex, double l2WriteOfTex)
    {
        var measured = Import(name).Totals;
        var tex = Import(name, MetricFamily.L2Tex).Totals;
        var model = AnalyticWorkload.Create(network, phase, batch, precision, H200).At(H200.L2CapacityBytes);

        model.Kernels.ShouldBe(modelKernels);

        Math.Round(model.L2ReadSectors / measured.L2ReadSectors, 2).ShouldBe(l2Read);
        Math.Round(model.L2WriteSectors / measured.L2WriteSectors, 2).ShouldBe(l2Write);
        Math.Round(model.DramReadSectors / measured.DramReadSectors, 2).ShouldBe(dramRead);
        Math.Round(model.DramWriteSectors / measured.DramWriteSectors, 2).ShouldBe(dramWrite);
        Math.Round(model.L2ReadSectors / tex.L2ReadSectors, 2).ShouldBe(l2ReadOfTex);
        Math.Round(model.L2WriteSectors / tex.L2WriteSectors, 2).ShouldBe(l2WriteOfTex);
    }

    public static TheoryData<string> Profiles() => new(
        Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "examples", "h200-profiles"), "h200-*.ncu-raw.csv")
            .Select(p => Path.GetFileName(p)["h200-".Length..^".ncu-raw.csv".Length]).OrderBy(n => n, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void All_client_L2_writes_are_one_and_a_half_times_the_L1_writes_on_Hopper(string name)
    {
        var ratio = Import(name).Totals.L2WriteSectors / Import(name, MetricFamily.L2Tex).Totals.L2WriteSectors;

        // the two training steps whose weight gradients are reduced with L2 reduction atomics count those too
        var expected = name switch { "alexnet-train-tf32-b64" => 1.52, "googlenet-train-tf32-b16" => 1.62, _ => 1.50 };
        Math.Round(ratio, 2).ShouldBe(expected);
        var reads = Import(name).Totals.L2ReadSectors / Import(name, MetricFamily.L2Tex).Totals.L2ReadSectors;
        Math.Round(reads, 2).ShouldBeInRange(1.13, 1.33);
    }

    /// <summary>The eleven workloads of the comparison table (the repeat and flush runs left out).</summary>
    private static readonly (string Name, string Network, WorkloadPhase Phase, int Batch, Precision Precision)[] Compared =
    {
        ("alexnet-infer-fp16-b64", "alexnet", WorkloadPhase.Inference, 64, Precision.Fp16),
        ("alexnet-train-tf32-b64", "alexnet", WorkloadPhase.Training, 64, Precision.Tf32),
        ("vgg16-infer-fp16-b16", "vgg16", WorkloadPhase.Inference, 16, Precision.Fp16),
        ("squeezenet-infer-fp16-b32", "squeezenet", WorkloadPhase.Inference, 32, Precision.Fp16),
        ("mobilenet_v2-infer-fp16-b32", "mobilenet_v2", WorkloadPhase.Inference, 32, Precision.Fp16),
        ("resnet50-infer-fp16-b8", "resnet50", WorkloadPhase.Inference, 8, Precision.Fp16),
        ("resnet18-train-tf32-b32", "resnet18", WorkloadPhase.Training, 32, Precision.Tf32),
        ("resnet50-train-tf32-b32", "resnet50", WorkloadPhase.Training, 32, Precision.Tf32),
        ("googlenet-train-tf32-b16", "googlenet", WorkloadPhase.Training, 16, Precision.Tf32),
        ("bert_base-infer-fp16-b8", "bert_base", WorkloadPhase.Inference, 8, Precision.Fp16),
        ("bert_base-train-tf32-b8", "bert_base", WorkloadPhase.Training, 8, Precision.Tf32),
    };

    [Fact]
    public void The_model_s_DRAM_sectors_are_within_a_factor_of_two_in_16_of_22_figures()
    {
        var within = 0;
        foreach (var w in Compared)
        {
            var measured = Import(w.Name).Totals;
            var model = AnalyticWorkload.Create(w.Network, w.Phase, w.Batch, w.Precision, H200).At(H200.L2CapacityBytes);
            foreach (var ratio in new[] { model.DramReadSectors / measured.DramReadSectors, model.DramWriteSectors / measured.DramWriteSectors })
            {
                within += ratio >= 0.5 && ratio <= 2 ? 1 : 0;
            }
        }

        within.ShouldBe(16);
    }

    [Fact]
    public void The_figures_quoted_beside_the_table_are_the_files()
    {
        // ResNet-50 inference: 3.12 M DRAM read sectors = 100 MB, about twice the fp16 weights (25.6 M parameters)
        var resnet = Import("resnet50-infer-fp16-b8").Totals;
        Math.Round(resnet.DramReadSectors * WorkloadTraffic.SectorBytes / 1e6).ShouldBe(100);
        Math.Round(resnet.DramReadSectors * WorkloadTraffic.SectorBytes / (25.6e6 * 2), 1).ShouldBe(1.9);
        // BERT-base inference writes back 101 MB
        Math.Round(Import("bert_base-infer-fp16-b8").Totals.DramWriteSectors * WorkloadTraffic.SectorBytes / 1e6).ShouldBe(101);
        // PyTorch's multi-tensor SGD: 3 launches for all of ResNet-18's weights
        Import("resnet18-train-tf32-b32").Kernels.Single(k => k.Name == "multi_tensor_apply_kernel").Invocations.ShouldBe(3);
        // launches per model kernel: 0.9 (BERT inference) to 2.5 (VGG-16)
        var perKernel = Compared.Select(w => (double)Import(w.Name).Totals.Kernels
            / AnalyticWorkload.Create(w.Network, w.Phase, w.Batch, w.Precision, H200).Kernels).ToArray();
        Math.Round(perKernel.Min(), 1).ShouldBe(0.9);
        Math.Round(perKernel.Max(), 1).ShouldBe(2.5);
    }

    [Theory]
    [InlineData("alexnet-infer-fp16-b64", 39)]
    [InlineData("alexnet-train-tf32-b64", 28)]
    [InlineData("vgg16-infer-fp16-b16", 26)]
    [InlineData("resnet18-train-tf32-b32", 35)]
    [InlineData("resnet50-infer-fp16-b8", 16)]
    [InlineData("resnet50-train-tf32-b32", 17)]
    [InlineData("googlenet-train-tf32-b16", 12)]
    [InlineData("mobilenet_v2-infer-fp16-b32", 2)]
    [InlineData("bert_base-infer-fp16-b8", 0)]
    public void Layout_transposes_that_the_model_leaves_out_write_this_share_of_the_L2_sectors(string name, int percent)
    {
        var profile = Import(name);
        var transposes = profile.Kernels.Where(k => k.Name is "nchwToNhwcKernel" or "nhwcToNchwKernel").Sum(k => k.L2WriteSectors);

        Math.Round(100 * transposes / profile.Totals.L2WriteSectors).ShouldBe(percent);
    }

    [Fact]
    public void Flushing_the_L2_before_each_kernel_multiplies_DRAM_reads_and_hides_the_write_backs()
    {
        var kept = Import("resnet50-infer-fp16-b8").Totals;
        var flushed = Import("resnet50-infer-fp16-b8-flush").Totals;

        Math.Round(flushed.DramReadSectors / kept.DramReadSectors, 1).ShouldBe(8.5);
        flushed.DramWriteSectors.ShouldBeLessThan(kept.DramWriteSectors / 1000);
        Math.Round(flushed.L2ReadSectors / kept.L2ReadSectors, 2).ShouldBe(1.01);
    }

    [Fact]
    public void A_second_run_of_the_same_command_can_pick_other_cudnn_kernels()
    {
        var first = Import("resnet50-infer-fp16-b8").Totals;
        var second = Import("resnet50-infer-fp16-b8-repeat").Totals;

        second.Kernels.ShouldBe(first.Kernels);
        Math.Round(100 * (second.L2ReadSectors / first.L2ReadSectors - 1), 1).ShouldBe(-6.9);
        Math.Round(100 * (second.DramReadSectors / first.DramReadSectors - 1), 1).ShouldBe(-0.3);
        Import("alexnet-infer-fp16-b64").Totals.Kernels.ShouldBe(40);
        Import("alexnet-infer-fp16-b64-repeat").Totals.Kernels.ShouldBe(37);
    }
}
