using System.Text.RegularExpressions;

namespace DeepNvm.Integration.Tests;

/// <summary>A study is a project: `dotnet build` turns its .nvm files into models, and a typo in a
/// .nvm file fails the build with MSBuild's located error line.</summary>
public sealed class StudyProjectBuildTests : IDisposable
{
    private readonly TempStudyProject _temp = new("""
        using MyStudy;
        var cell = Cells.Stt;
        Console.WriteLine($"{cell.Name} {cell.Kind} {cell.WritePulseSeconds * 1e9:0.##} ns {Caches.All.Count} cache(s)");
        """);

    private string _project => _temp.Directory;

    public StudyProjectBuildTests()
    {
        _temp.Write("specs/cells.nvm", """
            cell Stt : mtj {
              area = 54 F^2; access_width = 8 F
              resistance_on = 3 kOhm; resistance_off = 6 kOhm
              read { voltage = 0.25 V }; write { current = 80 uA; pulse = 10 ns }
            }
            """);
        // build output must not be picked up as source
        _temp.Write("bin/stale.nvm", "this is not .nvm at all {{{");
    }

    [Fact]
    public async Task A_typo_fails_the_build_with_a_located_DNVM_error_and_the_fixed_project_builds_and_runs()
    {
        var bad = Path.Combine(_project, "specs", "bad.nvm");
        await File.WriteAllTextAsync(bad, "cache L2 {\n  capacity = 4 MB\n  line = 128 ns\n}\n");

        var failed = await DotnetCli.BuildAsync(_project);

        failed.ExitCode.ShouldNotBe(0, failed.Output);
        var error = Regex.Match(failed.Output, @"^(?<path>\S.*?\.nvm)\((?<line>\d+),(?<col>\d+)\): error (?<id>DNVM\d{4}): (?<msg>.*?) \[", RegexOptions.Multiline);
        error.Success.ShouldBeTrue(failed.Output);
        error.Groups["path"].Value.ShouldBe(bad);
        (error.Groups["line"].Value, error.Groups["col"].Value, error.Groups["id"].Value).ShouldBe(("3", "10", "DNVM0302"));
        error.Groups["msg"].Value.ShouldBe("'line' expects a data size, got a time (128 ns)");
        failed.Output.ShouldNotContain("stale.nvm");

        await File.WriteAllTextAsync(bad, "cache L2 {\n  capacity = 4 MB\n  line = 128 B\n}\n");
        var built = await DotnetCli.BuildAsync(_project);
        built.ExitCode.ShouldBe(0, built.Output);

        var ran = await DotnetCli.RunAsync(_project, "run", "--no-build", "-c", DotnetCli.Configuration);
        ran.ExitCode.ShouldBe(0, ran.Output);
        ran.Output.Trim().ShouldBe("Stt Mtj 10 ns 1 cache(s)");
    }

    public void Dispose() => _temp.Dispose();
}
