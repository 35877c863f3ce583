using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Text;

namespace DeepNvm.Generators.Pipeline;

/// <summary>Where a declaration is written: kept apart from what it says, so that a step keyed on what a
/// declaration says is not re-run when only its position changes.</summary>
public sealed record DeclarationLocation(string Name, string FilePath, SourceSpan Span);

/// <summary>Separates what declarations say from where they are written. The build-time characterization is
/// keyed on <see cref="Strip"/>ped specs (no file, no spans), so inserting a comment line above a cell, or moving
/// a cache to another file, does not run the organization search again; the diagnostics find their location
/// afterwards, by name, in <see cref="Of"/> the current program.</summary>
public static class SpecLocations
{
    /// <summary>The declaration without its file and spans (of itself, its properties' uncertainties and its
    /// expect lines): equal for two declarations that say the same wherever they are written.</summary>
    public static DeclarationSpec Strip(DeclarationSpec declaration) => declaration with
    {
        FilePath = "",
        Span = default,
        Properties = declaration.Properties.Select(p => p.Uncertainty is null ? p : p with { Uncertainty = p.Uncertainty with { FilePath = "", Span = default } }).ToEquatableArray(),
        Expectations = declaration.Expectations.Select(e => e with { FilePath = "", Span = default }).ToEquatableArray(),
    };

    /// <summary>The location of every declaration of <paramref name="keyword"/> in the program.</summary>
    public static EquatableArray<DeclarationLocation> Of(ProgramSpec program, string keyword) =>
        program.Declarations.Where(d => d.Keyword == keyword).Select(d => new DeclarationLocation(d.Name, d.FilePath, d.Span)).ToEquatableArray();

    /// <summary>The location of <paramref name="name"/>, or the start of no file when it is gone.</summary>
    public static DeclarationLocation Find(EquatableArray<DeclarationLocation> locations, string name) =>
        locations.FirstOrDefault(l => l.Name == name) ?? new DeclarationLocation(name, "", SourceSpan.FileStart);
}
