namespace DeepNvm.Language.Schema;

/// <summary>A plausibility range for a numeric property, in SI (and, for values written in F, in
/// units of F^power). Values outside it are errors (DNVM0401): they are typos, not designs.</summary>
public sealed record PlausibleRange(double Min, double Max, string Text, double? FeatureMin = null, double? FeatureMax = null);

/// <summary>
/// One property of a declaration kind: its dotted path as written in .nvm, its type, whether it
/// must be given, its default (as .nvm source text, read by the same front end), its plausible
/// range, the member of the runtime record it becomes, and a sentence for the docs.
/// <see cref="ModelScale"/> converts the SI value to the member's unit (J/B to J/bit is 1/8);
/// <see cref="ModelEnum"/> names the runtime enum a word becomes (null: the word stays a string);
/// <see cref="ModelReferenceMember"/> is the member a reference goes to when the property also
/// accepts a plain value (a GPU's <c>l2</c>: a capacity, or a cache whose capacity is copied).
/// <see cref="Axis"/> marks a space's axis: one value of <see cref="Type"/>, or a list or range of them.
/// </summary>
public sealed record PropertyDefinition(
    string Path,
    PropertyType Type,
    string Description,
    bool Required = false,
    string? Default = null,
    PlausibleRange? Range = null,
    string? ModelMember = null,
    bool PowerOfTwo = false,
    double ModelScale = 1,
    string? ModelEnum = null,
    string? ModelReferenceMember = null,
    bool Axis = false);

/// <summary>A block whose mere presence means something (<c>iso_capacity { }</c> turns that comparison on).</summary>
public sealed record FlagBlockDefinition(string Name, string Description, string ModelMember);
