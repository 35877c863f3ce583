using System.Text.RegularExpressions;

namespace DeepNvm.Integration.Tests;

/// <summary>A study project evaluates its studies when it builds: reports under the output folder,
/// expect lines checked (a failed one is a located build error naming the measured value), and a
/// rebuild with nothing changed does not evaluate again.</summary>
public sealed class BuildTimeEvaluationTests : IDisposable
{
    private const string Study = """
        cell Sram : sram { area = 146 F^2; aspect_ratio = 1.46 }
        cell Stt : mtj {
          area = 54 F^2; aspect_ratio = 0.54; access_width = 8 F
          resistance_on = 3 kOhm; resistance_off = 6 kOhm; access_voltage_drop = 0.15 V
          read { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }
          write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }
        }
        gpu G {
          node = 22 nm; sms = 28; clock = 1582 MHz; l2 = 1 MB
          dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit }
        }
        workload W { l2_reads = 2e9; l2_writes = 5e8; dram_reads = 3e8; dram_writes = 1e8; duration = 20 ms }
        study Small {
          platform = G; baseline = Sram; cells = [Stt]; workloads = [W]
          iso_capacity { }
          expect iso_capacity.area_reduction(Stt) >= THRESHOLD
        }
        """;

    private readonly TempStudyProject _temp = new("System.Console.WriteLine(MyStudy.Studies.Small.Name);");

    [Fact]
    public async Task Building_evaluates_the_study_checks_its_expectations_and_writes_reports_once()
    {
        var file = _temp.Write("study.nvm", Study.Replace("THRESHOLD", "100"));

        var failed = await DotnetCli.BuildAsync(_temp.Directory);

        failed.ExitCode.ShouldNotBe(0, failed.Output);
        var error = Regex.Match(failed.Output, @"^(?<path>\S.*?\.nvm)\((?<line>\d+),(?<col>\d+)\): error DNVM0504: (?<msg>.*?) \[", RegexOptions.Multiline);
        error.Success.ShouldBeTrue(failed.Output);
        error.Groups["path"].Value.ShouldBe(file);
        (error.Groups["line"].Value, error.Groups["col"].Value).ShouldBe(("16", "10"));
        error.Groups["msg"].Value.ShouldMatch(@"^expectation failed: expect iso_capacity\.area_reduction\(Stt\) >= 100, measured \d+(\.\d+)?$");

        _temp.Write("study.nvm", Study.Replace("THRESHOLD", "1"));
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
        _temp.Write("study.nvm", Study.Replace("THRESHOLD", "100"));

        var built = await DotnetCli.RunAsync(_temp.Directory, "build", "-c", DotnetCli.Configuration, "-tl:off", "-nologo", "-v:q", "-nodeReuse:false",
            "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false", "-p:DeepNvmEvaluateOnBuild=false");

        built.ExitCode.ShouldBe(0, built.Output);
        Directory.Exists(Path.Combine(_temp.Directory, "bin", DotnetCli.Configuration, "net10.0", "deepnvm-reports")).ShouldBeFalse();
    }

    public void Dispose() => _temp.Dispose();
}
