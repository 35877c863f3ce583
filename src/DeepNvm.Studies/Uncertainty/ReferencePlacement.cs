using System;
using System.Linq;

namespace DeepNvm.Studies;

/// <summary>Where a published figure lies in our distribution of a metric: its quantile (the fraction of
/// samples at or below it, ties counted half), or outside the sampled range, above or below.</summary>
public sealed record Placement(double? Quantile, string? Outside)
{
    public static Placement Of(double published, double[] samples)
    {
        if (samples is null || samples.Length == 0)
        {
            throw new ArgumentException("a placement needs samples", nameof(samples));
        }

        var finite = samples.Where(s => !double.IsNaN(s)).ToArray();
        if (finite.Length == 0)
        {
            return new Placement(null, null);
        }

        if (published > finite.Max())
        {
            return new Placement(null, "above");
        }

        if (published < finite.Min())
        {
            return new Placement(null, "below");
        }

        var below = finite.Count(s => s < published);
        var equal = finite.Count(s => s == published);
        return new Placement((below + 0.5 * equal) / finite.Length, null);
    }

    /// <summary>"3.8 lies at the 97th percentile of the public envelope", or "3.8 lies above all of it".</summary>
    public string Describe(double published) => Quantile is { } q
        ? FormattableString.Invariant($"{published:0.##}x lies at the {Ordinal((int)Math.Round(q * 100))} percentile of the envelope")
        : Outside is { } side ? FormattableString.Invariant($"{published:0.##}x lies outside the envelope ({side} every sample)") : "no samples";

    private static string Ordinal(int n) => n + ((n % 100) is >= 11 and <= 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });
}
