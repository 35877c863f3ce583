using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Text;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

internal sealed partial class BindingSession
{
    /// <summary>Ranges expand to lists; this many points is plenty for any sweep.</summary>
    public const int MaxRangePoints = 4096;

    private static readonly Dictionary<string, ExpressionSyntax> DefaultExpressions = new(StringComparer.Ordinal);

    private void EvaluateAll(Declaration declaration)
    {
        if (declaration.Schema is null)
        {
            return;
        }

        if (declaration.Keyword == NvmSchema.Scenario.Keyword)
        {
            BindScenario(declaration);
            return;
        }

        foreach (var definition in declaration.Schema.Properties)
        {
            Evaluate(declaration, definition);
        }

        PlausibilityRules.Check(this, declaration);
        foreach (var (syntax, file) in declaration.ExpectationSyntax)
        {
            if (BindExpectation(declaration, syntax, file) is { } expectation)
            {
                declaration.Expectations.Add(expectation);
            }
        }

        foreach (var (syntax, file) in declaration.ReferenceLineSyntax)
        {
            if (BindReference(declaration, syntax, file) is { } reference)
            {
                declaration.ReferenceLines.Add(reference);
            }
        }

        BindSpaceLines(declaration);
    }

    /// <summary>Checks an <c>expect</c> line: a known metric, a cell the study compares, a plain-number threshold.</summary>
    private ExpectationSpec? BindExpectation(Declaration study, ExpectationSyntax syntax, string file)
    {
        if (!IsStudyMetric(study, syntax.Metric, syntax.Technology, "an expectation", file) || Ratio(study, syntax.Threshold, "expect " + syntax.MetricText, file) is not { } threshold)
        {
            return null;
        }

        var text = "expect " + syntax.MetricText + "(" + syntax.Technology.Text + ") " + syntax.Operator + " " + SourceText(syntax.Threshold);
        return new ExpectationSpec(syntax.MetricText, syntax.Technology.Text, syntax.Operator, threshold, text, file, syntax.Span);
    }

    /// <summary>Checks a <c>reference</c> line as an <c>expect</c> line, plus its source.</summary>
    private ReferenceSpec? BindReference(Declaration study, ReferenceSyntax syntax, string file)
    {
        if (!IsStudyMetric(study, syntax.Metric, syntax.Technology, "a reference", file) || Ratio(study, syntax.Value, "reference " + syntax.MetricText, file) is not { } value)
        {
            return null;
        }

        if (syntax.Source is not { Value.Length: > 0 } source)
        {
            Report(study, DiagnosticCatalog.ReferenceWithoutSource, file, syntax.Source?.Span ?? syntax.Value.Span, syntax.MetricText + "(" + syntax.Technology.Text + ")");
            return null;
        }

        var text = "reference " + syntax.MetricText + "(" + syntax.Technology.Text + ") = " + SourceText(syntax.Value) + " \"" + source.Value + "\"";
        return new ReferenceSpec(syntax.MetricText, syntax.Technology.Text, value, source.Value, text, file, syntax.Span);
    }

    /// <summary>Whether a metric is one a study measures (<see cref="NvmSchema.ExpectationMetrics"/>) for one of the cells it compares.</summary>
    private bool IsStudyMetric(Declaration study, EquatableArray<Identifier> metricPath, Identifier technology, string what, string file)
    {
        var metric = string.Join(".", metricPath.Select(p => p.Text));
        if (!NvmSchema.ExpectationMetrics.Any(m => m.Metric == metric))
        {
            var known = string.Join(", ", NvmSchema.ExpectationMetrics.Select(m => m.Metric));
            Report(study, DiagnosticCatalog.UnknownProperty, file, metricPath[0].Span.Cover(metricPath[metricPath.Count - 1].Span),
                what, metric, "; expected one of: " + known);
            return false;
        }

        var compared = study.Values.TryGetValue("cells", out var cells) && cells is not null
            ? cells.Items.Select(c => c.Text).ToArray()
            : new string[0];
        if (!compared.Contains(technology.Text))
        {
            if (cells is not null)
            {
                Report(study, DiagnosticCatalog.ConflictingProperties, file, technology.Span,
                    $"'{technology.Text}' is not one of the cells study '{study.Name}' compares ({string.Join(", ", compared)})");
            }

            return false;
        }

        return true;
    }

