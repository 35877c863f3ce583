using System.Text;
using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>One self-contained HTML page: inline CSS, inline SVG charts, the tables; no scripts and no
/// external URLs, so it opens from disk in any browser.</summary>
public static class HtmlReport
{
    public static string Write(StudyResult r, IReadOnlyList<ReportTable> tables, IReadOnlyList<Chart> charts)
    {
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        h.Append("<title>").Append(Svg.Esc(r.Name)).Append(" — DeepNvm.Dsl study report</title>\n");
        h.Append("<style>\nbody{font-family:sans-serif;margin:2em auto;max-width:1000px;color:#222;padding:0 1em}\n")
         .Append("table{border-collapse:collapse;margin:0.5em 0 1.5em;font-size:13px}\nth,td{border:1px solid #ccc;padding:3px 8px}\n")
         .Append("th{background:#f3f3f3}\ntd.n{text-align:right;font-variant-numeric:tabular-nums}\nfigure{margin:1em 0}\nsvg{max-width:100%;height:auto}\n")
         .Append(".note{color:#555;font-size:13px}\n</style>\n</head>\n<body>\n");
        h.Append("<h1>").Append(Svg.Esc(r.Name)).Append("</h1>\n");
        h.Append("<p>").Append(Svg.Esc(string.Join(", ", r.Technologies.Select(t => t.Name)))).Append(" against ").Append(Svg.Esc(r.Baseline))
         .Append(" on ").Append(Svg.Esc(r.Platform)).Append(", ").Append(Svg.Esc(Numbers.Bytes(r.BaselineCapacityBytes))).Append(" L2, ")
         .Append(StudyTables.Count(r.Workloads.Count, "workload")).Append(".</p>\n");
        h.Append("<p class=\"note\">").Append(Svg.Esc(StudyTables.Settings(r))).Append("</p>\n");
        foreach (var chart in charts)
        {
            h.Append("<figure id=\"").Append(chart.Id).Append("\">\n").Append(chart.Svg).Append("<figcaption>").Append(Svg.Esc(chart.Title)).Append("</figcaption>\n</figure>\n");
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

        h.Append("</body>\n</html>\n");
        return h.ToString();
    }
}
