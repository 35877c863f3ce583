using System.Globalization;
using System.Text.Json;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study's published figures placed among our results: the table the terminal and the report show,
/// the top-level JSON <c>references</c> array, and the "what it takes" table.</summary>
public static class PublishedFiguresReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary><c>"references": [{"metric", "technology", "scenario", "value", "source", "quantile"[, "outside"], "nominal"[, "p05", "p95", "probabilityBetter"]}]</c>.</summary>
    public static void WriteJson(Utf8JsonWriter w, IReadOnlyList<ReferenceOutcome> outcomes)
    {
        w.WriteStartArray("references");
        foreach (var o in outcomes)
        {
            w.WriteStartObject();
            w.WriteString("metric", o.Reference.Metric);
            w.WriteString("technology", o.Reference.Technology);
            w.WriteString("scenario", o.Scenario);
            Numbers.JsonNumber(w, "value", o.Reference.Value);
            w.WriteString("source", o.Reference.Source);
            if (o.Placement?.Quantile is { } q)
            {
                Numbers.JsonNumber(w, "quantile", q);
            }
            else
            {
                w.WriteNull("quantile");
                if (o.Placement?.Outside is { } side)
                {
                    w.WriteString("outside", side);
                }
            }

            Numbers.JsonNumber(w, "nominal", o.Nominal);
            if (o.Interval is { } i)
            {
                Numbers.JsonNumber(w, "p05", i.P05);
                Numbers.JsonNumber(w, "p95", i.P95);
                Numbers.JsonNumber(w, "probabilityBetter", i.ProbabilityBetter);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Adds the <c>references</c> array to a study's JSON object (the text <see cref="StudyJson.Write(StudyResult, bool)"/> gives).</summary>
    public static string AddTo(string studyJson, IReadOnlyList<ReferenceOutcome> outcomes)
    {
        using var doc = JsonDocument.Parse(studyJson);
        return AnalysisReports.Json(w =>
        {
            w.WriteStartObject();
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                property.WriteTo(w);
            }

            WriteJson(w, outcomes);
            w.WriteEndObject();
        });
    }

    public static ReportTable Table(IReadOnlyList<ReferenceOutcome> outcomes)
    {
        var rows = outcomes.Select(o => (IReadOnlyList<string>)new[]
        {
            o.Metric.ToString(),
            o.Scenario,
            Numbers.Ratio(o.Nominal),
            o.Interval is { } i ? Numbers.Ratio(i.P05) + " – " + Numbers.Ratio(i.P95) : "—",
            o.Interval is { } j ? j.ProbabilityBetter.ToString("0.00", Inv) : "—",
            o.Reference.Value.ToString("0.##", Inv),
            o.Reference.Source,
            o.Placement?.Describe(o.Reference.Value) ?? "not sampled",
        }).ToArray();
        return new ReportTable("references", "Published figures against ours",
            new[] { "metric", "scenario", "nominal", "p05 – p95", "P(better)", "published", "source", "where it lies" }, rows,
            "Ratios are baseline ÷ technology (> 1: better than the baseline). p05-p95 and P(better) over the uncertain inputs' ranges; "
            + "\"percentile of the envelope\": the share of our samples at or below the published figure.");
    }

    /// <summary>One distribution chart per placed reference that was sampled: our samples of its metric, the middle 90 %
    /// shaded, our nominal value and the published figure marked.</summary>
    public static IReadOnlyList<Chart> Charts(IReadOnlyList<ReferenceOutcome> outcomes, string baseline) =>
        outcomes.Where(o => o.Samples.Any(double.IsFinite)).Select(o => UncertaintyCharts.Distribution(
            "reference-" + UncertaintyReport.Slug(o.Reference.Technology + "-" + o.Reference.Metric + "-" + o.Scenario),
            $"{o.Metric} in {o.Scenario}: ours against {o.Reference.Source}",
            $"{o.Reference.Metric} ({baseline} ÷ {o.Reference.Technology}, ×)", o.Samples, o.Nominal, o.Reference.Value, "published")).ToArray();

    public static ReportTable WhatItTakesTable(IReadOnlyList<WhatItTakesRow> rows)
    {
        string Found(BreakEvenResult r, string unit) => r.Value is { } v
            ? Numbers.Quantity(v, unit) + (r.Reason is null ? "" : " (step)")
            : "out of range (" + Numbers.Ratio(r.MetricAtLow) + " – " + Numbers.Ratio(r.MetricAtHigh) + ")";
        return new ReportTable("what-it-takes", "What it takes: one input at a time, the others nominal",
            new[] { "metric", "scenario", "input", "nominal", "swing", "break-even (ratio 1)", "reaches published", "published" },
            rows.Select(r => (IReadOnlyList<string>)new[]
            {
                r.Metric.ToString(), r.Scenario, r.Input, Numbers.Quantity(r.Nominal, r.Unit), Numbers.Ratio(r.Swing),
                Found(r.BreakEven, r.Unit), Found(r.ToPublished, r.Unit), r.Published.ToString("0.##", Inv),
            }).ToArray(),
            "The three inputs that move each metric most (a tornado over their ranges); \"out of range\" gives the metric at both ends of the input's range.");
    }
}
