using System.Text;
using System.Text.Json;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study as one JSON object (`deepnvm study --json`, report.json). Ratios are baseline ÷
/// technology; SI units unless a key names another.</summary>
public static class StudyJson
{
    public static string Write(StudyResult r, bool indented = true) => Write(r, null, null, indented);

    /// <param name="uncertainty">A Monte Carlo run of the study: its intervals go under each comparison's
    /// <c>uncertainty</c> key, and the run itself under the top-level one.</param>
    public static string Write(StudyResult r, MonteCarloResult? uncertainty, bool indented = true) => Write(r, uncertainty, null, indented);

    /// <summary>The study with a <c>provenance</c> object last.</summary>
    public static string Write(StudyResult r, ReportProvenance provenance, bool indented = true) => Write(r, null, provenance, indented);

    /// <summary>The study, its Monte Carlo run when there is one, and its <c>provenance</c> last when given.</summary>
    public static string Write(StudyResult r, MonteCarloResult? uncertainty, ReportProvenance? provenance, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(w, r, uncertainty, provenance);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, StudyResult r, MonteCarloResult? uncertainty = null, ReportProvenance? provenance = null)
    {
        w.WriteStartObject();
        w.WriteString("study", r.Name);
        w.WriteString("platform", r.Platform);
        w.WriteString("baseline", r.Baseline);
        w.WriteString("baselineKind", CellKinds.Name(r.BaselineKind));
        w.WriteNumber("baselineCapacityBytes", r.BaselineCapacityBytes);
        w.WriteNumber("slices", r.Slices);
        w.WriteNumber("nodeNm", Math.Round(r.Node.FeatureSizeMeters * 1e9, 6));
        w.WritePropertyName("settings");
        WriteSettings(w, r);
        w.WriteStartArray("workloads");
        foreach (var name in r.Workloads)
        {
            w.WriteStringValue(name);
        }

        w.WriteEndArray();
        w.WritePropertyName("baselineCache");
        Cache(w, r.BaselineCache);
        w.WriteStartArray("technologies");
        foreach (var t in r.Technologies)
        {
            Technology(w, t, uncertainty?.Technology(t.Name), uncertainty);
        }

        w.WriteEndArray();
        if (uncertainty is not null)
        {
            UncertaintyReport.WriteRun(w, uncertainty);
        }

        w.WriteStartArray("warnings");
        foreach (var warning in r.Warnings)
        {
            w.WriteStringValue(warning);
        }

        w.WriteEndArray();
        if (provenance is not null)
        {
            w.WritePropertyName("provenance");
            provenance.Write(w, r);
        }

        w.WriteEndObject();
    }

    /// <summary>The evaluation settings of the run, as the .nvm files spell them.</summary>
    public static void WriteSettings(Utf8JsonWriter w, StudyResult r)
    {
        w.WriteStartObject();
        w.WriteString("delay", Snake(r.Settings.Delay.ToString()));
        w.WriteString("leakageTime", Snake(r.Settings.LeakageTime.ToString()));
        w.WriteBoolean("dramEnergy", r.Settings.IncludeDramEnergy);
        w.WriteString("sectorEnergy", Snake(r.Settings.SectorEnergy.ToString()));
        w.WriteBoolean("isoAreaOwnTraffic", r.Settings.IsoAreaOwnTraffic);
        w.WriteNumber("slices", r.Slices);
        w.WriteEndObject();
    }

