using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace DeepNvm.Cli.Tests;

/// <summary>
/// The cluster files in deploy/, exercised as far as this machine allows: the Slurm script run by bash with the
/// variables Slurm sets (its shards together equal a single run), the Kubernetes Job parsed as YAML and its
/// container's command run with the variables an Indexed Job sets, the Dockerfile installing the tool the CLI
/// project packs.
/// </summary>
public sealed class DeployManifestTests : IDisposable
{
    private static readonly string Deploy = Path.Combine(RepositoryPaths.Root, "deploy");
    private readonly ExploreTestProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void The_Slurm_array_script_runs_each_task_as_its_shard_and_the_tasks_together_equal_one_run()
    {
        var script = Path.Combine(Deploy, "slurm", "explore.sbatch");
        var text = File.ReadAllText(script);
        text.ShouldStartWith("#!/bin/bash");
        Regex.IsMatch(text, @"^#SBATCH --array=0-\d+$", RegexOptions.Multiline).ShouldBeTrue();
        text.ShouldContain("--shard auto");

        var sharded = _project.Results("slurm");
        for (var task = 0; task < 2; task++)
        {
            using var process = DeepnvmProcess.Start(new[] { script }, new Dictionary<string, string>
            {
                ["PROJECT"] = _project.Directory, ["SPACE"] = "TinySpace", ["RESULTS"] = sharded,
                ["DEEPNVM"] = "dotnet " + DeepnvmProcess.Dll,
                ["SLURM_ARRAY_TASK_ID"] = task.ToString(), ["SLURM_ARRAY_TASK_COUNT"] = "2", ["SLURM_CPUS_PER_TASK"] = "1",
            }, fileName: "bash");
            process.Wait().ShouldBe(0, process.Error);
        }

        var single = _project.Results("single");
        _project.Explore(single).Code.ShouldBe(0);
        Directory.EnumerateFiles(sharded, "part-*.parquet").Select(Path.GetFileName).Order().ShouldBe(new[] { "part-00000-of-00002.parquet", "part-00001-of-00002.parquet" });
        DuckDb.Query($"SELECT * FROM {DuckDb.Parts(sharded)} ORDER BY index").Select(r => string.Join("|", r))
            .ShouldBe(DuckDb.Query($"SELECT * FROM {DuckDb.Parts(single)} ORDER BY index").Select(r => string.Join("|", r)));
    }

    [Fact]
    public void The_Kubernetes_job_is_an_Indexed_Job_whose_pods_run_their_shard_from_JOB_COMPLETION_INDEX()
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Deploy, "kubernetes", "explore-job.yaml")))
        {
            yaml.Load(reader);
        }

        var job = (YamlMappingNode)yaml.Documents.Single().RootNode;
        Scalar(job, "apiVersion").ShouldBe("batch/v1");
        Scalar(job, "kind").ShouldBe("Job");
        var spec = (YamlMappingNode)job["spec"];
        Scalar(spec, "completionMode").ShouldBe("Indexed");
        var completions = int.Parse(Scalar(spec, "completions"));
        var container = (YamlMappingNode)((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)spec["template"])["spec"])["containers"]).Single();
        var args = ((YamlSequenceNode)container["args"]).Select(a => ((YamlScalarNode)a).Value!).ToArray();
        var env = ((YamlSequenceNode)container["env"]).Cast<YamlMappingNode>().ToDictionary(e => Scalar(e, "name"), e => Scalar(e, "value"));
        env["DEEPNVM_SHARDS"].ShouldBe(completions.ToString(), "the shard count must equal the completions");
        args[0].ShouldBe("explore");
        args.ShouldContain("auto");
        args[Array.IndexOf(args, "--shard") + 1].ShouldBe("auto");

        // Run the first and the last pod's command here, with this project and results folder for the volume's.
        var results = _project.Results("k8s");
        var local = args.Select(a => a == "/data/project" ? _project.Directory : a == "/data/results" ? results : a).Append("--batch").Append("4").ToArray();
        local[Array.IndexOf(local, "--space") + 1] = "TinySpace";
        foreach (var index in new[] { 0, completions - 1 })
        {
            var output = new StringWriter();
            var error = new StringWriter();
            Commands.ExploreCommand.Run(new Commands.ExploreOptions(local[1], results)
            {
                Space = "TinySpace", Shard = local[Array.IndexOf(local, "--shard") + 1], Resume = local.Contains("--resume"), BatchSize = 4, Threads = 1,
            }, output, error, name => name == "JOB_COMPLETION_INDEX" ? index.ToString() : env.GetValueOrDefault(name)).ShouldBe(0, error.ToString());
        }

        var last = $"part-{completions - 1:D5}-of-{completions:D5}.parquet";
        File.Exists(Path.Combine(results, $"part-00000-of-{completions:D5}.parquet")).ShouldBeTrue();
        File.Exists(Path.Combine(results, last)).ShouldBeTrue();
        var expectedRows = ExploreTestProject.Points > completions - 1 ? 1 : 0;
        DuckDb.Query($"SELECT count(*) FROM read_parquet('{Path.Combine(results, last)}')").Single()[0].ShouldBe(expectedRows.ToString());
    }

    [Fact]
    public void The_Dockerfile_installs_the_tool_the_CLI_project_packs_and_runs_it()
    {
        var dockerfile = File.ReadAllText(Path.Combine(Deploy, "Dockerfile"));
        var project = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "DeepNvm.Cli", "DeepNvm.Cli.csproj"));

        project.ShouldContain("<PackageId>DeepNvm.Cli</PackageId>");
        project.ShouldContain("<ToolCommandName>deepnvm</ToolCommandName>");
        dockerfile.ShouldContain("dotnet pack src/DeepNvm.Cli/DeepNvm.Cli.csproj");
        dockerfile.ShouldContain("dotnet tool install DeepNvm.Cli");
        dockerfile.ShouldContain("ENTRYPOINT [\"deepnvm\"]");
        Regex.Matches(dockerfile, @"^FROM mcr\.microsoft\.com/dotnet/(sdk|runtime):10\.0", RegexOptions.Multiline).Count.ShouldBe(2);
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;
}
