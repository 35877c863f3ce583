namespace DeepNvm.Cli.Tests;

/// <summary>
/// What a cluster does to an exploration, simulated with real `deepnvm` processes on this machine: n shard
/// processes at once, one killed with SIGKILL in the middle of writing its file and then resumed; the union of
/// the shard files equals a single process's run row for row (every column), and no half-written file is ever
/// visible under a shard's name.
/// </summary>
public sealed class ExploreShardProcessTests : IDisposable
{
    private readonly ExploreTestProject _project = new();

    public void Dispose() => _project.Dispose();

    private string[] Arguments(string results, params string[] more) =>
        new[] { "explore", _project.Directory, "--space", "TinySpace", "--out", results, "--threads", "1" }.Concat(more).ToArray();

    /// <summary>Every row, every column, in index order, as DuckDB reads them.</summary>
    private static List<string> Rows(string results) =>
        DuckDb.Query($"SELECT * FROM {DuckDb.Parts(results)} ORDER BY index").Select(r => string.Join("|", r)).ToList();

    [Fact]
    public void Three_shards_at_once_with_one_killed_mid_write_and_resumed_equal_one_process_row_for_row()
    {
        var single = _project.Results("single");
        var sharded = _project.Results("sharded");
        using var whole = DeepnvmProcess.Start(Arguments(single));
        whole.Wait().ShouldBe(0, whole.Error);

        var shards = Enumerable.Range(0, 3).Select(i => DeepnvmProcess.Start(Arguments(sharded, "--shard", $"{i}/3", "--batch", "1"))).ToArray();
        try
        {
            // Kill shard 1 once its file is being written (one row group per point, so it is mid-write).
            var partial = () => Directory.Exists(sharded) ? Directory.EnumerateFiles(sharded, ".part-00001-of-00003.parquet.*.tmp").ToArray() : Array.Empty<string>();
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (partial().Length == 0 && DateTime.UtcNow < deadline && !shards[1].HasExited)
            {
                Thread.Sleep(2);
            }

            shards[1].HasExited.ShouldBeFalse("shard 1 finished before it could be killed: " + shards[1].Error);
            shards[1].Kill();
            partial().ShouldNotBeEmpty("the killed writer leaves its temporary file");
            File.Exists(Path.Combine(sharded, "part-00001-of-00003.parquet")).ShouldBeFalse("a killed shard has no file under its name");

            shards[0].Wait().ShouldBe(0, shards[0].Error);
            shards[2].Wait().ShouldBe(0, shards[2].Error);
        }
        finally
        {
            foreach (var shard in shards)
            {
                shard.Dispose();
            }
        }

        // Resubmit every shard with --resume, as a requeued array job would: the finished ones are skipped.
        for (var i = 0; i < 3; i++)
        {
            using var again = DeepnvmProcess.Start(Arguments(sharded, "--shard", $"{i}/3", "--resume"));
            again.Wait().ShouldBe(0, again.Error);
            if (i != 1)
            {
                again.Error.ShouldContain("skipped (--resume)");
            }
        }

        Directory.EnumerateFiles(sharded, "*.tmp").ShouldBeEmpty();
        var expected = Rows(single);
        expected.Count.ShouldBe((int)ExploreTestProject.Points);
        Rows(sharded).ShouldBe(expected);
    }
}
