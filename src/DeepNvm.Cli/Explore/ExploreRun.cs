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
    /// <summary>Rows per Parquet file: a shard with more points writes several files (<see cref="ShardSpec.Files"/>).</summary>
    public long RowsPerFile { get; init; } = ShardSpec.DefaultRowsPerFile;
    /// <summary>Threads evaluating a batch; null: one per core.</summary>
    public int? Threads { get; init; }
}

/// <summary>What one shard process did: the files it wrote (none when every one was complete and skipped).</summary>
internal sealed record ExploreOutcome(IReadOnlyList<string> Paths, long Points, bool Skipped, double Seconds, int Characterizations);

/// <summary>
/// Evaluates one shard of a space into its Parquet files: the shard's points in index order, evaluated in
/// parallel a batch at a time, each batch one row group, a new file every <see cref="ExploreSettings.RowsPerFile"/>
/// rows; a file appears under its final name only when complete, so `--resume` after a crash or a kill can trust
/// every file it finds, skip it and redo only the rest.
/// </summary>
internal static class ExploreRun
{
    /// <summary>Characterizations kept for the whole process (a cache record characterized once, whatever shard or run asks).</summary>
    private static readonly Studies.CharacterizationMemo ProcessMemo = new();

    public static async Task<ExploreOutcome> RunAsync(DesignSpace space, ExploreSettings settings, TextWriter progress)
    {
        var shard = settings.Shard;
        var files = shard.Files(space.Count, settings.RowsPerFile, space.DealFor(shard.Count));
        var todo = files.Where(f => !(settings.Resume && File.Exists(Path.Combine(settings.Out, f.Name)))).ToArray();
        if (todo.Length == 0)
        {
            progress.WriteLine(files.Count == 1
                ? $"explore {space.Name} shard {shard}: {files[0].Name} is complete, skipped (--resume)"
                : $"explore {space.Name} shard {shard}: its {files.Count} files are complete, skipped (--resume)");
            return new ExploreOutcome(Array.Empty<string>(), 0, true, 0, 0);
        }

        if (todo.Length < files.Count)
        {
            progress.WriteLine($"explore {space.Name} shard {shard}: {files.Count - todo.Length} of {files.Count} files are complete (--resume); writing the other {todo.Length}, from {todo[0].Name}");
        }

        var total = todo.Sum(f => f.Rows);
        var evaluator = new SpaceEvaluator(space, ProcessMemo);
        var computedBefore = ProcessMemo.Computed;
        var metadata = new Dictionary<string, string> { ["deepnvm.space"] = space.Name, ["deepnvm.shard"] = shard.ToString() };
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads ?? Environment.ProcessorCount };
        var written = new List<string>();
        foreach (var file in todo)
        {
            var path = Path.Combine(settings.Out, file.Name);
            await using (var writer = await ShardWriter.CreateAsync(path, ResultColumns.For(space), metadata))
            {
                foreach (var batch in space.ShardIndices(shard.Index, shard.Count, file.First, file.Rows).Chunk(Math.Max(1, settings.BatchSize)))
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

            written.Add(path);
        }

        return new ExploreOutcome(written, done, false, clock.Elapsed.TotalSeconds, ProcessMemo.Computed - computedBefore);
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
