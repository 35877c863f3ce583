using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm study` and `deepnvm project` check a study's expect lines: a failed one is a
/// located DNVM0504 naming the measured value, and the exit code is 1.</summary>
public sealed class StudyExpectationTests : IDisposable
{
    private static readonly string Study = SmallStudy.Text(
        "expect iso_capacity.area_reduction(Stt) >= 1\n  expect iso_capacity.area_reduction(Stt) >= 100",
        gpuExtras: "; l2_latency = 2 ns");

    private readonly string _folder = Directory.CreateTempSubdirectory("deepnvm-expect-").FullName;

    [Fact]
    public void Study_reports_each_failed_expectation_at_its_line()
    {
        var file = Path.Combine(_folder, "study.nvm");
        File.WriteAllText(file, Study);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = StudyCommand.Run(new StudyOptions(file), output, error);

        code.ShouldBe(ExitCodes.Diagnostics);
        output.ToString().ShouldContain("Small: expect iso_capacity.area_reduction(Stt) >= 1 holds (measured ");
        error.ToString().ShouldMatch(@"study\.nvm\(17,10\): error DNVM0504: expectation failed: expect iso_capacity\.area_reduction\(Stt\) >= 100, measured \d");
    }

    [Fact]
    public void Project_writes_the_reports_checks_expectations_and_warns_on_the_latency_budget()
    {
        File.WriteAllText(Path.Combine(_folder, "study.nvm"), Study);
        var reports = Path.Combine(_folder, "out");
        var error = new StringWriter();

        var code = ProjectCommand.Run(_folder, reports, null, new StringWriter(), error);

        code.ShouldBe(ExitCodes.Diagnostics);
        File.Exists(Path.Combine(reports, "Small", "index.html")).ShouldBeTrue();
        error.ToString().ShouldContain("error DNVM0504");
        error.ToString().ShouldMatch(@"study\.nvm\(8,5\): warning DNVM0505: Stt: write latency [\d.]+ ns exceeds the platform's L2 budget of 2 ns");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