    private static void Technology(Utf8JsonWriter w, TechnologyResult t, TechnologyUncertainty? u, MonteCarloResult? mc)
    {
        w.WriteStartObject();
        w.WriteString("name", t.Name);
        w.WriteString("kind", CellKinds.Name(t.Kind));
        if (t.IsoCapacity is { } ic)
        {
            w.WriteStartObject("isoCapacity");
            w.WriteNumber("capacityBytes", ic.CapacityBytes);
            Summaries(w, ic.Comparison);
            Numbers.JsonNumber(w, "areaReduction", ic.AreaReduction);
            if (mc is not null)
            {
                UncertaintyReport.WriteComparison(w, u?.IsoCapacity, mc);
            }

            w.WritePropertyName("cache");
            Cache(w, ic.Cache);
            Workloads(w, ic.Comparison);
            w.WriteEndObject();
        }

        if (t.IsoArea is { } ia)
        {
            w.WriteStartObject("isoArea");
            w.WriteNumber("capacityBytes", ia.CapacityBytes);
            Numbers.JsonNumber(w, "capacityRatio", ia.CapacityRatio);
            Summaries(w, ia.Comparison);
            Numbers.JsonNumber(w, "areaSquareMeters", ia.AreaSquareMeters);
            Numbers.JsonNumber(w, "baselineAreaSquareMeters", ia.BaselineAreaSquareMeters);
            if (mc is not null)
            {
                UncertaintyReport.WriteComparison(w, u?.IsoArea, mc);
            }

            w.WritePropertyName("cache");
            Cache(w, ia.Cache);
            Workloads(w, ia.Comparison);
            w.WriteEndObject();
        }

        w.WriteStartArray("scalability");
        for (var i = 0; i < t.Scalability.Count; i++)
        {
            var p = t.Scalability[i];
            w.WriteStartObject();
            w.WriteNumber("capacityBytes", p.CapacityBytes);
            Summaries(w, p.Comparison);
            Numbers.JsonNumber(w, "areaReduction", p.BaselineAreaSquareMeters / p.AreaSquareMeters);
            Numbers.JsonNumber(w, "areaSquareMeters", p.AreaSquareMeters);
            Numbers.JsonNumber(w, "baselineAreaSquareMeters", p.BaselineAreaSquareMeters);
            Numbers.JsonNumber(w, "baselineEdpGeomean", MathNet.Numerics.Statistics.Statistics.GeometricMean(p.Comparison.Workloads.Select(x => x.Baseline.Edp)));
            Numbers.JsonNumber(w, "edpGeomean", MathNet.Numerics.Statistics.Statistics.GeometricMean(p.Comparison.Workloads.Select(x => x.Technology.Edp)));
            if (mc is not null && u is not null && i < u.Scalability.Count)
            {
                UncertaintyReport.WriteComparison(w, u.Scalability[i], mc);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Summaries(Utf8JsonWriter w, Comparison c)
    {
        Numbers.JsonNumber(w, "edpReductionMax", c.Edp.Max);
        Numbers.JsonNumber(w, "edpReductionGeomean", c.Edp.Geomean);
        Numbers.JsonNumber(w, "edpReductionMin", c.Edp.Min);
        Numbers.JsonNumber(w, "energyReductionMax", c.Energy.Max);
        Numbers.JsonNumber(w, "energyReductionGeomean", c.Energy.Geomean);
        Numbers.JsonNumber(w, "latencyReductionMax", c.Delay.Max);
        Numbers.JsonNumber(w, "latencyReductionGeomean", c.Delay.Geomean);
        w.WriteStartObject("byPhase");
        foreach (var pair in c.EdpByPhase)
        {
            w.WriteStartObject(StudyTables.Phase(pair.Key));
            Numbers.JsonNumber(w, "edpReductionMax", pair.Value.Max);
            Numbers.JsonNumber(w, "edpReductionGeomean", pair.Value.Geomean);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void Workloads(Utf8JsonWriter w, Comparison c)
    {
        w.WriteStartArray("workloads");
        foreach (var x in c.Workloads)
        {
            w.WriteStartObject();
            w.WriteString("name", x.Workload);
            w.WriteString("phase", StudyTables.Phase(x.Phase));
            Numbers.JsonNumber(w, "edpReduction", x.Ratios.Edp);
            Numbers.JsonNumber(w, "energyReduction", x.Ratios.Energy);
            Numbers.JsonNumber(w, "latencyReduction", x.Ratios.Delay);
            w.WritePropertyName("baseline");
            WriteEvaluation(w, x.Baseline);
            w.WritePropertyName("technology");
            WriteEvaluation(w, x.Technology);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void WriteEvaluation(Utf8JsonWriter w, Evaluation e)
    {
        w.WriteStartObject();
        w.WriteNumber("capacityBytes", e.CapacityBytes);
        Numbers.JsonNumber(w, "l2ReadSectors", e.ReadSectors);
        Numbers.JsonNumber(w, "l2WriteSectors", e.WriteSectors);
        Numbers.JsonNumber(w, "dramSectors", e.DramSectors);
        Numbers.JsonNumber(w, "readEnergyJoules", e.ReadEnergy);
        Numbers.JsonNumber(w, "writeEnergyJoules", e.WriteEnergy);
        Numbers.JsonNumber(w, "leakageEnergyJoules", e.LeakageEnergy);
        Numbers.JsonNumber(w, "dramEnergyJoules", e.DramEnergy);
        Numbers.JsonNumber(w, "energyJoules", e.Energy);
        Numbers.JsonNumber(w, "delaySeconds", e.Delay);
        Numbers.JsonNumber(w, "edpJouleSeconds", e.Edp);
        Numbers.JsonNumber(w, "accessLatencySeconds", e.AccessLatency);
        if (e.RunTime is { } runTime)
        {
            Numbers.JsonNumber(w, "runTimeSeconds", runTime);
        }

        Numbers.JsonNumber(w, "areaSquareMeters", e.AreaSquareMeters);
        Numbers.JsonNumber(w, "leakageWatts", e.LeakageWatts);
        w.WriteEndObject();
    }

    private static void Cache(Utf8JsonWriter w, CachePoint p)
    {
        var c = p.Characteristics;
        w.WriteStartObject();
        w.WriteNumber("capacityBytes", p.CapacityBytes);
        Numbers.JsonNumber(w, "hitLatencySeconds", c.HitLatencySeconds);
        Numbers.JsonNumber(w, "writeLatencySeconds", c.WriteLatencySeconds);
        Numbers.JsonNumber(w, "hitEnergyJoules", c.HitEnergyJoules);
        Numbers.JsonNumber(w, "writeEnergyJoules", c.WriteEnergyJoules);
        Numbers.JsonNumber(w, "leakageWatts", c.LeakageWatts);
        Numbers.JsonNumber(w, "areaSquareMeters", c.AreaSquareMeters);
        w.WriteEndObject();
    }


    /// <summary><c>AccessLatency</c> → <c>access_latency</c>, as the .nvm files spell it.</summary>
    public static string Snake(string pascal)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(pascal[i]));
        }

        return text.ToString();
    }
}
