using System.Diagnostics;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Workspace;
using DeepNvm.Reports;
using DeepNvm.Mapping;
using DeepNvm.Studies;
using DeepNvm.Studies.Exploration;
using DeepNvm.Studies.Uncertainty;
using DeepNvmPaper;

// The README's main job: the DeepNVM++ study (nvm/study.nvm), evaluated with the project's own models
// (cache model × workload traffic), printed as tables and written as a report folder; then the paper's
// published figures placed among ours over the study's uncertain inputs (p05-p95, P(better), the published
// figure's percentile) and what it would take, one input at a time, to break even or reach them.
//   dotnet run --project examples/deepnvm-paper [-- --out DIR] [--deterministic]
var outIndex = Array.IndexOf(args, "--out");
var folder = outIndex >= 0 && outIndex + 1 < args.Length ? args[outIndex + 1] : "reports";

// The report folder is checked (and locked) before anything runs: a bad --out fails at once, not after the study.
ReportFolder destination;
try
{
    destination = ReportFolder.Open(folder);
}
catch (ReportFolderException e)
{
    Console.Error.WriteLine("deepnvm-paper: " + e.Message);
    return 2; // the command line's "usage" code (docs/cli.md): nothing was run or written
}

using var lockedFolder = destination;
var clock = Stopwatch.StartNew();
var result = StudyRunner.Run(Studies.DeepNvmPlusPlus);
var studyMs = clock.ElapsedMilliseconds;

foreach (var table in StudyTables.All(result))
{
    Console.WriteLine(table.ToPlainText());
}

Console.WriteLine(StudyTables.Settings(result));
foreach (var warning in result.Warnings)
{
    Console.WriteLine("warning: " + warning);
}

// The published figures, placed: the .nvm sources are rebound under each sample of the uncertain inputs
// (their ranges are in nvm/cells.nvm and nvm/nodes.nvm; the sample count and seed: the study's uncertainty block, else 100 and 1).
clock.Restart();
var loaded = NvmFileLoader.Load(NvmFolder());
var evaluator = new StudyUnderInputs(loaded.Sources.Select(s => DeepNvm.Language.NvmFrontEnd.Parse(s)).ToArray(), loaded.Options, loaded.ProjectDirectory);
var program = evaluator.Bind(Array.Empty<InputOverride>());
var study = Studies.DeepNvmPlusPlus;
var metrics = new MetricUnderInputs(evaluator, study.Name, loaded.ProjectDirectory);
// 100 samples per regime keep the main job short; `deepnvm study --samples N` runs more.
var samples = study.UncertaintySamples ?? 100;
var seed = (ulong)(study.UncertaintySeed ?? 1);
var placed = new List<ReferenceOutcome>();
var whatItTakes = new List<WhatItTakesRow>();
foreach (var name in study.Scenarios)
{
    Console.Error.WriteLine($"placing the published figures in scenario {name}: {samples} samples, then what it takes ...");
    var overrides = program.FindScenario(name)!.Overrides.ToArray();
    var inputs = evaluator.Bind(overrides).UncertainInputs(); // a scenario that fixes an input takes it out of the envelope
    placed.AddRange(PublishedFigures.Place(metrics, study.References, name, overrides, inputs, samples, seed));
    whatItTakes.AddRange(PublishedFigures.WhatItTakes(metrics, study.References.Where(r => r.Metric == "iso_capacity.edp_reduction_max").ToArray(),
        name, overrides, inputs));
}
var placeMs = clock.ElapsedMilliseconds;

// The whole study under the same samples (the first scenario's inputs: the program's own): every headline ratio with its
// 5th-95th percentile and the probability that MRAM beats SRAM, per capacity of the sweep too. The iso-capacity and
// iso-area caches are the placement's (the evaluator's memo shares them); the sweep's are characterized here.
Console.Error.WriteLine($"the whole study under the same {samples} samples ...");
clock.Restart();
var uncertainty = MonteCarlo.Run(evaluator, study.Name, program.UncertainInputs(), new MonteCarloOptions(samples, seed));
var uncertaintyMs = clock.ElapsedMilliseconds;

var references = PublishedFiguresReport.Table(placed);
var takes = PublishedFiguresReport.WhatItTakesTable(whatItTakes);
Console.WriteLine(references.ToPlainText());
Console.WriteLine(takes.ToPlainText());

// The design space around the study (nvm/space.nvm: the three cells x 1-128 MB x 8/16/32-way x 64/128 B lines, each
// design on the seven workloads) and its Pareto front of area and EDP; `deepnvm explore` runs any space at scale.
var spaceName = "DeepNvmSpace";
Console.Error.WriteLine($"exploring {spaceName} and its Pareto front ...");
clock.Restart();
var explored = ExploredSpace.Evaluate(SpaceBuilder.Build(program.Spaces.Single(s => s.Name == spaceName), program,
    new SpecConverter(program, loaded.ProjectDirectory)));
var exploreMs = clock.ElapsedMilliseconds;
var front = SpaceFrontReport.Table(explored);
Console.WriteLine(front.ToPlainText());

// One report folder with the study, the published figures placed (a distribution chart each) and what it takes;
// provenance: the digest of the .nvm files this program was built from; no date with --deterministic.
var nvmFiles = Directory.GetFiles(NvmFolder(), "*.nvm", SearchOption.AllDirectories);
var files = ReportWriter.Write(result, destination, uncertainty, provenance: ReportProvenance.For(nvmFiles, deterministic: args.Contains("--deterministic")),
    analyses: new ReportAnalyses(new[] { references, takes, front },
        PublishedFiguresReport.Charts(placed, result.Baseline).Append(SpaceFrontReport.Chart(explored)).ToArray()));

Console.WriteLine($"Study evaluated in {studyMs} ms ({result.Characterizations} cache characterizations); " +
    $"published figures placed in {study.Scenarios.Count} scenarios over {samples} samples of their uncertain inputs, and what it takes, in {placeMs} ms; " +
    $"the study over the same samples in {uncertaintyMs} ms; " +
    $"{spaceName}'s {explored.Points.Count} designs and their front in {exploreMs} ms.");
Console.WriteLine($"Report: {files.Count} files in {Path.GetFullPath(folder)} (open index.html in a browser).");

// A cache declared with its cell and node is characterized by the build itself: constants, no run-time work.
Console.WriteLine(
    $"Characterized at build time: {nameof(Caches.Characterized.Gp102L2Stt)} hit {Caches.Characterized.Gp102L2Stt.HitLatencySeconds * 1e9:0.###} ns, " +
    $"write {Caches.Characterized.Gp102L2Stt.WriteLatencySeconds * 1e9:0.###} ns, area {Caches.Characterized.Gp102L2Stt.AreaSquareMeters * 1e6:0.###} mm², " +
    $"leakage {Caches.Characterized.Gp102L2Stt.LeakageWatts * 1e3:0.#} mW ({Caches.Characterized.Gp102L2Stt.Organization})");

return 0;

// The project's .nvm folder: beside the sources (dotnet run from anywhere), found from the build output upwards.
static string NvmFolder()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "nvm", "study.nvm");
        if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "DeepNvmPaper.csproj")))
        {
            return Path.GetDirectoryName(candidate)!;
        }
    }

    throw new DirectoryNotFoundException("the example's nvm folder was not found above " + AppContext.BaseDirectory);
}
