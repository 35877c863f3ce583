using System.Globalization;

namespace DeepNvm.Reports;

/// <summary>Cells that print one way for people (Markdown, HTML, terminal: two decimals, "14.55 MB",
/// "—") and another for analysis (CSV: round-trip precision, capacities in bytes beside their label,
/// an empty cell for a missing value). One table, two renderings from the same numbers.</summary>
public static class CsvCells
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A cell: what people read and the CSV field(s) it becomes.</summary>
    public sealed record Cell(string Show, IReadOnlyList<string> Csv);

    /// <summary>A column: its header and the CSV header(s) it becomes.</summary>
    public sealed record Column(string Header, IReadOnlyList<string> Csv);

    public static Column Col(string header) => new(header, new[] { header });

    public static Column[] Cols(params string[] headers) => headers.Select(Col).ToArray();

    /// <summary>A capacity column: bytes (a number) and the label, in the CSV.</summary>
    public static Column CapacityCol(string header) => new(header, new[] { header + " (bytes)", header });

    public static Cell Text(string text) => new(text, new[] { text });

    /// <summary>A value in full precision (shortest round-trip form), empty when missing or not finite.</summary>
    public static string Full(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", Inv) : "";

    public static Cell Number(double? value, Func<double, string> show) =>
        new(value is { } v ? show(v) : "—", new[] { Full(value) });

    public static Cell Ratio(double? value) => Number(value, Numbers.Ratio);

    /// <summary>A value in a column's unit (<paramref name="scale"/> from SI): a few decimals shown, full precision in CSV.</summary>
    public static Cell Fixed(double value, double scale, int decimals = 3) =>
        new(Numbers.Fixed(value, scale, decimals), new[] { Full(value * scale) });

    public static Cell Capacity(long? bytes) =>
        bytes is { } b ? new(Numbers.Bytes(b), new[] { b.ToString(Inv), Numbers.Bytes(b) }) : new("—", new[] { "", "" });

    public static ReportTable Table(string id, string title, IReadOnlyList<Column> columns, IEnumerable<Cell[]> rows, string? note = null)
    {
        var list = rows.ToArray();
        return new ReportTable(id, title, columns.Select(c => c.Header).ToArray(), list.Select(r => (IReadOnlyList<string>)r.Select(c => c.Show).ToArray()).ToArray(), note)
        {
            CsvColumns = columns.SelectMany(c => c.Csv).ToArray(),
            CsvRows = list.Select(r => (IReadOnlyList<string>)r.SelectMany(c => c.Csv).ToArray()).ToArray(),
        };
    }
}
