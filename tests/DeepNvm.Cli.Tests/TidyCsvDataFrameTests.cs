using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>A report's tidy.csv as a data-frame engine reads it with no cleaning: DuckDB's automatic CSV reader
/// (the one a notebook's <c>read_csv</c> is modelled on) infers integer capacities and double values, every row.</summary>
public class TidyCsvDataFrameTests
{
    [Fact]
    public void DuckDB_reads_every_row_of_tidy_csv_with_numeric_capacity_and_value_columns()
    {
        using var project = new StudyTestProject();
        var folder = Path.Combine(project.Directory, "report");
        StudyCommand.Run(new StudyOptions(project.File) { Out = folder, Deterministic = true }, new StringWriter(), new StringWriter(), false)
            .ShouldBe(ExitCodes.Ok);
        var tidy = Path.Combine(folder, "tidy.csv");
        var lines = File.ReadAllLines(tidy).Length;

        var types = DuckDb.Query($"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_csv_auto('{tidy}'))")
            .ToDictionary(r => r[0], r => r[1]);
        types["capacity_bytes"].ShouldBe("BIGINT");
        types["value"].ShouldBe("DOUBLE");
        DuckDb.Query($"SELECT count(*), count(value), count(capacity_bytes) FROM read_csv_auto('{tidy}')").Single()
            .ShouldBe([(lines - 1).ToString(), (lines - 1).ToString(), (lines - 1).ToString()]);
        DuckDb.Query($"SELECT count(*) FROM read_csv_auto('{tidy}') WHERE metric = 'edp_reduction' AND value <= 0").Single().ShouldBe(["0"]);
    }
}
