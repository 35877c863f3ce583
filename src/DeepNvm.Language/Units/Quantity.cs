using System.Globalization;

namespace DeepNvm.Language.Units;

/// <summary>
/// A number with a dimension, normalised to SI. <see cref="FeaturePower"/> counts how many
/// factors of the feature size F are still pending: <c>146 F^2</c> is Value 146, FeaturePower 2,
/// Dimension area; its metres² are known only once the node is.
/// </summary>
public readonly record struct Quantity(double Value, Dimension Dimension, int FeaturePower)
{
    public static Quantity Number(double value) => new(value, Dimension.None, 0);

    public bool IsFinite => !double.IsNaN(Value) && !double.IsInfinity(Value);

    public static Quantity operator *(Quantity a, Quantity b) =>
        new(a.Value * b.Value, a.Dimension * b.Dimension, a.FeaturePower + b.FeaturePower);

    public static Quantity operator /(Quantity a, Quantity b) =>
        new(a.Value / b.Value, a.Dimension / b.Dimension, a.FeaturePower - b.FeaturePower);

    public static Quantity operator -(Quantity a) => a with { Value = -a.Value };

    /// <summary>Whether two quantities can be added: same dimension and the same power of F.</summary>
    public bool IsCommensurable(Quantity other) => Dimension == other.Dimension && FeaturePower == other.FeaturePower;

    public override string ToString()
    {
        var number = Value.ToString("G6", CultureInfo.InvariantCulture);
        return FeaturePower switch
        {
            0 => number,
            1 => number + " F",
            _ => number + " F^" + FeaturePower.ToString(CultureInfo.InvariantCulture),
        };
    }
}
