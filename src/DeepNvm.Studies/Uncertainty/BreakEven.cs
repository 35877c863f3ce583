using System;
using System.Globalization;

namespace DeepNvm.Studies;

/// <summary>The outcome of a break-even search: the input value at which the metric reaches the target
/// (and what the metric is there), or null with the reason and the metric at both ends of the range.</summary>
public sealed record BreakEvenResult(double? Value, double? Achieved, double Low, double High, double MetricAtLow, double MetricAtHigh, string? Reason)
{
    public bool Found => Value is not null;
}

/// <summary>
/// Finds the value of one input at which a metric reaches a target (docs/model-evaluation.md, "Break-even"):
/// MathNet's Brent method on the input's range, in log space when the range is positive and spans more than a
/// decade (so a 8 fJ .. 375 fJ range is searched evenly per factor, not per femtojoule). When the ends do not
/// bracket the target, the range is scanned for a sign change first (a metric need not be monotonic); when none
/// is found, no value in the range reaches the target and the reason gives the metric at both ends.
/// The metric of a cache model moves in steps where the organization search changes its pick, so the value
/// found is checked: when the metric there misses the target by more than <see cref="Tolerance"/> (it jumps
/// across it), the value is still returned, with the reason.
/// </summary>
public static class BreakEven
{
    /// <summary>Relative distance from the target within which a value counts as reaching it.</summary>
    public const double Tolerance = 0.01;

    /// <summary>Points the range is scanned at when its ends do not bracket the target.</summary>
    public const int ScanPoints = 8;

    public static BreakEvenResult Solve(Func<double, double> metricAt, double target, double low, double high)
    {
        if (metricAt is null)
        {
            throw new ArgumentNullException(nameof(metricAt));
        }

        if (!(low < high) || double.IsInfinity(low) || double.IsInfinity(high))
        {
            throw new ArgumentException("the range must have low < high, both finite");
        }

        // Every metric evaluation may be a study run: evaluate each point once.
        var memo = new System.Collections.Generic.Dictionary<double, double>();
        var evaluate = metricAt;
        metricAt = x => memo.TryGetValue(x, out var m) ? m : memo[x] = evaluate(x);
        var log = low > 0 && high / low > 10;
        double ToX(double u) => log ? Math.Exp(u) : u;
        double ToU(double x) => log ? Math.Log(x) : x;
        double Gap(double u) => metricAt(ToX(u)) / target - 1;

        var uLow = ToU(low);
        var uHigh = ToU(high);
        var atLow = metricAt(low);
        var atHigh = metricAt(high);
        double gapLow = atLow / target - 1, gapHigh = atHigh / target - 1;
        if (double.IsNaN(gapLow) || double.IsNaN(gapHigh))
        {
            return new BreakEvenResult(null, null, low, high, atLow, atHigh, "the metric is not a number at an end of the range");
        }

        // Find a bracket: the ends, or the first sign change along the range.
        double a = uLow, b = uHigh, ga = gapLow;
        var bracketed = Math.Sign(gapLow) != Math.Sign(gapHigh) || gapLow == 0 || gapHigh == 0;
        if (!bracketed)
        {
            for (var k = 1; k <= ScanPoints && !bracketed; k++)
            {
                var u = uLow + (uHigh - uLow) * k / (ScanPoints + 1);
                var g = Gap(u);
                if (Math.Sign(g) != Math.Sign(ga) || g == 0)
                {
                    b = u;
                    bracketed = true;
                }
                else
                {
                    a = u;
                    ga = g;
                }
            }
        }

        if (!bracketed)
        {
            var side = gapLow > 0 ? "above" : "below";
            return new BreakEvenResult(null, null, low, high, atLow, atHigh, string.Format(CultureInfo.InvariantCulture,
                "no value in {0:G4} .. {1:G4} reaches {2:G4}: the metric is {3:G4} at the low end and {4:G4} at the high end, {5} the target throughout",
                low, high, target, atLow, atHigh, side));
        }

        double root;
        if (Gap(a) == 0)
        {
            root = a;
        }
        else if (Gap(b) == 0)
        {
            root = b;
        }
        else if (!MathNet.Numerics.RootFinding.Brent.TryFindRoot(Gap, a, b, 1e-6, 100, out root))
        {
            root = MathNet.Numerics.RootFinding.Bisection.FindRoot(Gap, a, b, 1e-9, 200);
        }

        var value = ToX(root);
        var achieved = metricAt(value);
        var reason = Math.Abs(achieved / target - 1) <= Tolerance ? null : string.Format(CultureInfo.InvariantCulture,
            "the metric jumps across {0:G4} at {1:G6} (the cache organization changes there): {2:G4} at the value found", target, value, achieved);
        return new BreakEvenResult(value, achieved, low, high, atLow, atHigh, reason);
    }
}
