using DeepNvm.Cli.Projects;
using DeepNvm.Model;

namespace DeepNvm.Cli.Tests;

/// <summary>The CLI's converter gives the records the generator emits for examples/deepnvm-paper: the
/// expected values are those the generator writes for these declarations (the .nvm text in SI).</summary>
public class StudySpecConverterTests
{
    private static readonly string Example = Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "nvm");
    private static readonly LoadedProject Project = LoadedProject.Load(Example);

    [Fact]
    public void The_example_binds_without_errors()
    {
        Project.HasErrors.ShouldBeFalse(string.Join("\n", Project.Diagnostics));
    }

    [Fact]
    public void Cells_map_like_the_generator()
    {
        var stt = Project.Converter.Cells().Single(c => c.Name == "SttMram");
        stt.ShouldBe(new CellParameters
        {
            Name = "SttMram",
            Kind = CellKind.Mtj,
            Area = new FeatureScaled(54, 2),
            AspectRatio = 0.54,
            AccessWidth = new FeatureScaled(8, 1),
            ResistanceOnOhms = 3000,
            ResistanceOffOhms = 6000,
            AccessVoltageDropVolts = 0.15,
            ReadMode = SenseMode.Current,
            ReadVoltageVolts = 0.25,
            ReadPowerWatts = 30e-6,
            MinSenseVoltageVolts = 0.025,
            SenseDelaySeconds = 1.45e-9,     // the nominal of the example's declared range (NVSim's figure)
            SenseEnergyJoules = 150e-15,
            WriteCurrentAmperes = 80e-6,
            WritePulseSeconds = 10e-9,
            WriteEnergyJoules = 1e-12,
            RetentionSeconds = 10.0 * 365 * 24 * 3600,
        }, "cell records differ");

        var sram = Project.Converter.Cells().Single(c => c.Name == "Sram6T");
        sram.Kind.ShouldBe(CellKind.Sram);
        sram.Area.ShouldBe(new FeatureScaled(146, 2));
        sram.SramNmosWidth.ShouldBe(new FeatureScaled(2.08, 1));
        sram.MinSenseVoltageVolts.ShouldBe(0.08, 1e-12); // the schema default, as the generator emits it

        var fast = Project.Converter.Cells().Single(c => c.Name == "SotFast");
        fast.Kind.ShouldBe(CellKind.Sot);
        fast.WritePulseSeconds.ShouldBe(0.3e-9, 1e-21);
        fast.WriteAccessWidth.ShouldBe(new FeatureScaled(8, 1));
    }

    [Fact]
    public void Gpus_caches_and_nodes_map_like_the_generator()
    {
        var gpu = Project.Converter.Gpus().Single(g => g.Name == "Gtx1080Ti");
        var node = Project.Converter.Nodes().Single(n => n.Name == "Tsmc16");
        node.ShouldBe(new TechnologyNodeParameters { Name = "Tsmc16", FeatureSizeMeters = 16e-9, Device = DeviceFlavor.Hp, TemperatureKelvin = 350 }, "node records differ");
        gpu.Node.ShouldBeSameAs(node);
        gpu.StreamingMultiprocessors.ShouldBe(28);
        gpu.ClockHertz.ShouldBe(1582e6, 1e-3);
        gpu.L2CapacityBytes.ShouldBe(2816L * 1024);
        gpu.L2!.Name.ShouldBe("Gp102L2");
        gpu.L2Slices.ShouldBe(11);
        gpu.Dram.Kind.ShouldBe(DramKind.Gddr5x);
        gpu.Dram.BandwidthBytesPerSecond.ShouldBe(484e9, 1);
        gpu.Dram.EnergyJoulesPerBit.ShouldBe(14e-12, 1e-24);
        gpu.Dram.CapacityBytes.ShouldBe(11L << 30);

        var cache = Project.Converter.Caches().Single(c => c.Name == "Gp102L2");
        cache.ShouldBe(new CacheParameters
        {
            Name = "Gp102L2", CapacityBytes = 2816L * 1024, Associativity = 16, LineBytes = 128, SectorBytes = 32, Slices = 1,
            Node = node, Optimize = OptimizationTarget.ReadEdp, AccessMode = CacheAccessMode.Normal,
        });

        var v100 = Project.Converter.Gpus().Single(g => g.Name == "V100");
        v100.L2.ShouldBeNull();
        v100.L2CapacityBytes.ShouldBe(6144L * 1024);
    }

    [Fact]
    public void The_study_maps_like_the_generator()
    {
        var study = Project.Converter.Studies().Single(s => s.Name == "DeepNvmPlusPlus");
        study.Name.ShouldBe("DeepNvmPlusPlus");
        study.Platform.Name.ShouldBe("Gtx1080Ti");
        study.Baseline.Name.ShouldBe("Sram6T");
        study.Cells.Select(c => c.Name).ShouldBe(new[] { "SttMram", "SotMram" });
        study.Workloads.Select(w => w.Name).ShouldBe(new[] { "AlexNetTrain", "AlexNetInfer", "GoogLeNetTrain", "Vgg16Infer", "ResNet18Train", "ResNet50Infer", "SqueezeNetInfer" });
        study.Cache!.Name.ShouldBe("Gp102L2");
        study.IsoCapacity.ShouldBeTrue();
        study.IsoArea.ShouldBeTrue();
        study.Delay.ShouldBe(DelayDefinition.AccessLatency);
        study.IncludeDramEnergy.ShouldBeFalse();
        study.ScalabilityCapacities.ShouldBe(Enumerable.Range(0, 8).Select(i => (1L << 20) << i).ToArray());

        var resnet = study.Workloads.Single(w => w.Name == "ResNet50Infer");
        (resnet with { BaseDirectory = null }).ShouldBe(new WorkloadParameters
        {
            Name = "ResNet50Infer", Source = WorkloadSource.Analytic, Network = "resnet50", Phase = WorkloadPhase.Inference, Batch = 64, Precision = Precision.Fp32,
        });
        study.Workloads.Single(w => w.Name == "AlexNetTrain").Phase.ShouldBe(WorkloadPhase.Training);
    }
}
