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
/// <see cref="BindOptions.Overrides"/>: each replaces its property where the named declaration
/// declares, inherits or defaults it, as if written there. Flattening then lets inheritors that do
/// not set the property themselves follow, expressions that read it see the new value, and the
/// usual type, range and plausibility checks run on the result, reported where the override was
/// written (<c>--set</c>, or a scenario's line).
/// </summary>
internal sealed partial class BindingSession
{
    private readonly Dictionary<string, List<InputOverride>> _overridesByDeclaration = new(StringComparer.Ordinal);

    /// <summary>Keeps the overrides whose target exists; reports the others with a suggestion.</summary>
    private void CollectOverrides()
    {
        foreach (var o in _options.Overrides)
        {
            if (!_declarations.TryGetValue(o.Declaration, out var target))
            {
                if (!_brokenNames.Contains(o.Declaration))
                {
                    Report(null, DiagnosticCatalog.UnknownName, o.FilePath, o.Span, o.Declaration,
                        DidYouMean(EditDistance.Closest(_declarations.Keys, o.Declaration, Math.Max(2, o.Declaration.Length / 3))));
                }

                continue;
            }

            if (target.Schema is not { } schema)
            {
                continue;
            }

            if (schema.Find(o.Path) is null)
            {
                Report(target, DiagnosticCatalog.UnknownProperty, o.FilePath, o.Span, schema.DisplayName + " '" + target.Name + "'", o.Path, Suggest(schema, o.Path));
                continue;
            }

            if (!_overridesByDeclaration.TryGetValue(o.Declaration, out var list))
            {
                _overridesByDeclaration[o.Declaration] = list = new List<InputOverride>();
            }

            list.Add(o);
        }
    }

    /// <summary>Puts the overrides of <paramref name="level"/> among its own assignments (a later override of the same property wins).</summary>
    private void ApplyOverrides(Declaration level, Dictionary<string, Assignment> own)
    {
        if (!_overridesByDeclaration.TryGetValue(level.Name, out var overrides))
        {
            return;
        }

        foreach (var o in overrides)
        {
            var value = new BoundValueSyntax(o, o.Span);
            var path = o.Path.Split('.').Select(p => new Identifier(p, o.Span)).ToEquatableArray();
            own[o.Path] = new Assignment(value, o.FilePath, new PropertySyntax(path, value, o.Span), level.Name);
        }
    }

    /// <summary>An override's value as the binder's own value of the property's type: quantities take
    /// the property's dimension (the value is in SI already), words and names are looked up again.</summary>
    private BoundValue BindOverride(Declaration context, InputOverride o, ValueSpec value, PropertyType? expected, string file)
    {
        var span = o.Span;
        switch (value.Kind)
        {
            case ValueKind.Quantity:
                var dimension = expected?.Dimension ?? Dimension.None;
                return BoundValue.Of(new Quantity(value.Number, dimension, value.FeaturePower), span, o.DisplayText);
            case ValueKind.Boolean:
            case ValueKind.Enum:
                return BoundValue.OfWord(value.Text, span);
            case ValueKind.String:
                return BoundValue.OfString(value.Text, span);
            case ValueKind.Reference:
                if (_declarations.TryGetValue(value.Text, out var target))
                {
                    context.References.Add(target);
                    return BoundValue.OfReference(target, span);
                }

                Report(context, DiagnosticCatalog.UnknownName, file, span, value.Text,
                    DidYouMean(EditDistance.Closest(_declarations.Keys, value.Text, Math.Max(2, value.Text.Length / 3))));
                return BoundValue.Error(span);
            default:
                var element = ElementType(expected);
                var items = value.Items.Select(i => BindOverride(context, o, i, element ?? expected, file)).ToArray();
                return items.Any(i => i.Kind == BoundKind.Error) ? BoundValue.Error(span) : BoundValue.OfList(items, span);
        }
    }
}
