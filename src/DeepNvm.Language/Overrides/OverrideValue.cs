using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Overrides;

/// <summary>What is wrong with an override's value: a rule and the message.</summary>
internal sealed record OverrideProblem(DiagnosticDescriptor Rule, string Message);

/// <summary>
/// Evaluates the value of an override (<c>--set NAME=VALUE</c>, a scenario line) on its own, without
/// a declaration around it, and checks it against the target property's type: numbers with units
/// (arithmetic allowed), enum words, declaration names, strings and lists. Plausible ranges, powers
/// of two and the rules between properties are checked later, when the binder applies the override
/// where the property is declared.
/// </summary>
internal static class OverrideValue
{
    /// <param name="definition">The target property.</param>
    /// <param name="expression">The parsed value.</param>
    /// <param name="keywordOf">The keyword of a declaration name, or null when no declaration has it.</param>
    /// <param name="names">Declaration names, for "did you mean".</param>
    public static ValueSpec? Check(PropertyDefinition definition, ExpressionSyntax expression, Func<string, string?> keywordOf, IEnumerable<string> names, out OverrideProblem? problem)
    {
        problem = null;
        var value = Evaluate(definition, expression, keywordOf, names, ref problem);
        return value is null || problem is not null ? null : Conform(definition, definition.Type, value, ref problem);
    }

    private sealed record Raw(ExpressionSyntax Syntax, Quantity? Quantity, string? Word, string? Text, string? ReferenceKeyword, IReadOnlyList<Raw>? Items)
    {
        public string Describe() =>
            Quantity is { } q ? q.Dimension.Describe()
            : Word is not null ? "the word '" + Word + "'"
            : Text is not null ? "a string"
            : ReferenceKeyword is not null ? "the " + ReferenceKeyword + " '" + Syntax switch { NameSyntax n => n.Text, _ => "" } + "'"
            : "a list";
    }

    private static Raw? Evaluate(PropertyDefinition definition, ExpressionSyntax expression, Func<string, string?> keywordOf, IEnumerable<string> names, ref OverrideProblem? problem)
    {
        switch (expression)
        {
            case NumberSyntax number:
                if (number.UnitError is { } error)
                {
                    problem = new OverrideProblem(DiagnosticCatalog.UnknownUnit, number.UnknownUnit ? error : $"unknown unit '{number.UnitText}': {error}");
                    return null;
                }

                if (number.Value is not { IsFinite: true } q)
                {
                    problem = new OverrideProblem(DiagnosticCatalog.InvalidNumber, $"'{number.SourceText}' is not a finite number");
                    return null;
                }

                return new Raw(number, q, null, null, null, null);

            case NegateSyntax negate:
                return Evaluate(definition, negate.Operand, keywordOf, names, ref problem) is { Quantity: { } operand }
                    ? new Raw(negate, -operand, null, null, null, null)
                    : Fail("negate something that is not a number", ref problem);

            case BinarySyntax binary:
                var left = Evaluate(definition, binary.Left, keywordOf, names, ref problem);
                var right = problem is null ? Evaluate(definition, binary.Right, keywordOf, names, ref problem) : null;
                if (left?.Quantity is not { } l || right?.Quantity is not { } r)
                {
                    return problem is null ? Fail("combine values that are not numbers", ref problem) : null;
                }

                var result = binary.Operator switch
                {
                    '*' => l * r,
                    '/' => l / r,
                    _ when !l.IsCommensurable(r) => (Quantity?)null,
                    '+' => l with { Value = l.Value + r.Value },
                    _ => l with { Value = l.Value - r.Value },
                };
                if (result is not { IsFinite: true } sum)
                {
                    return Fail(result is null ? $"add or subtract {l.Dimension.Describe()} and {r.Dimension.Describe()}" : "compute a finite value", ref problem);
                }

                return new Raw(binary, sum, null, null, null, null);

            case StringSyntax text:
                return new Raw(text, null, null, text.Value, null, null);

            case NameSyntax name:
                var word = name.Text;
                if (definition.Type.EnumValues.Contains(word))
                {
                    return new Raw(name, null, word, null, null, null);
                }

                if (name.Parts.Count == 1 && keywordOf(word) is { } keyword)
                {
                    return new Raw(name, null, null, null, keyword, null);
                }

                problem = definition.Type.Shape is ValueShape.Enum or ValueShape.Boolean
                    ? new OverrideProblem(DiagnosticCatalog.UnknownEnumValue, $"'{word}' is not a valid value of '{definition.Path}'; expected one of: {string.Join(", ", definition.Type.EnumValues)}")
                    : new OverrideProblem(DiagnosticCatalog.UnknownName, $"unknown name '{word}'" + Suggestion(names, word));
                return null;

            case ListSyntax list:
                var items = new List<Raw>();
                foreach (var item in list.Items)
                {
                    if (Evaluate(definition, item, keywordOf, names, ref problem) is not { } raw)
                    {
                        return null;
                    }

                    items.Add(raw);
                }

                return new Raw(list, null, null, null, null, items);

            default:
                problem = new OverrideProblem(DiagnosticCatalog.WrongValueType,
                    $"'{definition.Path}' expects {definition.Type.Describe()}; an override takes a single value (write a range or a distribution in the .nvm file)");
                return null;
        }
    }

