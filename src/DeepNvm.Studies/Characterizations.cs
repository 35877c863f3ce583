using System;
using System.Collections.Concurrent;
using System.Linq;
using DeepNvm.Model;

namespace DeepNvm.Studies;

/// <summary>The caches of a study: the cache template at a capacity with a cell, characterized once
/// (a study asks for the same technology × capacity from several comparisons and from the iso-area search).</summary>
public sealed class Characterizations
{
    /// <summary>Characterizations shared by every study in the process (the model is a pure function of the
    /// full cache record, cell and node included, and of the options), bounded in size.</summary>
    private static readonly CharacterizationMemo Shared = new(4096);

    private readonly ConcurrentDictionary<(CellParameters Cell, long Capacity), Lazy<CacheModelResult>> _results = new();
    private readonly CacheParameters _template;
    private readonly TechnologyNodeParameters _node;
    private readonly CacheModelOptions _options;
    private readonly CharacterizationMemo? _memo;

    /// <param name="memo">Where characterizations are kept across studies; null: the process-wide memo
    /// (or none when <see cref="ReuseAcrossStudies"/> is off).</param>
    public Characterizations(CacheParameters template, TechnologyNodeParameters node, CacheModelOptions? options = null, CharacterizationMemo? memo = null)
    {
        _template = template;
        _node = node;
        _options = options ?? CacheModelOptions.Default;
        _memo = memo;
    }

    /// <summary>Smallest capacity step: one set in every slice.</summary>
    public long Granularity => (long)Math.Max(1, _template.Slices) * _template.LineBytes * _template.Associativity;

    public int Count => _results.Count;

    /// <summary>The cache template at <paramref name="capacityBytes"/> built of <paramref name="cell"/>.</summary>
    public CacheParameters CacheAt(CellParameters cell, long capacityBytes) =>
        _template with { CapacityBytes = capacityBytes, Cell = cell, Node = _node };

    public CacheCharacteristics Get(CellParameters cell, long capacityBytes)
    {
        var result = _results.GetOrAdd((cell, capacityBytes),
            key => new Lazy<CacheModelResult>(() => Characterize(CacheAt(key.Cell, key.Capacity)))).Value;
        if (result.Characteristics is null)
        {
            var failures = result.Diagnostics.Where(d => d.Severity == ModelSeverity.Error).ToArray();
            var errors = string.Join("; ", failures.Select(d => d.ToString()));
            throw new StudyException(failures.Length > 0 ? failures[0].Id : ModelDiagnosticIds.NoValidOrganization, string.Format(System.Globalization.CultureInfo.InvariantCulture,
                "{0} at {1} bytes: {2}", cell.Name, capacityBytes, errors));
        }

        return result.Characteristics;
    }

    private CacheModelResult Characterize(CacheParameters cache)
    {
        if (_memo is not null)
        {
            return _memo.Get(cache, _options);
        }

        return ReuseAcrossStudies ? Shared.Get(cache, _options) : CacheModel.Characterize(cache, cache.Cell!, _node, _options);
    }

    /// <summary>Whether characterizations are kept for later studies in this process (default true; a
    /// cold-start benchmark turns it off).</summary>
    public static bool ReuseAcrossStudies { get; set; } = true;

    /// <summary>Forget every characterization kept for later studies.</summary>
    public static void ClearShared() => Shared.Clear();

    /// <summary>Model warnings (e.g. a node outside the table), once each.</summary>
    public string[] Warnings() => _results.Values.Where(v => v.IsValueCreated).SelectMany(v => v.Value.Diagnostics)
        .Where(d => d.Severity == ModelSeverity.Warning).Select(d => d.ToString()).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
