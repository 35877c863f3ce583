using System.Collections.Generic;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Syntax;

/// <summary>
/// A linear pre-pass over the text that finds what a backtracking grammar reports badly or not
/// at all: invalid characters from a bad UTF-8 decode, unterminated comments and strings, and
/// bracket nesting deep enough to exhaust the parser's stack. It returns the text to parse, with
/// any unterminated tail blanked out (lengths kept, so spans stay true).
/// </summary>
internal static class LexicalCheck
{
    public const int MaxNesting = 64;

    /// <summary>Checks <paramref name="text"/>; <paramref name="blankedFrom"/> is where the text was
    /// cut off (the text's length when it was not), so later syntax errors there can be dropped.</summary>
    public static string Run(string path, string text, List<NvmDiagnostic> diagnostics, out int blankedFrom)
    {
        blankedFrom = text.Length;
        var checkedText = Scan(path, text, diagnostics);
        if (!ReferenceEquals(checkedText, text))
        {
            var i = 0;
            while (i < text.Length && checkedText[i] == text[i])
            {
                i++;
            }

            blankedFrom = i;
        }

        return checkedText;
    }

    private static string Scan(string path, string text, List<NvmDiagnostic> diagnostics)
    {
        var depth = 0;
        var deepestReported = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\uFFFD')
            {
                diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.InvalidEncoding, path, SourceSpan.FromOffsets(text, i, 1),
                    "the file is not valid UTF-8 (a byte sequence could not be decoded here); save it as UTF-8"));
                return Blank(text, i);
            }

            if (c == '\0')
            {
                diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.InvalidEncoding, path, SourceSpan.FromOffsets(text, i, 1),
                    "the file contains a NUL character; it looks like a binary file, not .nvm text"));
                return Blank(text, i);
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                while (i < text.Length && text[i] != '\n')
                {
                    i++;
                }

                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.UnterminatedComment, path, SourceSpan.FromOffsets(text, i, 2)));
                    return Blank(text, i);
                }

                i = close + 2;
                continue;
            }

            if (c == '"')
            {
                var j = i + 1;
                while (j < text.Length && text[j] != '"' && text[j] != '\n')
                {
                    j++;
                }

                if (j >= text.Length || text[j] != '"')
                {
                    diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.UnterminatedString, path, SourceSpan.FromOffsets(text, i, j - i)));
                    return Blank(text, i);
                }

                i = j + 1;
                continue;
            }

            if (c == '(' || c == '[' || c == '{')
            {
                depth++;
                if (depth > MaxNesting && !deepestReported)
                {
                    deepestReported = true;
                    diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.NestingTooDeep, path, SourceSpan.FromOffsets(text, i, 1), depth, MaxNesting));
                    return Blank(text, i);
                }
            }
            else if (c == ')' || c == ']' || c == '}')
            {
                depth = depth > 0 ? depth - 1 : 0;
            }

            i++;
        }

        return text;
    }

    /// <summary>Replaces everything from <paramref name="from"/> with spaces, keeping line breaks.</summary>
    private static string Blank(string text, int from)
    {
        var chars = text.ToCharArray();
        for (var k = from; k < chars.Length; k++)
        {
            if (chars[k] != '\n')
            {
                chars[k] = ' ';
            }
        }

        return new string(chars);
    }
}
