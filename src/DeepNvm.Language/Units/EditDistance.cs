using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepNvm.Language.Units;

/// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
public static class EditDistance
{
    /// <summary>The candidate nearest to <paramref name="word"/> (ties broken ordinally), or null when
    /// none is within <paramref name="maxDistance"/> edits.</summary>
    public static string? Closest(IEnumerable<string> candidates, string word, int maxDistance) =>
        candidates
            .Select(c => (Name: c, Distance: Between(c, word)))
            .Where(c => c.Distance <= maxDistance)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    public static int Between(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
