using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Engines;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Specs;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Workspace;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Benchmarks;

/// <summary>
/// Monte Carlo of the DeepNVM++ study (examples/deepnvm-paper: iso-capacity and the 8-point sweep, three
/// technologies, seven workloads) with ranges on the MRAM cells' sense energy and delay and write energy and
/// on the SRAM cell's area (so every sample recharacterizes every cache), against one nominal study in the
/// same process (docs/benchmarks-studies.md). The ranges are this benchmark's fixture, written into the
/// example's text in memory.
/// <c>Nominal</c>: the study once, every cache characterized anew. <c>MonteCarlo</c>: the nominal study and
/// <see cref="Samples"/> samples, characterizations reused where inputs did not change, searches warm-started.
/// <c>MonteCarloColdSearch</c>: the same without warm starts (what the reuse alone gives).
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

    /// <summary>Samples per run. The target is stated for 1,000; each sample costs the same, so the per-sample
    /// cost measured here times 1,000 is the target's figure (50 keeps a run to minutes on the loaded machine;
    /// <c>--params</c>-style overrides: edit and rerun for 1,000 on a quiet one).</summary>
    [Params(50)]
    public int Samples { get; set; }

    /// <summary>The example's text with the fixture's ranges (each nominal is its distribution's median).</summary>
    public static IReadOnlyList<NvmSource> Sources(out BindOptions options, out string directory)
    {
        var loaded = NvmFileLoader.Load(Path.Combine(Repository.Root, "examples", "deepnvm-paper", "nvm"));
        options = loaded.Options;
        directory = loaded.ProjectDirectory;
        return loaded.Sources.Select(s => Path.GetFileName(s.Path) switch
        {
            "cells.nvm" => s with { Text = Replace(s.Text, "area         = 146 F^2", "area ~ uniform(130 F^2, 162 F^2)")
                .Replace("  write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }",
                    "  write { current = 80 uA; pulse = 10 ns }\n  write.energy ~ loguniform(0.5 pJ, 2 pJ)\n" + Sense)
                .Replace("  read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }\n  write {\n",
                    "  read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }\n" + Sense + "  write {\n") },
            "study.nvm" => s with { Text = Replace(s.Text, "  iso_area     { }\n  scalability", "  scalability") },
            _ => s,
        }).ToArray();
    }

    /// <summary>The public current-sense envelope (0.1-3.8 ns, 8-375 fJ; docs/validation-studies.md).</summary>
    private const string Sense = "  read.sense_delay ~ loguniform(0.1 ns, 3.8 ns)\n  read.sense_energy ~ loguniform(8 fJ, 375 fJ)\n";

    private static string Replace(string text, string from, string to) =>
        text.Contains(from, StringComparison.Ordinal) ? text.Replace(from, to) : throw new InvalidOperationException("the example no longer has: " + from);

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
        if (_inputs.Count != 6)
        {
            throw new InvalidOperationException("expected 6 uncertain inputs, found " + string.Join(", ", _inputs.Select(i => i.Name)));
        }

        Nominal(); // JIT
    }

    [Benchmark(Baseline = true)]
    public StudyEvaluation Nominal() => new StudyUnderInputs(_files, _options, _directory).Evaluate(Study, Array.Empty<InputOverride>());

    [Benchmark]
    public MonteCarloResult MonteCarlo() => Run(warmStart: true);

    [Benchmark]
    public MonteCarloResult MonteCarloColdSearch() => Run(warmStart: false);

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

    private MonteCarloResult Run(bool warmStart)
    {
        var evaluator = new StudyUnderInputs(_files, _options, _directory, new CharacterizationMemo(warmStart: warmStart));
        var result = Studies.Uncertainty.MonteCarlo.Run(evaluator, Study, _inputs, new MonteCarloOptions(Samples, 1));
        Console.WriteLine($"// {Samples} samples: {result.Failures.Count} failed, {evaluator.Memo.Computed} characterizations computed, {evaluator.Memo.Reused} reused");
        return result;
    }
}
