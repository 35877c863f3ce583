using System.Diagnostics;
using DeepNvm.Reports;

namespace DeepNvm.Cli.Tests;

/// <summary>The report folder under kill -9 and concurrent runs (issue 14, item 8), with the real
/// `deepnvm` process: two studies take turns writing one folder, so a folder with files of both, or a
/// manifest that does not match the files, is a corrupt report.</summary>
public class ReportFolderCrashTests
{
    private static readonly string Cli = Path.Combine(RepositoryPaths.Root, "src", "DeepNvm.Cli", "bin",
        new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, "net10.0", "deepnvm.dll");

    private static string TwoStudies()
    {
        var text = StudyTestProject.Text;
        return text + "\n" + text.Substring(text.IndexOf("study SmallStudy", StringComparison.Ordinal)).Replace("SmallStudy", "OtherStudy");
    }

    private static Process Start(string file, string study, string folder)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Cli, "study", file, "--study", study, "--json", "--out", folder })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    private static (int Code, string Err) Finish(Process process)
    {
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    /// <summary>Absent, or one study's complete report: the manifest lists exactly the files there,
    /// and every Markdown file is headed by the same study.</summary>
    private static void ShouldBeWhole(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var manifest = Path.Combine(folder, ReportFolder.ManifestName);
        File.Exists(manifest).ShouldBeTrue("a report folder without its manifest");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n != ReportFolder.ManifestName).OrderBy(n => n, StringComparer.Ordinal);
        File.ReadAllLines(manifest).OrderBy(n => n, StringComparer.Ordinal).ShouldBe(files);
        Directory.GetFiles(folder, "*.md").Select(f => File.ReadLines(f).First()).Distinct().Count().ShouldBe(1, "files of two runs mixed");
    }

    [Fact]
    public void Kill_9_at_any_moment_leaves_the_old_report_or_the_new_one()
    {
        using var project = new StudyTestProject(TwoStudies());
        var folder = Path.Combine(project.Directory, "report");
        var clock = Stopwatch.StartNew();
        Finish(Start(project.File, "SmallStudy", folder)).Code.ShouldBe(0);
        var fullRun = clock.Elapsed;

        for (var round = 0; round < 6; round++)
        {
            // kill late in the run, where the report is written
            using var run = Start(project.File, round % 2 == 0 ? "OtherStudy" : "SmallStudy", folder);
            Thread.Sleep(fullRun * (0.6 + 0.08 * round));
            if (!run.HasExited)
            {
                run.Kill();
            }

            run.WaitForExit();
            ShouldBeWhole(folder);
        }

        Finish(Start(project.File, "OtherStudy", folder)).Code.ShouldBe(0);
        ShouldBeWhole(folder);
        Directory.GetFileSystemEntries(project.Directory, ".report.*").Select(Path.GetFileName).ShouldBe(new[] { ".report.lock" }, "leftovers of killed runs are cleaned");
    }

    [Fact]
    public void Two_runs_into_one_folder_never_both_write_it()
    {
        using var project = new StudyTestProject(TwoStudies());
        var folder = Path.Combine(project.Directory, "report");

        using var first = Start(project.File, "SmallStudy", folder);
        using var second = Start(project.File, "OtherStudy", folder);
        var results = new[] { Finish(first), Finish(second) };

        results.ShouldContain(r => r.Code == 0);
        foreach (var (code, error) in results.Where(r => r.Code != 0))
        {
            code.ShouldBe(ExitCodes.Usage, error);
            error.ShouldContain("another deepnvm run is writing this folder");
        }

        ShouldBeWhole(folder);
    }
}
