using System.Globalization;

namespace DeepNvm.Cli.Explore;

/// <summary>
/// Which slice of a space one process evaluates: shard <see cref="Index"/> of <see cref="Count"/> takes the
/// points whose index mod Count = Index. <c>--shard auto</c> reads a cluster engine's variables: the index from
/// SLURM_ARRAY_TASK_ID (less SLURM_ARRAY_TASK_MIN) or JOB_COMPLETION_INDEX (a Kubernetes Indexed Job), the
/// count from SLURM_ARRAY_TASK_COUNT or DEEPNVM_SHARDS.
/// </summary>
internal sealed record ShardSpec(int Index, int Count)
{
    public static readonly ShardSpec Whole = new(0, 1);

    /// <summary>The shard's file name in the results folder.</summary>
    public string FileName => string.Format(CultureInfo.InvariantCulture, "part-{0:D5}-of-{1:D5}.parquet", Index, Count);

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
