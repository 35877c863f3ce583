using DeepNvm.Reports;
using DeepNvm.Studies;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DeepNvm.Cli.Commands;

/// <summary>Terminal output shared by study, eval and sweep: Spectre.Console tables and a progress bar
/// on an interactive terminal, aligned plain text when the output is redirected or captured.</summary>
internal static class StudyConsole
{
    /// <summary>Whether the real console is an interactive terminal (tables and progress bars).</summary>
    public static bool Interactive => !System.Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Whether <paramref name="output"/> is the real console on an interactive terminal.</summary>
    public static bool IsInteractive(TextWriter output) => ReferenceEquals(output, System.Console.Out) && Interactive;

    public static void Write(ReportTable table, TextWriter output, bool rich)
    {
        if (!rich)
        {
            output.WriteLine(table.ToPlainText());
            return;
        }

        var console = ConsoleFor(output);
        var t = new Table { Title = new TableTitle(Markup.Escape(table.Title)), Border = TableBorder.Rounded };
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(table.Columns[i]));
            if (table.IsNumeric(i))
            {
                column.RightAligned();
            }

            t.AddColumn(column);
        }

        foreach (var row in table.Rows)
        {
            t.AddRow(row.Select(cell => (IRenderable)new Text(cell)).ToArray());
        }

        if (table.Note is not null)
        {
            t.Caption = new TableTitle(Markup.Escape(table.Note));
        }

        console.Write(t);
        console.WriteLine();
    }

    /// <summary>Runs <paramref name="work"/> under a progress bar when <paramref name="rich"/>; otherwise
    /// (redirected output, --json) a long run reports its progress as plain lines on <paramref name="error"/>
    /// (<see cref="PlainProgress"/>), so stdout stays the tables or the one JSON object.</summary>
    public static T WithProgress<T>(bool rich, TextWriter error, string description, Func<IProgress<StudyProgress>?, T> work)
    {
        if (!rich)
        {
            var plain = new PlainProgress(error, description, PlainProgress.DefaultInterval);
            var value = work(plain);
            plain.Finish();
            return value;
        }

        T result = default!;
        AnsiConsole.Progress().AutoClear(true).Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask(Markup.Escape(description));
                result = work(new Reporter(task));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static IAnsiConsole ConsoleFor(TextWriter output) => ReferenceEquals(output, System.Console.Out)
        ? AnsiConsole.Console
        : AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });

    private sealed class Reporter(ProgressTask task) : IProgress<StudyProgress>
    {
        public void Report(StudyProgress value)
        {
            lock (task)
            {
                task.MaxValue = value.Total;
                task.Value = Math.Max(task.Value, value.Done);
            }
        }
    }
}
