using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;
using Sprache;

namespace DeepNvm.Language.Syntax;

/// <summary>
/// Parses one .nvm file into a syntax tree and syntax diagnostics. Top-level items are parsed one
/// at a time; after an error the parser resumes at the next line that opens a declaration, so one
/// typo does not hide the rest of the file.
/// </summary>
public static class NvmParser
{
    /// <summary>Files above this size are refused (a .nvm file is a hand-written description).</summary>
    public const int MaxFileCharacters = 4 * 1024 * 1024;

    /// <summary>Operators (+ - * / and unary minus) one expression may chain without brackets; every
    /// one is a level of recursion in the parser and the binder, so a longer chain is a DNVM0110
    /// rather than a stack overflow (inside the compiler, too).</summary>
    public const int MaxOperatorsPerExpression = 1000;

    /// <summary>Items one list may hold: far more than any study names, few enough that binding and
    /// evaluating a list cannot take gigabytes (a longer list is a DNVM0111).</summary>
    public const int MaxListItems = 10_000;

    /// <summary>Errors reported per file before the parser stops looking.</summary>
    public const int MaxErrorsPerFile = 100;

    public static ParsedFile Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<NvmDiagnostic>();
        if (text.Length > MaxFileCharacters)
        {
            diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.FileTooLarge, path, SourceSpan.FileStart, text.Length, MaxFileCharacters));
            return new ParsedFile(path, Empty, diagnostics.ToEquatableArray(), EquatableArray<string>.Empty);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = " " + text.Substring(1);
        }

        if (text.IndexOf('\r') >= 0)
        {
            // a lone CR ends a line for the compiler (and old Mac editors): count it as one, keeping offsets
            text = LoneCarriageReturns.Replace(text, "\n");
        }

        var source = LexicalCheck.Run(path, text, diagnostics, out var blankedFrom);
        var imports = new List<ImportSyntax>();
        var declarations = new List<DeclarationSyntax>();
        var broken = new List<string>();
        IInput input = new TextInput(source);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            input = NvmGrammar.Skip(input).Remainder;
            if (input.AtEnd)
            {
                break;
            }

            var import = NvmGrammar.Import(input);
            if (import.WasSuccessful)
            {
                imports.Add(import.Value);
                input = import.Remainder;
                continue;
            }

            var declaration = NvmGrammar.Declaration(input);
            if (declaration.WasSuccessful)
            {
                declarations.Add(declaration.Value);
                input = declaration.Remainder;
                continue;
            }

            if (Unclosed(path, source, input, diagnostics) is { } recovered)
            {
                declarations.Add(recovered.Declaration);
                input = Advance(input, recovered.Resume);
                continue;
            }

            var failure = Furthest(import, declaration);
            if (blankedFrom < source.Length && failure.Remainder.Position >= blankedFrom)
            {
                // the text was cut off there after a lexical error, already reported
                break;
            }

            diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.SyntaxError, path,
                SourceSpan.FromOffsets(source, failure.Remainder.Position, 1), Describe(failure, source)));
            if (BrokenDeclarationName(input) is { } name)
            {
                broken.Add(name);
            }

            if (diagnostics.Count(d => d.Id == DiagnosticIds.SyntaxError) >= MaxErrorsPerFile)
            {
                break;
            }

            var resume = NextDeclarationLine(source, Math.Max(failure.Remainder.Position, input.Position + 1));
            if (resume >= source.Length)
            {
                break;
            }

            input = Advance(input, resume);
        }

        var file = new NvmFileSyntax(imports.ToEquatableArray(), declarations.ToEquatableArray());
        UnitDiagnostics.Collect(path, file, diagnostics);
        diagnostics.Sort(NvmDiagnostic.Compare);
        return new ParsedFile(path, file, diagnostics.ToEquatableArray(), broken.ToEquatableArray());
    }

    /// <summary>A declaration whose block is not closed before the next declaration line (or the end of the
    /// file): without this, the parser fails at the next declaration's keyword, reports it there, and the
    /// unclosed declaration vanishes. Here the declaration is parsed as if closed just before that line, kept
    /// (so `check` still lists it, and names referring to it resolve), and DNVM0116 points at the '{' that
    /// was never closed.</summary>
    private static (DeclarationSyntax Declaration, int Resume)? Unclosed(string path, string source, IInput input, List<NvmDiagnostic> diagnostics)
    {
        var next = NextDeclarationLine(source, input.Position + 1);
        var open = Braces.FirstUnclosed(source, input.Position, next, out var missing);
        if (open < 0 || BrokenDeclarationName(input) is not { } name)
        {
            return null;
        }

        var closed = source.Substring(0, next) + new string('}', missing) + "\n";
        var parsed = NvmGrammar.Declaration(Advance(new TextInput(closed), input.Position));
        if (!parsed.WasSuccessful)
        {
            return null;
        }

        var before = next >= source.Length ? "the end of the file" : "line " + SourceSpan.FromOffsets(source, next, 0).Line;
        diagnostics.Add(NvmDiagnostic.Create(DiagnosticCatalog.UnclosedBlock, path, SourceSpan.FromOffsets(source, open, 1), name, before));
        return (parsed.Value, next);
    }

    /// <summary>Parses one expression (the schema's defaults are written in the language itself).</summary>
    public static ExpressionSyntax ParseExpression(string text)
    {
        var result = NvmGrammar.Expression.End()(new TextInput(text));
        if (!result.WasSuccessful)
        {
            throw new FormatException($"'{text}' is not a valid .nvm expression: {result.Message}");
        }

        return result.Value;
    }

    private static readonly System.Text.RegularExpressions.Regex LoneCarriageReturns = new("\r(?!\n)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly NvmFileSyntax Empty = new(EquatableArray<ImportSyntax>.Empty, EquatableArray<DeclarationSyntax>.Empty);

    private static IResult<object> Furthest<TA, TB>(IResult<TA> a, IResult<TB> b)
    {
        var first = (IResult<object>)new FailureView(a.Remainder, a.Message, a.Expectations);
        var second = (IResult<object>)new FailureView(b.Remainder, b.Message, b.Expectations);
        return b.Remainder.Position > a.Remainder.Position ? second : first;
    }

    private sealed class FailureView : IResult<object>
    {
        public FailureView(IInput remainder, string message, IEnumerable<string> expectations)
        {
            Remainder = remainder;
            Message = message;
            Expectations = expectations;
        }

        public object Value => throw new InvalidOperationException("a failure has no value");
        public bool WasSuccessful => false;
        public string Message { get; }
        public IEnumerable<string> Expectations { get; }
        public IInput Remainder { get; }
    }

    private static string Describe(IResult<object> failure, string source)
    {
        var at = failure.Remainder.Position;
        var found = at >= source.Length ? "end of file" : Quote(source, at);
        var expected = failure.Expectations.Distinct().ToArray();
        return expected.Length == 0
            ? $"unexpected {found}"
            : $"unexpected {found}; expected {string.Join(" or ", expected)}";
    }

    private static string Quote(string source, int at)
    {
        var end = at;
        while (end < source.Length && end - at < 20 && (char.IsLetterOrDigit(source[end]) || source[end] == '_'))
        {
            end++;
        }

        // a character outside the BMP (an emoji) is two chars: quote both halves, never half a pair
        var single = char.IsHighSurrogate(source[at]) && at + 1 < source.Length && char.IsLowSurrogate(source[at + 1]) ? source.Substring(at, 2) : source[at].ToString();
        var word = end > at ? source.Substring(at, end - at) : single;
        return word == "\n" ? "end of line" : "'" + word + "'";
    }

    /// <summary>The name after a declaration keyword, so references to a declaration that failed to
    /// parse are not reported again as unknown names.</summary>
    private static string? BrokenDeclarationName(IInput input)
    {
        var header =
            from keyword in Sprache.Parse.Letter.AtLeastOnce().Text()
            from space in Sprache.Parse.WhiteSpace.AtLeastOnce()
            from name in Sprache.Parse.Identifier(Sprache.Parse.Letter.Or(Sprache.Parse.Char('_')), Sprache.Parse.LetterOrDigit.Or(Sprache.Parse.Char('_')))
            select (keyword, name);
        var result = header(input);
        return result.WasSuccessful && NvmGrammar.DeclarationKeywords.Contains(result.Value.keyword) ? result.Value.name : null;
    }

    /// <summary>The offset of the first line after <paramref name="from"/> that starts (after
    /// indentation) with a declaration keyword or <c>import</c>.</summary>
    private static int NextDeclarationLine(string source, int from)
    {
        var lineStart = source.IndexOf('\n', Math.Min(from, source.Length));
        while (lineStart >= 0 && lineStart < source.Length)
        {
            var i = lineStart + 1;
            while (i < source.Length && (source[i] == ' ' || source[i] == '\t' || source[i] == '\r'))
            {
                i++;
            }

            foreach (var keyword in NvmGrammar.DeclarationKeywords.Concat(new[] { "import" }))
            {
                if (string.CompareOrdinal(source, i, keyword, 0, keyword.Length) == 0
                    && i + keyword.Length < source.Length && char.IsWhiteSpace(source[i + keyword.Length]))
                {
                    return lineStart + 1;
                }
            }

            lineStart = source.IndexOf('\n', i);
        }

        return source.Length;
    }

    private static IInput Advance(IInput input, int position)
    {
        while (!input.AtEnd && input.Position < position)
        {
            input = input.Advance();
        }

        return input;
    }
}
