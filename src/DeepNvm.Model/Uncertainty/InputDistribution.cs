using System;
using MathNet.Numerics.Distributions;

namespace DeepNvm.Model;

/// <summary>The shape of an uncertain input (mirrors the language's DistributionKind).</summary>
public enum InputDistributionKind
{
    Uniform,
    LogUniform,
    Normal,
    LogNormal,
    Triangular,
}

/// <summary>
/// An uncertain input's distribution, in SI: allocation-free, so generated code and the Monte Carlo
/// runner can sample it in a loop. Parameters as the language writes them: uniform and loguniform
/// (A = lo, B = hi), normal (A = mean, B = standard deviation), lognormal (A = median, B = the
/// multiplicative one-sigma factor), triangular (A = lo, B = mode, C = hi).
/// </summary>
public readonly struct InputDistribution : IEquatable<InputDistribution>
{
    /// <summary>The quantiles that stand for the ends of an unbounded distribution (normal, lognormal)
    /// when a command needs a range: sensitivity sweeps and break-even searches.</summary>
    public const double UnboundedLowQuantile = 0.05;

    /// <inheritdoc cref="UnboundedLowQuantile"/>
    public const double UnboundedHighQuantile = 0.95;

    public InputDistribution(InputDistributionKind kind, double a, double b, double c, double nominal)
    {
        Kind = kind;
        A = a;
        B = b;
        C = c;
        Nominal = nominal;
    }

    public InputDistributionKind Kind { get; }

    public double A { get; }

    public double B { get; }

    public double C { get; }

    /// <summary>The value every deterministic command uses.</summary>
    public double Nominal { get; }

    /// <summary>The lower end of the input's range: lo for bounded shapes, the 5th percentile otherwise.</summary>
    public double Low => Kind switch
    {
        InputDistributionKind.Normal or InputDistributionKind.LogNormal => Quantile(UnboundedLowQuantile),
        _ => A,
    };

    /// <summary>The upper end of the input's range: hi for bounded shapes, the 95th percentile otherwise.</summary>
    public double High => Kind switch
    {
        InputDistributionKind.Normal or InputDistributionKind.LogNormal => Quantile(UnboundedHighQuantile),
        InputDistributionKind.Triangular => C,
        _ => B,
    };

    public double Median => Quantile(0.5);

    /// <summary>The value below which a fraction <paramref name="p"/> of the distribution lies (inverse CDF).
    /// Sampling is <c>Quantile(u)</c> for a uniform <c>u</c> in (0, 1).</summary>
    public double Quantile(double p) => Kind switch
    {
        InputDistributionKind.Uniform => A + (B - A) * p,
        InputDistributionKind.LogUniform => Math.Exp(Math.Log(A) + (Math.Log(B) - Math.Log(A)) * p),
        InputDistributionKind.Normal => Normal.InvCDF(A, B, p),
        InputDistributionKind.LogNormal => LogNormal.InvCDF(Math.Log(A), Math.Log(B), p),
        InputDistributionKind.Triangular => Triangular.InvCDF(A, C, B, p),
        _ => throw new InvalidOperationException("unknown distribution " + Kind),
    };

    public bool Equals(InputDistribution other) =>
        Kind == other.Kind && A.Equals(other.A) && B.Equals(other.B) && C.Equals(other.C) && Nominal.Equals(other.Nominal);

    public override bool Equals(object? obj) => obj is InputDistribution other && Equals(other);

    public override int GetHashCode() => unchecked(((((int)Kind * 397) ^ A.GetHashCode()) * 397 ^ B.GetHashCode()) * 397 ^ C.GetHashCode() ^ Nominal.GetHashCode());
}
