using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using DeepNvm.Cli.Projects;
using DeepNvm.Studies;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Benchmarks;

/// <summary>The example's design space DeepNvmSpace (3 cells x 8 capacities of 1-128 MB x 3 associativities x 2
/// lines = 144 points, 7 workloads each), evaluated on one thread, so a figure is per core.
/// <c>Warm</c>: every characterization already memoized (what a point costs once its cache is known: traffic
/// lookups and the evaluation equations for 7 workloads). <c>Cold</c>: a fresh memo, so all 144 caches are
/// characterized (the organization search dominates). Divide by 144 for the per-point cost.</summary>
[MemoryDiagnoser]
[Config(typeof(InProcessMonitoring))]
public class ExploreBenchmarks
{
    /// <summary>Monitoring (each iteration one pass over the space), run in this process: on the shared 2-core
    /// machine, building BenchmarkDotNet's separate project timed out under load.</summary>
    private sealed class InProcessMonitoring : ManualConfig
    {
        public InProcessMonitoring() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1)
            .WithIterationCount(3).WithToolchain(InProcessEmitToolchain.Instance));
    }

    private DesignSpace _space = null!;
    private SpaceEvaluator _warm = null!;

    [GlobalSetup]
    public void Setup()
    {
        var specs = LoadedProject.Load(Path.Combine(Repository.Root, "examples", "deepnvm-paper", "nvm"));
        if (specs.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", specs.Diagnostics));
        }

        _space = SpaceBuilder.Build(specs.Program.Spaces.Single(s => s.Name == "DeepNvmSpace"), specs.Program, specs.Converter);
        _warm = new SpaceEvaluator(_space);
        EvaluateAll(_warm);
    }

    private double EvaluateAll(SpaceEvaluator evaluator)
    {
        var sum = 0.0;
        for (long i = 0; i < _space.Count; i++)
        {
            var result = evaluator.Evaluate(_space.PointAt(i));
            sum += result.Legal ? result.Edp : 0;
        }

        return sum;
    }

    [Benchmark]
    public double Warm() => EvaluateAll(_warm);

    [Benchmark]
    public double Cold() => EvaluateAll(new SpaceEvaluator(_space, new CharacterizationMemo(warmStart: false)));

    [Benchmark]
    public double ColdWarmStarted() => EvaluateAll(new SpaceEvaluator(_space, new CharacterizationMemo(warmStart: true)));
}
