using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DeepNvm.Benchmarks;

/// <summary>
/// Issue 13's shard target (2 shard processes on this 2-core machine ≥ 1.8× one): real `deepnvm explore` processes on one
/// thread each, the whole space in one process against two shards at once (docs/scale.md, "Cost per point"). The space is
/// the example's DeepNvmSpace with three line sizes, three access modes and all eight optimization targets (5,184 points, about
/// 30 s in one process, so that each shard has some 15 s of work: below that each process's fixed start, about 0.6 s, weighs),
/// made at setup from the example's own .nvm files. Each iteration writes into a new folder. The
/// CLI is the Release build this project references (`src/DeepNvm.Cli/bin/Release/net10.0/deepnvm.dll`).
/// Run alone: `--filter '*ShardScalingBenchmarks*'` (about 3 minutes).
/// </summary>
[Config(typeof(ProcessRuns))]
public class ShardScalingBenchmarks
{
    private string _root = "";
    private string _nvm = "";
    private string _cli = "";
    private int _run;

    [GlobalSetup]
    public void Setup()
    {
        _cli = Path.Combine(Repository.Root, "src", "DeepNvm.Cli", "bin", "Release", "net10.0", "deepnvm.dll");
        if (!File.Exists(_cli))
        {
            throw new InvalidOperationException("build the CLI in Release first (the benchmark project does, as a reference): " + _cli);
        }

        _root = Directory.CreateTempSubdirectory("deepnvm-shards-").FullName;
        var example = Path.Combine(Repository.Root, "examples", "deepnvm-paper");
        _nvm = Path.Combine(_root, "nvm");
        Directory.CreateDirectory(_nvm);
        foreach (var file in Directory.GetFiles(Path.Combine(example, "nvm"), "*.nvm"))
        {
            File.Copy(file, Path.Combine(_nvm, Path.GetFileName(file)));
        }

        // The project file marks the project folder, inside which the workloads' profiles must lie.
        foreach (var file in Directory.GetFiles(example, "*.csproj"))
        {
            File.Copy(file, Path.Combine(_root, Path.GetFileName(file)));
        }

        Directory.CreateDirectory(Path.Combine(_root, "profiles"));
        foreach (var file in Directory.GetFiles(Path.Combine(example, "profiles")))
        {
            File.Copy(file, Path.Combine(_root, "profiles", Path.GetFileName(file)));
        }

        var space = Path.Combine(_nvm, "space.nvm");
        File.WriteAllText(space, Widen(File.ReadAllText(space)));
    }

    /// <summary>DeepNvmSpace with lines of 64, 128 and 256 B, three access modes and the eight targets: 144 × 3/2 × 3 × 8 = 5,184 points.</summary>
    private static string Widen(string space)
    {
        const string lines = "  line          = [64 B, 128 B]";
        const string objectives = "  minimize area, edp";
        if (!space.Contains(lines, StringComparison.Ordinal) || !space.Contains(objectives, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("examples/deepnvm-paper/nvm/space.nvm no longer has the lines this benchmark widens: update Widen");
        }

        // DeepNvmSpace comes first in the file; the sampled space after it keeps its axes.
        return ReplaceFirst(ReplaceFirst(space, lines, "  line          = [64 B, 128 B, 256 B]"), objectives,
            "  access_mode   = [normal, sequential, fast]\n  optimize      = [read_edp, write_edp, read_energy, write_energy, read_latency, write_latency, area, leakage]\n" + objectives);
    }

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true)]
    public void OneProcess() => Wait(Explore(NewFolder(), null));

    [Benchmark]
    public void TwoShards()
    {
        var folder = NewFolder();
        var shards = new[] { Explore(folder, "0/2"), Explore(folder, "1/2") };
        foreach (var shard in shards)
        {
            Wait(shard);
        }
    }

    private string NewFolder() => Path.Combine(_root, "results-" + Interlocked.Increment(ref _run));

    private Process Explore(string folder, string? shard)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { _cli, "explore", _nvm, "--space", "DeepNvmSpace", "--out", folder, "--threads", "1" })
        {
            start.ArgumentList.Add(argument);
        }

        if (shard is not null)
        {
            start.ArgumentList.Add("--shard");
            start.ArgumentList.Add(shard);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line && line.Contains("error", StringComparison.Ordinal))
            {
                Console.Error.WriteLine(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Wait(Process process)
    {
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deepnvm explore exited with {process.ExitCode}");
        }

        process.Dispose();
    }

    /// <summary>One warm-up and three measured runs, in this process (each run starts its own `deepnvm` processes).</summary>
    private sealed class ProcessRuns : ManualConfig
    {
        public ProcessRuns()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithToolchain(InProcessEmitToolchain.Instance));
        }
    }
}
