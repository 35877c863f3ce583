using System.Collections.Generic;
using DeepNvm.Language.Text;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

internal enum BoundKind
{
    /// <summary>Already reported; callers stay silent.</summary>
    Error,
    Quantity,
    String,
    Word,
    Reference,
    List,
}

/// <summary>The value of an expression before it is checked against a property's type.</summary>
internal sealed class BoundValue
{
    private BoundValue(BoundKind kind, SourceSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public BoundKind Kind { get; }
    public SourceSpan Span { get; }
    public Quantity Quantity { get; private set; }
    public string Text { get; private set; } = "";
    public Declaration? Target { get; private set; }
    public IReadOnlyList<BoundValue> Items { get; private set; } = new BoundValue[0];

    /// <summary>The source text a quantity came from, for messages ("2 s", not "2 (SI)").</summary>
    public string Source { get; private set; } = "";

    /// <summary>How the value reads in a message: "a name", "a list", "12 ns".</summary>
    public string Describe() => Kind switch
    {
        BoundKind.Quantity => Quantity.Dimension.Describe(),
        BoundKind.String => "a string",
        BoundKind.Word => "the word '" + Text + "'",
        BoundKind.Reference => "the " + Target!.Keyword + " '" + Target.Name + "'",
        BoundKind.List => "a list",
        _ => "an invalid value",
    };

    public static BoundValue Error(SourceSpan span) => new(BoundKind.Error, span);
    public static BoundValue Of(Quantity quantity, SourceSpan span, string source) => new(BoundKind.Quantity, span) { Quantity = quantity, Source = source };
    public static BoundValue OfString(string text, SourceSpan span) => new(BoundKind.String, span) { Text = text };
    public static BoundValue OfWord(string word, SourceSpan span) => new(BoundKind.Word, span) { Text = word };
    public static BoundValue OfReference(Declaration target, SourceSpan span) => new(BoundKind.Reference, span) { Target = target, Text = target.Name };
    public static BoundValue OfList(IReadOnlyList<BoundValue> items, SourceSpan span) => new(BoundKind.List, span) { Items = items };
}
