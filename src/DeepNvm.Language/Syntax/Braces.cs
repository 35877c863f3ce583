namespace DeepNvm.Language.Syntax;

/// <summary>Brace matching over raw .nvm text, skipping strings and comments: finds the '{' a declaration
/// left open, so the error can point where the block began rather than where the parser gave up.</summary>
internal static class Braces
{
    /// <summary>The offset of the outermost '{' in [<paramref name="from"/>, <paramref name="to"/>) that is not
    /// closed inside that range, or -1 when every brace is closed; <paramref name="missing"/> counts the
    /// closing braces the range lacks.</summary>
    public static int FirstUnclosed(string source, int from, int to, out int missing)
    {
        var open = new System.Collections.Generic.Stack<int>();
        for (var i = from; i < to && i < source.Length; i++)
        {
            var c = source[i];
            if (c == '"')
            {
                i = Skip(source, i + 1, to, "\"", "\n");
            }
            else if (c == '/' && i + 1 < to && source[i + 1] == '/')
            {
                i = Skip(source, i + 2, to, "\n", null);
            }
            else if (c == '/' && i + 1 < to && source[i + 1] == '*')
            {
                i = Skip(source, i + 2, to, "*/", null) + 1;
            }
            else if (c == '{')
            {
                open.Push(i);
            }
            else if (c == '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        missing = open.Count;
        var outermost = -1;
        foreach (var position in open)
        {
            outermost = position;
        }

        return outermost;
    }

    private static int Skip(string source, int i, int to, string end, string? alsoEnd)
    {
        while (i < to && string.CompareOrdinal(source, i, end, 0, end.Length) != 0
            && (alsoEnd is null || string.CompareOrdinal(source, i, alsoEnd, 0, alsoEnd.Length) != 0))
        {
            i++;
        }

        return i;
    }
}
