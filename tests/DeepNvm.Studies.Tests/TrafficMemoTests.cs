using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Testing;
using DeepNvm.Workloads;

namespace DeepNvm.Studies.Tests;

/// <summary>Workloads made ready once for the studies one evaluator runs: the same totals as the workload layer
/// computes afresh, at whatever capacities are asked later, and no workload lowered twice.</summary>
public sealed class TrafficMemoTests
{
    private static readonly long[] Capacities = { 1L << 20, 3L << 20, 6L << 20, 48L << 20 };

    private static readonly GpuParameters Platform = TestStudies.Gpu with { StreamingMultiprocessors = 80, L2CapacityBytes = 6L << 20 };

    /// <summary>An analytic network, a profile scaled by its network's curve, and declared counts: the three sources.</summary>
    private static readonly WorkloadParameters[] Workloads =
    {
        new() { Name = "ResNet18Train", Source = WorkloadSource.Analytic, Network = "resnet18", Phase = WorkloadPhase.Training, Batch = 16 },
        new()
        {
            Name = "Gemm", Source = WorkloadSource.Profile, Network = "resnet18", ProfilePath = "qv100-cudaTensorCoreGemm.ncu-raw.csv",
            BaseDirectory = Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "profiles"),
        },
        TestStudies.Counts("Declared", WorkloadPhase.Inference, 1e8, 1e6),
    };

    public static TheoryData<int> Sources => new() { 0, 1, 2 };

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_memo_gives_the_workload_layers_totals_at_capacities_asked_later(int source)
    {
        var workload = Workloads[source];
        var memo = new TrafficMemo();
        var direct = Traffic.Curve(workload, Platform, Capacities, TrafficOptions.Default);

        var first = memo.Curve(workload, Platform, new[] { Capacities[2], Capacities[0] }, TrafficOptions.Default);
        var all = memo.Curve(workload, Platform, Capacities, TrafficOptions.Default);

        first.ShouldBe(new[] { direct[2], direct[0] });
        all.ShouldBe(direct);
        memo.Prepared.ShouldBe(1, "the workload is made ready once");
        memo.Reused.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void The_traffic_does_not_read_the_platforms_node_or_L2_organization_which_the_memo_leaves_out_of_its_key(int source)
    {
        var workload = Workloads[source];
        var other = Platform with
        {
            Node = TestStudies.Node16 with { FeatureSizeMeters = 7e-9, TemperatureKelvin = 300, LeakageScale = 9.8 },
            L2 = new CacheParameters { Name = "Other", CapacityBytes = 1 << 20, Associativity = 4, LineBytes = 64 },
        };

        TrafficMemo.TrafficPlatform(other).ShouldBe(TrafficMemo.TrafficPlatform(Platform));
        Traffic.Curve(workload, other, Capacities, TrafficOptions.Default).ShouldBe(Traffic.Curve(workload, Platform, Capacities, TrafficOptions.Default));
    }

    [Fact]
    public void A_member_the_workload_layer_reads_keeps_two_platforms_apart()
    {
        TrafficMemo.TrafficPlatform(Platform with { StreamingMultiprocessors = 40 }).ShouldNotBe(TrafficMemo.TrafficPlatform(Platform));
        TrafficMemo.TrafficPlatform(Platform with { L2CapacityBytes = 4L << 20 }).ShouldNotBe(TrafficMemo.TrafficPlatform(Platform));
    }

    [Fact]
    public void Studies_under_changed_cell_and_node_inputs_make_no_workload_ready_again()
    {
        var evaluator = StudyUnderInputsTests.Evaluator();
        var nominal = evaluator.Evaluate("SmallStudy", Array.Empty<InputOverride>());
        nominal.Succeeded.ShouldBeTrue(nominal.Reason);
        var prepared = evaluator.Traffic.Prepared;
        prepared.ShouldBe(2, "the study's two workloads");

        // The node is the platform's too: a sampled node input must not make the workloads' traffic new.
        var changed = evaluator.Evaluate("SmallStudy", new[]
        {
            new InputOverride("SttMram", "write.pulse", ValueSpec.Quantity(7e-9)),
            new InputOverride("N16", "temperature", ValueSpec.Quantity(330)),
        });

        changed.Succeeded.ShouldBeTrue(changed.Reason);
        changed.Study!.Platform.Node.TemperatureKelvin.ShouldBe(330);
        evaluator.Traffic.Prepared.ShouldBe(prepared);
        evaluator.Traffic.Reused.ShouldBe(2);
    }

    [Fact]
    public void An_input_that_reaches_a_workload_makes_that_workload_ready_again()
    {
        var evaluator = StudyUnderInputsTests.Evaluator();
        evaluator.Evaluate("SmallStudy", Array.Empty<InputOverride>()).Succeeded.ShouldBeTrue();
        var prepared = evaluator.Traffic.Prepared;

        var changed = evaluator.Evaluate("SmallStudy", new[] { new InputOverride("ReadHeavy", "l2_reads", ValueSpec.Quantity(2e8)) });

        changed.Succeeded.ShouldBeTrue(changed.Reason);
        evaluator.Traffic.Prepared.ShouldBe(prepared + 1, "ReadHeavy again, WriteHeavy reused");
        changed.Result!.Technologies[0].IsoCapacity!.Comparison.Workloads[0].Technology.ReadSectors.ShouldBe(2e8);
    }
}