    private static Raw? Fail(string what, ref OverrideProblem? problem)
    {
        problem ??= new OverrideProblem(DiagnosticCatalog.IncompatibleOperands, "cannot " + what);
        return null;
    }

    /// <summary>"; did you mean 'X'?" when a name is close to <paramref name="word"/>.</summary>
    internal static string Suggestion(IEnumerable<string> candidates, string word) =>
        EditDistance.Closest(candidates, word, Math.Max(2, word.Length / 3)) is { } s ? $"; did you mean '{s}'?" : "";

    private static ValueSpec? Conform(PropertyDefinition definition, PropertyType type, Raw value, ref OverrideProblem? problem)
    {
        switch (type.Shape)
        {
            case ValueShape.Quantity:
            case ValueShape.Integer:
            case ValueShape.Bytes:
                return Number(definition, type, value, ref problem);
            case ValueShape.Boolean:
                return value.Word is { } b ? ValueSpec.Boolean(b == "true") : Wrong(definition, value, ref problem);
            case ValueShape.Enum:
                return value.Word is { } w ? ValueSpec.Enum(w) : Wrong(definition, value, ref problem);
            case ValueShape.String:
                return value.Text is { } t ? ValueSpec.String(t) : Wrong(definition, value, ref problem);
            case ValueShape.Reference:
                return Reference(definition, type.ReferenceKeyword!, value, ref problem);
            case ValueShape.NodeOrFeatureSize:
            case ValueShape.BytesOrCache:
                return value.ReferenceKeyword is not null
                    ? Reference(definition, type.ReferenceKeyword!, value, ref problem)
                    : Number(definition, type.Shape == ValueShape.BytesOrCache ? PropertyType.Bytes : PropertyType.Of(Dimension.LengthDim), value, ref problem);
            case ValueShape.ReferenceList:
            case ValueShape.BytesList:
                var items = new List<ValueSpec>();
                foreach (var item in value.Items ?? new[] { value })
                {
                    var element = type.Shape == ValueShape.BytesList
                        ? Number(definition, PropertyType.Bytes, item, ref problem)
                        : Reference(definition, type.ReferenceKeyword!, item, ref problem);
                    if (element is null)
                    {
                        return null;
                    }

                    items.Add(element);
                }

                return ValueSpec.List(items.ToEquatableArray());
            default:
                return Wrong(definition, value, ref problem);
        }
    }

    private static ValueSpec? Wrong(PropertyDefinition definition, Raw value, ref OverrideProblem? problem)
    {
        problem = new OverrideProblem(DiagnosticCatalog.WrongValueType, $"'{definition.Path}' expects {definition.Type.Describe()}, got {value.Describe()}");
        return null;
    }

    private static ValueSpec? Reference(PropertyDefinition definition, string keyword, Raw value, ref OverrideProblem? problem)
    {
        if (value.ReferenceKeyword is null)
        {
            return Wrong(definition, value, ref problem);
        }

        var name = ((NameSyntax)value.Syntax).Text;
        if (value.ReferenceKeyword != keyword)
        {
            problem = new OverrideProblem(DiagnosticCatalog.WrongReferenceKind, $"'{name}' is a {value.ReferenceKeyword}; '{definition.Path}' expects a {keyword}");
            return null;
        }

        return ValueSpec.Reference(keyword, name);
    }

    private static ValueSpec? Number(PropertyDefinition definition, PropertyType type, Raw value, ref OverrideProblem? problem)
    {
        if (value.Quantity is not { } quantity)
        {
            return Wrong(definition, value, ref problem);
        }

        var path = definition.Path;
        var expected = type.Dimension;
        var written = value.Syntax is NumberSyntax n ? n.SourceText : quantity.ToString();
        if (quantity.FeaturePower != 0 && !type.AllowsFeatureSize)
        {
            problem = new OverrideProblem(DiagnosticCatalog.FeatureSizeNotAllowed,
                $"'{path}' cannot use the feature size F; write an absolute unit, e.g. {UnitExpression.ExampleFor(expected, allowsFeatureSize: false)}");
            return null;
        }

        if (quantity.Dimension != expected)
        {
            problem = quantity.Dimension.IsDimensionless
                ? new OverrideProblem(DiagnosticCatalog.MissingUnit, $"'{path}' expects {expected.Describe()}; write a unit, e.g. {UnitExpression.ExampleFor(expected, type.AllowsFeatureSize)}")
                : new OverrideProblem(DiagnosticCatalog.DimensionMismatch, $"'{path}' expects {expected.Describe()}, got {quantity.Dimension.Describe()} ({written})");
            return null;
        }

        if (type.Shape is ValueShape.Integer or ValueShape.Bytes)
        {
            if (Math.Abs(quantity.Value - Math.Round(quantity.Value)) > 1e-9 * Math.Max(1, Math.Abs(quantity.Value)))
            {
                problem = new OverrideProblem(DiagnosticCatalog.NotAnInteger, $"'{path}' = {written} must be a whole number");
                return null;
            }

            return ValueSpec.Quantity(Math.Round(quantity.Value), quantity.FeaturePower);
        }

        return ValueSpec.Quantity(quantity.Value, quantity.FeaturePower);
    }
}
