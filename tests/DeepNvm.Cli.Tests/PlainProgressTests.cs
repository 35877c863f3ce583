using DeepNvm.Cli.Commands;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Tests;

/// <summary>Progress without a terminal (redirected output, --json): plain lines on stderr for a long run,
/// nothing for a short one.</summary>
public class PlainProgressTests
{
    [Fact]
    public void A_long_run_reports_its_steps_and_its_end_on_stderr()
    {
        var error = new StringWriter();
        var progress = new PlainProgress(error, "Evaluating Paper", TimeSpan.Zero);

        progress.Report(new StudyProgress(3, 10, "caches"));
        progress.Report(new StudyProgress(7, 10, "workloads"));
        progress.Finish();

        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Length.ShouldBe(3);
        lines[0].ShouldStartWith("Evaluating Paper: 3/10 steps (30 %), ");
        lines[1].ShouldStartWith("Evaluating Paper: 7/10 steps (70 %), ");
        lines[2].ShouldStartWith("Evaluating Paper: 10/10 steps (100 %), ");
    }

    [Fact]
    public void Each_line_states_the_time_left_at_the_rate_so_far()
    {
        var error = new StringWriter();
        var now = TimeSpan.Zero;
        var progress = new PlainProgress(error, "Monte Carlo Paper", TimeSpan.FromSeconds(2), "samples", () => now);

        now = TimeSpan.FromSeconds(4);
        progress.Report(new StudyProgress(20, 100, "samples"));
        now = TimeSpan.FromSeconds(10);
        progress.Finish();

        error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ShouldBe(new[]
        {
            "Monte Carlo Paper: 20/100 samples (20 %), 4 s, about 16 s left",
            "Monte Carlo Paper: 100/100 samples (100 %), 10 s",
        });
    }

    [Fact]
    public void A_short_run_stays_quiet()
    {
        var error = new StringWriter();
        var progress = new PlainProgress(error, "Evaluating Paper", TimeSpan.FromHours(1));

        progress.Report(new StudyProgress(3, 10, "caches"));
        progress.Finish();

        error.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void Study_with_json_reports_through_the_plain_progress_not_the_terminal_bar()
    {
        var error = new StringWriter();
        var seen = new List<IProgress<StudyProgress>?>();

        StudyConsole.WithProgress(rich: false, error, "Evaluating X", p => { seen.Add(p); return 0; });

        seen.ShouldHaveSingleItem().ShouldBeOfType<PlainProgress>().Interval.ShouldBe(PlainProgress.DefaultInterval);
    }
}
