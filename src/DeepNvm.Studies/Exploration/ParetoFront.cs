using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepNvm.Studies.Exploration;

/// <summary>
/// The exact non-dominated set of points under minimization: p is dominated when some q is no worse in
/// every objective and better in one. Equal points do not dominate each other, so both stay.
/// Points are first sorted lexicographically; then no later point can dominate an earlier one, and
/// one sweep decides each point: 2 objectives keep the running minimum of the second (O(n log n)),
/// 3 objectives keep the staircase of the second and third (binary searches: O(n log n) comparisons),
/// more objectives compare each point with the front found so far (O(n·f·k)).
/// </summary>
public static class ParetoFront
{
    /// <summary>Indices (ascending) of the non-dominated points; every point must have the same number of finite objectives.</summary>
    public static int[] NonDominated(IReadOnlyList<double[]> points)
    {
        if (points.Count == 0)
        {
            return Array.Empty<int>();
        }

        var k = points[0].Length;
        if (k == 0 || points.Any(p => p.Length != k || p.Any(v => double.IsNaN(v) || double.IsInfinity(v))))
        {
            throw new ArgumentException("every point needs the same number (at least one) of finite objectives", nameof(points));
        }

        var order = Enumerable.Range(0, points.Count).ToArray();
        Array.Sort(order, (a, b) => Lexicographic(points[a], points[b]));
        var front = new List<int>();
        Func<double[], bool> dominated = k switch
        {
            1 => OneObjective(),
            2 => TwoObjectives(),
            3 => ThreeObjectives(),
            _ => p => front.Any(f => !Equal(points[f], p) && Dominates(points[f], p)),
        };

        // Groups of equal points are decided together: an earlier distinct point in lexicographic order
        // that is no worse everywhere is better somewhere, so it dominates.
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && Equal(points[order[end]], points[order[start]]))
            {
                end++;
            }

            if (!dominated(points[order[start]]))
            {
                for (var i = start; i < end; i++)
                {
                    front.Add(order[i]);
                }
            }

            start = end;
        }

        front.Sort();
        return front.ToArray();
    }

    /// <summary>Whether <paramref name="a"/> dominates <paramref name="b"/> (minimization).</summary>
    public static bool Dominates(double[] a, double[] b)
    {
        var better = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] > b[i])
            {
                return false;
            }

            better |= a[i] < b[i];
        }

        return better;
    }

    private static Func<double[], bool> OneObjective()
    {
        double? best = null;
        return p =>
        {
            var isDominated = best is { } b && b <= p[0];
            best ??= p[0];
            return isDominated;
        };
    }

    private static Func<double[], bool> TwoObjectives()
    {
        var minSecond = double.PositiveInfinity;
        return p =>
        {
            var isDominated = minSecond <= p[1];
            minSecond = Math.Min(minSecond, p[1]);
            return isDominated;
        };
    }

    /// <summary>The staircase of (second, third) objectives of the points kept so far: second strictly rising,
    /// third strictly falling, so the entry with the largest second ≤ p's has the smallest third among them.</summary>
    private static Func<double[], bool> ThreeObjectives()
    {
        var seconds = new List<double>();
        var thirds = new List<double>();
        return p =>
        {
            var floor = UpperBound(seconds, p[1]) - 1;
            if (floor >= 0 && thirds[floor] <= p[2])
            {
                return true;
            }

            var at = LowerBound(seconds, p[1]);
            var end = at;
            while (end < seconds.Count && thirds[end] >= p[2])
            {
                end++;
            }

            seconds.RemoveRange(at, end - at);
            thirds.RemoveRange(at, end - at);
            seconds.Insert(at, p[1]);
            thirds.Insert(at, p[2]);
            return false;
        };
    }

    private static int LowerBound(List<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private static int UpperBound(List<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= value) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    private static int Lexicographic(double[] a, double[] b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            var c = a[i].CompareTo(b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static bool Equal(double[] a, double[] b) => Lexicographic(a, b) == 0;
}
