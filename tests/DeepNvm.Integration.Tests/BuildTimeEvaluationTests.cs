using System.Text.RegularExpressions;

namespace DeepNvm.Integration.Tests;

/// <summary>A study project evaluates its studies when it builds: reports under the output folder,
/// expect lines checked (a failed one is a located build error naming the measured value), and a
/// rebuild with nothing changed does not evaluate again.</summary>
public sealed class BuildTimeEvaluationTests : IDisposable
{
    private static string Study(string threshold) => SmallStudy.Text("expect iso_capacity.area_reduction(Stt) >= " + threshold);

    private readonly TempStudyProject _temp = new("System.Console.WriteLine(MyStudy.Studies.Small.Name);");

    [Fact]
    public async Task Building_evaluates_the_study_checks_its_expectations_and_writes_reports_once()
    {
        var file = _temp.Write("study.nvm", Study("100"));

        var failed = await DotnetCli.BuildAsync(_temp.Directory);

        failed.ExitCode.ShouldNotBe(0, failed.Output);
        var error = Regex.Match(failed.Output, @"^(?<path>\S.*?\.nvm)\((?<line>\d+),(?<col>\d+)\): error DNVM0504: (?<msg>.*?) \[", RegexOptions.Multiline);
        error.Success.ShouldBeTrue(failed.Output);
        error.Groups["path"].Value.ShouldBe(file);
        (error.Groups["line"].Value, error.Groups["col"].Value).ShouldBe(("16", "10"));
        error.Groups["msg"].Value.ShouldMatch(@"^expectation failed: expect iso_capacity\.area_reduction\(Stt\) >= 100, measured \d+(\.\d+)?$");

        _temp.Write("study.nvm", Study("1"));
        var built = await DotnetCli.BuildAsync(_temp.Directory);
        built.ExitCode.ShouldBe(0, built.Output);
        var reports = Path.Combine(_temp.Directory, "bin", DotnetCli.Configuration, "net10.0", "deepnvm-reports", "Small");
        File.Exists(Path.Combine(reports, "index.html")).ShouldBeTrue(string.Join(", ", Directory.GetFiles(_temp.Directory, "*", SearchOption.AllDirectories).Where(f => f.Contains("deepnvm"))));
        var stamp = Path.Combine(_temp.Directory, "obj", DotnetCli.Configuration, "net10.0", "deepnvm.evaluated");
        var evaluatedAt = File.GetLastWriteTimeUtc(stamp);

        var rebuilt = await DotnetCli.BuildAsync(_temp.Directory);
        rebuilt.ExitCode.ShouldBe(0, rebuilt.Output);
        File.GetLastWriteTimeUtc(stamp).ShouldBe(evaluatedAt);
    }

    [Fact]
    public async Task A_property_turns_build_time_evaluation_off()
    {
        _temp.Write("study.nvm", Study("100"));

        var built = await DotnetCli.RunAsync(_temp.Directory, "build", "-c", DotnetCli.Configuration, "-tl:off", "-nologo", "-v:q", "-nodeReuse:false",
            "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false", "-p:DeepNvmEvaluateOnBuild=false");

        built.ExitCode.ShouldBe(0, built.Output);
        Directory.Exists(Path.Combine(_temp.Directory, "bin", DotnetCli.Configuration, "net10.0", "deepnvm-reports")).ShouldBeFalse();
    }

    public void Dispose() => _temp.Dispose();
}
