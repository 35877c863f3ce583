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
public sealed class CharacterizationMemo
{
    private readonly ConcurrentDictionary<(CacheParameters Cache, CacheModelOptions Options), Lazy<CacheModelResult>> _results = new();
    private readonly int _limit;
    private int _computed;
    private int _requests;

    /// <param name="limit">Entries kept before the memo starts afresh (a bound on memory for long Monte Carlo runs).</param>
    public CharacterizationMemo(int limit = 100_000)
    {
        _limit = Math.Max(1, limit);
    }

    /// <summary>Characterizations the model ran (keys asked for the first time).</summary>
    public int Computed => Volatile.Read(ref _computed);

    /// <summary>Requests answered from the memo (a key asked for before).</summary>
    public int Reused => Volatile.Read(ref _requests) - Computed;

    public int Count => _results.Count;

    /// <summary>The model's result for <paramref name="cache"/> (which names its cell and node).</summary>
    public CacheModelResult Get(CacheParameters cache, CacheModelOptions options)
    {
        if (cache.Cell is null || cache.Node is null)
        {
            throw new ArgumentException("the cache record must name its cell and node", nameof(cache));
        }

        if (_results.Count >= _limit)
        {
            _results.Clear();
        }

        Interlocked.Increment(ref _requests);
        return _results.GetOrAdd((cache, options), key => new Lazy<CacheModelResult>(() =>
        {
            Interlocked.Increment(ref _computed);
            return CacheModel.Characterize(key.Cache, key.Cache.Cell!, key.Cache.Node!, key.Options);
        })).Value;
    }

    /// <summary>Forget every characterization (the counters are kept).</summary>
    public void Clear() => _results.Clear();
}
