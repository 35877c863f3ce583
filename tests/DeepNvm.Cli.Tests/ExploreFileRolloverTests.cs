namespace DeepNvm.Cli.Tests;

/// <summary>A shard with more points than <c>--rows-per-file</c> writes several Parquet files, so the footer a writer
/// holds until it closes a file stays bounded and a shard's memory stays flat (docs/scale.md, "Memory"). The files
/// together are the one-file run, row for row; `--resume` after a kill redoes only the files that are missing.</summary>
public sealed class ExploreFileRolloverTests : IDisposable
{
    private readonly ExploreTestProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_shard_over_the_rows_per_file_rolls_over_into_files_that_together_are_the_one_file_run()
    {
        var single = _project.Results("single");
        var rolled = _project.Results("rolled");
        _project.Explore(single, front: true).Code.ShouldBe(0);

        var run = _project.Explore(rolled, front: true, rowsPerFile: 10);

        run.Code.ShouldBe(0, run.Error);
        run.Output.ShouldContain("24 points -> 3 files, ");
        Parts(rolled).ShouldBe(new[] { "part-00000-of-00001.00000.parquet", "part-00000-of-00001.00001.parquet", "part-00000-of-00001.00002.parquet" });
        DuckDb.Query($"SELECT count(*), min(index), max(index) FROM read_parquet('{Path.Combine(rolled, "part-00000-of-00001.00001.parquet")}')")
            .Single().ShouldBe(new[] { "10", "10", "19" });
        DuckDb.Query($"SELECT count(*) FROM read_parquet('{Path.Combine(rolled, "part-00000-of-00001.00002.parquet")}')").Single()[0].ShouldBe("4");
        SameRows(single, rolled);
        DuckDb.Query($"SELECT index FROM read_parquet('{Path.Combine(rolled, "front", "front.parquet")}') ORDER BY index")
            .ShouldBe(DuckDb.Query($"SELECT index FROM read_parquet('{Path.Combine(single, "front", "front.parquet")}') ORDER BY index"));
    }

    [Fact]
    public void Shards_roll_over_on_their_own_points_and_the_union_of_their_files_is_the_whole_space()
    {
        var single = _project.Results("whole");
        var sharded = _project.Results("sharded");
        _project.Explore(single).Code.ShouldBe(0);

        for (var i = 0; i < 2; i++)
        {
            _project.Explore(sharded, shard: $"{i}/2", rowsPerFile: 5).Code.ShouldBe(0);
        }

        // 12 points a shard, 5 rows a file: 5 + 5 + 2
        Parts(sharded).Length.ShouldBe(6);
        DuckDb.Query($"SELECT count(*) FROM read_parquet('{Path.Combine(sharded, "part-00001-of-00002.00002.parquet")}')").Single()[0].ShouldBe("2");
        SameRows(single, sharded);
    }

    [Fact]
    public void Resume_after_a_kill_writes_only_the_missing_file_and_leaves_the_complete_ones_untouched()
    {
        var results = _project.Results("killed");
        _project.Explore(results, rowsPerFile: 10).Code.ShouldBe(0);
        var reference = _project.Results("reference");
        _project.Explore(reference, rowsPerFile: 10).Code.ShouldBe(0);
        var first = Path.Combine(results, "part-00000-of-00001.00000.parquet");
        var middle = Path.Combine(results, "part-00000-of-00001.00001.parquet");
        var last = Path.Combine(results, "part-00000-of-00001.00002.parquet");
        var untouched = new[] { first, last }.Select(File.GetLastWriteTimeUtc).ToArray();
        // What a kill while writing the middle file leaves: no file under its name, a hidden temporary beside it.
        File.Delete(middle);
        File.WriteAllText(Path.Combine(results, ".part-00000-of-00001.00001.parquet.4242.tmp"), "half");

        var again = _project.Explore(results, resume: true, rowsPerFile: 10);

        again.Code.ShouldBe(0, again.Error);
        again.Error.ShouldContain("2 of 3 files are complete (--resume); writing the other 1, from part-00000-of-00001.00001.parquet");
        again.Output.ShouldContain("10 points -> ");
        new[] { first, last }.Select(File.GetLastWriteTimeUtc).ShouldBe(untouched);
        Directory.GetFiles(results, "*.tmp").ShouldBeEmpty();
        SameRows(reference, results);

        var done = _project.Explore(results, resume: true, rowsPerFile: 10);
        done.Error.ShouldContain("its 3 files are complete, skipped (--resume)");
    }

    [Fact]
    public void Another_rows_per_file_in_the_same_folder_is_refused_with_DNVM0561()
    {
        var results = _project.Results("mixed-files");
        _project.Explore(results, shard: "0/2", rowsPerFile: 5).Code.ShouldBe(0);

        var run = _project.Explore(results, shard: "1/2", rowsPerFile: 10);

        run.Code.ShouldBe(1);
        run.Error.ShouldContain("error DNVM0561");
        run.Error.ShouldContain("files of 5 rows there, 10 in this run");
        Parts(results).ShouldAllBe(name => name.StartsWith("part-00000-of-00002.", StringComparison.Ordinal));
    }

    [Fact]
    public void Zero_rows_per_file_is_a_usage_error()
    {
        var run = _project.Explore(_project.Results("zero"), rowsPerFile: 0);

        run.Code.ShouldBe(2);
        run.Error.ShouldContain("--batch, --rows-per-file and --threads must be at least 1");
    }

    private static string[] Parts(string folder) =>
        Directory.EnumerateFiles(folder, "part-*.parquet").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

    /// <summary>The two folders hold the same rows, every column compared (EXCEPT both ways), and as many.</summary>
    private static void SameRows(string expected, string actual)
    {
        DuckDb.Query($"SELECT count(*) FROM {DuckDb.Parts(actual)}").Single()[0].ShouldBe(ExploreTestProject.Points.ToString());
        DuckDb.Query($"SELECT count(*) FROM (SELECT * FROM {DuckDb.Parts(expected)} EXCEPT SELECT * FROM {DuckDb.Parts(actual)})").Single()[0].ShouldBe("0");
        DuckDb.Query($"SELECT count(*) FROM (SELECT * FROM {DuckDb.Parts(actual)} EXCEPT SELECT * FROM {DuckDb.Parts(expected)})").Single()[0].ShouldBe("0");
    }
}
