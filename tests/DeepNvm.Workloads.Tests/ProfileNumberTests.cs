using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

/// <summary>Numbers entering from a profile (issue 14, item 4): what parses to ∞ or NaN, lies outside
/// the range .nvm allows for counts (0 .. 1e18 sectors), is a fraction of a sector, or overflows an
/// invocation count is a located DNVM0513, never a number that reaches a report.</summary>
public class ProfileNumberTests
{
    private static WorkloadException ImportWith(string file, string original, string replacement)
    {
        var lines = File.ReadAllLines(TestFiles.Path(file));
        var line = Array.FindIndex(lines, l => l.Contains(original, StringComparison.Ordinal));
        lines[line] = lines[line].Replace(original, replacement);
        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(string.Join("\n", lines)), file));
        error.Line.ShouldBe(line + 1, error.Format());
        error.Column.ShouldBeGreaterThan(1, error.Format());
        return error;
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("1e308")]
    [InlineData("2e18")]
    [InlineData("0e99999")] // an exponent past double's range: refused rather than read as NaN
    [InlineData("400 digits")]
    [InlineData("157.5")]
    public void An_implausible_sector_count_is_a_located_error(string value)
    {
        var text = value == "400 digits" ? "9" + new string('0', 399) : value;
        var error = ImportWith("ncu-details.csv", "\"157,911\"", "\"" + text + "\"");
        error.Id.ShouldBe(WorkloadDiagnosticIds.InvalidValue, error.Format());
    }

    [Fact]
    public void An_invocation_count_that_overflows_is_a_located_error()
    {
        var error = ImportWith("nvprof-summary.csv", "\",4,\"l2_read_transactions\"", "\",99999999999999999999999,\"l2_read_transactions\"");
        error.Id.ShouldBe(WorkloadDiagnosticIds.InvalidValue, error.Format());
        error.Message.ShouldContain("invocations");
    }
}

/// <summary>What the importer opens (issue 14, item 6): only regular files, and lines of bounded length,
/// so a FIFO cannot hang it and a file without newlines cannot exhaust memory.</summary>
public class ProfileFileTests
{
    [Fact]
    public void A_line_longer_than_the_cap_is_a_located_error_not_a_growing_buffer()
    {
        var text = new string('a', CsvLimits.MaxLineChars + 10);
        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(text), "long.csv"));
        error.Id.ShouldBe(WorkloadDiagnosticIds.MalformedCsv);
        (error.Line, error.Column).ShouldBe((1, 1));
        error.Message.ShouldContain(CsvLimits.MaxLineChars.ToString());
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("a FIFO")]
    [InlineData("a folder")]
    public void Only_regular_files_are_opened(string kind)
    {
        var folder = Directory.CreateTempSubdirectory("deepnvm-profile-").FullName;
        try
        {
            var path = kind switch
            {
                "a FIFO" => MakeFifo(Path.Combine(folder, "trace.csv")),
                "a folder" => folder,
                _ => kind,
            };
            var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(path));
            error.Id.ShouldBe(WorkloadDiagnosticIds.ProfileNotFound);
            error.Message.ShouldContain(kind == "a folder" ? "folder" : "not a regular file");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", path)!;
        mkfifo.WaitForExit();
        return path;
    }
}
