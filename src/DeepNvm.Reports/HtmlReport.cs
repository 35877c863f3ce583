using System.Text;
using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>One self-contained HTML page: inline CSS, inline SVG charts (values on hover, through SVG
/// titles), the tables, links to every file of the report folder, and the provenance in the footer. No
/// scripts and no external URLs, so it opens from disk in any browser.</summary>
public static class HtmlReport
{
    public static string Write(StudyResult r, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts) =>
        Write(r, tables, charts, ReportProvenance.Unknown, Array.Empty<string>());

    /// <param name="files">The report folder's files, relative to the page, to link to.</param>
    public static string Write(StudyResult r, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts, ReportProvenance provenance, IReadOnlyList<string> files)
    {
        var links = files.ToHashSet(StringComparer.Ordinal);
        string Link(string file, string text) => links.Contains(file) ? "<a href=\"" + Svg.Esc(file) + "\">" + Svg.Esc(text) + "</a>" : "";
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        h.Append("<title>").Append(Svg.Esc(r.Name)).Append(" — DeepNvm.Dsl study report</title>\n");
        h.Append("<style>\nbody{font-family:Arial,'Liberation Sans',Helvetica,sans-serif;margin:2em auto;max-width:960px;color:#222;padding:0 1em;line-height:1.4}\n")
         .Append("table{border-collapse:collapse;margin:0.5em 0 0.5em;font-size:13px}\nth,td{border:1px solid #ccc;padding:3px 8px}\n")
         .Append("th{background:#f3f3f3}\ntd.n{text-align:right;font-variant-numeric:tabular-nums}\nfigure{margin:1.5em 0}\nfigure svg{max-width:100%;height:auto;display:block}\n")
         .Append("figcaption{font-size:13px;color:#444;max-width:900px}\n.note,.files,footer{color:#555;font-size:13px}\n.files a,figcaption a{margin-right:0.6em}\n")
         .Append("footer{border-top:1px solid #ccc;margin-top:2em;padding-top:0.5em}\n</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(Svg.Esc(r.Name)).Append("</h1>\n");
        h.Append("<p>").Append(Svg.Esc(string.Join(", ", r.Technologies.Select(t => t.Name)))).Append(" against ").Append(Svg.Esc(r.Baseline))
         .Append(" on ").Append(Svg.Esc(r.Platform)).Append(", ").Append(Svg.Esc(Numbers.Bytes(r.BaselineCapacityBytes))).Append(" L2, ")
         .Append(StudyTables.Count(r.Workloads.Count, "workload")).Append(".</p>\n");
        h.Append("<p class=\"note\">").Append(Svg.Esc(StudyTables.Settings(r))).Append(" Point at a bar, a point or a marker line to read its value.</p>\n");
        var n = 0;
        foreach (var chart in charts)
        {
            n++;
            h.Append("<figure id=\"").Append(chart.Id).Append("\">\n").Append(chart.Svg).Append("<figcaption><b>Figure ").Append(n).Append(".</b> ")
             .Append(Svg.Esc(chart.Caption)).Append(' ').Append(Link(chart.Id + ".svg", "SVG")).Append(Link(chart.Id + ".png", "PNG (2×)")).Append("</figcaption>\n</figure>\n");
        }

        foreach (var table in tables)
        {
            h.Append("<h2 id=\"").Append(table.Id).Append("\">").Append(Svg.Esc(table.Title)).Append("</h2>\n<table>\n<tr>");
            foreach (var column in table.Columns)
            {
                h.Append("<th>").Append(Svg.Esc(column)).Append("</th>");
            }

            h.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                h.Append("<tr>");
                for (var i = 0; i < row.Count; i++)
                {
                    h.Append(table.IsNumeric(i) ? "<td class=\"n\">" : "<td>").Append(Svg.Esc(row[i])).Append("</td>");
                }

                h.Append("</tr>\n");
            }

            h.Append("</table>\n");
            if (table.Note is not null)
            {
                h.Append("<p class=\"note\">").Append(Svg.Esc(table.Note)).Append("</p>\n");
            }

            var own = Link(table.Id + ".csv", "CSV") + Link(table.Id + ".md", "Markdown");
            if (own.Length > 0)
            {
                h.Append("<p class=\"files\">").Append(own).Append("</p>\n");
            }
        }

        if (r.Warnings.Count > 0)
        {
            h.Append("<h2>Model warnings</h2>\n<ul>\n");
            foreach (var w in r.Warnings)
            {
                h.Append("<li>").Append(Svg.Esc(w)).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        if (files.Count > 0)
        {
            h.Append("<h2 id=\"files\">Files</h2>\n<p class=\"files\">");
            foreach (var file in files)
            {
                h.Append(Link(file, file)).Append(' ');
            }

            h.Append("</p>\n<p class=\"note\">tidy.csv has every number in long format (study, comparison, technology, workload, phase, capacity_bytes, metric, value); the other CSV files are the tables above at full precision, with capacities in bytes.</p>\n");
        }

        h.Append("<footer>").Append(Svg.Esc(provenance.Line(r))).Append("</footer>\n");
        h.Append("</body>\n</html>\n");
        return h.ToString();
    }
}
