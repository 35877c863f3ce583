using System.Collections.Generic;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Syntax;

/// <summary>
/// A linear pre-pass over the text that finds what a backtracking grammar reports badly or not
/// at all: invalid characters from a bad UTF-8 decode, unterminated comments and strings, and
/// bracket nesting or operator chains long enough to exhaust the parser's stack (the parser and the
/// binder walk an expression recursively, one level per bracket and per operator). It returns the text to parse, with
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
        var operators = 0;
        var listItems = new int[MaxNesting + 2]; // commas per open bracket; -1: not a list
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                // a name, or a number with its exponent sign (1e-3): no operator inside
                i = SkipWord(text, i);
                continue;
            }

            if (c is '=' or ';' or ',' or '{' or '}')
            {
                operators = 0; // a new expression starts after these
            }
            else if (c is '+' or '-' or '*' or '/' && !(c == '/' && i + 1 < text.Length && (text[i + 1] == '/' || text[i + 1] == '*'))
                && !(i > 0 && text[i - 1] == '^'))
            {
                if (++operators > NvmParser.MaxOperatorsPerExpression)
                {
                    diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.ExpressionTooLong, path, SourceSpan.FromOffsets(text, i, 1), NvmParser.MaxOperatorsPerExpression));
                    return Blank(text, i);
                }
            }
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

            if (c == ',' && depth > 0 && listItems[depth] >= 0 && ++listItems[depth] >= NvmParser.MaxListItems)
            {
                diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.ListTooLong, path, SourceSpan.FromOffsets(text, i, 1), NvmParser.MaxListItems));
                return Blank(text, i);
            }

            if (c == '(' || c == '[' || c == '{')
            {
                depth++;
                if (depth < listItems.Length)
                {
                    listItems[depth] = c == '[' ? 0 : -1;
                }

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

    /// <summary>The end of a name or a number starting at <paramref name="i"/>; a number's exponent may have a sign.</summary>
    private static int SkipWord(string text, int i)
    {
        var number = char.IsDigit(text[i]);
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || c == '_' || (number && c == '.' && i + 1 < text.Length && char.IsDigit(text[i + 1])))
            {
                i++;
            }
            else if (number && (c == '+' || c == '-') && (text[i - 1] == 'e' || text[i - 1] == 'E') && i + 1 < text.Length && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
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
