using System.CommandLine;
using System.Text;
using System.Text.Json;
using DeepNvm.Cli.Projects;
using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm eval` (nulls: the study's).</summary>
internal sealed record EvalOptions(string Path)
{
    public StudySelection Selection { get; init; } = new();
    public string? Capacity { get; init; }
    public bool Json { get; init; }
    public StudyOptions Settings { get; init; } = new("");
}

/// <summary>`deepnvm eval PATH [--cell C]... [--workload W]... [--gpu G] [--capacity SIZE] [--json]`: the
/// energy, delay, EDP and area of each (cell, workload) on one L2 — the evaluation under every study.
/// Without a study in PATH, --gpu, --cell and --workload name what to evaluate.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder" };
        var selection = new SelectionOptions();
        var capacity = new Option<string?>("--capacity") { Description = "L2 capacity, e.g. 4MB (default: the study's cache)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var settings = new SettingsOptions();
        var command = new Command("eval", "Evaluate cells on workloads at one L2 capacity: energy, delay, EDP, area");
        command.Arguments.Add(path);
        selection.AddTo(command);
        command.Options.Add(capacity);
        command.Options.Add(json);
        settings.AddTo(command);

        command.SetAction(parse => Run(new EvalOptions(parse.GetValue(path)!)
        {
            Selection = selection.Read(parse),
            Capacity = parse.GetValue(capacity),
            Json = parse.GetValue(json),
            Settings = settings.Read(parse, ""),
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, StudyConsole.IsInteractive(parse.InvocationConfiguration.Output)));
        return command;
    }

    public static int Run(EvalOptions options, TextWriter output, TextWriter error, bool rich = false)
    {
        var code = StudyInputs.Resolve(options.Path, options.Selection, options.Settings.Library, error, out var study, out var declarations, options.Settings.Sets);
        if (study is null)
        {
            return code;
        }

        var capacity = StudyRunner.Template(study).CapacityBytes;
        if (options.Capacity is { } text && !CliValues.TryCapacity(text, out capacity, out var problem))
        {
            error.WriteLine($"deepnvm eval: --capacity {problem}");
            return ExitCodes.Usage;
        }

        if (!StudyCommand.TrySettings(options.Settings, study, error, out var settings))
        {
            return ExitCodes.Usage;
        }

        IReadOnlyList<Evaluation> evaluations;
        try
        {
            var cells = new[] { study.Baseline }.Concat(study.Cells).ToArray();
            evaluations = StudyRunner.Evaluate(study, cells, study.Workloads, capacity, settings);
        }
        catch (Exception e) when (StudyFailure.IsStudyFailure(e))
        {
            return StudyFailure.Report("eval", e, error, declarations: declarations, parameters: study);
        }

        if (options.Json)
        {
            output.WriteLine(Json(study, capacity, settings, evaluations));
        }
        else
        {
            StudyConsole.Write(Table(study, capacity, evaluations), output, rich);
        }

        return ExitCodes.Ok;
    }

    internal static ReportTable Table(StudyParameters study, long capacity, IReadOnlyList<Evaluation> evaluations) => new(
        "eval", $"{study.Platform.Name}, {Numbers.Bytes(capacity)} L2",
        new[] { "Cell", "Workload", "Read (mJ)", "Write (mJ)", "Leakage (mJ)", "DRAM (mJ)", "Energy (mJ)", "Delay (ms)", "EDP (mJ·s)", "Area (mm²)" },
        evaluations.Select(e => (IReadOnlyList<string>)new[]
        {
            e.Technology, e.Workload, Numbers.Fixed(e.ReadEnergy, 1e3), Numbers.Fixed(e.WriteEnergy, 1e3), Numbers.Fixed(e.LeakageEnergy, 1e3),
            Numbers.Fixed(e.DramEnergy, 1e3), Numbers.Fixed(e.Energy, 1e3), Numbers.Fixed(e.Delay, 1e3), Numbers.G(e.Edp * 1e3),
            Numbers.Fixed(e.AreaSquareMeters, 1e6),
        }).ToArray());

    private static string Json(StudyParameters study, long capacity, EvaluationSettings settings, IReadOnlyList<Evaluation> evaluations)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("platform", study.Platform.Name);
            w.WriteNumber("capacityBytes", capacity);
            w.WriteString("delay", StudyJson.Snake(settings.Delay.ToString()));
            w.WriteString("leakageTime", StudyJson.Snake(settings.LeakageTime.ToString()));
            w.WriteBoolean("dramEnergy", settings.IncludeDramEnergy);
            w.WriteString("sectorEnergy", StudyJson.Snake(settings.SectorEnergy.ToString()));
            w.WriteStartArray("evaluations");
            foreach (var e in evaluations)
            {
                w.WriteStartObject();
                w.WriteString("cell", e.Technology);
                w.WriteString("workload", e.Workload);
                w.WritePropertyName("result");
                StudyJson.WriteEvaluation(w, e);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}

/// <summary>What eval and sweep evaluate: a study's, or the named platform, cells (the first is the baseline) and workloads.</summary>
internal sealed record StudySelection
{
    public string? Study { get; init; }
    public string? Gpu { get; init; }
    public IReadOnlyList<string> Cells { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Workloads { get; init; } = Array.Empty<string>();
}

/// <summary>The --study, --gpu, --cell and --workload options of eval and sweep.</summary>
internal sealed class SelectionOptions
{
    private readonly Option<string?> _study = new("--study") { Description = "Take platform, cells, workloads and settings from this study" };
    private readonly Option<string?> _gpu = new("--gpu") { Description = "The platform (default: the study's)" };
    private readonly Option<string[]> _cells = new("--cell") { Description = "A cell (repeatable; the first is the baseline; default: the study's baseline and cells)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> _workloads = new("--workload") { Description = "A workload (repeatable; default: the study's)", AllowMultipleArgumentsPerToken = true };

    public void AddTo(Command command)
    {
        command.Options.Add(_study);
        command.Options.Add(_gpu);
        command.Options.Add(_cells);
        command.Options.Add(_workloads);
    }

    public StudySelection Read(ParseResult parse) => new()
    {
        Study = parse.GetValue(_study),
        Gpu = parse.GetValue(_gpu),
        Cells = parse.GetValue(_cells) ?? Array.Empty<string>(),
        Workloads = parse.GetValue(_workloads) ?? Array.Empty<string>(),
    };
}

/// <summary>Loads the .nvm files and builds the study eval and sweep run.</summary>
internal static class StudyInputs
{
    /// <param name="declarations">The program's declarations, where a failure of the study is located (<see cref="StudyFailure"/>).</param>
    public static int Resolve(string path, StudySelection selection, string? library, TextWriter error, out StudyParameters? study,
        out IReadOnlyList<DeclarationSpec> declarations, IReadOnlyList<string>? sets = null)
    {
        var (studyName, gpu, cells, workloads) = (selection.Study, selection.Gpu, selection.Cells, selection.Workloads);
        study = null;
        declarations = Array.Empty<DeclarationSpec>();
        var loaded = Load(path, library, error, out var project, sets);
        if (project is null)
        {
            return loaded;
        }

        declarations = project.Program.Declarations;
        var studies = project.Converter.Studies();
        var basis = studyName is not null ? studies.FirstOrDefault(s => s.Name == studyName) : studies.Count == 1 ? studies[0] : null;
        if (studyName is not null && basis is null)
        {
            error.WriteLine($"deepnvm: no study '{studyName}' in {path}" + CliValues.Hint(studies.Select(s => s.Name), studyName));
            return ExitCodes.Usage;
        }

        var platform = basis?.Platform;
        if (gpu is not null)
        {
            platform = project.Converter.Gpus().FirstOrDefault(g => g.Name == gpu);
            if (platform is null)
            {
                var gpus = project.Converter.Gpus().Select(g => g.Name).ToArray();
                error.WriteLine($"deepnvm: no gpu '{gpu}' in {path}; declared: {string.Join(", ", gpus)}" + CliValues.Hint(gpus, gpu));
                return ExitCodes.Usage;
            }
        }

        var cellList = cells.Count > 0 ? Pick(project.Converter.Cells(), cells, c => c.Name) : basis is null ? null : new[] { basis.Baseline }.Concat(basis.Cells).ToArray();
        var workloadList = workloads.Count > 0 ? Pick(project.Converter.Workloads(), workloads, w => w.Name) : basis?.Workloads.ToArray();
        if (platform is null || cellList is null || workloadList is null)
        {
            error.WriteLine("deepnvm: name a study (--study), or a --gpu, --cell and --workload declared in " + path);
            return ExitCodes.Usage;
        }

        var missing = cells.Except(cellList.Select(c => c.Name)).Concat(workloads.Except(workloadList.Select(w => w.Name))).ToArray();
        if (missing.Length > 0 || cellList.Length == 0 || workloadList.Length == 0)
        {
            var known = project.Converter.Cells().Select(c => c.Name).Concat(project.Converter.Workloads().Select(w => w.Name)).ToArray();
            error.WriteLine($"deepnvm: not declared in {path}: {string.Join(", ", missing.Select(m => m + CliValues.Hint(known, m)))}");
            return ExitCodes.Usage;
        }

        study = (basis ?? new StudyParameters { Name = "eval" }) with
        {
            Platform = platform,
            Cache = basis?.Platform == platform ? basis.Cache : null,
            Baseline = cellList[0],
            Cells = cellList.Skip(1).ToArray(),
            Workloads = workloadList,
        };
        return ExitCodes.Ok;
    }

    /// <summary>Loads and binds PATH, with the <c>--set</c> overrides <paramref name="sets"/> applied; prints the
    /// diagnostics and returns their exit code when there are errors.</summary>
    public static int Load(string path, string? library, TextWriter error, out LoadedProject? project, IReadOnlyList<string>? sets = null)
    {
        project = null;
        if (!CliValues.NvmPath(path, "", error))
        {
            return ExitCodes.Usage;
        }

        var loaded = LoadedProject.Load(path, library);
        if (!loaded.HasErrors && sets is { Count: > 0 })
        {
            var parsed = InputOverrides.Parse(sets, loaded.Program, error, out var overrides);
            if (parsed != ExitCodes.Ok)
            {
                return parsed;
            }

            loaded = LoadedProject.Load(path, library, overrides);
        }

        if (loaded.HasErrors)
        {
            loaded.WriteDiagnostics(error);
            return ExitCodes.Diagnostics;
        }

        project = loaded;
        return ExitCodes.Ok;
    }

    private static T[] Pick<T>(IReadOnlyList<T> all, IReadOnlyList<string> names, Func<T, string> name) =>
        names.Select(n => all.FirstOrDefault(x => name(x) == n)).Where(x => x is not null).Select(x => x!).ToArray();
}
