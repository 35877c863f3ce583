using System.Globalization;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Explore;

/// <summary>
/// Which slice of a space one process evaluates: shard <see cref="Index"/> of <see cref="Count"/> takes every Count-th
/// unit, from the Index-th, of the space's permuted order of units (<see cref="ShardDeal"/>: a design at every capacity). <c>--shard auto</c> reads a cluster engine's variables: the index from
/// SLURM_ARRAY_TASK_ID (less SLURM_ARRAY_TASK_MIN) or JOB_COMPLETION_INDEX (a Kubernetes Indexed Job), the
/// count from SLURM_ARRAY_TASK_COUNT or DEEPNVM_SHARDS.
/// </summary>
internal sealed record ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(0, 1);

    /// <summary>Rows per file unless a run says otherwise: a Parquet writer holds its file's footer (column statistics
    /// per row group) until the file is closed, so a shard rolls over to a new file every so many rows and its memory
    /// stays flat however many points it has (docs/scale.md, "Memory"). About 13 MB of footer at most at 50 bytes a row.</summary>
    public const long DefaultRowsPerFile = 1L << 18;

    /// <summary>How many of a space's <paramref name="points"/> the shard takes.</summary>
    public long PointsOf(long points, ShardDeal deal) => deal.PointsOf(Index, Count, points);

    /// <summary>The shard's files in the results folder, in point order: its points cut every <paramref name="rowsPerFile"/>
    /// rows (at least one file, so an empty shard still says it is done). One file is <c>part-i-of-n.parquet</c>; more are
    /// <c>part-i-of-n.j.parquet</c>, j from 0. Each is written whole, so `--resume` redoes only the missing ones.</summary>
    public IReadOnlyList<ShardFile> Files(long points, long rowsPerFile, ShardDeal deal)
    {
        var rows = PointsOf(points, deal);
        var count = rows <= rowsPerFile ? 1 : (rows + rowsPerFile - 1) / rowsPerFile;
        var stem = string.Format(CultureInfo.InvariantCulture, "part-{0:D5}-of-{1:D5}", Index, Count);
        var files = new ShardFile[count];
        for (var j = 0L; j < count; j++)
        {
            var name = count == 1 ? stem + ".parquet" : string.Format(CultureInfo.InvariantCulture, "{0}.{1:D5}.parquet", stem, j);
            files[j] = new ShardFile(name, j * rowsPerFile, Math.Min(rowsPerFile, rows - j * rowsPerFile));
        }

        return files;
    }

    public override string ToString() => Index.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses <c>i/n</c> or <c>auto</c>; null and a message when it cannot.</summary>
    public static ShardSpec? Parse(string? text, Func<string, string?> environment, out string? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            return Whole;
        }

        if (text == "auto")
        {
            var index = Integer(environment("SLURM_ARRAY_TASK_ID")) is { } task
                ? task - (Integer(environment("SLURM_ARRAY_TASK_MIN")) ?? 0)
                : Integer(environment("JOB_COMPLETION_INDEX"));
            var count = Integer(environment("SLURM_ARRAY_TASK_COUNT")) ?? Integer(environment("DEEPNVM_SHARDS"));
            if (index is null || count is null)
            {
                problem = "--shard auto needs SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT (a Slurm job array), or JOB_COMPLETION_INDEX and DEEPNVM_SHARDS (a Kubernetes Indexed Job)";
                return null;
            }

            return Checked(index.Value, count.Value, out problem);
        }

        var parts = text.Split('/');
        if (parts.Length == 2 && Integer(parts[0]) is { } i && Integer(parts[1]) is { } n)
        {
            return Checked(i, n, out problem);
        }

        problem = $"--shard '{text}' is not i/n (e.g. 0/4) or auto";
        return null;
    }

    private static ShardSpec? Checked(int index, int count, out string? problem)
    {
        problem = count < 1 || index < 0 || index >= count ? $"shard {index}/{count}: the index must be in 0 .. {count - 1} and the count at least 1" : null;
        return problem is null ? new ShardSpec(index, count) : null;
    }

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>One file of a shard: its name, and which of the shard's points it holds (from the <paramref name="First"/>-th of
/// them, <paramref name="Rows"/> of them).</summary>
internal sealed record ShardFile(string Name, long First, long Rows);
