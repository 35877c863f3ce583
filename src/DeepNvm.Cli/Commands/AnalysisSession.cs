using DeepNvm.Cli.Projects;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Model;
using DeepNvm.Studies;
using InputOverride = DeepNvm.Language.Bound.InputOverride;
using DeepNvm.Language.Bound;

namespace DeepNvm.Cli.Commands;

/// <summary>
/// What `deepnvm sensitivity` and `deepnvm solve` share: the project loaded with its <c>--set</c> overrides,
/// the study picked, its uncertain inputs (with their SI units), and a <see cref="MetricUnderInputs"/> that
/// rebinds the program under each input set on one characterization memo. Problems are printed in the
/// located form (<c>--option: error DNVMxxxx: message</c>) with the documented exit codes.
/// </summary>
internal sealed class AnalysisSession
{
    private AnalysisSession(LoadedProject project, StudyParameters study, MetricUnderInputs metrics)
    {
        Project = project;
        Study = study;
        Metrics = metrics;
        Inputs = project.Program.UncertainInputs();
        Units = Inputs.ToDictionary(i => i.Name, i => i.Unit);
    }

    public LoadedProject Project { get; }
    public StudyParameters Study { get; }
    public MetricUnderInputs Metrics { get; }
    public IReadOnlyList<UncertainInput> Inputs { get; }
    /// <summary>Each uncertain input's SI unit ("J", "s", "F^2"), by name.</summary>
    public IReadOnlyDictionary<string, string> Units { get; }

    public static int Open(StudyOptions options, TextWriter error, out AnalysisSession? session)
    {
        session = null;
        var code = StudyCommand.Load(options.Path, options.Study, options.Library, error, out var project, out var study, options.Sets);
        if (study is null || project is null)
        {
            return code;
        }

        if (!StudyCommand.TrySettings(options, study, error, out _))
        {
            return ExitCodes.Usage;
        }

        session = new AnalysisSession(project, study, new MetricUnderInputs(project.Evaluator(), study.Name, project.Directory, StudyCommand.SettingsFor(options)));
        return ExitCodes.Ok;
    }

    /// <summary>The metric, or a usage mistake (unknown metric, a technology the study does not compare, a comparison it does not run).</summary>
    public bool TryMetric(string metric, string technology, string option, TextWriter error, out StudyMetric value)
    {
        value = new StudyMetric(metric, technology);
        if (value.Problem(Study) is { } problem)
        {
            error.WriteLine($"deepnvm: {option}: {problem}");
            return false;
        }

        return true;
    }

    /// <summary>The metric with <paramref name="overrides"/>; null (and a DNVM0538 at <paramref name="location"/> on
    /// <paramref name="error"/>) when the study cannot be evaluated <paramref name="where"/>.</summary>
    public double? Measure(StudyMetric metric, string location, string where, TextWriter error, params InputOverride[] overrides)
    {
        try
        {
            var value = Metrics.Measure(metric, overrides);
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new StudyException($"{metric} is not a finite number");
            }

            return value;
        }
        catch (StudyException e)
        {
            Report(error, location, DiagnosticCatalog.AnalysisPointFailed, $"the study cannot be evaluated {where}: {e.Message}");
            return null;
        }
    }

    /// <summary>Where an uncertain input's range is written: <c>file(line,col)</c>.</summary>
    public string LocationOf(string input) => Inputs.FirstOrDefault(i => i.Name == input)?.Distribution is { } d
        ? $"{d.FilePath}({d.Span.Line},{d.Span.Column})" : "deepnvm";

    /// <summary>A diagnostic about the command line, in the located form the build and `deepnvm check` print.</summary>
    public static void Report(TextWriter error, string location, DiagnosticDescriptor rule, string message) =>
        error.WriteLine($"{location}: {(rule.Severity == NvmSeverity.Error ? "error" : "warning")} {rule.Id}: {message}");
}
