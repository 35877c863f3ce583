using System.CommandLine;
using DeepNvm.Cli.Specs;
using DeepNvm.Model;
using DeepNvm.Reports;
using DeepNvm.Studies;
using DeepNvm.Workloads;

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
        var delay = new Option<string?>("--delay") { Description = "EDP's delay: access_latency | run_time (default: the study's)" };
        var leakage = new Option<string?>("--leakage-time") { Description = "Leakage time base: run_time | delay (default run_time)" };
        var dram = new Option<bool>("--dram-energy") { Description = "Count DRAM energy in EDP" };
        var sector = new Option<string?>("--sector-energy") { Description = "Per-access energy to 32-byte sector: scale_data_array | scale_all | whole_access" };
        var slices = new Option<int?>("--slices") { Description = "Split the L2 into this many slices (default: the cache declaration's)" };
        var baselineTraffic = new Option<bool>("--baseline-traffic") { Description = "Iso-area capacities keep the baseline capacity's DRAM traffic" };
        var library = new Option<string?>("--library") { Description = "Folder of the standard library (import \"deepnvm:...\"); default: the one shipped with deepnvm" };
        var command = new Command("study", "Evaluate a study: iso-capacity, iso-area and scalability tables, and a report folder");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { study, json, output, delay, leakage, dram, sector, slices, baselineTraffic, library })
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => Run(new StudyOptions(parse.GetValue(path)!)
        {
            Study = parse.GetValue(study),
            Json = parse.GetValue(json),
            Out = parse.GetValue(output),
            Delay = parse.GetValue(delay),
            LeakageTime = parse.GetValue(leakage),
            DramEnergy = parse.GetValue(dram),
            SectorEnergy = parse.GetValue(sector),
            Slices = parse.GetValue(slices),
            BaselineTraffic = parse.GetValue(baselineTraffic),
            Library = parse.GetValue(library),
        }, Console.Out, Console.Error, StudyConsole.Interactive));
        return command;
    }

    public static int Run(StudyOptions options, TextWriter output, TextWriter error, bool rich = false)
    {
        var code = Load(options.Path, options.Study, options.Library, error, out _, out var study);
        if (study is null)
        {
            return code;
        }

        if (!TrySettings(options, study, error, out var settings))
        {
            return ExitCodes.Usage;
        }

        StudyResult result;
        try
        {
            result = StudyConsole.WithProgress(rich && !options.Json, "Evaluating " + study.Name, progress => StudyRunner.Run(study, settings, progress));
        }
        catch (Exception e) when (e is StudyException or WorkloadException)
        {
            error.WriteLine($"deepnvm study: {e.Message}");
            return ExitCodes.Diagnostics;
        }

        if (options.Json)
        {
            output.WriteLine(StudyJson.Write(result));
        }
        else
        {
            foreach (var table in StudyTables.All(result))
            {
                StudyConsole.Write(table, output, rich);
            }

            output.WriteLine(StudyTables.Settings(result));
            foreach (var warning in result.Warnings)
            {
                error.WriteLine("warning: " + warning);
            }
        }

        if (options.Out is { } folder)
        {
            var files = ReportWriter.Write(result, folder);
            (options.Json ? error : output).WriteLine($"Report: {files.Count} files in {Path.GetFullPath(folder)} (open index.html)");
        }

        return ExitCodes.Ok;
    }

    /// <summary>Loads PATH and picks the study: the one named, or the only one declared.</summary>
    internal static int Load(string path, string? name, string? library, TextWriter error, out ProjectSpecs? specs, out StudyParameters? study)
    {
        specs = null;
        study = null;
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            error.WriteLine($"deepnvm: '{path}' is neither a .nvm file nor a folder");
            return ExitCodes.Usage;
        }

        specs = ProjectSpecs.Load(path, library);
        if (specs.HasErrors)
        {
            specs.WriteDiagnostics(error);
            return ExitCodes.Diagnostics;
        }

        var studies = specs.Converter.Studies();
        if (name is not null)
        {
            study = studies.FirstOrDefault(s => s.Name == name);
            if (study is null)
            {
                error.WriteLine($"deepnvm: no study '{name}' in {path}; declared: {Names(studies)}");
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
            if (!TryEnum<DelayDefinition>(d, "--delay", error, out var v))
            {
                return false;
            }

            settings = settings with { Delay = v };
        }

        if (options.LeakageTime is { } l)
        {
            if (!TryEnum<LeakageTimeBase>(l, "--leakage-time", error, out var v))
            {
                return false;
            }

            settings = settings with { LeakageTime = v };
        }

        if (options.SectorEnergy is { } s)
        {
            if (!TryEnum<SectorEnergyMapping>(s, "--sector-energy", error, out var v))
            {
                return false;
            }

            settings = settings with { SectorEnergy = v };
        }

        if (options.Slices is { } n)
        {
            if (n < 1 || n > 1024)
            {
                error.WriteLine("deepnvm: --slices must be between 1 and 1024");
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

    /// <summary>An enum value as .nvm spells it (<c>run_time</c>), or its C# name.</summary>
    internal static bool TryEnum<T>(string text, string option, TextWriter error, out T value) where T : struct, Enum
    {
        if (Enum.TryParse(SpecConverter.Pascal(text), ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            return true;
        }

        error.WriteLine($"deepnvm: {option} '{text}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => StudyJson.Snake(n)))}");
        return false;
    }

    private static string Names(IEnumerable<StudyParameters> studies) => string.Join(", ", studies.Select(s => s.Name));
}