    /// <summary>A plain number (a ratio), or null after reporting what it is instead.</summary>
    private double? Ratio(Declaration study, ExpressionSyntax expression, string what, string file)
    {
        var value = Bind(study, expression, PropertyType.Number, file);
        if (value.Kind != BoundKind.Quantity || !value.Quantity.Dimension.IsDimensionless || value.Quantity.FeaturePower != 0)
        {
            if (value.Kind != BoundKind.Error)
            {
                Report(study, DiagnosticCatalog.WrongValueType, file, expression.Span, what, "a plain number (a ratio)", value.Describe());
            }

            return null;
        }

        return value.Quantity.Value;
    }

    /// <summary>The checked value of one property of a declaration (memoised); null when absent or wrong.</summary>
    internal ValueSpec? Evaluate(Declaration declaration, PropertyDefinition definition)
    {
        if (declaration.Values.TryGetValue(definition.Path, out var done))
        {
            return done;
        }

        if (!declaration.InProgress.Add(definition.Path))
        {
            var at = declaration.Assignments.TryGetValue(definition.Path, out var a) ? a : null;
            Report(declaration, DiagnosticCatalog.ValueCycle, at?.FilePath ?? declaration.FilePath, at?.Value.Span ?? declaration.Syntax.Name.Span,
                declaration.Name + "." + definition.Path, string.Join(" -> ", declaration.InProgress) + " -> " + definition.Path);
            return null;
        }

        ValueSpec? result = null;
        if (declaration.Assignments.TryGetValue(definition.Path, out var assignment) && IsUncertain(assignment, definition))
        {
            result = EvaluateUncertain(declaration, definition, assignment);
        }
        else if (assignment is not null)
        {
            var bound = Bind(declaration, assignment.Value, definition.Type, assignment.FilePath);
            declaration.Bound[definition.Path] = bound;
            result = Check(declaration, definition, bound, assignment.FilePath);
        }
        else if (definition.Default is { } defaultText)
        {
            var expression = DefaultExpression(defaultText);
            var bound = Bind(declaration, expression, definition.Type, declaration.FilePath);
            declaration.Bound[definition.Path] = bound;
            result = Check(declaration, definition, bound, declaration.FilePath);
        }
        else if (definition.Required)
        {
            Report(declaration, DiagnosticCatalog.MissingProperty, declaration.FilePath, declaration.Syntax.Name.Span,
                declaration.Schema!.DisplayName, declaration.Name, definition.Path, definition.Type.Describe());
        }

        declaration.InProgress.Remove(definition.Path);
        declaration.Values[definition.Path] = result;
        return result;
    }

    private static ExpressionSyntax DefaultExpression(string text)
    {
        lock (DefaultExpressions)
        {
            if (!DefaultExpressions.TryGetValue(text, out var expression))
            {
                expression = NvmParser.ParseExpression(text);
                DefaultExpressions[text] = expression;
            }

            return expression;
        }
    }

