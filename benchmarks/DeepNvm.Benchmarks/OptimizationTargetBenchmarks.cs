using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DeepNvm.Model;
using DeepNvm.Model.Cache;

namespace DeepNvm.Benchmarks;

/// <summary>One characterization (data and tag searches, buffer designs, wire refinement) of an 8 MB, 32-way,
/// 128 B-line cache at 22 nm for every optimization target, the three reference cells and the three access modes: issue 13's
/// "any optimization target at 8 MB, 32-way: ≤ 50 ms", which needs a sound bound for each target (docs/model.md §10).</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShort))]
public class OptimizationTargetBenchmarks
{
    /// <summary>Run in this process (building BenchmarkDotNet's separate project times out on the loaded 2-core
    /// machine), 2 warm-ups and 5 iterations: enough for calls of milliseconds.</summary>
    private sealed class InProcessShort : ManualConfig
    {
        public InProcessShort() => AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(5)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private CacheParameters _cache = null!;
    private CellParameters _cell = null!;
    private TechnologyNodeParameters _node = null!;

    [Params(OptimizationTarget.ReadLatency, OptimizationTarget.WriteLatency, OptimizationTarget.ReadEnergy, OptimizationTarget.WriteEnergy,
        OptimizationTarget.ReadEdp, OptimizationTarget.WriteEdp, OptimizationTarget.Leakage, OptimizationTarget.Area)]
    public OptimizationTarget Target { get; set; }

    [Params("SRAM", "STT", "SOT")]
    public string Cell { get; set; } = "SRAM";

    [Params(CacheAccessMode.Normal, CacheAccessMode.Sequential, CacheAccessMode.Fast)]
    public CacheAccessMode Mode { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _cache = new CacheParameters { CapacityBytes = 8L * 1024 * 1024, Associativity = 32, LineBytes = 128, Optimize = Target, AccessMode = Mode };
        _cell = ReferenceCells.Named(Cell);
        _node = TechnologyNodeParameters.AtFeatureSize(22e-9);
    }

    [Benchmark]
    public CacheCharacteristics? Characterize() => CacheModel.Characterize(_cache, _cell, _node).Characteristics;
}
