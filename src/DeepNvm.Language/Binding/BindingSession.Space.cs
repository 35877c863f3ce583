using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

/// <summary>A space's <c>where</c> and <c>minimize</c> lines, bound like a study's <c>expect</c> lines: a
/// known figure of merit, a threshold in that figure's unit, objectives named once.</summary>
internal sealed partial class BindingSession
{
    private void BindSpaceLines(Declaration space)
    {
        if (space.Keyword != "space")
        {
            return;
        }

        foreach (var (syntax, file) in space.SpaceLines)
        {
            switch (syntax)
            {
                case ConstraintSyntax constraint when KnownMetric(space, constraint.Metric, file) is { } metric:
                    if (BindConstraint(space, constraint, metric, file) is { } spec)
                    {
                        space.Constraints.Add(spec);
                    }

                    break;

                case ObjectivesSyntax objectives:
                    foreach (var name in objectives.Metrics)
                    {
                        if (KnownMetric(space, name, file) is null)
                        {
                            continue;
                        }

                        if (space.Objectives.Contains(name.Text))
                        {
                            Report(space, DiagnosticCatalog.DuplicateObjective, file, name.Span, name.Text);
                            continue;
                        }

                        space.Objectives.Add(name.Text);
                    }

                    break;
            }
        }

        if (space.Objectives.Count == 0 && !space.SpaceLines.Any(l => l.Syntax is ObjectivesSyntax))
        {
            Report(space, DiagnosticCatalog.SpaceWithoutObjectives, space.FilePath, space.Syntax.Name.Span, space.Name);
        }

        foreach (var definition in NvmSchema.Space.Properties)
        {
            if (space.Values.TryGetValue(definition.Path, out var value) && value is { Kind: ValueKind.List } list
                && list.Items.GroupBy(i => i).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                var at = space.Assignments.TryGetValue(definition.Path, out var a) ? a : null;
                Report(space, DiagnosticCatalog.RepeatedAxisValue, at?.FilePath ?? space.FilePath, at?.Value.Span ?? space.Syntax.Name.Span,
                    definition.Path, twice.Key.ToString());
            }
        }
    }

    private (string Metric, Units.Dimension Dimension)? KnownMetric(Declaration space, Identifier name, string file)
    {
        foreach (var (metric, dimension, _) in NvmSchema.SpaceMetrics)
        {
            if (metric == name.Text)
            {
                return (metric, dimension);
            }
        }

        var names = NvmSchema.SpaceMetrics.Select(m => m.Metric).ToArray();
        Report(space, DiagnosticCatalog.UnknownSpaceMetric, file, name.Span, name.Text,
            DidYouMean(Units.EditDistance.Closest(names, name.Text, System.Math.Max(2, name.Text.Length / 3))), string.Join(", ", names));
        return null;
    }

    private ConstraintSpec? BindConstraint(Declaration space, ConstraintSyntax syntax, (string Metric, Units.Dimension Dimension) metric, string file)
    {
        var threshold = Bind(space, syntax.Threshold, null, file);
        if (threshold.Kind == BoundKind.Error)
        {
            space.HasErrors = true;
            return null;
        }

        if (threshold.Kind != BoundKind.Quantity || threshold.Quantity.Dimension != metric.Dimension || threshold.Quantity.FeaturePower != 0)
        {
            Report(space, DiagnosticCatalog.ConstraintUnit, file, syntax.Threshold.Span, metric.Metric, metric.Dimension.Describe(), threshold.Describe());
            return null;
        }

        var text = "where " + metric.Metric + " " + syntax.Operator + " " + SourceText(syntax.Threshold);
        return new ConstraintSpec(metric.Metric, syntax.Operator, threshold.Quantity.Value, text, file, syntax.Span);
    }
}
