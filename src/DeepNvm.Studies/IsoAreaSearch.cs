using System;
using MathNet.Numerics.RootFinding;

namespace DeepNvm.Studies;

/// <summary>The iso-area capacity: the largest capacity whose area fits a budget, found on the area
/// curve by bracketing in log2(capacity) (doubling or halving), refining with Brent's method
/// (MathNet.Numerics) on the capacity inside the bracket, then rounded down to the cache's granularity
/// and checked.</summary>
public static class IsoAreaSearch
{
    /// <summary>How far above the start capacity the search looks (2^10 = 1024×).</summary>
    public const int MaxDoublings = 10;

    /// <param name="area">Area in m² at a capacity in bytes (increasing in capacity).</param>
    /// <param name="budget">Area budget in m².</param>
    /// <param name="start">Capacity to start the bracket from (the baseline's).</param>
    /// <param name="granularity">Capacities are multiples of this many bytes.</param>
    public static long Find(Func<long, double> area, double budget, long start, long granularity)
    {
        granularity = Math.Max(1, granularity);
        long Round(double capacity) => Math.Max(granularity, (long)Math.Floor(capacity / granularity) * granularity);
        double F(double log2) => area(Round(Math.Pow(2, log2))) / budget - 1;

        var x0 = Math.Log(Math.Max(start, granularity), 2);
        double lo, hi;
        if (F(x0) <= 0)
        {
            lo = x0;
            hi = x0 + 1;
            var n = 0;
            while (F(hi) <= 0)
            {
                if (++n >= MaxDoublings)
                {
                    return Round(Math.Pow(2, hi));
                }

                lo = hi;
                hi += 1;
            }
        }
        else
        {
            hi = x0;
            lo = x0 - 1;
            while (F(lo) > 0)
            {
                hi = lo;
                lo -= 1;
                if (Math.Pow(2, lo) < granularity)
                {
                    return granularity;
                }
            }
        }

        // Within the bracket the area is close to linear in capacity (the cache model interpolates linearly
        // between powers of two), so Brent runs on the capacity itself and needs few probes; the rounded
        // capacity makes f a step function. Brent works on t in [0, 1] across the bracket, and MathNet's
        // accuracy bounds both t and f, so one granule of t is also a relative area error of that size.
        var cLo = Math.Pow(2, lo);
        var cHi = Math.Pow(2, hi);
        double G(double t) => area(Round(cLo + t * (cHi - cLo))) / budget - 1;
        var accuracy = Math.Max(1e-9, granularity / (cHi - cLo));
        var t = Brent.TryFindRoot(G, 0, 1, accuracy, 100, out var root) ? root : 0;
        var capacity = Round(cLo + t * (cHi - cLo));
        while (capacity > granularity && area(capacity) > budget)
        {
            capacity -= granularity;
        }

        while (area(capacity + granularity) <= budget && capacity + granularity <= Math.Pow(2, hi))
        {
            capacity += granularity;
        }

        return capacity;
    }
}
