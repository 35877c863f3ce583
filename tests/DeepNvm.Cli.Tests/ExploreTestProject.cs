using DeepNvm.Cli.Commands;
using DeepNvm.Cli.Explore;

namespace DeepNvm.Cli.Tests;

/// <summary>A tiny space over <see cref="StudyTestProject"/>'s cells, GPU and workloads (2 cells x 3 capacities x
/// 2 associativities x 2 lines = 24 points of 64-256 KB caches), in a temporary folder with a results folder beside it.</summary>
internal sealed class ExploreTestProject : IDisposable
{
    public const string Space = """

        space TinySpace {
          gpu           = Tiny
          cell          = [Sram6T, SttMram]
          capacity      = 64 KB .. 256 KB by x2
          associativity = [8, 16]
          line          = [64 B, 128 B]
          workload      = [ReadHeavy, WriteHeavy]
          where area <= 1 mm^2
          minimize area, edp
        }
        """;

    public const long Points = 24;

    private readonly StudyTestProject _project;

    /// <param name="text">The project's .nvm text; null: the small study project with <see cref="Space"/>.</param>
    public ExploreTestProject(string? text = null) => _project = new StudyTestProject(text ?? StudyTestProject.Text + Space);

    /// <summary>The project's .nvm file.</summary>
    public string File => _project.File;

    public string Directory => _project.Directory;

    /// <summary>A fresh results folder under the project's temporary folder.</summary>
    public string Results(string name) => Path.Combine(_project.Directory, "results-" + name);

    /// <summary>Runs `deepnvm explore` in process; the environment is only what <paramref name="environment"/> gives.</summary>
    public (int Code, string Output, string Error) Explore(string results, string? shard = null, bool resume = false, bool front = false,
        IReadOnlyDictionary<string, string>? environment = null, string space = "TinySpace", long? rowsPerFile = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var options = new ExploreOptions(_project.Directory, results)
        {
            Space = space, Shard = shard, Resume = resume, Front = front, BatchSize = 5, RowsPerFile = rowsPerFile ?? ShardSpec.DefaultRowsPerFile,
        };
        var code = ExploreCommand.Run(options, output, error, name => environment is not null && environment.TryGetValue(name, out var value) ? value : null);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose() => _project.Dispose();
}
