using BenchmarkDotNet.Attributes;
using DeepNvm.Cli.Projects;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Benchmarks;

/// <summary>The report of the DeepNVM++ study (examples/deepnvm-paper: 2 technologies, 7 workloads,
/// 8 sweep points), the study evaluated once. <c>Charts</c>: the six charts laid out and rendered to
/// SVG and to PNG at 2×. <c>Folder</c>: the whole report folder written (tables, tidy.csv, JSON, charts,
/// index.html). docs/reports.md quotes the figures, measured with
/// <c>--filter '*ReportBenchmarks*' --inProcess --job short</c> (no job of its own: on a loaded machine
/// the separate benchmark build timed out).</summary>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private StudyResult _result = null!;
    private string _folder = null!;

    [GlobalSetup]
    public void Setup()
    {
        var project = LoadedProject.Load(Path.Combine(Repository.Root, "examples", "deepnvm-paper", "nvm"));
        _result = StudyRunner.Run(project.Converter.Studies().Single(s => s.Name == "DeepNvmPlusPlus"));
        _folder = Directory.CreateTempSubdirectory("deepnvm-report-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public IReadOnlyList<Chart> Charts() => StudyCharts.All(_result);

    [Benchmark]
    public IReadOnlyList<string> Folder() => ReportWriter.Write(_result, _folder);
}
