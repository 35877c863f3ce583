using System.Globalization;
using System.Text.Json;
using DeepNvm.Mapping;
using DeepNvm.Studies.Uncertainty;
using static DeepNvm.Reports.Numbers;

namespace DeepNvm.Reports;

/// <summary>A Monte Carlo run in a report: one table (nominal, [p05, p95], p50 and P(better) per technology,
/// comparison and headline ratio) and the JSON <c>uncertainty</c> objects placed in the study's JSON.</summary>
public static class UncertaintyReport
{
    public static ReportTable Table(MonteCarloResult mc)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var t in mc.Technologies)
        {
            foreach (var c in Comparisons(t))
            {
                foreach (var m in c.Metrics)
                {
                    rows.Add(new[]
                    {
                        t.Name, Scope(c.Scope), Bytes(c.CapacityBytes), m.Metric, Ratio(m.Nominal), "[" + Ratio(m.P05) + ", " + Ratio(m.P95) + "]",
                        Ratio(m.P50), Probability(m.ProbabilityBetter),
                    });
                }
            }
        }

        return new ReportTable(
            "uncertainty",
            $"Uncertainty: {mc.Samples} samples of {StudyTables.Count(mc.Inputs.Count, "uncertain input")}, seed {mc.Seed}",
            new[] { "Technology", "Comparison", "Capacity", "Ratio", "Nominal", "[p05, p95]", "p50", "P(better)" },
            rows,
            Note(mc));
    }

    /// <summary>The headline ratios a distribution chart is drawn for, per technology: at iso-capacity the EDP and area
    /// reductions, at iso-area the capacity ratio and the EDP reduction.</summary>
    private static readonly (string Scope, string Metric, string Label)[] Charted =
    {
        (HeadlineMetrics.IsoCapacity, HeadlineMetrics.Edp, "EDP reduction (geomean over workloads), iso-capacity"),
        (HeadlineMetrics.IsoCapacity, "areaReduction", "area reduction, iso-capacity"),
        (HeadlineMetrics.IsoArea, "capacityRatio", "capacity ratio, iso-area"),
        (HeadlineMetrics.IsoArea, HeadlineMetrics.Edp, "EDP reduction (geomean over workloads), iso-area"),
    };

    /// <summary>One distribution chart per technology and charted headline ratio: the samples' histogram, the middle
    /// 90 % shaded and the nominal value marked; then, with a capacity sweep, the scalability chart under uncertainty
    /// (<see cref="ScalabilityUncertaintyChart"/>).</summary>
    public static IReadOnlyList<Chart> Charts(MonteCarloResult mc, string baseline)
    {
        var charts = new List<Chart>();
        foreach (var t in mc.Technologies)
        {
            foreach (var (scope, metric, label) in Charted)
            {
                var d = mc.Distributions.FirstOrDefault(x => x.Technology == t.Name && x.Scope == scope && x.Metric == metric);
                if (d is null || !d.Values.Any(double.IsFinite))
                {
                    continue;
                }

                var id = "distribution-" + Slug(t.Name) + "-" + Slug(scope + "-" + metric);
                charts.Add(UncertaintyCharts.Distribution(id, $"{t.Name}: {label}, over {mc.Succeeded} samples",
                    $"{baseline} ÷ {t.Name} (×)", d.Values, d.Nominal));
            }
        }

        if (ScalabilityUncertaintyChart.Of(mc) is { } scalability)
        {
            charts.Add(scalability);
        }

        return charts;
    }

    /// <summary>A file-name part: letters and digits lower-cased, anything else a hyphen.</summary>
    internal static string Slug(string text) =>
        string.Concat(text.Select(ch => char.IsAsciiLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : '-'));

    /// <summary>What the table rests on: the failed samples, and how the figures are defined.</summary>
    public static string Note(MonteCarloResult mc)
    {
        var failed = mc.Failures.Count == 0
            ? "every sample evaluated"
            : $"{mc.Failures.Count} of {mc.Samples} samples failed and are left out of the intervals (first: sample {mc.Failures[0].Sample}: {mc.Failures[0].Reason})";
        return "Percentiles over the samples (R-7); P(better): the fraction of samples with the ratio above 1; " + failed + ".";
    }

    /// <summary>The top-level <c>uncertainty</c> object: the run, its inputs and its failures grouped by reason.</summary>
    public static void WriteRun(Utf8JsonWriter w, MonteCarloResult mc)
    {
        w.WriteStartObject("uncertainty");
        w.WriteNumber("samples", mc.Samples);
        w.WriteNumber("seed", mc.Seed);
        w.WriteNumber("succeeded", mc.Succeeded);
        w.WriteNumber("failed", mc.Failures.Count);
        w.WriteString("quantileDefinition", "R7");
        w.WriteStartArray("inputs");
        foreach (var input in mc.Inputs)
        {
            var d = input.ToDistribution();
            w.WriteStartObject();
            w.WriteString("name", input.Name);
            w.WriteString("distribution", d.Kind.ToString().ToLowerInvariant());
            w.WriteString("unit", input.Unit);
            w.WriteNumber("nominal", d.Nominal);
            w.WriteNumber("low", d.Low);
            w.WriteNumber("high", d.High);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("failures");
        foreach (var group in mc.Failures.GroupBy(f => f.Reason, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("reason", group.Key);
            w.WriteNumber("count", group.Count());
            w.WriteNumber("firstSample", group.First().Sample);
            w.WriteStartArray("firstValues");
            foreach (var v in group.First().Values)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>A comparison's <c>uncertainty</c> object: <c>{"samples", "seed", "edpReduction": {"p05", "p50",
    /// "p95", "probabilityBetter"}, …, "probabilityBetter"}</c>.</summary>
    public static void WriteComparison(Utf8JsonWriter w, ComparisonUncertainty? c, MonteCarloResult mc)
    {
        if (c is null)
        {
            return;
        }

        w.WriteStartObject("uncertainty");
        w.WriteNumber("samples", mc.Samples);
        w.WriteNumber("seed", mc.Seed);
        foreach (var m in c.Metrics)
        {
            w.WriteStartObject(m.Metric);
            Numbers.JsonNumber(w, "p05", m.P05);
            Numbers.JsonNumber(w, "p50", m.P50);
            Numbers.JsonNumber(w, "p95", m.P95);
            Numbers.JsonNumber(w, "probabilityBetter", m.ProbabilityBetter);
            w.WriteEndObject();
        }

        Numbers.JsonNumber(w, "probabilityBetter", c.ProbabilityBetter);
        w.WriteEndObject();
    }

    private static IEnumerable<ComparisonUncertainty> Comparisons(TechnologyUncertainty t)
    {
        if (t.IsoCapacity is { } ic)
        {
            yield return ic;
        }

        if (t.IsoArea is { } ia)
        {
            yield return ia;
        }

        foreach (var p in t.Scalability)
        {
            yield return p;
        }
    }

    private static string Scope(string scope) => scope switch
    {
        HeadlineMetrics.IsoCapacity => "iso-capacity",
        HeadlineMetrics.IsoArea => "iso-area",
        _ => "scalability",
    };

    private static string Probability(double p) => double.IsNaN(p) ? "—" : p.ToString("0.000", CultureInfo.InvariantCulture);

}
