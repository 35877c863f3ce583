using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study's report folder: every table as Markdown and CSV, tidy.csv (every number, long
/// format), report.json and provenance.json, each chart as SVG and as PNG at 2×, a report.md with
/// everything, and index.html that shows it all without any other file and links to every file. The
/// folder is written as a whole (<see cref="ReportFolder"/>): a reader never sees old and new files mixed.</summary>
public static class ReportWriter
{
    /// <summary>Checks and locks <paramref name="folder"/>, writes the report and swaps it in.</summary>
    /// <returns>The files written, relative to <paramref name="folder"/>, in writing order.</returns>
    /// <param name="uncertainty">A Monte Carlo run of the study: its table joins the others, its intervals the JSON.</param>
    /// <exception cref="ReportFolderException">the folder cannot be written.</exception>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty = null) =>
        Write(result, folder, uncertainty, ReportProvenance.Unknown);

    /// <summary>The report with its provenance (tool, version, inputs' digest, settings, date unless deterministic).</summary>
    public static IReadOnlyList<string> Write(StudyResult result, string folder, ReportProvenance provenance) => Write(result, folder, null, provenance);

    public static IReadOnlyList<string> Write(StudyResult result, string folder, MonteCarloResult? uncertainty, ReportProvenance provenance)
    {
        using var destination = ReportFolder.Open(folder);
        return Write(result, destination, uncertainty, provenance: provenance);
    }

    /// <summary>Writes the report into a folder opened (checked and locked) before the study ran, and commits it.</summary>
    /// <param name="extra">More files the command adds (name, text), written before the folder is committed.</param>
    /// <param name="analyses">Tables and charts of analyses around the study (scenarios, published figures placed, what it
    /// takes): each table follows the study's first table and is written as Markdown and CSV, each chart follows the
    /// study's charts; index.html and report.md show them all.</param>
    public static IReadOnlyList<string> Write(StudyResult result, ReportFolder folder, MonteCarloResult? uncertainty = null,
        IEnumerable<(string Name, string Text)>? extra = null, ReportProvenance? provenance = null, ReportAnalyses? analyses = null)
    {
        provenance ??= ReportProvenance.Unknown;
        analyses ??= ReportAnalyses.None;
        var more = (extra ?? Enumerable.Empty<(string, string)>()).ToArray();
        void Put(string name, string text) => folder.Put(name, text);

        var tables = Tables(result, uncertainty, analyses);
        foreach (var table in tables)
        {
            Put(table.Id + ".md", "# " + result.Name + "\n\n" + table.ToMarkdown());
            Put(table.Id + ".csv", table.ToCsv());
        }

        Put("tidy.csv", TidyCsv.Write(result));
        Put("report.json", StudyJson.Write(result, uncertainty, provenance));
        Put("provenance.json", provenance.ToJson(result));
        var charts = StudyCharts.All(result).Concat(uncertainty is null ? Array.Empty<Chart>() : UncertaintyReport.Charts(uncertainty, result.Baseline))
            .Concat(analyses.Charts).ToArray();
        foreach (var chart in charts)
        {
            Put(chart.Id + ".svg", chart.Svg);
            if (chart.Png is { } png)
            {
                folder.Put(chart.Id + ".png", png);
            }
        }

        Put("report.md", Markdown(result, tables, charts));
        var links = folder.Files.Append("index.html").Concat(more.Select(m => m.Item1)).ToArray();
        Put("index.html", HtmlReport.Write(result, tables, charts, provenance, links));
        foreach (var (name, text) in more)
        {
            Put(name, text);
        }

        folder.Commit();
        return folder.Files;
    }

    /// <summary>The report's tables in order, as the terminal shows them too: the study's first table, the analyses'
    /// tables, the Monte Carlo table, then the rest of the study's.</summary>
    public static IReadOnlyList<ReportTable> Tables(StudyResult result, MonteCarloResult? uncertainty, ReportAnalyses? analyses)
    {
        var tables = StudyTables.All(result).ToList();
        var at = Math.Min(1, tables.Count);
        if (uncertainty is not null)
        {
            tables.Insert(at, UncertaintyReport.Table(uncertainty));
        }

        tables.InsertRange(at, (analyses ?? ReportAnalyses.None).Tables);
        return tables;
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

/// <summary>Tables and charts of the analyses a command ran around a study, for its report (see <see cref="ReportWriter"/>).</summary>
public sealed record ReportAnalyses(IReadOnlyList<ReportTable> Tables, IReadOnlyList<Chart> Charts)
{
    public static ReportAnalyses None { get; } = new(Array.Empty<ReportTable>(), Array.Empty<Chart>());
}
