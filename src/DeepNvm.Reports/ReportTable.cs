using System.Globalization;
using System.Text;

namespace DeepNvm.Reports;

/// <summary>A table of a report: one source for the terminal, Markdown, CSV and HTML renderings.</summary>
/// <param name="Id">File stem (<c>iso-capacity</c> → iso-capacity.md, iso-capacity.csv).</param>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note = null)
{
    /// <summary>The CSV's header when it differs from <see cref="Columns"/> (a capacity becomes bytes
    /// and a label); null: the columns.</summary>
    public IReadOnlyList<string>? CsvColumns { get; init; }

    /// <summary>The CSV's rows when they differ from <see cref="Rows"/>: numbers at full (round-trip)
    /// precision, capacities in bytes, empty cells for missing values; null: the rows.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? CsvRows { get; init; }

    /// <summary>Columns whose cells are numbers (right-aligned).</summary>
    public bool IsNumeric(int column) => Rows.Count > 0 && Rows.All(r => column < r.Count && LooksNumeric(r[column]));

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("## ").Append(Title).Append("\n\n");
        text.Append("| ").Append(string.Join(" | ", Columns.Select(EscapeMarkdown))).Append(" |\n");
        text.Append('|').Append(string.Concat(Columns.Select((_, i) => IsNumeric(i) ? "---:|" : "---|"))).Append('\n');
        foreach (var row in Rows)
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(EscapeMarkdown))).Append(" |\n");
        }

        if (Note is not null)
        {
            text.Append('\n').Append(Note).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>RFC 4180 CSV with a header row; fields with commas, quotes or line breaks are quoted.</summary>
    public string ToCsv()
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", (CsvColumns ?? Columns).Select(Csv))).Append("\r\n");
        foreach (var row in CsvRows ?? Rows)
        {
            text.Append(string.Join(",", row.Select(Csv))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Aligned plain text for a terminal that is not interactive (redirected output).</summary>
    public string ToPlainText()
    {
        var widths = Columns.Select((c, i) => Math.Max(c.Length, Rows.Count == 0 ? 0 : Rows.Max(r => i < r.Count ? r[i].Length : 0))).ToArray();
        var text = new StringBuilder();
        text.Append(Title).Append('\n');
        void Line(IReadOnlyList<string> cells)
        {
            for (var i = 0; i < widths.Length; i++)
            {
                var cell = i < cells.Count ? cells[i] : "";
                text.Append(i == 0 ? "  " : "  ").Append(IsNumeric(i) ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i]));
            }

            text.Append('\n');
        }

        Line(Columns);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in Rows)
        {
            Line(row);
        }

        if (Note is not null)
        {
            text.Append("  ").Append(Note).Append('\n');
        }

        return text.ToString();
    }

    private static bool LooksNumeric(string s) =>
        s.Length > 0 && (double.TryParse(s.TrimEnd('×', '%'), NumberStyles.Float, CultureInfo.InvariantCulture, out _) || s == "—");

    private static string EscapeMarkdown(string s) => s.Replace("|", "\\|");

    internal static string Csv(string s) =>
        s.IndexOfAny(new[] { ',', '"', '\n', '\r' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
}
