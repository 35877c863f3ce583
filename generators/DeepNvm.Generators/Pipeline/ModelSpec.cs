using DeepNvm.Language.Bound;

namespace DeepNvm.Generators.Pipeline;

/// <summary>What the emitter needs for one declaration: its bound form stripped of positions (so
/// moving a declaration by a line does not re-emit it), the target namespace, and the folder of its
/// file relative to the project (paths written in it, such as a profile's, are relative to that).</summary>
public sealed record ModelSpec(DeclarationSpec Declaration, string Namespace, string RelativeDirectory = "");

/// <summary>The names in each catalog, for the catalogs' <c>All</c> lists.</summary>
public sealed record CatalogSpec(string Namespace, EquatableArray<CatalogEntry> Entries);

/// <summary>The program's uncertain inputs, for the <c>Inputs</c> catalog (positions stripped).</summary>
public sealed record InputsSpec(string Namespace, EquatableArray<InputEntry> Entries);

/// <summary>One uncertain input: its name ("SttMram.read.sense_energy"), distribution and nominal in
/// SI (with the property's feature-size power), the unit of those numbers, and the text it was written as.</summary>
public sealed record InputEntry(string Name, DistributionKind Kind, double A, double B, double C, double Nominal, string Unit, string SourceText);

/// <summary>One valid declaration in a catalog.</summary>
public sealed record CatalogEntry(string Catalog, string Name);
