using System.Diagnostics;
using DeepNvm.Reports;
using DeepNvm.Studies;
using DeepNvmPaper;

// The README's main job: the DeepNVM++ study (nvm/study.nvm), evaluated with the project's own models
// (cache model × workload traffic), printed as tables and written as a report folder.
//   dotnet run --project examples/deepnvm-paper [-- --out DIR] [--deterministic]
var outIndex = Array.IndexOf(args, "--out");
var folder = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "reports";

var clock = Stopwatch.StartNew();
var result = StudyRunner.Run(Studies.DeepNvmPlusPlus);
clock.Stop();

foreach (var table in StudyTables.All(result))
{
    Console.WriteLine(table.ToPlainText());
}

Console.WriteLine(StudyTables.Settings(result));
foreach (var warning in result.Warnings)
{
    Console.WriteLine("warning: " + warning);
}

// provenance: the digest of the .nvm files this program was built from (beside this source file)
var nvm = Path.Combine(Path.GetDirectoryName(SourceFile())!, "nvm");
var inputs = Directory.Exists(nvm) ? Directory.GetFiles(nvm, "*.nvm", SearchOption.AllDirectories) : Array.Empty<string>();
var files = ReportWriter.Write(result, folder, ReportProvenance.For(inputs, deterministic: args.Contains("--deterministic")));
Console.WriteLine($"Study evaluated in {clock.ElapsedMilliseconds} ms ({result.Characterizations} cache characterizations).");
Console.WriteLine($"Report: {files.Count} files in {Path.GetFullPath(folder)} (open index.html in a browser).");

// A cache declared with its cell and node is characterized by the build itself: constants, no run-time work.
Console.WriteLine(
    $"Characterized at build time: {nameof(Caches.Characterized.Gp102L2Stt)} hit {Caches.Characterized.Gp102L2Stt.HitLatencySeconds * 1e9:0.###} ns, " +
    $"write {Caches.Characterized.Gp102L2Stt.WriteLatencySeconds * 1e9:0.###} ns, area {Caches.Characterized.Gp102L2Stt.AreaSquareMeters * 1e6:0.###} mm², " +
    $"leakage {Caches.Characterized.Gp102L2Stt.LeakageWatts * 1e3:0.#} mW ({Caches.Characterized.Gp102L2Stt.Organization})");

static string SourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
