using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Units;
using DeepNvm.Mapping;
using DeepNvm.Reports;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>The choices of `deepnvm solve`.</summary>
internal sealed record SolveOptions(StudyOptions Study, string Vary, string Target)
{
    /// <summary><c>lo..hi</c> with units (e.g. <c>8 fJ..375 fJ</c>); null: the input's declared range.</summary>
    public string? Range { get; init; }
    public bool Json { get; init; }
}

/// <summary>
/// `deepnvm solve PATH --study S --vary NAME --target 'METRIC(T) = VALUE' [--range lo..hi] [--json] [--set …]`:
/// the value of one input at which a metric reaches a target (break-even at 1), found by MathNet's Brent
/// method on the input's declared range or on --range (docs/model-evaluation.md, "Break-even"); or, with the
/// metric at both ends, that no value in the range reaches it (DNVM0537, exit 1).
/// </summary>
internal static partial class SolveCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder that declares a study" };
        var study = new Option<string?>("--study") { Description = "The study, when the files declare several" };
        var vary = new Option<string>("--vary") { Description = "The input to vary, Declaration.property, e.g. SttMram.read.sense_energy", Required = true };
        var target = new Option<string>("--target") { Description = "METRIC(TECHNOLOGY) = VALUE, e.g. 'iso_capacity.edp_reduction(SttMram) = 1'", Required = true };
        var range = new Option<string?>("--range") { Description = "Search range lo..hi with units, e.g. '8 fJ..375 fJ' (default: the input's declared range)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object" };
        var settings = new SettingsOptions();
        var command = new Command("solve", "Find the value of one input at which a metric reaches a target (break-even)");
        command.Arguments.Add(path);
        foreach (var option in new Option[] { study, vary, target, range, json })
        {
            command.Options.Add(option);
        }

        settings.AddTo(command);
        command.SetAction(parse => Run(new SolveOptions(settings.Read(parse, parse.GetValue(path)!) with { Study = parse.GetValue(study) },
            parse.GetValue(vary)!, parse.GetValue(target)!)
        {
            Range = parse.GetValue(range),
            Json = parse.GetValue(json),
        }, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    [GeneratedRegex(@"^\s*(?<metric>[a-z_]+\.[a-z_]+)\s*\(\s*(?<technology>[A-Za-z_][A-Za-z0-9_]*)\s*\)\s*=\s*(?<value>[-+0-9.eE]+)\s*$")]
    private static partial Regex TargetPattern();

    public static int Run(SolveOptions options, TextWriter output, TextWriter error)
    {
        var match = TargetPattern().Match(options.Target);
        if (!match.Success || !double.TryParse(match.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var target)
            || !(target > 0) || double.IsInfinity(target))
        {
            error.WriteLine($"deepnvm: --target '{options.Target}' is not METRIC(TECHNOLOGY) = VALUE with a positive VALUE, e.g. 'iso_capacity.edp_reduction(SttMram) = 1'");
            return ExitCodes.Usage;
        }

        var code = AnalysisSession.Open(options.Study, error, out var session);
        if (session is null)
        {
            return code;
        }

        if (!session.TryMetric(match.Groups["metric"].Value, match.Groups["technology"].Value, "--target", error, out var metric))
        {
            return ExitCodes.Usage;
        }

        code = TryRange(session, options, error, out var low, out var high, out var featurePower, out var unit);
        if (code != ExitCodes.Ok)
        {
            return code;
        }

        var dot = options.Vary.IndexOf('.');
        var (declaration, property) = (options.Vary.Substring(0, dot), options.Vary.Substring(dot + 1));
        var failed = false;
        double At(double value)
        {
            var measured = session.Measure(metric, "--vary", FormattableString.Invariant($"with {options.Vary} = {value:G6} {unit}"), error,
                new InputOverride(declaration, property, ValueSpec.Quantity(value, featurePower)));
            failed |= measured is null;
            return measured ?? double.NaN;
        }

        var result = BreakEven.Solve(At, target, low, high);
        if (failed)
        {
            return ExitCodes.Diagnostics;
        }

        output.WriteLine(options.Json
            ? AnalysisReports.SolveJson(options.Vary, unit, metric, target, result)
            : AnalysisReports.SolveText(options.Vary, unit, metric, target, result));
        if (!result.Found)
        {
            AnalysisSession.Report(error, "--target", DiagnosticCatalog.TargetUnreachable, result.Reason!);
            return ExitCodes.Diagnostics;
        }

        if (result.Reason is { } jump)
        {
            AnalysisSession.Report(error, "--target", DiagnosticCatalog.TargetJump, jump);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The search range in SI (or units of F^power): --range read with the language's units, else the
    /// input's declared range. Usage mistakes exit 2; names and units the language rejects, 1.</summary>
    private static int TryRange(AnalysisSession session, SolveOptions options, TextWriter error, out double low, out double high, out int featurePower, out string unit)
    {
        (low, high, featurePower, unit) = (0, 0, 0, "");
        var program = session.Project.Program;
        if (options.Range is null)
        {
            var declared = session.Inputs.FirstOrDefault(i => i.Name == options.Vary);
            if (declared is null)
            {
                // A property that exists but has no range is a problem of the inputs; a malformed name, of the command line.
                var check = InputOverrides.Parse(new[] { options.Vary + "=0" }, program, TextWriter.Null, out _);
                if (check == ExitCodes.Usage)
                {
                    error.WriteLine($"deepnvm: --vary '{options.Vary}' is not Declaration.property, e.g. SttMram.read.sense_energy");
                    return ExitCodes.Usage;
                }

                AnalysisSession.Report(error, "--vary", DiagnosticCatalog.InputWithoutRange,
                    $"'{options.Vary}' has no declared range in study '{session.Study.Name}''s program; give one with --range lo..hi, or declare it ('x = lo .. hi')"
                    + (session.Inputs.Count > 0 ? "; uncertain inputs: " + string.Join(", ", session.Inputs.Select(i => i.Name)) : ""));
                return ExitCodes.Diagnostics;
            }

            var distribution = declared.ToDistribution();
            (low, high, featurePower, unit) = (distribution.Low, distribution.High, declared.Nominal.FeaturePower, declared.Unit);
        }
        else
        {
            var parts = options.Range.Split("..");
            if (parts.Length != 2)
            {
                error.WriteLine($"deepnvm: --range '{options.Range}' is not lo..hi, e.g. '8 fJ..375 fJ'");
                return ExitCodes.Usage;
            }

            var code = InputOverrides.Parse(new[] { options.Vary + "=" + parts[0], options.Vary + "=" + parts[1] }, program, error, out var ends);
            if (code != ExitCodes.Ok)
            {
                return code;
            }

            if (ends.Any(e => e.Value.Kind != ValueKind.Quantity))
            {
                AnalysisSession.Report(error, "--vary", DiagnosticCatalog.InputWithoutRange, $"'{options.Vary}' is not a number; only numeric inputs can be solved for");
                return ExitCodes.Diagnostics;
            }

            if (ends[0].Value.FeaturePower != ends[1].Value.FeaturePower)
            {
                AnalysisSession.Report(error, "--range", DiagnosticCatalog.SearchRangeEmpty, $"'{options.Range}': give both ends in the same units (both in F or neither)");
                return ExitCodes.Usage;
            }

            (low, high, featurePower) = (ends[0].Value.Number, ends[1].Value.Number, ends[0].Value.FeaturePower);
            var declaration = program.Find(ends[0].Declaration)!;
            var definition = NvmSchema.For(declaration.Keyword, declaration.CellKind)!.Find(ends[0].Path)!;
            unit = UnitExpression.SiSymbol(definition.Type.Dimension, featurePower);
        }

        if (!(low < high))
        {
            AnalysisSession.Report(error, "--range", DiagnosticCatalog.SearchRangeEmpty,
                FormattableString.Invariant($"the search range {low:G6} .. {high:G6} {unit} is empty or reversed: write the lower end first"));
            return ExitCodes.Usage;
        }

        return ExitCodes.Ok;
    }
}
