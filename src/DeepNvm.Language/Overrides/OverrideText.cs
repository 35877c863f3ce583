using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using Sprache;

namespace DeepNvm.Language.Overrides;

/// <summary>The outcome of reading one <c>--set</c> argument: an override, or why not (with the rule's id).</summary>
public sealed record OverrideParseResult(InputOverride? Override, string? Error, string? Id)
{
    public bool Succeeded => Override is not null;
}

/// <summary>
/// Reads command-line overrides, <c>NAME=VALUE</c> with NAME = <c>Declaration.property.path</c>:
/// <c>SttMram.read.sense_energy=42 fJ</c>, <c>Tsmc16.device=lop</c>, <c>Gp102L2.capacity=4 MB</c>.
/// The value is read by the language's own expression and unit parser and checked against the
/// property's type in a bound program, so a typo gets the language's message and suggestion.
/// </summary>
public static class OverrideText
{
    /// <summary>Longer values are refused (an override is one value, not a file).</summary>
    public const int MaxLength = 1000;

    public static OverrideParseResult Parse(string text, ProgramSpec program)
    {
        var equals = text.IndexOf('=');
        if (equals < 0)
        {
            return Fail(DiagnosticCatalog.SyntaxError, $"'{text}' is not NAME=VALUE; write e.g. 'SttMram.read.sense_energy=42 fJ'");
        }

        var name = text.Substring(0, equals).Trim();
        var valueText = text.Substring(equals + 1).Trim();
        var dot = name.IndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || !name.Split('.').All(IsIdentifier))
        {
            return Fail(DiagnosticCatalog.SyntaxError, $"'{name}' is not a property name; write Declaration.property, e.g. 'SttMram.read.sense_energy'");
        }

        var declarationName = name.Substring(0, dot);
        var path = name.Substring(dot + 1);
        var declaration = program.Find(declarationName);
        if (declaration is null)
        {
            return Fail(DiagnosticCatalog.UnknownName, $"unknown declaration '{declarationName}'" + OverrideValue.Suggestion(program.Declarations.Select(d => d.Name), declarationName));
        }

        var schema = NvmSchema.For(declaration.Keyword, declaration.CellKind);
        var definition = schema?.Find(path);
        if (schema is null || definition is null)
        {
            var candidates = schema?.Properties.Select(p => p.Path) ?? Enumerable.Empty<string>();
            return Fail(DiagnosticCatalog.UnknownProperty, $"{schema?.DisplayName ?? declaration.Keyword} '{declarationName}' has no property '{path}'" + OverrideValue.Suggestion(candidates, path));
        }

        if (valueText.Length == 0 || valueText.Length > MaxLength)
        {
            return Fail(DiagnosticCatalog.SyntaxError, valueText.Length == 0
                ? $"'{name}' has no value; write e.g. '{name}={Example(definition)}'"
                : $"the value of '{name}' is longer than {MaxLength} characters");
        }

        if (ParseValue(valueText, out var syntaxError) is not { } expression)
        {
            return Fail(DiagnosticCatalog.SyntaxError, $"the value of '{name}' is not a value: {syntaxError}");
        }

        var keywords = program.Declarations.ToDictionary(d => d.Name, d => d.Keyword);
        var value = OverrideValue.Check(definition, expression, n => keywords.TryGetValue(n, out var k) ? k : null, keywords.Keys, out var problem);
        if (value is null)
        {
            return Fail(problem!.Rule, problem.Message);
        }

        return new OverrideParseResult(new InputOverride(declarationName, path, value) { SourceText = valueText }, null, null);
    }

    /// <summary>Reads a value with the language's grammar; null (and why) when it is not one.</summary>
    internal static ExpressionSyntax? ParseValue(string text, out string? error)
    {
        var diagnostics = new List<NvmDiagnostic>();
        var source = LexicalCheck.Run(InputOverride.CommandLineFile, text, diagnostics, out _);
        if (diagnostics.Count > 0)
        {
            error = diagnostics[0].Message;
            return null;
        }

        var result = NvmGrammar.Expression.End()(new TextInput(source));
        if (!result.WasSuccessful)
        {
            var at = result.Remainder.Position;
            error = at >= text.Length ? "it ends too early" : $"unexpected '{text[at]}' at column {at + 1}";
            return null;
        }

        error = null;
        return result.Value;
    }

    private static string Example(PropertyDefinition definition) => definition.Type.Shape switch
    {
        ValueShape.Quantity when definition.Type.Dimension.IsDimensionless => "1",
        ValueShape.Quantity or ValueShape.Bytes => Units.UnitExpression.ExampleFor(definition.Type.Dimension, definition.Type.AllowsFeatureSize).Split(new[] { " or " }, System.StringSplitOptions.None)[0],
        ValueShape.Integer => "1",
        ValueShape.Enum or ValueShape.Boolean => definition.Type.EnumValues[0],
        _ => "…",
    };

    private static bool IsIdentifier(string part) =>
        part.Length > 0 && (char.IsLetter(part[0]) || part[0] == '_') && part.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static OverrideParseResult Fail(DiagnosticDescriptor rule, string message) => new(null, message, rule.Id);
}
