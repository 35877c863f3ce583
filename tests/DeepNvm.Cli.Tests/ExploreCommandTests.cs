namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm explore` and `deepnvm front` in process: the Parquet files as DuckDB reads them (rows,
/// column types, a front computed in SQL), shards, --shard auto from a cluster engine's variables, --resume,
/// and the located errors with their exit codes.</summary>
public sealed class ExploreCommandTests : IDisposable
{
    private readonly ExploreTestProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void DuckDB_reads_one_row_per_point_with_typed_columns_and_finds_the_same_front_in_SQL()
    {
        var results = _project.Results("one");

        var run = _project.Explore(results, front: true);

        run.Code.ShouldBe(0, run.Error);
        run.Error.ShouldContain("points/s");
        run.Error.ShouldContain("ETA");
        DuckDb.Query($"SELECT count(*), count(DISTINCT index), min(index), max(index) FROM {DuckDb.Parts(results)}")
            .Single().ShouldBe(new[] { "24", "24", "0", "23" });
        var types = DuckDb.Query($"DESCRIBE SELECT * FROM {DuckDb.Parts(results)}").ToDictionary(r => r[0], r => r[1]);
        types["index"].ShouldBe("BIGINT");
        types["cell"].ShouldBe("VARCHAR");
        types["capacity_bytes"].ShouldBe("BIGINT");
        types["associativity"].ShouldBe("INTEGER");
        types["legal"].ShouldBe("BOOLEAN");
        types["area_m2"].ShouldBe("DOUBLE");
        types["org_mux_sense_amp"].ShouldBe("INTEGER");
        types["edp_js_WriteHeavy"].ShouldBe("DOUBLE");

        var sqlFront = DuckDb.Query($"""
            WITH p AS (SELECT * FROM {DuckDb.Parts(results)} WHERE admissible)
            SELECT a.index FROM p a
            WHERE NOT EXISTS (SELECT 1 FROM p b WHERE b.area_m2 <= a.area_m2 AND b.edp_js <= a.edp_js
                                                AND (b.area_m2 < a.area_m2 OR b.edp_js < a.edp_js))
            ORDER BY a.index
            """).Select(r => r[0]).ToArray();
        var ours = DuckDb.Query($"SELECT index FROM read_parquet('{Path.Combine(results, "front", "front.parquet")}') ORDER BY index").Select(r => r[0]).ToArray();
        sqlFront.Length.ShouldBeGreaterThan(1);
        ours.ShouldBe(sqlFront);
        File.ReadAllLines(Path.Combine(results, "front", "front.csv")).Length.ShouldBe(ours.Length + 1);
        File.ReadAllText(Path.Combine(results, "front", "front.json")).ShouldContain("\"objectives\"");
        File.ReadAllText(Path.Combine(results, "front", "front.svg")).ShouldContain("Pareto front of TinySpace");
        // written whole, as a report folder: the manifest lists the five files (issue 14)
        File.ReadAllLines(Path.Combine(results, "front", ".deepnvm-report")).ShouldBe(new[] { "front.parquet", "front.csv", "front.json", "front.svg", "front.png" });
    }

    [Fact]
    public void Every_admissible_row_meets_the_constraint_and_the_others_say_which_they_miss()
    {
        var results = _project.Results("constraint");
        _project.Explore(results).Code.ShouldBe(0);

        DuckDb.Query($"SELECT count(*) FROM {DuckDb.Parts(results)} WHERE admissible AND area_m2 > 1e-6").Single()[0].ShouldBe("0");
        DuckDb.Query($"SELECT count(*) FROM {DuckDb.Parts(results)} WHERE NOT admissible AND violated <> 'where area <= 1 mm^2' AND legal").Single()[0].ShouldBe("0");
    }

    [Fact]
    public void Shards_given_as_i_of_n_or_by_Slurm_or_Kubernetes_variables_write_the_same_files()
    {
        var byHand = _project.Results("hand");
        var slurm = _project.Results("slurm");
        var kubernetes = _project.Results("k8s");
        for (var i = 0; i < 2; i++)
        {
            _project.Explore(byHand, shard: $"{i}/2").Code.ShouldBe(0);
            _project.Explore(slurm, shard: "auto", environment: new Dictionary<string, string>
            {
                ["SLURM_ARRAY_TASK_ID"] = (i + 10).ToString(), ["SLURM_ARRAY_TASK_MIN"] = "10", ["SLURM_ARRAY_TASK_COUNT"] = "2",
            }).Code.ShouldBe(0);
            _project.Explore(kubernetes, shard: "auto", environment: new Dictionary<string, string>
            {
                ["JOB_COMPLETION_INDEX"] = i.ToString(), ["DEEPNVM_SHARDS"] = "2",
            }).Code.ShouldBe(0);
        }

        var shardOne = new List<string>();
        foreach (var folder in new[] { byHand, slurm, kubernetes })
        {
            ResultsReader(folder).ShouldBe(new[] { "part-00000-of-00002.parquet", "part-00001-of-00002.parquet" });
            var indices = DuckDb.Query($"SELECT index FROM read_parquet('{Path.Combine(folder, "part-00001-of-00002.parquet")}') ORDER BY index").Select(r => r[0]).ToArray();
            indices.Length.ShouldBe(12);
            shardOne.Add(string.Join(",", indices));
        }

        shardOne.Distinct().Count().ShouldBe(1); // the same points, however the shard was named

    }

    private static string[] ResultsReader(string folder) =>
        Directory.EnumerateFiles(folder, "part-*.parquet").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Resume_skips_a_complete_shard_file_and_leaves_it_untouched()
    {
        var results = _project.Results("resume");
        _project.Explore(results, shard: "0/2").Code.ShouldBe(0);
        var file = Path.Combine(results, "part-00000-of-00002.parquet");
        var written = File.GetLastWriteTimeUtc(file);

        var again = _project.Explore(results, shard: "0/2", resume: true);

        again.Code.ShouldBe(0);
        again.Error.ShouldContain("complete, skipped (--resume)");
        File.GetLastWriteTimeUtc(file).ShouldBe(written);
    }

    [Theory]
    [InlineData("2/2", "the index must be in 0 .. 1")]
    [InlineData("one/2", "is not i/n")]
    [InlineData("auto", "--shard auto needs SLURM_ARRAY_TASK_ID")]
    public void A_bad_shard_is_a_usage_error(string shard, string message)
    {
        var run = _project.Explore(_project.Results("bad"), shard: shard);

        run.Code.ShouldBe(2);
        run.Error.ShouldContain(message);
    }

    [Fact]
    public void A_shard_file_that_cannot_be_put_in_place_is_one_line_and_a_usage_error_with_no_file_left_behind()
    {
        // A folder where the shard file goes: the finished file cannot be renamed into place (as when the results
        // folder fails under a run). The run says so in one line, not as an internal error about a closed stream.
        var results = _project.Results("blocked");
        Directory.CreateDirectory(Path.Combine(results, "part-00000-of-00001.parquet"));

        var run = _project.Explore(results);

        run.Code.ShouldBe(2, run.Error);
        run.Error.ShouldContain($"deepnvm: cannot write the results into '{results}'");
        run.Error.ShouldNotContain("DNVM0001");
        run.Error.ShouldNotContain("   at ");
        Directory.GetFiles(results, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.GetFiles(results, ".part-*").ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_space_is_DNVM0560_and_a_usage_error()
    {
        var run = _project.Explore(_project.Results("unknown"), space: "TinySpaec");

        run.Code.ShouldBe(2);
        run.Error.ShouldContain("error DNVM0560: no space 'TinySpaec'");
        run.Error.ShouldContain("declared: TinySpace");
    }

    [Fact]
    public void A_folder_of_another_sharding_is_refused_with_DNVM0561_and_nothing_is_written()
    {
        var results = _project.Results("mixed");
        _project.Explore(results, shard: "0/2").Code.ShouldBe(0);

        var run = _project.Explore(results, shard: "0/3");

        run.Code.ShouldBe(1);
        run.Error.ShouldContain("error DNVM0561");
        ResultsReader(results).ShouldBe(new[] { "part-00000-of-00002.parquet" });
    }

    [Fact]
    public void A_folder_whose_shards_took_every_nth_point_by_index_is_refused_with_DNVM0561()
    {
        // A manifest as deepnvm wrote it before shards were dealt designs in a permuted order: no shard_order.
        var results = _project.Results("index-dealt");
        _project.Explore(results, shard: "0/2").Code.ShouldBe(0);
        var manifest = Path.Combine(results, "explore.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        json.Remove("shard_order");
        json["shard_chain"] = 0;
        json["shard_period"] = 0;
        File.WriteAllText(manifest, json.ToJsonString());

        var run = _project.Explore(results, shard: "1/2");

        run.Code.ShouldBe(1);
        run.Error.ShouldContain("error DNVM0561");
        run.Error.ShouldContain("its shards took every n-th point by index");
        ResultsReader(results).ShouldBe(new[] { "part-00000-of-00002.parquet" });
    }

    [Fact]
    public void Resuming_over_edited_inputs_is_refused_with_DNVM0561_so_no_dataset_mixes_two_models()
    {
        var results = _project.Results("edited");
        _project.Explore(results, shard: "0/2").Code.ShouldBe(0);
        var file = Directory.GetFiles(_project.Directory, "*.nvm").Single();
        File.WriteAllText(file, File.ReadAllText(file).Replace("associativity = [8, 16]", "associativity = [8, 16]  // edited"));

        var run = _project.Explore(results, shard: "1/2", resume: true);

        run.Code.ShouldBe(1);
        run.Error.ShouldContain("error DNVM0561");
        run.Error.ShouldContain("computed from other inputs");
        ResultsReader(results).ShouldBe(new[] { "part-00000-of-00002.parquet" });
    }

    [Fact]
    public void The_front_replaces_its_folder_whole_and_never_writes_into_a_front_folder_that_is_not_its_own()
    {
        var results = _project.Results("again");
        _project.Explore(results, front: true).Code.ShouldBe(0);
        var output = new StringWriter();
        var error = new StringWriter();
        Commands.FrontCommand.Run(results, output, error).ShouldBe(0, error.ToString());
        Directory.GetFileSystemEntries(results, "*.tmp").ShouldBeEmpty();

        Directory.Delete(Path.Combine(results, "front"), recursive: true);
        Directory.CreateDirectory(Path.Combine(results, "front"));
        File.WriteAllText(Path.Combine(results, "front", "notes.txt"), "mine");
        Commands.FrontCommand.Run(results, output, error).ShouldBe(2);
        error.ToString().ShouldContain("deepnvm front: ");
        Directory.GetFiles(Path.Combine(results, "front")).Select(Path.GetFileName).ShouldBe(new[] { "notes.txt" });
    }

    [Fact]
    public void The_front_of_an_incomplete_run_is_DNVM0562_and_of_a_folder_without_results_too()
    {
        var results = _project.Results("partial");
        var first = _project.Explore(results, shard: "1/2", front: true);
        first.Code.ShouldBe(0);
        first.Error.ShouldContain("1 of 2 shard files are complete");

        var output = new StringWriter();
        var error = new StringWriter();
        Commands.FrontCommand.Run(results, output, error).ShouldBe(1);
        error.ToString().ShouldContain("error DNVM0562: '" + results + "' lacks 1 of its 2 shard files (part-00000-of-00002.parquet)");

        Commands.FrontCommand.Run(_project.Directory, output, error).ShouldBe(1);
        error.ToString().ShouldContain("error DNVM0562: no explore.json");
        File.Exists(Path.Combine(results, "front", "front.parquet")).ShouldBeFalse();
    }
}
