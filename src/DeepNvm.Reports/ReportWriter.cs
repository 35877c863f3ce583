using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>A study's report folder: every table as Markdown and CSV, report.json, the SVG charts, a
/// report.md with everything, and index.html that shows it all without any other file. The folder is
/// written as a whole (<see cref="ReportFolder"/>): a reader never sees old and new files mixed.</summary>
public static class ReportWriter
{
    /// <summary>Checks and locks <paramref name="folder"/>, writes the report and swaps it in.</summary>
    /// <returns>The files written, relative to <paramref name="folder"/>, in writing order.</returns>
    /// <exception cref="ReportFolderException">the folder cannot be written.</exception>
    public static IReadOnlyList<string> Write(StudyResult result, string folder)
    {
        using var destination = ReportFolder.Open(folder);
        return Write(result, destination);
    }

    /// <summary>Writes the report into a folder opened (checked and locked) before the study ran, and commits it.</summary>
    public static IReadOnlyList<string> Write(StudyResult result, ReportFolder folder)
    {
        void Put(string name, string text) => folder.Put(name, text);

        var tables = StudyTables.All(result);
        foreach (var table in tables)
        {
            Put(table.Id + ".md", "# " + result.Name + "\n\n" + table.ToMarkdown());
            Put(table.Id + ".csv", table.ToCsv());
        }

        Put("report.json", StudyJson.Write(result));
        var charts = StudyCharts.All(result);
        foreach (var chart in charts)
        {
            Put(chart.Id + ".svg", chart.Svg);
        }

        Put("report.md", Markdown(result, tables, charts));
        Put("index.html", HtmlReport.Write(result, tables, charts));
        folder.Commit();
        return folder.Files;
    }

    private static string Markdown(StudyResult result, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts)
    {
        var text = new System.Text.StringBuilder();
        text.Append("# ").Append(result.Name).Append("\n\n").Append(StudyTables.Settings(result)).Append("\n\n");
        foreach (var chart in charts)
        {
            text.Append("![").Append(chart.Title).Append("](").Append(chart.Id).Append(".svg)\n\n");
        }

        foreach (var table in tables)
        {
            text.Append(table.ToMarkdown()).Append('\n');
        }

        return text.ToString();
    }
}
