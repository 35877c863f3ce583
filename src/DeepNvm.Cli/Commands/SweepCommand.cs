using System.CommandLine;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm sweep`.</summary>
internal sealed record SweepOptions(string Path)
{
    public StudySelection Selection { get; init; } = new();
    /// <summary>A list (<c>1MB,4MB,16MB</c>) or a doubling range (<c>1MB..128MB</c>, <c>1MB..1GB by x4</c>).</summary>
    public string? Capacities { get; init; }
    public bool Json { get; init; }
    public string? Out { get; init; }
    public StudyOptions Settings { get; init; } = new("");
}

/// <summary>`deepnvm sweep PATH [--capacities 1MB..128MB] [--json] [--out DIR]`: every technology against
/// the baseline at each capacity of a sweep (a scalability study), with a progress bar on a terminal.</summary>
internal static class SweepCommand
{
    public static readonly long[] DefaultCapacities = Enumerable.Range(0, 8).Select(i => (1L << 20) << i).ToArray();

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder" };
        var selection = new SelectionOptions();
        var settings = new SettingsOptions();
        var capacities = new Option<string?>("--capacities") { Description = "1MB,4MB,16MB or 1MB..128MB [by x2] (default: the study's sweep, else 1MB..128MB)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (the study JSON with only the sweep)" };
        var output = new Option<string?>("--out") { Description = "Write the report folder here" };
        var command = new Command("sweep", "Sweep the L2 capacity: every technology vs the baseline at each capacity");
        command.Arguments.Add(path);
        selection.AddTo(command);
        command.Options.Add(capacities);
        command.Options.Add(json);
        command.Options.Add(output);
        settings.AddTo(command);

        command.SetAction(parse => Run(new SweepOptions(parse.GetValue(path)!)
        {
            Selection = selection.Read(parse),
            Capacities = parse.GetValue(capacities),
            Json = parse.GetValue(json),
            Out = parse.GetValue(output),
            Settings = settings.Read(parse, ""),
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, StudyConsole.IsInteractive(parse.InvocationConfiguration.Output)));
        return command;
    }

    public static int Run(SweepOptions options, TextWriter output, TextWriter error, bool rich = false)
    {
        var code = StudyInputs.Resolve(options.Path, options.Selection, options.Settings.Library, error, out var study, out var declarations, options.Settings.Sets);
        if (study is null)
        {
            return code;
        }

        IReadOnlyList<long> capacities = study.ScalabilityCapacities.Count > 0 ? study.ScalabilityCapacities : DefaultCapacities;
        if (options.Capacities is { } text)
        {
            if (!TryCapacities(text, out var parsed, out var problem))
            {
                error.WriteLine($"deepnvm sweep: --capacities {problem}; write a list (1MB,4MB) or a range (1MB..128MB [by x2])");
                return ExitCodes.Usage;
            }

            capacities = parsed;
        }

        if (!StudyCommand.TrySettings(options.Settings, study, error, out var settings))
        {
            return ExitCodes.Usage;
        }

        if (!OutputDestination.TryOpenFolder(options.Out, "sweep", error, out var destination))
        {
            return ExitCodes.Usage;
        }

        using var report = destination;
        var sweep = study with { IsoCapacity = false, IsoArea = false, ScalabilityCapacities = capacities };
        StudyResult result;
        try
        {
            result = StudyConsole.WithProgress(rich && !options.Json, error, $"Sweeping {capacities.Count} capacities", p => StudyRunner.Run(sweep, settings, p));
        }
        catch (Exception e) when (StudyFailure.IsStudyFailure(e))
        {
            return StudyFailure.Report("sweep", e, error, declarations: declarations, parameters: study);
        }

        if (options.Json)
        {
            output.WriteLine(StudyJson.Write(result));
        }
        else if (result.Technologies.Count > 0)
        {
            StudyConsole.Write(StudyTables.Scalability(result), output, rich);
            output.WriteLine(StudyTables.Settings(result));
        }
        else
        {
            output.WriteLine("Only a baseline: nothing to compare (name two or more --cell).");
        }

        if (report is not null)
        {
            var files = ReportWriter.Write(result, report, provenance: ReportInputs.Provenance(options.Path, options.Settings.Library, options.Settings.Deterministic));
            (options.Json ? error : output).WriteLine($"Report: {files.Count} files in {report.Folder}");
        }

        return ExitCodes.Ok;
    }

    /// <summary><c>1MB,4MB</c>, or <c>1MB..128MB</c> doubling, or <c>1MB..1GB by x4</c>.</summary>
    internal static bool TryCapacities(string text, out long[] capacities, out string problem)
    {
        capacities = Array.Empty<long>();
        problem = $"'{text}' is not a capacity list or range";
        var range = text.Split(new[] { ".." }, StringSplitOptions.None);
        if (range.Length == 2)
        {
            var upper = range[1];
            var factor = 2L;
            var by = upper.IndexOf("by", StringComparison.OrdinalIgnoreCase);
            if (by >= 0)
            {
                var f = upper.Substring(by + 2).Trim().TrimStart('x', 'X');
                if (!long.TryParse(f, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out factor) || factor < 2)
                {
                    return false;
                }

                upper = upper.Substring(0, by);
            }

            if (!CliValues.TryCapacity(range[0], out var from, out problem) || !CliValues.TryCapacity(upper, out var to, out problem))
            {
                return false;
            }

            if (to < from)
            {
                problem = $"the range '{text}' runs downwards";
                return false;
            }

            var list = new List<long>();
            for (var c = from; c <= to && list.Count < 64; c *= factor)
            {
                list.Add(c);
            }

            capacities = list.ToArray();
            return true;
        }

        var items = text.Split(',');
        var values = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (!CliValues.TryCapacity(items[i], out values[i], out problem))
            {
                return false;
            }
        }

        capacities = values.Distinct().OrderBy(c => c).ToArray();
        return capacities.Length > 0;
    }
}
