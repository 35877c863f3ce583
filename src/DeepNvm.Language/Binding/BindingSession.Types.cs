using System;
using System.Globalization;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

internal sealed partial class BindingSession
{
    /// <summary>Checks a bound value against a property's type and plausible range.</summary>
    private ValueSpec? Check(Declaration owner, PropertyDefinition definition, BoundValue value, string file)
    {
        if (value.Kind == BoundKind.Error)
        {
            owner.HasErrors = true;
            return null;
        }

        if (definition.Axis)
        {
            // A space's axis: one value, or a list or range of values, each checked as the axis's type.
            var element = definition with { Axis = false };
            var items = value.Kind == BoundKind.List ? value.Items : new[] { value };
            var checkedItems = items.Select(i => Check(owner, element, i, file)).ToArray();
            return checkedItems.Any(i => i is null) ? null : ValueSpec.List(checkedItems.Select(i => i!).ToEquatableArray());
        }

        var type = definition.Type;
        switch (type.Shape)
        {
            case ValueShape.Quantity:
            case ValueShape.Integer:
            case ValueShape.Bytes:
                return CheckNumber(owner, definition, type, value, file);

            case ValueShape.Boolean:
            case ValueShape.Enum:
                if (value.Kind == BoundKind.Word && type.EnumValues.Contains(value.Text))
                {
                    return type.Shape == ValueShape.Boolean ? ValueSpec.Boolean(value.Text == "true") : ValueSpec.Enum(value.Text);
                }

                return WrongType(owner, definition, value, file);

            case ValueShape.String:
                return value.Kind == BoundKind.String ? ValueSpec.String(value.Text) : WrongType(owner, definition, value, file);

            case ValueShape.Reference:
                return CheckReference(owner, definition, type.ReferenceKeyword!, value, file);

            case ValueShape.ReferenceList:
            {
                var items = value.Kind == BoundKind.List ? value.Items : new[] { value };
                var checkedItems = items.Select(i => CheckReference(owner, definition, type.ReferenceKeyword!, i, file)).ToArray();
                return checkedItems.Any(i => i is null) ? null : ValueSpec.List(checkedItems.Select(i => i!).ToEquatableArray());
            }

            case ValueShape.BytesList:
            {
                var items = value.Kind == BoundKind.List ? value.Items : new[] { value };
                var checkedItems = items.Select(i => CheckNumber(owner, definition, PropertyType.Bytes, i, file)).ToArray();
                return checkedItems.Any(i => i is null) ? null : ValueSpec.List(checkedItems.Select(i => i!).ToEquatableArray());
            }

            case ValueShape.NodeOrFeatureSize:
                return value.Kind == BoundKind.Reference
                    ? CheckReference(owner, definition, "node", value, file)
                    : CheckNumber(owner, definition, PropertyType.Of(Dimension.LengthDim), value, file, new PlausibleRange(3e-9, 250e-9, "3 nm .. 250 nm"));

            case ValueShape.BytesOrCache:
                return value.Kind == BoundKind.Reference
                    ? CheckReference(owner, definition, "cache", value, file)
                    : CheckNumber(owner, definition, PropertyType.Bytes, value, file);

            default:
                return WrongType(owner, definition, value, file);
        }
    }

    private ValueSpec? WrongType(Declaration owner, PropertyDefinition definition, BoundValue value, string file)
    {
        Report(owner, DiagnosticCatalog.WrongValueType, file, value.Span, definition.Path, definition.Type.Describe(), value.Describe());
        return null;
    }

    private ValueSpec? CheckReference(Declaration owner, PropertyDefinition definition, string keyword, BoundValue value, string file)
    {
        if (value.Kind != BoundKind.Reference)
        {
            return WrongType(owner, definition, value, file);
        }

        if (value.Target!.Keyword != keyword)
        {
            Report(owner, DiagnosticCatalog.WrongReferenceKind, file, value.Span, value.Target.Name, value.Target.Keyword, definition.Path, "a " + keyword);
            return null;
        }

        return ValueSpec.Reference(keyword, value.Target.Name);
    }

