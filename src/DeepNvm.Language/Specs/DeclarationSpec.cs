using System.Linq;
using DeepNvm.Language.Text;

namespace DeepNvm.Language.Specs;

/// <summary>One bound property: its dotted path, its value, and the source text it came from
/// (the default's text when <see cref="IsDefault"/>), for doc comments in generated code.</summary>
public sealed record PropertySpec(string Path, ValueSpec Value, string SourceText, bool IsDefault);

/// <summary>
/// A declaration after binding: inheritance flattened, defaults filled in, every value
/// type-checked and normalised to SI. <see cref="HasErrors"/> is set when it, or anything it
/// references, has an error; the generator emits nothing for such a declaration.
/// </summary>
public sealed record DeclarationSpec(
    string Keyword,
    string Name,
    string? CellKind,
    string? BaseName,
    string FilePath,
    SourceSpan Span,
    EquatableArray<PropertySpec> Properties,
    EquatableArray<string> FlagBlocks,
    bool HasErrors)
{
    public PropertySpec? Find(string path) => Properties.FirstOrDefault(p => p.Path == path);

    public ValueSpec? Value(string path) => Find(path)?.Value;

    public bool HasFlag(string block) => FlagBlocks.Contains(block);
}
