using DeepNvm.Language.Text;

namespace DeepNvm.Language.Bound;

/// <summary>
/// A bound <c>scenario</c>: a named set of values for properties of other declarations, each checked
/// against its property's type and plausible range, in SI. Binding the program again with
/// <see cref="Overrides"/> in <c>BindOptions.Overrides</c> gives the program under the scenario
/// (a base scenario's lines first, the scenario's own replacing them).
/// </summary>
public sealed record ScenarioSpec(string Name, string? BaseName, string FilePath, SourceSpan Span, EquatableArray<InputOverride> Overrides, bool HasErrors);
