using System.Diagnostics;
using System.Globalization;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Explore;

/// <summary>The choices of one `deepnvm explore` process.</summary>
internal sealed record ExploreSettings(string Out, ShardSpec Shard)
{
    public bool Resume { get; init; }
    /// <summary>Points per Parquet row group (and per parallel batch).</summary>
    public int BatchSize { get; init; } = 1024;
    /// <summary>Threads evaluating a batch; null: one per core.</summary>
    public int? Threads { get; init; }
}

/// <summary>What one shard process did.</summary>
internal sealed record ExploreOutcome(string Path, long Points, bool Skipped, double Seconds, int Characterizations);

/// <summary>
/// Evaluates one shard of a space into its Parquet file: the shard's points in index order, evaluated in
/// parallel a batch at a time, each batch one row group; the file appears under its final name only when
/// complete, so `--resume` after a crash or a kill can trust every file it finds and skip it.
/// </summary>
internal static class ExploreRun
{
    /// <summary>Characterizations kept for the whole process (a cache record characterized once, whatever shard or run asks).</summary>
    private static readonly Studies.CharacterizationMemo ProcessMemo = new();

    public static async Task<ExploreOutcome> RunAsync(DesignSpace space, ExploreSettings settings, TextWriter progress)
    {
        var shard = settings.Shard;
        var path = Path.Combine(settings.Out, shard.FileName);
        if (settings.Resume && File.Exists(path))
        {
            progress.WriteLine($"explore {space.Name} shard {shard}: {shard.FileName} is complete, skipped (--resume)");
            return new ExploreOutcome(path, 0, true, 0, 0);
        }

        var total = space.Count / shard.Count + (shard.Index < space.Count % shard.Count ? 1 : 0);
        var evaluator = new SpaceEvaluator(space, ProcessMemo);
        var computedBefore = ProcessMemo.Computed;
        var metadata = new Dictionary<string, string> { ["deepnvm.space"] = space.Name, ["deepnvm.shard"] = shard.ToString() };
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads ?? Environment.ProcessorCount };
        await using (var writer = await ShardWriter.CreateAsync(path, ResultColumns.For(space), metadata))
        {
            foreach (var batch in space.ShardIndices(shard.Index, shard.Count).Chunk(Math.Max(1, settings.BatchSize)))
            {
                var rows = new PointResult[batch.Length];
                Parallel.For(0, batch.Length, options, k => rows[k] = evaluator.Evaluate(space.PointAt(batch[k])));
                await writer.WriteRowGroupAsync(rows);
                done += batch.Length;
                if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(1) || done == total)
                {
                    lastReport = clock.Elapsed;
                    progress.WriteLine(ProgressLine(space.Name, shard, done, total, clock.Elapsed.TotalSeconds));
                }
            }

            await writer.CompleteAsync();
        }

        return new ExploreOutcome(path, done, false, clock.Elapsed.TotalSeconds, ProcessMemo.Computed - computedBefore);
    }

    /// <summary>"explore S shard 0/2: 512/1008 points (50.8 %), 143 points/s, ETA 3 s".</summary>
    public static string ProgressLine(string space, ShardSpec shard, long done, long total, double seconds)
    {
        var rate = seconds > 0 ? done / seconds : 0;
        var eta = rate > 0 ? (total - done) / rate : 0;
        return string.Format(CultureInfo.InvariantCulture, "explore {0} shard {1}: {2}/{3} points ({4:F1} %), {5:F1} points/s, ETA {6:F0} s",
            space, shard, done, total, total == 0 ? 100 : 100.0 * done / total, rate, eta);
    }
}
