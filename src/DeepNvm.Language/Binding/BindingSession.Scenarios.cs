using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

/// <summary>
/// <c>scenario Name { Decl.path = value; … }</c>: each line names a property of another declaration
/// and a value, bound in the scenario's own context (units, words, names and expressions as anywhere)
/// and checked against the target property's type and plausible range. The result is a list of
/// <see cref="InputOverride"/>s the binder applies when a command runs under the scenario.
/// </summary>
internal sealed partial class BindingSession
{
    private void BindScenario(Declaration scenario)
    {
        if (scenario.ScenarioOverrides is not null)
        {
            return;
        }

        var overrides = new Dictionary<string, InputOverride>(StringComparer.Ordinal);
        scenario.ScenarioOverrides = overrides;
        if (scenario.Base is { } parent)
        {
            BindScenario(parent);
            foreach (var inherited in parent.ScenarioOverrides!)
            {
                overrides[inherited.Key] = inherited.Value;
            }
        }

        var own = new Dictionary<string, PropertySyntax>(StringComparer.Ordinal);
        foreach (var member in scenario.Syntax.Members)
        {
            if (member is not PropertySyntax line)
            {
                Report(scenario, DiagnosticCatalog.InvalidScenarioLine, scenario.FilePath, member.Span,
                    "a scenario holds lines 'Declaration.property = value', e.g. 'Tsmc16.device = lop'");
                continue;
            }

            if (own.TryGetValue(line.PathText, out var earlier))
            {
                Report(scenario, DiagnosticCatalog.DuplicateProperty, scenario.FilePath, line.Path[0].Span, line.PathText, earlier.Span.ToString());
                continue;
            }

            own[line.PathText] = line;
            if (BindScenarioLine(scenario, line) is { } bound)
            {
                overrides[bound.Name] = bound;
            }
        }
    }

    private InputOverride? BindScenarioLine(Declaration scenario, PropertySyntax line)
    {
        var file = scenario.FilePath;
        var first = line.Path[0];
        if (!_declarations.TryGetValue(first.Text, out var target))
        {
            if (_brokenNames.Contains(first.Text))
            {
                scenario.HasErrors = true;
                return null;
            }

            var names = _declarations.Values.Where(d => d.Keyword != NvmSchema.Scenario.Keyword && IsVisible(scenario, d)).Select(d => d.Name);
            Report(scenario, DiagnosticCatalog.UnknownName, file, first.Span, first.Text, DidYouMean(EditDistance.Closest(names, first.Text, Math.Max(2, first.Text.Length / 3))));
            return null;
        }

        if (target.Keyword == NvmSchema.Scenario.Keyword)
        {
            Report(scenario, DiagnosticCatalog.InvalidScenarioLine, file, first.Span,
                $"'{first.Text}' is a scenario{(target == scenario ? " (this one)" : "")}; a scenario line sets a property of a node, cell, cache, gpu, workload or study (to build on a scenario, write 'scenario {scenario.Name} : {first.Text} {{ … }}')");
            return null;
        }

        if (!IsVisible(scenario, target))
        {
            Report(scenario, DiagnosticCatalog.UnknownName, file, first.Span, first.Text, ImportHint(target));
            return null;
        }

        scenario.References.Add(target);
        if (line.Path.Count < 2)
        {
            Report(scenario, DiagnosticCatalog.InvalidScenarioLine, file, first.Span,
                $"'{first.Text}' is the {target.Keyword} itself; a scenario line sets one of its properties: '{first.Text}.property = value'");
            return null;
        }

        if (target.Schema is not { } schema)
        {
            scenario.HasErrors = true;
            return null;
        }

        var path = string.Join(".", line.Path.Skip(1).Select(p => p.Text));
        var pathSpan = line.Path[1].Span.Cover(line.Path[line.Path.Count - 1].Span);
        if (schema.Find(path) is not { } definition)
        {
            Report(scenario, DiagnosticCatalog.UnknownProperty, file, pathSpan, schema.DisplayName + " '" + target.Name + "'", path, Suggest(schema, path));
            return null;
        }

        if (line.Value is DistributionSyntax || (line.Value is RangeSyntax { Step: null, Factor: null } && definition.Type.Shape != ValueShape.BytesList))
        {
            Report(scenario, DiagnosticCatalog.InvalidScenarioLine, file, line.Value.Span,
                $"a scenario gives '{target.Name}.{path}' one value; write a range or a distribution in {target.Keyword} '{target.Name}' itself");
            return null;
        }

        var value = Check(scenario, definition, Bind(scenario, line.Value, definition.Type, file), file);
        return value is null ? null : new InputOverride(target.Name, path, value) { SourceText = SourceText(line.Value), FilePath = file, Span = line.Value.Span };
    }

    private static ScenarioSpec ToScenario(Declaration scenario) => new(
        scenario.Name,
        scenario.Syntax.Base?.Text,
        scenario.FilePath,
        scenario.Syntax.Name.Span,
        (scenario.ScenarioOverrides ?? new Dictionary<string, InputOverride>()).Values.OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray(),
        scenario.HasErrors);
}