    /// <summary>Evaluates an expression in the context of a declaration. <paramref name="expected"/>
    /// decides what a bare word means: an enum value, a declaration, or a sibling property.</summary>
    private BoundValue Bind(Declaration context, ExpressionSyntax expression, PropertyType? expected, string file)
    {
        switch (expression)
        {
            case NumberSyntax number:
                return number.Value is { } q && q.IsFinite ? BoundValue.Of(q, number.Span, number.SourceText) : BoundValue.Error(number.Span);

            case StringSyntax text:
                return BoundValue.OfString(text.Value, text.Span);

            case NameSyntax name:
                return BindName(context, name, expected, file);

            case NegateSyntax negate:
                return BindNegation(context, negate, file);

            case BinarySyntax binary:
                return BindBinary(context, binary, file);

            case ListSyntax list:
            {
                var element = ElementType(expected);
                var items = list.Items.Select(i => Bind(context, i, element, file)).ToArray();
                return items.Any(i => i.Kind == BoundKind.Error) ? BoundValue.Error(list.Span) : BoundValue.OfList(items, list.Span);
            }

            case RangeSyntax range:
                return BindRange(context, range, file);

            case BoundValueSyntax bound:
                return BindOverride(context, bound.Override, bound.Override.Value, expected, file);

            default:
                return BoundValue.Error(expression.Span);
        }
    }

    /// <summary>What a bare word inside a list means: a list type's element, or (a space's axis) the type itself.</summary>
    private static PropertyType? ElementType(PropertyType? listType) => listType?.Shape switch
    {
        ValueShape.ReferenceList => PropertyType.Ref(listType.ReferenceKeyword!),
        ValueShape.BytesList => PropertyType.Bytes,
        _ => listType,
    };

    private BoundValue NotANumber(Declaration context, BoundValue operand, string operation, string file)
    {
        if (operand.Kind != BoundKind.Error)
        {
            Report(context, DiagnosticCatalog.IncompatibleOperands, file, operand.Span, $"{operation} {operand.Describe()}: only numbers can");
        }

        return BoundValue.Error(operand.Span);
    }

    /// <summary><c>- - x</c>: the signs are applied in a loop, so a long run of them takes no stack.</summary>
    private BoundValue BindNegation(Declaration context, NegateSyntax negate, string file)
    {
        var signs = Spine<NegateSyntax>(negate, sign => sign.Operand, out var operand);
        var value = Bind(context, operand, null, file);
        foreach (var sign in signs)
        {
            value = value.Kind == BoundKind.Quantity
                ? BoundValue.Of(-value.Quantity, sign.Span, "-" + TextOf(sign.Operand, value))
                : NotANumber(context, value, "negate", file);
        }

        return value;
    }

    /// <summary><c>a + b - c…</c>: the parser builds chains leaning left, so the left spine is bound
    /// bottom up in a loop (one stack frame per operator overflowed the stack on long chains).</summary>
    private BoundValue BindBinary(Declaration context, BinarySyntax binary, string file)
    {
        var value = default(BoundValue);
        foreach (var node in Spine<BinarySyntax>(binary, node => node.Left, out var leftmost))
        {
            value ??= Bind(context, leftmost, null, file);
            value = Combine(context, node, value, Bind(context, node.Right, null, file), file);
        }

        return value!;
    }

    /// <summary>The nodes of kind <typeparamref name="T"/> from <paramref name="top"/> down through
    /// <paramref name="next"/>, innermost first, and the first node below them of another kind.</summary>
    private static Stack<T> Spine<T>(T top, Func<T, ExpressionSyntax> next, out ExpressionSyntax bottom)
        where T : ExpressionSyntax
    {
        var spine = new Stack<T>();
        ExpressionSyntax current = top;
        while (current is T node)
        {
            spine.Push(node);
            current = next(node);
        }

        bottom = current;
        return spine;
    }

