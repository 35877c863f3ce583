using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language;

/// <summary>One .nvm source: its path and its text.</summary>
public sealed record NvmSource(string Path, string Text);

/// <summary>
/// The front end's entry points, shared by the generator, the analyzer and the CLI: parse each
/// file on its own (cacheable per file), then bind them all together.
/// </summary>
public static class NvmFrontEnd
{
    public static ParsedFile Parse(NvmSource source, CancellationToken cancellationToken = default) =>
        NvmParser.Parse(source.Path, source.Text, cancellationToken);

    public static ProgramSpec Bind(IReadOnlyList<ParsedFile> files, BindOptions? options = null, CancellationToken cancellationToken = default) =>
        NvmBinder.Bind(files, options, cancellationToken);

    /// <summary>Reads a command-line override <c>Declaration.property=VALUE</c> against a bound program
    /// (units and types checked as in the language); bind again with it in <see cref="BindOptions.Overrides"/>.</summary>
    public static Overrides.OverrideParseResult ParseOverride(string text, ProgramSpec program) =>
        Overrides.OverrideText.Parse(text, program);

    /// <summary>Parse and bind in one call.</summary>
    public static ProgramSpec Compile(IEnumerable<NvmSource> sources, BindOptions? options = null, CancellationToken cancellationToken = default) =>
        Bind(sources.Select(s => Parse(s, cancellationToken)).ToArray(), options, cancellationToken);
}
