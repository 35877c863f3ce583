using BenchmarkDotNet.Attributes;
using DeepNvm.Model;
using DeepNvm.Workloads;
using DeepNvm.Workloads.Analytic;
using DeepNvm.Workloads.Platforms;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Benchmarks;

/// <summary>Analytic traffic: ResNet-50 training at one capacity (target &lt; 1 ms) and a 64-point
/// capacity curve (target &lt; 20 ms), each lowering the network from scratch.</summary>
[MemoryDiagnoser]
public class WorkloadAnalyticBenchmarks
{
    private GpuParameters _gpu = null!;
    private long[] _capacities = null!;
    private WorkloadTraffic[] _curve = null!;

    [GlobalSetup]
    public void Setup()
    {
        GpuCatalog.TryGet("gtx1080ti", out var entry);
        _gpu = entry.Parameters;
        _capacities = new long[64];
        for (var i = 0; i < 64; i++)
        {
            _capacities[i] = (long)(1024 * 1024 * Math.Pow(2, i * 10.0 / 63)); // 1 MiB .. 1 GiB, log-spaced
        }
        _curve = new WorkloadTraffic[64];
    }

    [Benchmark]
    public WorkloadTraffic ResNet50TrainingOneCapacity() =>
        AnalyticWorkload.Create("resnet50", WorkloadPhase.Training, 64, Precision.Fp32, _gpu).At(_gpu.L2CapacityBytes);

    [Benchmark]
    public WorkloadTraffic ResNet50TrainingCurve64()
    {
        AnalyticWorkload.Create("resnet50", WorkloadPhase.Training, 64, Precision.Fp32, _gpu).Curve(_capacities, _curve);
        return _curve[63];
    }

    [Benchmark]
    public WorkloadTraffic Llm7bPrefillOneCapacity() =>
        AnalyticWorkload.Create("llm_7b", WorkloadPhase.Prefill, 1, Precision.Fp16, _gpu).At(_gpu.L2CapacityBytes);
}

/// <summary>Importing an Nsight Compute details CSV of 20 and 200 MB (target ≥ 50 MB/s; the allocated
/// bytes must not grow with the file).</summary>
[MemoryDiagnoser]
public class WorkloadImportBenchmarks
{
    [Params(20, 200)]
    public int Megabytes { get; set; }

    private string _directory = null!;
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "deepnvm-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _path = Path.Combine(_directory, "ncu-details.csv");
        SyntheticNsightDetails.WriteFile(_path, Megabytes * 1_000_000L);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public WorkloadTraffic ImportNsightDetails() => ProfileImporter.Import(_path).Totals;
}
