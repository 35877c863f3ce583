using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study's report folder: every table as Markdown and CSV, report.json, the SVG charts, a
/// report.md with everything, and index.html that shows it all without any other file. The folder is
/// written as a whole (<see cref="ReportFolder"/>): a reader never sees old and new files mixed.</summary>
public static class ReportWriter
{
    /// <summary>Checks and locks <paramref name="folder"/>, writes the report and swaps it in.</summary>
    /// <returns>The files written, relative to <paramref name="folder"/>, in writing order.</returns>
    /// <param name="uncertainty">A Monte Carlo run of the study: its table joins the others, its intervals the JSON.</param>
    /// <exception cref="ReportFolderException">the folder cannot be written.</exception>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty = null)
    {
        using var destination = ReportFolder.Open(folder);
        return Write(result, destination, uncertainty);
    }

    /// <summary>Writes the report into a folder opened (checked and locked) before the study ran, and commits it.</summary>
    /// <param name="extra">More files the command adds (name, text), written before the folder is committed.</param>
    public static IReadOnlyList<string> Write(StudyResult result, ReportFolder folder, MonteCarloResult? uncertainty = null,
        IEnumerable<(string Name, string Text)>? extra = null)
    {
        void Put(string name, string text) => folder.Put(name, text);

        var tables = StudyTables.All(result).ToList();
        if (uncertainty is not null)
        {
            tables.Insert(1, UncertaintyReport.Table(uncertainty));
        }

        foreach (var table in tables)
        {
            Put(table.Id + ".md", "# " + result.Name + "\n\n" + table.ToMarkdown());
            Put(table.Id + ".csv", table.ToCsv());
        }

        Put("report.json", StudyJson.Write(result, uncertainty));
        var charts = StudyCharts.All(result);
        foreach (var chart in charts)
        {
            Put(chart.Id + ".svg", chart.Svg);
        }

        Put("report.md", Markdown(result, tables, charts));
        Put("index.html", HtmlReport.Write(result, tables, charts));
        foreach (var (name, text) in extra ?? Enumerable.Empty<(string, string)>())
        {
            Put(name, text);
        }

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
