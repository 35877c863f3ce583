using System;

namespace DeepNvm.Model;

/// <summary>
/// A length or area given either in feature sizes (F, F², as cell footprints are published) or in
/// absolute SI units. The value in metres (or m²) is <c>Value × F^FeaturePower</c>, so it is only
/// known once the technology node the cell is used at is known.
/// </summary>
public readonly struct FeatureScaled : IEquatable<FeatureScaled>
{
    public FeatureScaled(double value, int featurePower)
    {
        Value = value;
        FeaturePower = featurePower;
    }

    /// <summary>The number in front of F^FeaturePower (or the SI value when FeaturePower is 0).</summary>
    public double Value { get; }

    /// <summary>The power of the feature size: 2 for <c>146 F^2</c>, 1 for <c>1.31 F</c>, 0 for absolute units.</summary>
    public int FeaturePower { get; }

    /// <summary>An absolute quantity (metres or square metres), independent of the node.</summary>
    public static FeatureScaled Absolute(double si) => new(si, 0);

    /// <summary>The SI value at the given feature size in metres.</summary>
    public double Resolve(double featureSizeMeters) => Value * Math.Pow(featureSizeMeters, FeaturePower);

    /// <summary>The value in units of F^power at the given feature size (e.g. the area in F²).</summary>
    public double InFeatureUnits(double featureSizeMeters, int power) =>
        Resolve(featureSizeMeters) / Math.Pow(featureSizeMeters, power);

    public bool Equals(FeatureScaled other) => Value.Equals(other.Value) && FeaturePower == other.FeaturePower;
    public override bool Equals(object? obj) => obj is FeatureScaled other && Equals(other);
    public override int GetHashCode() => Value.GetHashCode() * 31 + FeaturePower;
    public static bool operator ==(FeatureScaled left, FeatureScaled right) => left.Equals(right);
    public static bool operator !=(FeatureScaled left, FeatureScaled right) => !left.Equals(right);

    public override string ToString() => FeaturePower switch
    {
        0 => Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
        1 => Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) + " F",
        _ => Value.ToString("G6", System.Globalization.CultureInfo.InvariantCulture) + " F^" + FeaturePower,
    };
}
