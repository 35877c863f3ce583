using System;

namespace DeepNvm.Language.Text;

/// <summary>
/// A region of a .nvm file: a 0-based character offset and length, plus 1-based line and column
/// of both ends (as editors and MSBuild print them). Plain data, so it can travel through the
/// incremental generator's cache and be turned into a Roslyn location only when reported.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A zero-length span at the start of a file.</summary>
    public static SourceSpan FileStart => new(0, 0, 1, 1, 1, 1);

    public int End => Start + Length;

    /// <summary>The smallest span covering both.</summary>
    public SourceSpan Cover(SourceSpan other)
    {
        var first = Start <= other.Start ? this : other;
        var last = End >= other.End ? this : other;
        return new SourceSpan(first.Start, last.End - first.Start, first.Line, first.Column, last.EndLine, last.EndColumn);
    }

    /// <summary>Computes the span of <paramref name="length"/> characters at <paramref name="start"/> in <paramref name="text"/>.</summary>
    public static SourceSpan FromOffsets(string text, int start, int length)
    {
        start = Math.Max(0, Math.Min(start, text.Length));
        length = Math.Max(0, Math.Min(length, text.Length - start));
        var (line, column) = LineColumnAt(text, start);
        var (endLine, endColumn) = LineColumnAt(text, start + length);
        return new SourceSpan(start, length, line, column, endLine, endColumn);
    }

    /// <summary>1-based line and column of a 0-based offset.</summary>
    public static (int Line, int Column) LineColumnAt(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(offset, text.Length);
        for (var i = 0; i < end; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, end - lineStart + 1);
    }

    public override string ToString() => $"({Line},{Column})";
}
