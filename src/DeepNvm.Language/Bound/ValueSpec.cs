using System.Globalization;
using System.Linq;

namespace DeepNvm.Language.Bound;

/// <summary>What kind of value a bound property holds.</summary>
public enum ValueKind
{
    /// <summary>A number in SI with pending feature-size powers (<see cref="ValueSpec.Number"/>, <see cref="ValueSpec.FeaturePower"/>).</summary>
    Quantity,
    /// <summary><c>true</c> or <c>false</c> (<see cref="ValueSpec.Text"/>).</summary>
    Boolean,
    /// <summary>A word from a fixed set (<see cref="ValueSpec.Text"/>).</summary>
    Enum,
    /// <summary>A string (<see cref="ValueSpec.Text"/>).</summary>
    String,
    /// <summary>A declaration (<see cref="ValueSpec.Text"/> its name, <see cref="ValueSpec.Keyword"/> its keyword).</summary>
    Reference,
    /// <summary>A list (<see cref="ValueSpec.Items"/>).</summary>
    List,
}

/// <summary>A bound, type-checked property value: plain data.</summary>
public sealed record ValueSpec(ValueKind Kind, double Number, int FeaturePower, string Text, string Keyword, EquatableArray<ValueSpec> Items)
{
    public static ValueSpec Quantity(double si, int featurePower = 0) => new(ValueKind.Quantity, si, featurePower, "", "", EquatableArray<ValueSpec>.Empty);
    public static ValueSpec Boolean(bool value) => new(ValueKind.Boolean, 0, 0, value ? "true" : "false", "", EquatableArray<ValueSpec>.Empty);
    public static ValueSpec Enum(string word) => new(ValueKind.Enum, 0, 0, word, "", EquatableArray<ValueSpec>.Empty);
    public static ValueSpec String(string text) => new(ValueKind.String, 0, 0, text, "", EquatableArray<ValueSpec>.Empty);
    public static ValueSpec Reference(string keyword, string name) => new(ValueKind.Reference, 0, 0, name, keyword, EquatableArray<ValueSpec>.Empty);
    public static ValueSpec List(EquatableArray<ValueSpec> items) => new(ValueKind.List, 0, 0, "", "", items);

    public bool IsTrue => Kind == ValueKind.Boolean && Text == "true";

    public override string ToString() => Kind switch
    {
        ValueKind.Quantity => Number.ToString("R", CultureInfo.InvariantCulture) + (FeaturePower == 0 ? "" : " F^" + FeaturePower.ToString(CultureInfo.InvariantCulture)),
        ValueKind.String => "\"" + Text + "\"",
        ValueKind.List => "[" + string.Join(", ", Items.Select(i => i.ToString())) + "]",
        _ => Text,
    };
}
