using System.Globalization;
using System.Text;
using System.Text.Json;
using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>The outputs of `deepnvm sensitivity` and `deepnvm solve`: JSON (docs/model-evaluation.md gives the
/// fields), tables for the terminal and Markdown, and the tornado chart.</summary>
public static class AnalysisReports
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>{"metric", "technology", "nominal", "inputs": [{"name", "low", "high", "metricAtLow", "metricAtHigh", "swing"[, "spearman"]}]}</c>, largest swing first.</summary>
    public static string SensitivityJson(StudyMetric metric, TornadoResult result) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("metric", metric.Metric);
        w.WriteString("technology", metric.Technology);
        Numbers.JsonNumber(w, "nominal", result.Nominal);
        w.WriteStartArray("inputs");
        foreach (var row in result.Rows)
        {
            w.WriteStartObject();
            w.WriteString("name", row.Name);
            Numbers.JsonNumber(w, "low", row.Low);
            Numbers.JsonNumber(w, "high", row.High);
            Numbers.JsonNumber(w, "metricAtLow", row.MetricAtLow);
            Numbers.JsonNumber(w, "metricAtHigh", row.MetricAtHigh);
            Numbers.JsonNumber(w, "swing", row.Swing);
            if (row.Spearman is { } rho)
            {
                Numbers.JsonNumber(w, "spearman", rho);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The tornado as a table: one row per input, largest swing first.</summary>
    public static ReportTable SensitivityTable(StudyMetric metric, TornadoResult result, IReadOnlyDictionary<string, string>? units = null)
    {
        var spearman = result.Rows.Any(r => r.Spearman is not null);
        var columns = new List<string> { "input", "low", "high", "metric at low", "metric at high", "swing" };
        if (spearman)
        {
            columns.Add("Spearman ρ");
        }

        // as the "what it takes" table reads them: an SI unit with its prefix (100 ps, 375 fJ), other units after the number (72 F^2)
        string Value(string name, double v) => units is not null && units.TryGetValue(name, out var u) && u.Length > 0 ? Numbers.Quantity(v, u) : Numbers.G(v);
        var rows = result.Rows.Select(r =>
        {
            var row = new List<string> { r.Name, Value(r.Name, r.Low), Value(r.Name, r.High), Numbers.G(r.MetricAtLow), Numbers.G(r.MetricAtHigh), Numbers.G(r.Swing) };
            if (spearman)
            {
                row.Add(r.Spearman is { } rho ? rho.ToString("0.00", Inv) : "—");
            }

            return (IReadOnlyList<string>)row;
        }).ToArray();
        return new ReportTable("sensitivity", $"Sensitivity of {metric} (nominal {Numbers.G(result.Nominal)}), largest swing first", columns, rows,
            "Each input at the low and the high end of its range, every other input nominal (`--json` gives the values in SI).");
    }

    public static string TornadoSvg(StudyMetric metric, TornadoResult result) => TornadoChart(metric, result).Svg;

    /// <summary>The tornado as a chart: SVG for papers, PNG at 2× for slides.</summary>
    public static Chart TornadoChart(StudyMetric metric, TornadoResult result) =>
        UncertaintyCharts.Tornado("sensitivity", $"Sensitivity of {metric}", metric.Metric + " (nominal " + Numbers.G(result.Nominal) + ")",
            result.Rows.Select(r => r.Name).ToArray(), result.Rows.Select(r => r.MetricAtLow).ToArray(), result.Rows.Select(r => r.MetricAtHigh).ToArray(), result.Nominal);

    /// <summary><c>{"vary", "value" (SI), "unit", "achieved"}</c>; <c>"value": null</c> and <c>"reason"</c> when unreachable.
    /// Also the target, the range searched and the metric at both ends.</summary>
    public static string SolveJson(string vary, string unit, StudyMetric metric, double target, BreakEvenResult result) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("vary", vary);
        if (result.Value is { } value)
        {
            Numbers.JsonNumber(w, "value", value);
        }
        else
        {
            w.WriteNull("value");
        }

        w.WriteString("unit", unit);
        if (result.Achieved is { } achieved)
        {
            Numbers.JsonNumber(w, "achieved", achieved);
        }
        else
        {
            w.WriteNull("achieved");
        }

        if (result.Reason is { } reason)
        {
            w.WriteString("reason", reason);
        }

        w.WriteString("metric", metric.Metric);
        w.WriteString("technology", metric.Technology);
        Numbers.JsonNumber(w, "target", target);
        w.WriteStartArray("range");
        Numbers.JsonNumber(w, null, result.Low);
        Numbers.JsonNumber(w, null, result.High);
        w.WriteEndArray();
        Numbers.JsonNumber(w, "metricAtLow", result.MetricAtLow);
        Numbers.JsonNumber(w, "metricAtHigh", result.MetricAtHigh);
        w.WriteEndObject();
    });

    /// <summary>One line: the value found and what the metric is there, or why there is none.</summary>
    public static string SolveText(string vary, string unit, StudyMetric metric, double target, BreakEvenResult result)
    {
        var text = new StringBuilder();
        if (result.Value is { } value)
        {
            // the value as --set takes it back (G6, SI, its unit), and with an SI prefix for reading (734 ps) when that differs
            var exact = value.ToString("G6", Inv) + (unit.Length > 0 ? " " + unit : "");
            var reading = Numbers.Quantity(value, unit);
            text.Append(Inv, $"{vary} = {exact}{(unit.Length > 0 && reading != value.ToString("G3", Inv) + " " + unit ? " (" + reading + ")" : "")} gives {metric} = {result.Achieved:G6} (target {target:G6})");
            text.AppendLine();
            text.Append(Inv, $"check: --set '{vary}={exact}'");
            if (result.Reason is { } reason)
            {
                text.AppendLine();
                text.Append("note: ").Append(reason);
            }
        }
        else
        {
            text.Append(Inv, $"{metric} = {target:G6} is out of reach by varying {vary}: {result.Reason}");
        }

        return text.ToString();
    }


    internal static string Json(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            write(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
