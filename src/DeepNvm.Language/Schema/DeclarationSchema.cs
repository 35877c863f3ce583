using System.Collections.Generic;
using System.Linq;

namespace DeepNvm.Language.Schema;

/// <summary>What one kind of declaration may contain, and what it becomes at run time.</summary>
/// <param name="Keyword">The declaration keyword: node, cell, cache, gpu, workload, study.</param>
/// <param name="CellKind">For cells, the cell kind (sram, mtj, sot, resistive); null otherwise.</param>
/// <param name="ModelType">The runtime record the generator builds (in namespace DeepNvm.Model).</param>
/// <param name="Catalog">The generated static catalog class (Cells, Caches, Gpus, …).</param>
public sealed record DeclarationSchema(
    string Keyword,
    string? CellKind,
    string Description,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyList<FlagBlockDefinition> FlagBlocks,
    string ModelType,
    string Catalog)
{
    private readonly Dictionary<string, PropertyDefinition> _byPath = Properties.ToDictionary(p => p.Path);

    /// <summary>"cell (mtj)" or "cache": how the kind reads in messages.</summary>
    public string DisplayName => CellKind is null ? Keyword : Keyword + " (" + CellKind + ")";

    public PropertyDefinition? Find(string path) => _byPath.TryGetValue(path, out var p) ? p : null;

    /// <summary>Whether <paramref name="name"/> (a dotted prefix) opens a block of properties.</summary>
    public bool IsBlock(string name) =>
        FlagBlocks.Any(b => b.Name == name) || Properties.Any(p => p.Path.StartsWith(name + ".", System.StringComparison.Ordinal));
}
