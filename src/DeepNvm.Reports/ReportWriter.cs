using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study's report folder: every table as Markdown and CSV, report.json, the SVG charts, a
/// report.md with everything, and index.html that shows it all without any other file. Every file is
/// written atomically.</summary>
public static class ReportWriter
{
    /// <returns>The files written, relative to <paramref name="folder"/>, in writing order.</returns>
    /// <param name="uncertainty">A Monte Carlo run of the study: its table joins the others, its intervals the JSON.</param>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty = null)
    {
        var written = new List<string>();
        void Put(string name, string text)
        {
            AtomicFile.WriteAllText(Path.Combine(folder, name), text);
            written.Add(name);
        }

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
        return written;
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
