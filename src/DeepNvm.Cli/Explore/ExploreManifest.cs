using System.Text.Json;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Explore;

/// <summary>
/// <c>explore.json</c> in a results folder: what the Parquet files beside it hold (the space, its size, the
/// sharding, the objectives and constraints, the columns). Every shard process writes the same manifest (the
/// first one atomically; the others check theirs is equal), so no coordinator is needed, and a run that would
/// mix two explorations in one folder is refused (DNVM0561), including the same space over edited inputs.
/// </summary>
internal sealed record ExploreManifest(string Space, long Points, int Shards, IReadOnlyList<string> Objectives, IReadOnlyList<string> Constraints,
    IReadOnlyList<string> Workloads, IReadOnlyList<string> Columns)
{
    public const string FileName = "explore.json";

    /// <summary>SHA-256 of the .nvm files the space was loaded from (as a report's provenance has it): a shard or a
    /// <c>--resume</c> run over edited inputs would otherwise add rows of another model to the same dataset.</summary>
    public string? InputsSha256 { get; init; }

    /// <summary>Rows per Parquet file (<see cref="ShardSpec.Files"/>); 0 in a manifest written before files rolled over: one
    /// file per shard.</summary>
    public long RowsPerFile { get; init; }

    /// <summary>How several shards deal the points: <see cref="DealtOrder"/> (<see cref="ShardDeal"/>: units of
    /// <see cref="ShardChain"/> points <see cref="ShardPeriod"/> apart, in a permuted order); null for one shard (every
    /// point in index order), and in a manifest of several shards written before the deal (round robin over the index
    /// itself): such a folder cannot take shards of this version.</summary>
    public string? ShardOrder { get; init; }

    /// <summary>Points in a unit of the deal (1: point by point).</summary>
    public long ShardChain { get; init; }

    /// <summary>Indices between a unit's points.</summary>
    public long ShardPeriod { get; init; }

    /// <summary>The <see cref="ShardOrder"/> of this version's shards.</summary>
    public const string DealtOrder = "dealt-1";

    /// <summary>The deal the manifest records (point by point for one shard).</summary>
    public ShardDeal Deal => ShardOrder is null ? ShardDeal.PointByPoint : new ShardDeal(ShardChain, ShardPeriod);

    /// <summary>Every file the run's shards write, in shard and point order.</summary>
    public IEnumerable<string> ExpectedFiles() => Enumerable.Range(0, Shards)
        .SelectMany(i => new ShardSpec(i, Shards).Files(Points, RowsPerFile > 0 ? RowsPerFile : long.MaxValue, Deal).Select(f => f.Name));

    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static ExploreManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<ExploreManifest>(File.ReadAllText(path), Options) : null;
    }

    /// <summary>Whether two manifests describe the same exploration.</summary>
    public bool SameAs(ExploreManifest other) => ToJson() == other.ToJson();

    /// <summary>Writes the manifest unless one is there; returns the one that is there when it differs.</summary>
    public ExploreManifest? WriteOrCompare(string folder)
    {
        var existing = Read(folder);
        if (existing is not null)
        {
            return SameAs(existing) ? null : existing;
        }

        AtomicFile.WriteAllText(Path.Combine(folder, FileName), ToJson());
        return null;
    }
}

/// <summary>Files that appear whole or not at all: written beside their final name, then renamed over it.</summary>
internal static class AtomicFile
{
    /// <summary>The temporary name of <paramref name="path"/> for this process (hidden, so readers of *.parquet skip it).</summary>
    public static string TemporaryFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + "." + Environment.ProcessId + ".tmp");

    public static void WriteAllText(string path, string text)
    {
        var temporary = TemporaryFor(path);
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Removes what killed writers of <paramref name="path"/> left behind.</summary>
    public static void RemoveLeftovers(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        foreach (var stale in Directory.EnumerateFiles(folder, "." + Path.GetFileName(path) + ".*.tmp"))
        {
            File.Delete(stale);
        }
    }
}
