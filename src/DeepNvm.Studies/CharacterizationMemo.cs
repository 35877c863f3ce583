using System;
using System.Collections.Concurrent;
using System.Threading;
using DeepNvm.Model;

namespace DeepNvm.Studies;

/// <summary>
/// Cache characterizations kept across studies, keyed on every input the model reads: the cache record
/// (its cell and node records included) and the model options. The records are C# records without
/// collections, so they compare by value: a study rebound with a changed input gets a changed key for the
/// caches that input reaches, and the same key (a reuse) for every other cache. Thread-safe; each key is
/// characterized once even when several threads ask for it together.
/// </summary>
public sealed class CharacterizationMemo : ISliceMemo
{
    private readonly ConcurrentDictionary<(CacheParameters Cache, CacheModelOptions Options), Lazy<CacheModelResult>> _results = new();
    private readonly ConcurrentDictionary<(CacheParameters Slice, CacheModelOptions Options), Lazy<SliceCharacterization>> _slices = new();
    private readonly ConcurrentDictionary<(CacheParameters Shape, CacheModelOptions Options), CacheCharacteristics> _incumbents = new();
    private readonly int _limit;
    private int _computed;
    private int _requests;
    private int _slicesSearched;
    private int _sliceRequests;

    /// <param name="limit">Entries kept before the memo starts afresh (a bound on memory for long Monte Carlo runs).</param>
    /// <param name="warmStart">Whether a new characterization starts its organization search from the last one
    /// found for the same cache and cell at other figures (<see cref="CacheModel.Characterize(CacheParameters, CellParameters, TechnologyNodeParameters, CacheModelOptions?, CacheCharacteristics?)"/>):
    /// the figures are the same either way, only faster.</param>
    public CharacterizationMemo(int limit = 100_000, bool warmStart = true)
    {
        _limit = Math.Max(1, limit);
        WarmStart = warmStart;
    }

    /// <summary>Whether searches are warm-started (see the constructor).</summary>
    public bool WarmStart { get; }

    /// <summary>Characterizations the model ran (keys asked for the first time).</summary>
    public int Computed => Volatile.Read(ref _computed);

    /// <summary>Requests answered from the memo (a key asked for before).</summary>
    public int Reused => Volatile.Read(ref _requests) - Computed;

    public int Count => _results.Count;

    /// <summary>One-slice searches the model ran (see <see cref="ISliceMemo"/>).</summary>
    public int SlicesSearched => Volatile.Read(ref _slicesSearched);

    /// <summary>Slice requests answered from the memo: the slice itself, or its design point re-evaluated at
    /// another leakage scale.</summary>
    public int SlicesReused => Volatile.Read(ref _sliceRequests) - SlicesSearched;

    /// <summary>The model's result for <paramref name="cache"/> (which names its cell and node).</summary>
    public CacheModelResult Get(CacheParameters cache, CacheModelOptions options)
    {
        if (cache.Cell is null || cache.Node is null)
        {
            throw new ArgumentException("the cache record must name its cell and node", nameof(cache));
        }

        if (_results.Count >= _limit || _slices.Count >= _limit)
        {
            _results.Clear();
            _slices.Clear();
        }

        Interlocked.Increment(ref _requests);
        return _results.GetOrAdd((cache, options), key => new Lazy<CacheModelResult>(() => Compute(key.Cache, key.Options))).Value;
    }

    /// <summary>Forget every characterization (the counters are kept).</summary>
    public void Clear()
    {
        _results.Clear();
        _slices.Clear();
        _incumbents.Clear();
    }

    private CacheModelResult Compute(CacheParameters cache, CacheModelOptions options)
    {
        Interlocked.Increment(ref _computed);
        if (!WarmStart)
        {
            return CacheModel.Characterize(cache, cache.Cell!, cache.Node!, options, null, this);
        }

        // The incumbent: the last characterization of this cache shape (name, geometry, capacity) with this cell
        // name, whatever the cell's and node's figures were; else the cell's at any capacity.
        var exact = Shape(cache, cache.CapacityBytes);
        var any = Shape(cache, 0);
        var incumbent = _incumbents.TryGetValue((exact, options), out var found) || _incumbents.TryGetValue((any, options), out found) ? found : null;
        var result = CacheModel.Characterize(cache, cache.Cell!, cache.Node!, options, incumbent, this);
        if (result.Characteristics is { } c)
        {
            _incumbents[(exact, options)] = c;
            _incumbents[(any, options)] = c;
        }

        return result;
    }

    /// <summary>The slices the caches asked for share one characterization each (<see cref="ISliceMemo"/>): the
    /// capacities an iso-area search probes inside one octave, and the sweep's powers of two, are the same slices.</summary>
    SliceCharacterization ISliceMemo.GetOrAdd(CacheParameters slice, CacheModelOptions options, Func<SliceCharacterization> characterize)
    {
        Interlocked.Increment(ref _sliceRequests);
        return _slices.GetOrAdd((slice, options), _ => new Lazy<SliceCharacterization>(() =>
        {
            Interlocked.Increment(ref _slicesSearched);
            return characterize();
        })).Value;
    }

    /// <summary>The cache without its cell's and node's figures: the cell by name and kind only.</summary>
    private static CacheParameters Shape(CacheParameters cache, long capacity) => cache with
    {
        CapacityBytes = capacity,
        Cell = new CellParameters { Name = cache.Cell!.Name, Kind = cache.Cell.Kind },
        Node = null,
    };
}