    private BoundValue Combine(Declaration context, BinarySyntax binary, BoundValue left, BoundValue right, string file)
    {
        if (left.Kind == BoundKind.Error || right.Kind == BoundKind.Error)
        {
            return BoundValue.Error(binary.Span);
        }

        var verb = binary.Operator switch { '*' => "multiply", '/' => "divide", '+' => "add", _ => "subtract" };
        if (left.Kind != BoundKind.Quantity || right.Kind != BoundKind.Quantity)
        {
            Report(context, DiagnosticCatalog.IncompatibleOperands, file, binary.Span, $"{verb} {left.Describe()} and {right.Describe()}");
            return BoundValue.Error(binary.Span);
        }

        Quantity result;
        switch (binary.Operator)
        {
            case '*':
                result = left.Quantity * right.Quantity;
                break;
            case '/':
                result = left.Quantity / right.Quantity;
                break;
            default:
                if (!left.Quantity.IsCommensurable(right.Quantity))
                {
                    var l = left.Quantity.Dimension.Describe() + (left.Quantity.FeaturePower != 0 ? " in F" : "");
                    var r = right.Quantity.Dimension.Describe() + (right.Quantity.FeaturePower != 0 ? " in F" : "");
                    Report(context, DiagnosticCatalog.IncompatibleOperands, file, binary.Span, $"{verb} {l} and {r}");
                    return BoundValue.Error(binary.Span);
                }

                var sign = binary.Operator == '+' ? 1 : -1;
                result = left.Quantity with { Value = left.Quantity.Value + sign * right.Quantity.Value };
                break;
        }

        if (!result.IsFinite)
        {
            Report(context, DiagnosticCatalog.NonFiniteValue, file, binary.Span, SourceText(binary), double.IsNaN(result.Value) ? "not a number" : "infinity");
            return BoundValue.Error(binary.Span);
        }

        return BoundValue.Of(result, binary.Span, TextOf(binary.Left, left) + " " + binary.Operator + " " + TextOf(binary.Right, right));
    }

    /// <summary>The source text of an operand: an operator's result already carries it (building it
    /// again at every level of a long chain made binding cubic), anything else is written out.</summary>
    private string TextOf(ExpressionSyntax syntax, BoundValue bound) =>
        syntax is BinarySyntax or NegateSyntax ? bound.Source : SourceText(syntax);

    private BoundValue BindRange(Declaration context, RangeSyntax range, string file)
    {
        var from = Bind(context, range.From, null, file);
        var to = Bind(context, range.To, null, file);
        var step = range.Step is null ? null : Bind(context, range.Step, null, file);
        if (from.Kind == BoundKind.Error || to.Kind == BoundKind.Error || step?.Kind == BoundKind.Error)
        {
            return BoundValue.Error(range.Span);
        }

        if (from.Kind != BoundKind.Quantity || to.Kind != BoundKind.Quantity || (step is not null && step.Kind != BoundKind.Quantity)
            || !from.Quantity.IsCommensurable(to.Quantity) || (step is not null && !from.Quantity.IsCommensurable(step.Quantity)))
        {
            Report(context, DiagnosticCatalog.IncompatibleOperands, file, range.Span, $"make a range of {from.Describe()} and {to.Describe()}");
            return BoundValue.Error(range.Span);
        }

        var start = from.Quantity.Value;
        var end = to.Quantity.Value;
        if (range.Factor is null && step is null)
        {
            Report(context, DiagnosticCatalog.EmptyRange, file, range.Span, "a range needs a step: '.. by x2' (geometric) or '.. by 1 MB' (arithmetic)");
            return BoundValue.Error(range.Span);
        }

        var geometric = range.Factor is not null;
        var factor = range.Factor ?? 0;
        var increment = step?.Quantity.Value ?? 0;
        if (end < start || (geometric && (factor <= 1 || double.IsInfinity(factor) || start <= 0)) || (!geometric && increment <= 0))
        {
            Report(context, DiagnosticCatalog.EmptyRange, file, range.Span,
                geometric ? "a geometric range must start above zero, end at or above its start, and grow by a factor above 1" : "a range must end at or above its start and have a positive step");
            return BoundValue.Error(range.Span);
        }

        var items = new List<BoundValue>();
        for (var k = 0; ; k++)
        {
            var value = geometric ? start * Math.Pow(factor, k) : start + k * increment;
            if (value > end * (1 + 1e-12))
            {
                break;
            }

            if (items.Count >= MaxRangePoints)
            {
                Report(context, DiagnosticCatalog.EmptyRange, file, range.Span, $"the range has more than {MaxRangePoints} points");
                return BoundValue.Error(range.Span);
            }

            items.Add(BoundValue.Of(from.Quantity with { Value = value }, range.Span, Format(value) + " (SI) in " + SourceText(range)));
        }

        return BoundValue.OfList(items, range.Span);
    }

