using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study's report folder: every table as Markdown and CSV, tidy.csv (every number, long
/// format), report.json and provenance.json, each chart as SVG and as PNG at 2×, a report.md with
/// everything, and index.html that shows it all without any other file and links to every file. Every
/// file is written atomically.</summary>
public static class ReportWriter
{
    /// <returns>The files written, relative to <paramref name="folder"/>, in writing order.</returns>
    /// <param name="uncertainty">A Monte Carlo run of the study: its table joins the others, its intervals the JSON.</param>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty = null) =>
        Write(result, folder, uncertainty, ReportProvenance.Unknown);

    /// <summary>The report with its provenance (tool, version, inputs' digest, settings, date unless deterministic).</summary>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, ReportProvenance provenance) => Write(result, folder, null, provenance);

    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty, ReportProvenance provenance)
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

        Put("tidy.csv", TidyCsv.Write(result));
        Put("report.json", StudyJson.Write(result, uncertainty, provenance));
        Put("provenance.json", provenance.ToJson(result));
        var charts = StudyCharts.All(result);
        foreach (var chart in charts)
        {
            Put(chart.Id + ".svg", chart.Svg);
            if (chart.Png is { } png)
            {
                AtomicFile.WriteAllBytes(Path.Combine(folder, chart.Id + ".png"), png);
                written.Add(chart.Id + ".png");
            }
        }

        Put("report.md", Markdown(result, tables, charts));
        written.Add("index.html");
        Put("index.html", HtmlReport.Write(result, tables, charts, provenance, written.ToArray()));
        written.RemoveAt(written.Count - 1);
        return written;
    }

    private static string Markdown(StudyResult result, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts)
    {
        var text = new System.Text.StringBuilder();
        text.Append("# ").Append(result.Name).Append("\n\n").Append(StudyTables.Settings(result)).Append("\n\n");
        foreach (var chart in charts)
        {
            text.Append("![").Append(chart.Title).Append("](").Append(chart.Id).Append(".svg)\n\n").Append(chart.Caption).Append("\n\n");
        }

        foreach (var table in tables)
        {
            text.Append(table.ToMarkdown()).Append('\n');
        }

        return text.ToString();
    }
}
