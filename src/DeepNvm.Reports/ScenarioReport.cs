using System.Text.Json;
using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>A study evaluated under each of its scenarios, side by side: one table with a column per scenario
/// (the study's own inputs first), and the top-level JSON <c>scenarios</c> array, each entry with the same
/// <c>technologies</c> objects as the study's own.</summary>
public static class ScenarioReport
{
    /// <summary>The headline metrics compared across scenarios (expect-line names).</summary>
    public static readonly string[] Metrics =
    {
        "iso_capacity.edp_reduction", "iso_capacity.edp_reduction_max", "iso_capacity.area_reduction",
        "iso_area.capacity_ratio", "iso_area.edp_reduction", "iso_area.edp_reduction_max",
    };

    public static ReportTable Table(StudyResult own, IReadOnlyList<(string Name, StudyResult Result)> scenarios)
    {
        var columns = new List<string> { "technology", "metric", "study's inputs" };
        columns.AddRange(scenarios.Select(s => s.Name));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var technology in own.Technologies)
        {
            foreach (var name in Metrics)
            {
                var metric = new StudyMetric(name, technology.Name);
                if (metric.Measure(own) is not { } value)
                {
                    continue;
                }

                var row = new List<string> { technology.Name, name, Numbers.Ratio(value) };
                row.AddRange(scenarios.Select(s => s.Result.Technologies.Any(t => t.Name == technology.Name) && metric.Measure(s.Result) is { } v ? Numbers.Ratio(v) : "—"));
                rows.Add(row);
            }
        }

        return new ReportTable("scenarios", "Scenarios side by side", columns, rows,
            "Each scenario's values replace the declared ones (its lines in the .nvm files); ratios are baseline ÷ technology.");
    }

    /// <summary>Adds <c>"scenarios": [{"name", "technologies": [...]}]</c> to a study's JSON object.</summary>
    public static string AddTo(string studyJson, IReadOnlyList<(string Name, StudyResult Result)> scenarios)
    {
        using var doc = JsonDocument.Parse(studyJson);
        var parsed = scenarios.Select(s => (s.Name, Doc: JsonDocument.Parse(StudyJson.Write(s.Result)))).ToArray();
        try
        {
            return AnalysisReports.Json(w =>
            {
                w.WriteStartObject();
                foreach (var property in doc.RootElement.EnumerateObject())
                {
                    property.WriteTo(w);
                }

                w.WriteStartArray("scenarios");
                foreach (var (name, scenario) in parsed)
                {
                    w.WriteStartObject();
                    w.WriteString("name", name);
                    w.WritePropertyName("technologies");
                    scenario.RootElement.GetProperty("technologies").WriteTo(w);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
        }
        finally
        {
            foreach (var (_, d) in parsed)
            {
                d.Dispose();
            }
        }
    }
}
