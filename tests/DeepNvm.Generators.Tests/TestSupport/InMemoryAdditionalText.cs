using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DeepNvm.Generators.Tests.TestSupport;

/// <summary>An .nvm file handed to the compiler as an AdditionalFile.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
