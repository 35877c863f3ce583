using System.CommandLine;
using DeepNvm.Cli.Projects;
using DeepNvm.Model;
using DeepNvm.Reports;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm study` (each null/false: the study's own setting).</summary>
internal sealed record StudyOptions(string Path)
{
    public string? Study { get; init; }
    public bool Json { get; init; }
    public string? Out { get; init; }
    public string? Delay { get; init; }
    public string? LeakageTime { get; init; }
    public bool DramEnergy { get; init; }
    public string? SectorEnergy { get; init; }
    public int? Slices { get; init; }
    public bool BaselineTraffic { get; init; }
    /// <summary>The standard library's folder (<c>import "deepnvm:…"</c>); null: the one shipped with the CLI.</summary>
    public string? Library { get; init; }
    /// <summary>Leave the date out of the report's provenance, so the same inputs give the same bytes.</summary>
    public bool Deterministic { get; init; }
    /// <summary>The <c>--set NAME=VALUE</c> overrides, as written.</summary>
    public IReadOnlyList<string> Sets { get; init; } = Array.Empty<string>();
    /// <summary>--samples as typed (checked by <see cref="StudyUncertainty.TryRead"/>); null: no Monte Carlo.</summary>
    public string? Samples { get; init; }
    /// <summary>--seed as typed; null: 0.</summary>
    public string? Seed { get; init; }
}

/// <summary>The evaluation settings every study-like command takes (--delay, --leakage-time, --dram-energy,
/// --sector-energy, --slices, --baseline-traffic), --library and --set.</summary>
internal sealed class SettingsOptions
{
    private readonly Option<string?> _delay = new("--delay") { Description = "EDP's delay: access_latency | run_time (default: the study's)" };
    private readonly Option<string?> _leakage = new("--leakage-time") { Description = "Leakage time base: run_time | delay (default run_time)" };
    private readonly Option<bool> _dram = new("--dram-energy") { Description = "Count DRAM energy in EDP" };
    private readonly Option<string?> _sector = new("--sector-energy") { Description = "Per-access energy to 32-byte sector: scale_data_array | scale_all | whole_access" };
    private readonly Option<int?> _slices = CliValues.WholeNumber("--slices", "Split the L2 into this many slices (default: the cache declaration's)", (int)CliValues.SlicesRange.Min, (int)CliValues.SlicesRange.Max);
    private readonly Option<bool> _baselineTraffic = new("--baseline-traffic") { Description = "Iso-area capacities keep the baseline capacity's DRAM traffic" };
    private readonly Option<string?> _library = new("--library") { Description = "Folder of the standard library (import \"deepnvm:...\"); default: the one shipped with deepnvm" };
    private readonly Option<string[]> _set = InputOverrides.CreateOption();
    private readonly Option<bool> _deterministic = new("--deterministic") { Description = "Leave the date out of the report's provenance: the same inputs give byte-identical reports" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _delay, _leakage, _dram, _sector, _slices, _baselineTraffic, _library, _set, _deterministic })
        {
            command.Options.Add(option);
        }
    }

    public StudyOptions Read(ParseResult parse, string path) => new(path)
    {
        Delay = parse.GetValue(_delay),
        LeakageTime = parse.GetValue(_leakage),
        DramEnergy = parse.GetValue(_dram),
        SectorEnergy = parse.GetValue(_sector),
        Slices = parse.GetValue(_slices),
        BaselineTraffic = parse.GetValue(_baselineTraffic),
        Library = parse.GetValue(_library),
        Sets = parse.GetValue(_set) ?? Array.Empty<string>(),
        Deterministic = parse.GetValue(_deterministic),
    };
}

/// <summary>`deepnvm study PATH [--study NAME] [--json] [--out DIR] [settings]`: evaluate a study declared
/// in .nvm (iso-capacity, iso-area, scalability), print its tables or one JSON object, and write the report
/// folder (Markdown, CSV, JSON, SVG, index.html).</summary>
internal static class StudyCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder that declares a study" };
        var study = new Option<string?>("--study") { Description = "The study to run when the files declare several" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of tables" };
        var output = new Option<string?>("--out") { Description = "Write the report folder here (Markdown, CSV, JSON, SVG, index.html)" };
        var samples = new Option<string?>("--samples") { Description = "Monte Carlo: sample the uncertain inputs this many times and report p05/p50/p95 and P(better)" };
        var seed = new Option<string?>("--seed") { Description = "Monte Carlo: the seed (a whole number; default 0); the same seed gives the same output" };
        var settings = new SettingsOptions();
        var command = new Command("study", "Evaluate a study: iso-capacity, iso-area and scalability tables, and a report folder");
        command.Arguments.Add(path);
        command.Options.Add(study);
        command.Options.Add(json);
        command.Options.Add(output);
        command.Options.Add(samples);
        command.Options.Add(seed);
        settings.AddTo(command);
        command.SetAction(parse => Run(settings.Read(parse, parse.GetValue(path)!) with
        {
            Study = parse.GetValue(study),
            Json = parse.GetValue(json),
            Out = parse.GetValue(output),
            Samples = parse.GetValue(samples),
            Seed = parse.GetValue(seed),
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, StudyConsole.IsInteractive(parse.InvocationConfiguration.Output)));
        return command;
    }

    public static int Run(StudyOptions options, TextWriter output, TextWriter error, bool rich = false)
    {
        // A seed without samples is checked below, once the study's own uncertainty block is known.
        if (!StudyUncertainty.TryRead(options.Samples, options.Seed, error, out var samples, out var seed))
        {
            return ExitCodes.Usage;
        }

        var code = Load(options.Path, options.Study, options.Library, error, out var project, out var study, options.Sets);
        if (study is null)
        {
            return code;
        }

        if (!TrySettings(options, study, error, out var settings))
        {
            return ExitCodes.Usage;
        }

        // The study's uncertainty { samples; seed } block, where the command line says nothing.
        samples ??= study.UncertaintySamples;
        seed ??= study.UncertaintySeed is { } declared and >= 0 ? (ulong)declared : null;
        if (seed is not null && samples is null)
        {
            error.WriteLine("deepnvm: --seed needs --samples (or an uncertainty { samples = N } block in the study)");
            return ExitCodes.Usage;
        }

        if (!OutputDestination.TryOpenFolder(options.Out, "study", error, out var destination))
        {
            return ExitCodes.Usage;
        }

        using var report = destination;
        StudyResult result;
        MonteCarloResult? uncertainty = null;
        if (samples is { } n and > 0)
        {
            uncertainty = StudyUncertainty.Run(project!, study.Name, n, seed ?? 0, SettingsFor(options), error, out code);
            if (uncertainty is null)
            {
                return code;
            }

            result = uncertainty.Nominal;
        }
        else
        {
            try
            {
                result = StudyConsole.WithProgress(rich && !options.Json, error, "Evaluating " + study.Name, progress => StudyRunner.Run(study, settings, progress));
            }
            catch (Exception e) when (StudyFailure.IsStudyFailure(e))
            {
                return StudyFailure.Report("study", e, error, project!.Program.Declarations.FirstOrDefault(d => d.Keyword == "study" && d.Name == study.Name), project.Program.Declarations);
            }
        }

        var scenarios = StudyScenarios.Run(project!, study, SettingsFor(options), error);
        var references = scenarios is null || study.References.Count == 0 ? Array.Empty<ReferenceOutcome>()
            : StudyScenarios.References(project!, study, samples ?? 0, seed ?? 0, SettingsFor(options), error);
        if (scenarios is null || references is null)
        {
            return ExitCodes.Diagnostics;
        }

        // The scenarios and the published figures placed among ours: tables in the terminal and the report (and in the
        // report, drawn below, a distribution chart for each sampled reference).
        var analysisTables = new[] { references.Count > 0 ? PublishedFiguresReport.Table(references) : null, scenarios.Count > 0 ? ScenarioReport.Table(result, scenarios) : null };
        var analyses = new ReportAnalyses(analysisTables.OfType<ReportTable>().ToArray(), Array.Empty<Chart>());
        if (options.Json)
        {
            var json = StudyJson.Write(result, uncertainty);
            json = scenarios.Count > 0 ? ScenarioReport.AddTo(json, scenarios) : json;
            output.WriteLine(references.Count > 0 ? PublishedFiguresReport.AddTo(json, references) : json);
        }
        else
        {
            foreach (var table in ReportWriter.Tables(result, uncertainty, analyses))
            {
                StudyConsole.Write(table, output, rich);
            }

            output.WriteLine(StudyTables.Settings(result));
            foreach (var warning in result.Warnings)
            {
                error.WriteLine("warning: " + warning);
            }
        }

        if (report is not null)
        {
            var files = ReportWriter.Write(result, report, uncertainty, null, ReportInputs.Provenance(project!, options.Deterministic),
                analyses with { Charts = PublishedFiguresReport.Charts(references, result.Baseline) });
            (options.Json ? error : output).WriteLine($"Report: {files.Count} files in {report.Folder} (open index.html)");
        }

        // expect lines: on stderr with --json, so stdout stays one JSON object
        return ExpectationReport.Write(study, result, options.Json ? error : output, error) ? ExitCodes.Ok : ExitCodes.Diagnostics;
    }

    /// <summary>--samples and --seed, checked (a seed needs samples); false, with the reason on <paramref name="error"/>, when not.</summary>
    internal static bool TrySampling(StudyOptions options, TextWriter error, out int? samples, out ulong? seed)
    {
        if (!StudyUncertainty.TryRead(options.Samples, options.Seed, error, out samples, out seed))
        {
            return false;
        }

        if (seed is not null && samples is null)
        {
            error.WriteLine("deepnvm: --seed needs --samples");
            return false;
        }

        return true;
    }

    /// <summary>The settings of a (re)bound study: its own, with the command line's choices on top.</summary>
    internal static Func<StudyParameters, EvaluationSettings> SettingsFor(StudyOptions options) =>
        bound => TrySettings(options, bound, TextWriter.Null, out var s) ? s : EvaluationSettings.For(bound);

    /// <summary>Loads PATH and picks the study: the one named, or the only one declared.</summary>
    internal static int Load(string path, string? name, string? library, TextWriter error, out LoadedProject? project, out StudyParameters? study,
        IReadOnlyList<string>? sets = null)
    {
        study = null;
        var loaded = StudyInputs.Load(path, library, error, out project, sets);
        if (project is null)
        {
            return loaded;
        }

        var studies = project.Converter.Studies();
        if (name is not null)
        {
            study = studies.FirstOrDefault(s => s.Name == name);
            if (study is null)
            {
                error.WriteLine($"deepnvm: no study '{name}' in {path}; declared: {Names(studies)}" + CliValues.Hint(studies.Select(s => s.Name), name));
                return ExitCodes.Usage;
            }
        }
        else if (studies.Count == 1)
        {
            study = studies[0];
        }
        else
        {
            error.WriteLine(studies.Count == 0 ? $"deepnvm: {path} declares no study" : $"deepnvm: {path} declares several studies ({Names(studies)}); name one with --study");
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }

    internal static bool TrySettings(StudyOptions options, StudyParameters study, TextWriter error, out EvaluationSettings settings)
    {
        settings = EvaluationSettings.For(study);
        if (options.Delay is { } d)
        {
            if (!CliValues.TryEnum<DelayDefinition>(d, "--delay", error, out var v))
            {
                return false;
            }

            settings = settings with { Delay = v };
        }

        if (options.LeakageTime is { } l)
        {
            if (!CliValues.TryEnum<LeakageTimeBase>(l, "--leakage-time", error, out var v))
            {
                return false;
            }

            settings = settings with { LeakageTime = v };
        }

        if (options.SectorEnergy is { } s)
        {
            if (!CliValues.TryEnum<SectorEnergyMapping>(s, "--sector-energy", error, out var v))
            {
                return false;
            }

            settings = settings with { SectorEnergy = v };
        }

        if (options.Slices is { } n)
        {
            if (n < CliValues.SlicesRange.Min || n > CliValues.SlicesRange.Max)
            {
                error.WriteLine($"deepnvm: --slices expects a whole number from {CliValues.SlicesRange.Text}, not {n}");
                return false;
            }

            settings = settings with { Slices = n };
        }

        if (options.DramEnergy)
        {
            settings = settings with { IncludeDramEnergy = true };
        }

        if (options.BaselineTraffic)
        {
            settings = settings with { IsoAreaOwnTraffic = false };
        }

        return true;
    }

    private static string Names(IEnumerable<StudyParameters> studies) => string.Join(", ", studies.Select(s => s.Name));
}
