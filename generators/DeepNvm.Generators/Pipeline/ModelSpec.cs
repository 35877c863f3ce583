using DeepNvm.Language.Specs;

namespace DeepNvm.Generators.Pipeline;

/// <summary>What the emitter needs for one declaration: its bound form stripped of positions (so
/// moving a declaration by a line does not re-emit it), the target namespace, and the folder of its
/// file relative to the project (paths written in it, such as a profile's, are relative to that).</summary>
public sealed record ModelSpec(DeclarationSpec Declaration, string Namespace, string RelativeDirectory = "");

/// <summary>The names in each catalog, for the catalogs' <c>All</c> lists.</summary>
public sealed record CatalogSpec(string Namespace, EquatableArray<CatalogEntry> Entries);

/// <summary>One valid declaration in a catalog.</summary>
public sealed record CatalogEntry(string Catalog, string ModelType, string Name);