    private ValueSpec? CheckNumber(Declaration owner, PropertyDefinition definition, PropertyType type, BoundValue value, string file, PlausibleRange? rangeOverride = null)
    {
        if (value.Kind != BoundKind.Quantity)
        {
            return WrongType(owner, definition, value, file);
        }

        var quantity = value.Quantity;
        var expected = type.Dimension;
        var path = definition.Path;
        if (quantity.FeaturePower != 0 && !type.AllowsFeatureSize)
        {
            var message = expected == Dimension.CapacitanceDim
                ? $"'{path}' expects a capacitance: F is the feature size, not the farad; write fF, pF or farad"
                : $"'{path}' cannot use the feature size F: only cell geometry (area, widths) scales with the node; write an absolute unit, e.g. {UnitExpression.ExampleFor(expected, allowsFeatureSize: false)}";
            Report(owner, DiagnosticCatalog.FeatureSizeNotAllowed, file, value.Span, message);
            return null;
        }

        if (quantity.Dimension != expected)
        {
            if (quantity.Dimension.IsDimensionless)
            {
                Report(owner, DiagnosticCatalog.MissingUnit, file, value.Span, path, expected.Describe(), UnitExpression.ExampleFor(expected, type.AllowsFeatureSize));
            }
            else
            {
                var hint = expected == Dimension.CapacitanceDim && quantity.Dimension == Dimension.LengthDim ? "; F is the feature size: write farads as fF or pF" : "";
                Report(owner, DiagnosticCatalog.DimensionMismatch, file, value.Span, path, expected.Describe(), quantity.Dimension.Describe(), SourceTextAt(value) + hint);
            }

            return null;
        }

        if ((type.Shape == ValueShape.Integer || type.Shape == ValueShape.Bytes) && Math.Abs(quantity.Value - Math.Round(quantity.Value)) > 1e-9 * Math.Max(1, Math.Abs(quantity.Value)))
        {
            // round-trip digits: "16" for 16.0000001 would hide the fraction the message is about
            Report(owner, DiagnosticCatalog.NotAnInteger, file, value.Span, path, quantity.Value.ToString("R", CultureInfo.InvariantCulture) + (type.Shape == ValueShape.Bytes ? " B" : ""));
            return null;
        }

        var range = rangeOverride ?? definition.Range;
        if (range is not null)
        {
            var inFeatureUnits = quantity.FeaturePower != 0;
            var min = inFeatureUnits ? range.FeatureMin ?? double.NegativeInfinity : range.Min;
            var max = inFeatureUnits ? range.FeatureMax ?? double.PositiveInfinity : range.Max;
            if (quantity.Value < min || quantity.Value > max)
            {
                Report(owner, DiagnosticCatalog.OutOfRange, file, value.Span, path, SourceTextAt(value), range.Text);
                return null;
            }
        }

        if (definition.PowerOfTwo && !IsPowerOfTwo(quantity.Value))
        {
            Report(owner, DiagnosticCatalog.NotPowerOfTwo, file, value.Span, path, SourceTextAt(value));
            return null;
        }

        var si = type.Shape is ValueShape.Integer or ValueShape.Bytes ? Math.Round(quantity.Value) : quantity.Value;
        return ValueSpec.Quantity(si, quantity.FeaturePower);
    }

    private static bool IsPowerOfTwo(double value)
    {
        if (value < 1 || value > long.MaxValue)
        {
            return false;
        }

        var whole = (long)Math.Round(value);
        return whole > 0 && (whole & (whole - 1)) == 0;
    }

    /// <summary>The text of the literal a value came from, or its SI value when it was computed.</summary>
    private static string SourceTextAt(BoundValue value) => value.Source.Length > 0 ? value.Source : value.Quantity.ToString();

    internal static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
