using DeepNvm.Language.Units;

namespace DeepNvm.Cli;

/// <summary>"did you mean" for a name typed on the command line: subcommands, options, studies, cells, GPUs,
/// networks, units. Uses the language's closest-match search, so a mistyped name gets the same suggestion
/// on the command line as in a .nvm file; a name that differs only in case wins outright.</summary>
internal static class DidYouMean
{
    /// <summary>The known name closest to <paramref name="word"/>, or null when none is close.</summary>
    public static string? Closest(IEnumerable<string> candidates, string word)
    {
        var names = candidates.Distinct(StringComparer.Ordinal).ToArray();
        var sameLetters = names.Where(n => string.Equals(n, word, StringComparison.OrdinalIgnoreCase)).ToArray();
        if (sameLetters.Length == 1)
        {
            return sameLetters[0];
        }

        return EditDistance.Closest(names, word, Math.Max(2, word.Length / 3));
    }

    /// <summary>"; did you mean 'x'?" or "; known: a, b, c" when nothing is close.</summary>
    public static string Suffix(IEnumerable<string> candidates, string word)
    {
        var names = candidates.ToArray();
        return Closest(names, word) is { } close ? $"; did you mean '{close}'?" : names.Length == 0 ? "" : "; known: " + string.Join(", ", names);
    }
}
