using System.CommandLine;
using System.Globalization;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Mapping;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm sensitivity`.</summary>
internal sealed record SensitivityOptions(StudyOptions Study, string Technology, string Metric)
{
    public bool Json { get; init; }
    public string? Out { get; init; }
}

/// <summary>
/// `deepnvm sensitivity PATH --study S --technology T --metric METRIC [--json] [--samples N [--seed K]] [--out DIR]
/// [--set …]`: every uncertain input of the program set to the low and the high end of its range with the others
/// nominal, ranked by how far it moves the metric (a tornado), with each input's Spearman rank correlation over a
/// Monte Carlo run when --samples is given (docs/model-evaluation.md, "Sensitivity").
/// </summary>
internal static class SensitivityCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder that declares a study" };
        var study = new Option<string?>("--study") { Description = "The study, when the files declare several" };
        var technology = new Option<string>("--technology") { Description = "The technology the metric is measured for, e.g. SttMram", Required = true };
        var metric = new Option<string>("--metric") { Description = "The metric, as in expect lines, e.g. iso_capacity.edp_reduction", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var output = new Option<string?>("--out") { Description = "Write sensitivity.md, sensitivity.json, sensitivity.svg and sensitivity.png here" };
        var samples = new Option<string?>("--samples") { Description = "Also run this many Monte Carlo samples and report each input's Spearman rank correlation" };
        var seed = new Option<string?>("--seed") { Description = "The Monte Carlo seed (default 0)" };
        var settings = new SettingsOptions();
        var command = new Command("sensitivity", "Rank the uncertain inputs by how far each moves a metric (tornado)");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { study, technology, metric, json, output, samples, seed })
        {
            command.Options.Add(option);
        }

        settings.AddTo(command);
        command.SetAction(parse => Run(new SensitivityOptions(settings.Read(parse, parse.GetValue(path)!) with
        {
            Study = parse.GetValue(study), Samples = parse.GetValue(samples), Seed = parse.GetValue(seed),
        }, parse.GetValue(technology)!, parse.GetValue(metric)!) { Json = parse.GetValue(json), Out = parse.GetValue(output) }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, StudyConsole.IsInteractive(parse.InvocationConfiguration.Output)));
        return command;
    }

    public static int Run(SensitivityOptions options, TextWriter output, TextWriter error, bool rich = false)
    {
        if (!StudyCommand.TrySampling(options.Study, error, out var samples, out var seed))
        {
            return ExitCodes.Usage;
        }

        var code = AnalysisSession.Open(options.Study, error, out var session);
        if (session is null)
        {
            return code;
        }

        if (!session.TryMetric(options.Metric, options.Technology, "--metric", error, out var metric))
        {
            return ExitCodes.Usage;
        }

        if (session.Inputs.Count == 0)
        {
            AnalysisSession.Report(error, options.Study.Path, DiagnosticCatalog.NoUncertainInputs,
                $"study '{session.Study.Name}' has no uncertain inputs to sweep: give a property a range or a distribution, e.g. 'read.sense_energy = 8 fJ .. 375 fJ'");
            return ExitCodes.Diagnostics;
        }

        // the destination is checked and locked before the sweep, and the three files are swapped in together
        if (!OutputDestination.TryOpenFolder(options.Out, "sensitivity", error, out var destination))
        {
            return ExitCodes.Usage;
        }

        using var report = destination;
        if (session.Measure(metric, options.Study.Path, "with every input nominal", error) is not { } nominal)
        {
            return ExitCodes.Diagnostics;
        }

        var failed = false;
        var byName = session.Inputs.ToDictionary(i => i.Name);
        double At(SweptInput input, double value)
        {
            var end = value == input.Low ? "low" : "high";
            var measured = session.Measure(metric, session.LocationOf(input.Name), FormattableString.Invariant($"with {input.Name} at its {end} end ({value:G4})"),
                error, byName[input.Name].Override(value));
            failed |= measured is null;
            return measured ?? double.NaN;
        }

        var swept = session.Inputs.Select(i => i.ToDistribution()).Zip(session.Inputs, (d, i) => new SweptInput(i.Name, d.Low, d.High, d.Nominal)).ToArray();
        var result = StudyConsole.WithProgress(rich && !options.Json, error, "Sweeping " + swept.Length + " inputs", progress =>
        {
            // two runs of the study per input (its low and its high end)
            var done = 0;
            return Tornado.Run(swept, (input, value) =>
            {
                var measured = At(input, value);
                progress?.Report(new StudyProgress(Interlocked.Increment(ref done), 2 * swept.Length, input.Name));
                return measured;
            }, nominal);
        });
        if (failed)
        {
            return ExitCodes.Diagnostics;
        }

        if (samples is { } n)
        {
            var sampled = session.Metrics.Sample(new[] { metric }, session.Inputs, n, seed ?? 0);
            result = Tornado.WithSpearman(result, sampled.Inputs, sampled.Values[0]);
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Spearman rank correlations over {sampled.Succeeded} of {n} samples (seed {seed ?? 0})"));
        }

        var json = AnalysisReports.SensitivityJson(metric, result);
        var table = AnalysisReports.SensitivityTable(metric, result, session.Units);
        if (options.Json)
        {
            output.WriteLine(json);
        }
        else
        {
            StudyConsole.Write(table, output, rich);
        }

        if (report is not null)
        {
            report.Put("sensitivity.md", "# " + table.Title + "\n\n" + table.ToMarkdown());
            report.Put("sensitivity.json", json + "\n");
            var tornado = AnalysisReports.TornadoChart(metric, result);
            report.Put("sensitivity.svg", tornado.Svg);
            if (tornado.Png is { } png)
            {
                report.Put("sensitivity.png", png);
            }

            report.Commit();
            (options.Json ? error : output).WriteLine($"Report: {report.Files.Count} files in {report.Folder}");
        }

        return ExitCodes.Ok;
    }
}
