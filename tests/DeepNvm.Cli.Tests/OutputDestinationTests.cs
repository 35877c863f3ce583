using DeepNvm.Cli.Commands;
using DeepNvm.Reports;

namespace DeepNvm.Cli.Tests;

/// <summary>Where commands write (issue 14, items 3 and 8): a destination that cannot be written is
/// refused before the run, with one line and exit code 2; a report folder is replaced as a whole, and
/// a second run into a folder in use is refused.</summary>
public class OutputDestinationTests
{
    private static (int Code, string Out, string Err) Study(string file, string? folder)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(new StudyOptions(file) { Out = folder }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static TheoryData<string> Unwritable => new()
    {
        "a file",
        "a parent that is a file",
        "/dev/null",
        "/proc/deepnvm-report",
        "a 300-character name",
        "",
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void An_unwritable_out_folder_is_refused_before_the_study_runs(string kind)
    {
        using var project = new StudyTestProject();
        var folder = kind switch
        {
            "a file" => project.File,
            "a parent that is a file" => Path.Combine(project.File, "report"),
            "a 300-character name" => Path.Combine(project.Directory, new string('r', 300)),
            _ => kind,
        };
        var before = File.ReadAllText(project.File);
        var working = Directory.GetFiles(Environment.CurrentDirectory).Length;

        var (code, output, error) = Study(project.File, folder);

        code.ShouldBe(ExitCodes.Usage, error);
        output.ShouldBeEmpty("nothing is evaluated or printed");
        error.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("deepnvm study: --out: cannot write the report folder");
        File.ReadAllText(project.File).ShouldBe(before);
        Directory.GetFiles(Environment.CurrentDirectory).Length.ShouldBe(working, "--out \"\" writes nothing into the working folder");
    }

    [Fact]
    public void Missing_folders_on_the_way_are_created()
    {
        using var project = new StudyTestProject();
        var folder = Path.Combine(project.Directory, "reports", "2026", "small");

        var (code, _, error) = Study(project.File, folder);

        code.ShouldBe(ExitCodes.Ok, error);
        File.Exists(Path.Combine(folder, ReportFolder.ManifestName)).ShouldBeTrue();
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_read_only_parent_is_refused_unless_the_user_can_write_anyway()
    {
        using var project = new StudyTestProject();
        var locked = Path.Combine(project.Directory, "locked");
        Directory.CreateDirectory(locked);
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var writable = CanCreateFileIn(locked); // root writes anywhere
            var (code, _, error) = Study(project.File, Path.Combine(locked, "report"));
            code.ShouldBe(writable ? ExitCodes.Ok : ExitCodes.Usage, error);
            if (!writable)
            {
                error.ShouldContain("is not writable");
            }
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void A_folder_with_other_files_is_not_replaced()
    {
        using var project = new StudyTestProject();
        var (code, _, error) = Study(project.File, project.Directory);

        code.ShouldBe(ExitCodes.Usage, error);
        error.ShouldContain("not a deepnvm report");
        File.Exists(project.File).ShouldBeTrue();
    }

    [Fact]
    public void A_report_folder_is_replaced_as_a_whole_with_a_manifest_written_last()
    {
        using var project = new StudyTestProject();
        var folder = Path.Combine(project.Directory, "report");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "stale.csv"), "from an older run");
        Directory.CreateDirectory(Path.Combine(project.Directory, ".report.0badf00d.tmp")); // left by a killed run

        var (code, _, error) = Study(project.File, folder);

        code.ShouldBe(ExitCodes.Ok, error);
        File.Exists(Path.Combine(folder, "stale.csv")).ShouldBeFalse("the old folder is swapped out, not overwritten file by file");
        var manifest = File.ReadAllLines(Path.Combine(folder, ReportFolder.ManifestName));
        manifest.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(
            Directory.GetFiles(folder).Select(Path.GetFileName).Where(n => n != ReportFolder.ManifestName).OrderBy(n => n, StringComparer.Ordinal));
        Directory.GetDirectories(project.Directory, ".report.*").ShouldBeEmpty("a killed run's staging folder is removed");
    }

    [Fact]
    public void A_second_run_into_a_folder_in_use_is_refused()
    {
        using var project = new StudyTestProject();
        var folder = Path.Combine(project.Directory, "report");
        using (ReportFolder.Open(folder))
        {
            var (code, output, error) = Study(project.File, folder);

            code.ShouldBe(ExitCodes.Usage, error);
            output.ShouldBeEmpty();
            error.ShouldContain("another deepnvm run is writing this folder");
        }

        Study(project.File, folder).Code.ShouldBe(ExitCodes.Ok, "the lock goes with the run that held it");
    }

    [Theory]
    [InlineData("/dev/full")]
    [InlineData("a folder")]
    public void Export_and_import_refuse_a_target_that_is_not_a_regular_file(string target)
    {
        using var project = new StudyTestProject();
        var path = target == "a folder" ? project.Directory : target;
        var cell = Path.Combine(project.Directory, "x.cell");
        File.WriteAllText(cell, "MemCellType: SRAM\nCellArea (F^2): 146\nCellAspectRatio: 1.46\n");
        var error = new StringWriter();

        ExportCommand.Run(project.File, path, new StringWriter(), error).ShouldBe(ExitCodes.Usage, error.ToString());
        ImportCommand.RunNvsim(cell, path, new StringWriter(), error).ShouldBe(ExitCodes.Usage, error.ToString());

        error.ToString().ShouldContain("cannot write");
        if (target == "/dev/full")
        {
            new FileInfo("/dev/full").Length.ShouldBe(0, "the device node is still a device");
        }
    }

    private static bool CanCreateFileIn(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, "probe");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}

/// <summary>`import nvsim` never writes .nvm the front end rejects (issue 14, item 9).</summary>
public class ImportValidationTests
{
    [Theory]
    [InlineData("-ResistanceOff (ohm): 6000", "-ResistanceOff (ohm): 2000", "DNVM0402")]
    [InlineData("-CellArea (F^2): 54", "-CellArea (F^2): 100000", "DNVM0401")]
    public void A_cell_whose_nvm_the_front_end_rejects_is_not_written(string from, string to, string id)
    {
        var folder = Directory.CreateTempSubdirectory("deepnvm-import-").FullName;
        try
        {
            var cell = Path.Combine(folder, "bad.cell");
            File.WriteAllText(cell, File.ReadAllText(NvsimCommandTests.Data("stt_1t1mtj.cell")).Replace(from, to));
            var error = new StringWriter();

            var code = ImportCommand.RunNvsim(cell, null, new StringWriter(), error);

            code.ShouldBe(ExitCodes.Diagnostics, error.ToString());
            error.ToString().ShouldContain(id);
            error.ToString().ShouldStartWith(cell.Replace('\\', '/') + "(", Case.Sensitive, "located in the .cell");
            File.Exists(Path.ChangeExtension(cell, ".nvm")).ShouldBeFalse();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