    private BoundValue BindName(Declaration context, NameSyntax name, PropertyType? expected, string file)
    {
        var first = name.Parts[0].Text;
        var words = expected?.Shape is ValueShape.Enum or ValueShape.Boolean ? expected.EnumValues : null;
        if (name.Parts.Count == 1 && words is not null && words.Contains(first))
        {
            return BoundValue.OfWord(first, name.Span);
        }

        if (_declarations.TryGetValue(first, out var target))
        {
            if (!IsVisible(context, target))
            {
                Report(context, DiagnosticCatalog.UnknownName, file, name.Parts[0].Span, first, ImportHint(target));
                return BoundValue.Error(name.Span);
            }

            context.References.Add(target);
            if (name.Parts.Count == 1)
            {
                return BoundValue.OfReference(target, name.Span);
            }

            var path = string.Join(".", name.Parts.Skip(1).Select(p => p.Text));
            var definition = target.Schema?.Find(path);
            if (definition is null)
            {
                if (target.Schema is not null)
                {
                    Report(context, DiagnosticCatalog.UnknownProperty, file, name.Span, target.Schema.DisplayName + " '" + target.Name + "'", path, Suggest(target.Schema, path));
                }

                return BoundValue.Error(name.Span);
            }

            return ReadProperty(target, definition, name.Span);
        }

        var sibling = context.Schema?.Find(name.Text);
        if (sibling is not null)
        {
            return ReadProperty(context, sibling, name.Span);
        }

        if (_brokenNames.Contains(first))
        {
            context.HasErrors = true;
            return BoundValue.Error(name.Span);
        }

        if (words is not null && name.Parts.Count == 1)
        {
            Report(context, DiagnosticCatalog.UnknownEnumValue, file, name.Span, first, PropertyNameFor(context, expected!), string.Join(", ", words));
            return BoundValue.Error(name.Span);
        }

        var visibleNames = _declarations.Values.Where(d => IsVisible(context, d)).Select(d => d.Name);
        Report(context, DiagnosticCatalog.UnknownName, file, name.Parts[0].Span, first, DidYouMean(EditDistance.Closest(visibleNames, first, Math.Max(2, first.Length / 3))));
        return BoundValue.Error(name.Span);
    }

    /// <summary>The property whose type this is: in the declaration's own schema, or (for a scenario line) in any.</summary>
    private static string PropertyNameFor(Declaration context, PropertyType type) =>
        (context.Schema?.Properties ?? Enumerable.Empty<PropertyDefinition>()).Concat(NvmSchema.All.SelectMany(s => s.Properties))
            .FirstOrDefault(p => ReferenceEquals(p.Type, type))?.Path ?? "the property";

    /// <summary>The value of another property as a quantity, word or reference, for use in an expression.</summary>
    private BoundValue ReadProperty(Declaration owner, PropertyDefinition definition, SourceSpan useSpan)
    {
        var value = Evaluate(owner, definition);
        if (value is null || !owner.Bound.TryGetValue(definition.Path, out var bound) || bound.Kind == BoundKind.Error)
        {
            return BoundValue.Error(useSpan);
        }

        return bound.Kind switch
        {
            BoundKind.Quantity => BoundValue.Of(bound.Quantity, useSpan, bound.Source),
            BoundKind.String => BoundValue.OfString(bound.Text, useSpan),
            BoundKind.Word => BoundValue.OfWord(bound.Text, useSpan),
            BoundKind.Reference => BoundValue.OfReference(bound.Target!, useSpan),
            _ => BoundValue.OfList(bound.Items, useSpan),
        };
    }
}
