using System;
using System.Collections.Generic;
using Sprache;

namespace DeepNvm.Language.Syntax;

/// <summary>
/// Sprache's input over a string, without Sprache's per-position memo dictionary: its own Input
/// allocates one dictionary for every character consumed (hundreds of MB for a modest project),
/// and this grammar uses no memoising rule. Positions compare by value, as Sprache's XOr and
/// XMany need to tell "failed without consuming" from "failed half way".
/// </summary>
internal sealed class TextInput : IInput
{
    private IDictionary<object, object>? _memos;

    public TextInput(string source)
        : this(source, 0, 1, 1)
    {
    }

    private TextInput(string source, int position, int line, int column)
    {
        Source = source;
        Position = position;
        Line = line;
        Column = column;
    }

    public string Source { get; }
    public int Position { get; }
    public int Line { get; }
    public int Column { get; }
    public bool AtEnd => Position == Source.Length;
    public char Current => Source[Position];

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance()
    {
        if (AtEnd)
        {
            throw new InvalidOperationException("The input is already at its end.");
        }

        return Current == '\n'
            ? new TextInput(Source, Position + 1, Line + 1, 1)
            : new TextInput(Source, Position + 1, Line, Column + 1);
    }

    public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

    public override bool Equals(object? obj) => obj is IInput other && Equals(other);

    public override int GetHashCode() => Position;

    public override string ToString() => $"Line {Line}, Column {Column}";
}
