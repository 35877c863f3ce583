using DeepNvm.Cli.Projects;
using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Commands;

/// <summary>
/// `deepnvm study` on a study with <c>scenarios = [..]</c> or <c>reference</c> lines: the study evaluated under
/// each scenario's values (its lines applied as overrides, after any <c>--set</c>), and the published figures
/// placed in each (the study's own inputs first), over the Monte Carlo samples when there are some.
/// </summary>
internal static class StudyScenarios
{
    /// <summary>The study's own inputs, as the scenario column and JSON name calls them.</summary>
    public const string OwnInputs = "study's inputs";

    /// <summary>Each scenario's name and results; null (with the reason on <paramref name="error"/>) when one cannot be evaluated.</summary>
    public static IReadOnlyList<(string Name, StudyResult Result)>? Run(LoadedProject project, StudyParameters study,
        Func<StudyParameters, EvaluationSettings> settings, TextWriter error)
    {
        var evaluator = project.Evaluator();
        var results = new List<(string, StudyResult)>();
        var scenarios = Overrides(project, study).ToArray();
        var progress = new PlainProgress(error, "Evaluating " + study.Name + " under its scenarios", PlainProgress.DefaultInterval, "scenarios");
        foreach (var (name, overrides) in scenarios)
        {
            progress.Report(new StudyProgress(results.Count, scenarios.Length, name));
            var evaluation = evaluator.Evaluate(study.Name, overrides, settings);
            if (evaluation.Result is null)
            {
                error.WriteLine($"deepnvm study: scenario '{name}': {evaluation.Reason}");
                return null;
            }

            results.Add((name, evaluation.Result));
        }

        progress.Finish();
        return results;
    }

    /// <summary>The study's reference lines placed in each scenario, or under the study's own inputs when it has none.</summary>
    public static IReadOnlyList<ReferenceOutcome>? References(LoadedProject project, StudyParameters study, int samples, ulong seed,
        Func<StudyParameters, EvaluationSettings> settings, TextWriter error)
    {
        var evaluator = project.Evaluator();
        var metrics = new MetricUnderInputs(evaluator, study.Name, project.Directory, settings);
        try
        {
            // With scenarios, each is placed (the study's own inputs are the top-level results); without, the study's inputs.
            var placements = study.Scenarios.Count > 0 ? Overrides(project, study).ToArray()
                : new[] { (Name: OwnInputs, Overrides: (IReadOnlyList<InputOverride>)Array.Empty<InputOverride>()) };
            // each placement evaluates the study again (over the samples, when there are some): say how far it has got
            var progress = new PlainProgress(error, $"Placing {study.Name}'s published figures" + (samples > 0 ? $" over {samples} samples" : ""),
                PlainProgress.DefaultInterval, placements.Length == 1 ? "placement" : "placements");
            var placed = new List<ReferenceOutcome>();
            for (var i = 0; i < placements.Length; i++)
            {
                var (name, overrides) = placements[i];
                progress.Report(new StudyProgress(i, placements.Length, name));
                // a scenario that fixes an input takes it out of the envelope
                placed.AddRange(PublishedFigures.Place(metrics, study.References, name, overrides, evaluator.Bind(overrides).UncertainInputs(), samples, seed));
            }

            progress.Finish();
            return placed;
        }
        catch (StudyException e)
        {
            error.WriteLine($"deepnvm study: placing the references: {e.Message}");
            return null;
        }
    }

    private static IEnumerable<(string Name, IReadOnlyList<InputOverride> Overrides)> Overrides(LoadedProject project, StudyParameters study) =>
        study.Scenarios.Select(name => (name, (IReadOnlyList<InputOverride>)(project.Program.FindScenario(name)?.Overrides.ToArray() ?? Array.Empty<InputOverride>())));
}
