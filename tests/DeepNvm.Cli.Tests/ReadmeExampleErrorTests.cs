using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>The README shows two errors from the example project after two edits it names; these tests make
/// the edits in a copy of the project and require the README lines to be exactly what the tools print.</summary>
public sealed class ReadmeExampleErrorTests : IDisposable
{
    private const string Shown = "examples/deepnvm-paper/nvm/";
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
    private readonly string _project = Directory.CreateTempSubdirectory("deepnvm-readme-").FullName;

    // The whole project, not only nvm/: the example's profile lies in ../profiles, inside the project
    // folder (the one with the .csproj), and a workload's profile outside it is an error.
    public ReadmeExampleErrorTests()
    {
        var example = Path.GetDirectoryName(RepositoryPaths.ExampleNvm)!;
        File.Copy(Path.Combine(example, "DeepNvmPaper.csproj"), Path.Combine(_project, "DeepNvmPaper.csproj"));
        foreach (var folder in new[] { "nvm", "profiles" })
        {
            Directory.CreateDirectory(Path.Combine(_project, folder));
            foreach (var file in Directory.GetFiles(Path.Combine(example, folder)))
            {
                File.Copy(file, Path.Combine(_project, folder, Path.GetFileName(file)));
            }
        }
    }

    private string _copy => Path.Combine(_project, "nvm");

    private string Edit(string file, string from, string to)
    {
        var path = Path.Combine(_copy, file);
        var text = File.ReadAllText(path);
        text.ShouldContain(from);
        File.WriteAllText(path, text.Replace(from, to));
        return path;
    }

    private string AsShown(string line) => line.Replace(_copy + Path.DirectorySeparatorChar, Shown, StringComparison.Ordinal).Trim();

    [Fact]
    public void The_unit_error_is_printed_where_the_README_says()
    {
        Edit("cells.nvm", "    pulse   ~ loguniform(4 ns, 30 ns, nominal = 10 ns)", "    pulse   = 10 uA");
        var error = new StringWriter();

        CheckCommand.Run(_copy, json: false, new StringWriter(), error).ShouldBe(ExitCodes.Diagnostics);

        Readme.ShouldContain(AsShown(error.ToString().Split('\n').Single(l => l.Contains("DNVM0302", StringComparison.Ordinal))));
    }

    [Fact]
    public void The_failed_expectation_is_printed_where_the_README_says()
    {
        Edit("study.nvm", "  expect iso_area.capacity_ratio(SotMram)        <= 1.83\n}", "  expect iso_area.capacity_ratio(SotMram)        <= 1.83\n  expect iso_capacity.edp_reduction(SotMram) >= 3.0\n}");
        var error = new StringWriter();

        StudyCommand.Run(new StudyOptions(_copy) { Study = "DeepNvmPlusPlus", Json = true, Samples = "0" }, new StringWriter(), error).ShouldBe(ExitCodes.Diagnostics);

        Readme.ShouldContain(AsShown(error.ToString().Split('\n').Single(l => l.Contains("DNVM0504", StringComparison.Ordinal))));
    }

    public void Dispose() => Directory.Delete(_project, recursive: true);
}
