using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Engines;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Workspace;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Benchmarks;

/// <summary>
/// Monte Carlo of the DeepNVM++ study as the example ships it (examples/deepnvm-paper: iso-capacity, iso-area
/// and the 8-point 1-128 MB sweep, SRAM, STT and SOT, seven workloads) over the example's own ten uncertain
/// inputs (both MRAM cells' sense delay and energy and write pulse and energy, the SOT cell's area, the node's
/// leakage scale), against one nominal study in the same process (docs/benchmarks-studies.md).
/// <c>Nominal</c>: the study once, every cache characterized anew. <c>MonteCarlo</c>: the nominal study and
/// <see cref="Samples"/> samples, slices shared across capacities, one search per slice for every leakage
/// scale, searches warm-started. <c>MonteCarloColdSearch</c>: the same without warm starts.
/// <c>MonteCarloWithoutSearches</c>: the same samples of the one input no organization search reads, the node's
/// leakage scale (the MRAM inputs at their nominal values): what a sample costs besides its searches.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(OneInProcessRun))]
public class MonteCarloBenchmarks
{
    private const string Study = "DeepNvmPlusPlus";
    private IReadOnlyList<ParsedFile> _files = null!;
    private BindOptions _options = null!;
    private string _directory = null!;
    private IReadOnlyList<UncertainInput> _inputs = null!;

    /// <summary>Samples per run: the target's 1,000.</summary>
    [Params(1000)]
    public int Samples { get; set; }

    /// <summary>The example's .nvm sources, as shipped.</summary>
    public static IReadOnlyList<NvmSource> Sources(out BindOptions options, out string directory)
    {
        var loaded = NvmFileLoader.Load(Path.Combine(Repository.Root, "examples", "deepnvm-paper", "nvm"));
        options = loaded.Options;
        directory = loaded.ProjectDirectory;
        return loaded.Sources;
    }

    [GlobalSetup]
    public void Setup()
    {
        _files = Sources(out _options, out _directory).Select(s => NvmFrontEnd.Parse(s)).ToArray();
        var program = NvmFrontEnd.Bind(_files, _options);
        if (program.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", program.Diagnostics));
        }

        _inputs = program.UncertainInputs();
        if (_inputs.Count != 10)
        {
            throw new InvalidOperationException("expected the example's 10 uncertain inputs, found " + string.Join(", ", _inputs.Select(i => i.Name)));
        }

        Nominal(); // JIT
    }

    [Benchmark(Baseline = true)]
    public StudyEvaluation Nominal() => NominalStudy(_files, _options, _directory);

    /// <summary>The study once, every cache characterized anew (a new evaluator, so a new memo).</summary>
    internal static StudyEvaluation NominalStudy(IReadOnlyList<ParsedFile> files, BindOptions options, string directory) =>
        new StudyUnderInputs(files, options, directory).Evaluate(Study, Array.Empty<InputOverride>());

    [Benchmark]
    public MonteCarloResult MonteCarlo() => Run(warmStart: true);

    [Benchmark]
    public MonteCarloResult MonteCarloColdSearch() => Run(warmStart: false);

    [Benchmark]
    public MonteCarloResult MonteCarloWithoutSearches() => Run(warmStart: true, _inputs.Where(i => i.Name.EndsWith(".leakage_scale", StringComparison.Ordinal)).ToArray());

    /// <summary>One measured run per benchmark, in this process: a 1,000-sample run takes minutes on a loaded
    /// 2-core machine, and building a separate benchmark process there exceeds BenchmarkDotNet's build timeout.</summary>
    private sealed class OneInProcessRun : ManualConfig
    {
        public OneInProcessRun()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }

    private MonteCarloResult Run(bool warmStart, IReadOnlyList<UncertainInput>? inputs = null)
    {
        inputs ??= _inputs;
        if (inputs.Count == 0)
        {
            throw new InvalidOperationException("the example declares no leakage scale range");
        }

        var evaluator = new StudyUnderInputs(_files, _options, _directory, new CharacterizationMemo(warmStart: warmStart));
        var result = Studies.Uncertainty.MonteCarlo.Run(evaluator, Study, inputs, new MonteCarloOptions(Samples, 1));
        Console.WriteLine($"// {Samples} samples: {result.Failures.Count} failed, {evaluator.Memo.Computed} characterizations computed, {evaluator.Memo.Reused} reused, "
            + $"{evaluator.Memo.SlicesSearched} slices searched, {evaluator.Memo.SlicesReused} slice requests answered from the memo");
        return result;
    }
}

/// <summary>The nominal study of <see cref="MonteCarloBenchmarks"/> alone, with a warm-up and ten iterations: one
/// sub-second run is too noisy a denominator for the Monte Carlo ratio on a shared machine.</summary>
[MemoryDiagnoser]
[Config(typeof(TenInProcessRuns))]
public class NominalStudyBenchmarks
{
    private IReadOnlyList<ParsedFile> _files = null!;
    private BindOptions _options = null!;
    private string _directory = null!;

    [GlobalSetup]
    public void Setup() =>
        _files = MonteCarloBenchmarks.Sources(out _options, out _directory).Select(s => NvmFrontEnd.Parse(s)).ToArray();

    [Benchmark]
    public StudyEvaluation Nominal() => MonteCarloBenchmarks.NominalStudy(_files, _options, _directory);

    private sealed class TenInProcessRuns : ManualConfig
    {
        public TenInProcessRuns()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
