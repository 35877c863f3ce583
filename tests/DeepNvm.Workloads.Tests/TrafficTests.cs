using DeepNvm.Model;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Workloads.Tests;

public class TrafficTests
{
    private static readonly GpuParameters V100 = Gpu("v100");

    private static GpuParameters Gpu(string id)
    {
        GpuCatalog.TryGet(id, out var entry);
        return entry.Parameters;
    }

    private static WorkloadParameters ProfiledWorkload(string? network = null) => new()
    {
        Name = "Profiled",
        Source = WorkloadSource.Profile,
        ProfilePath = "ncu-details.csv",
        BaseDirectory = Path.Combine(AppContext.BaseDirectory, "TestData"),
        Network = network,
        Phase = WorkloadPhase.Training,
        Batch = 8,
        Precision = Precision.Fp16,
    };

    [Fact]
    public void A_profile_is_resolved_against_the_declaring_file_and_gives_its_measured_totals_at_the_profiled_capacity()
    {
        var t = Traffic.For(ProfiledWorkload(), V100, V100.L2CapacityBytes);

        t.L2ReadSectors.ShouldBe(316_923);
        t.DramReadSectors.ShouldBe(20_168);
        t.Family.ShouldBe(MetricFamily.L2AllClients);
        t.L2CapacityBytes.ShouldBe(V100.L2CapacityBytes);
    }

    [Fact]
    public void Without_a_network_a_profile_keeps_its_measured_DRAM_traffic_at_other_capacities()
    {
        var curve = Traffic.Curve(ProfiledWorkload(), V100, new[] { 1L << 20, 6L << 20, 256L << 20 });

        curve.Select(t => t.DramReadSectors).ShouldAllBe(d => d == 20_168);
    }

    [Fact]
    public void With_a_network_a_profile_follows_the_analytic_capacity_curve_and_matches_the_measurement_at_the_profiled_capacity()
    {
        var workload = ProfiledWorkload("resnet50");
        var curve = Traffic.Curve(workload, V100, new[] { 1L << 20, V100.L2CapacityBytes, 1L << 30 });
        var analytic = Traffic.Analytic(workload, V100);

        curve[1].DramReadSectors.ShouldBe(20_168, 1e-6);
        curve[0].DramReadSectors.ShouldBeGreaterThan(curve[1].DramReadSectors);
        curve[2].DramReadSectors.ShouldBeLessThan(curve[1].DramReadSectors);
        (curve[2].DramReadSectors / curve[1].DramReadSectors).ShouldBe(
            analytic.At(1L << 30).DramReadSectors / analytic.At(V100.L2CapacityBytes).DramReadSectors, 1e-9);
        curve[0].L2ReadSectors.ShouldBe(316_923, "L2 requests are what was measured");
    }

    [Fact]
    public void Fixed_scaling_is_a_setting()
    {
        var options = new TrafficOptions { ProfileScaling = ProfileDramScaling.Fixed };

        Traffic.For(ProfiledWorkload("resnet50"), V100, 1L << 30, options).DramReadSectors.ShouldBe(20_168);
    }

    [Fact]
    public void An_analytic_workload_is_lowered_from_its_network()
    {
        var workload = new WorkloadParameters { Source = WorkloadSource.Analytic, Network = "resnet50", Batch = 4, Phase = WorkloadPhase.Inference, Precision = Precision.Fp16 };

        var t = Traffic.For(workload, V100, 6L << 20);

        t.ShouldBe(AnalyticWorkload.Create("resnet50", WorkloadPhase.Inference, 4, Precision.Fp16, V100).At(6L << 20));
    }

    [Fact]
    public void Declared_counts_are_taken_as_they_are_and_negative_ones_are_refused()
    {
        var workload = new WorkloadParameters { Name = "Counted", Source = WorkloadSource.Counts, L2ReadSectors = 10, L2WriteSectors = 5, DramReadSectors = 3, DramWriteSectors = 1, DurationSeconds = 0.5 };

        var t = Traffic.For(workload, V100, 1 << 20);

        t.L2ReadSectors.ShouldBe(10);
        t.DurationSeconds.ShouldBe(0.5);
        t.Family.ShouldBe(MetricFamily.Declared);
        Should.Throw<WorkloadException>(() => Traffic.For(workload with { DramReadSectors = -1 }, V100, 1 << 20)).Id.ShouldBe(WorkloadDiagnosticIds.InvalidValue);
    }

    [Fact]
    public void A_missing_profile_is_reported_with_its_resolved_path()
    {
        var workload = ProfiledWorkload() with { ProfilePath = "missing.csv" };

        var error = Should.Throw<WorkloadException>(() => Traffic.For(workload, V100, 1 << 20));

        error.Id.ShouldBe(WorkloadDiagnosticIds.ProfileNotFound);
        error.Path!.ShouldEndWith(Path.Combine("TestData", "missing.csv"));
    }

    [Fact]
    public void A_network_declared_in_nvm_is_found_before_the_built_in_ones()
    {
        var b = new NetworkBuilder("resnet50", new TensorShape(3, 32, 32));
        b.Conv("conv", 8, 3, 1, 1);
        var declared = b.Build();
        var workload = new WorkloadParameters { Source = WorkloadSource.Analytic, Network = "resnet50", Batch = 2 };
        var options = new TrafficOptions { Networks = new Dictionary<string, Network> { ["resnet50"] = declared } };

        var t = Traffic.For(workload, V100, 6L << 20, options);

        t.Kernels.ShouldBe(1);
        t.L2ReadSectors.ShouldBeLessThan(Traffic.For(workload, V100, 6L << 20).L2ReadSectors);
    }
}
