using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DeepNvm.Cli.Projects;
using DeepNvm.Model;
using DeepNvm.Studies;

namespace DeepNvm.Benchmarks;

/// <summary>The whole DeepNVM++ study of examples/deepnvm-paper (3 technologies, 7 workloads,
/// iso-capacity, iso-area, an 8-point sweep), loaded once from its .nvm files.
/// <c>Warm</c>: a study run again in the same process, its characterizations kept (target &lt; 1 s).
/// <c>Recompute</c>: every cache characterized anew (JIT warm, nothing kept): the model's cost.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class StudyBenchmarks
{
    private StudyParameters _study = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = LoadedProject.Load(Path.Combine(Repository.Root, "examples", "deepnvm-paper", "nvm"));
        if (project.HasErrors)
        {
            throw new InvalidOperationException(string.Join("\n", project.Diagnostics));
        }

        _study = project.Converter.Studies().Single(s => s.Name == "DeepNvmPlusPlus");
        Characterizations.ReuseAcrossStudies = true;
        StudyRunner.Run(_study);
    }

    [Benchmark]
    public StudyResult Warm()
    {
        Characterizations.ReuseAcrossStudies = true;
        return StudyRunner.Run(_study);
    }

    [Benchmark]
    public StudyResult Recompute()
    {
        Characterizations.ReuseAcrossStudies = false;
        try
        {
            return StudyRunner.Run(_study);
        }
        finally
        {
            Characterizations.ReuseAcrossStudies = true;
        }
    }
}
