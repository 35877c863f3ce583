using System.Text;
using System.Text.Json;
using DeepNvm.Model;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Reports;

/// <summary>A study as one JSON object (`deepnvm study --json`, report.json). Ratios are baseline ÷
/// technology; SI units unless a key names another.</summary>
public static class StudyJson
{
    public static string Write(StudyResult r, bool indented = true) => Write(r, null, indented);

    /// <param name="uncertainty">A Monte Carlo run of the study: its intervals go under each comparison's
    /// <c>uncertainty</c> key, and the run itself under the top-level one.</param>
    public static string Write(StudyResult r, MonteCarloResult? uncertainty, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(w, r, uncertainty);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, StudyResult r, MonteCarloResult? uncertainty = null)
    {
        w.WriteStartObject();
        w.WriteString("study", r.Name);
        w.WriteString("platform", r.Platform);
        w.WriteString("baseline", r.Baseline);
        w.WriteString("baselineKind", CellKinds.Name(r.BaselineKind));
        w.WriteNumber("baselineCapacityBytes", r.BaselineCapacityBytes);
        w.WriteNumber("slices", r.Slices);
        w.WriteNumber("nodeNm", Math.Round(r.Node.FeatureSizeMeters * 1e9, 6));
        w.WriteStartObject("settings");
        w.WriteString("delay", Snake(r.Settings.Delay.ToString()));
        w.WriteString("leakageTime", Snake(r.Settings.LeakageTime.ToString()));
        w.WriteBoolean("dramEnergy", r.Settings.IncludeDramEnergy);
        w.WriteString("sectorEnergy", Snake(r.Settings.SectorEnergy.ToString()));
        w.WriteBoolean("isoAreaOwnTraffic", r.Settings.IsoAreaOwnTraffic);
        w.WriteEndObject();
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
            Number(w, "areaReduction", ic.AreaReduction);
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
            Number(w, "capacityRatio", ia.CapacityRatio);
            Summaries(w, ia.Comparison);
            Number(w, "areaSquareMeters", ia.AreaSquareMeters);
            Number(w, "baselineAreaSquareMeters", ia.BaselineAreaSquareMeters);
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
            Number(w, "areaReduction", p.BaselineAreaSquareMeters / p.AreaSquareMeters);
            Number(w, "areaSquareMeters", p.AreaSquareMeters);
            Number(w, "baselineAreaSquareMeters", p.BaselineAreaSquareMeters);
            Number(w, "baselineEdpGeomean", MathNet.Numerics.Statistics.Statistics.GeometricMean(p.Comparison.Workloads.Select(x => x.Baseline.Edp)));
            Number(w, "edpGeomean", MathNet.Numerics.Statistics.Statistics.GeometricMean(p.Comparison.Workloads.Select(x => x.Technology.Edp)));
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
        Number(w, "edpReductionMax", c.Edp.Max);
        Number(w, "edpReductionGeomean", c.Edp.Geomean);
        Number(w, "edpReductionMin", c.Edp.Min);
        Number(w, "energyReductionMax", c.Energy.Max);
        Number(w, "energyReductionGeomean", c.Energy.Geomean);
        Number(w, "latencyReductionMax", c.Delay.Max);
        Number(w, "latencyReductionGeomean", c.Delay.Geomean);
        w.WriteStartObject("byPhase");
        foreach (var pair in c.EdpByPhase)
        {
            w.WriteStartObject(StudyTables.Phase(pair.Key));
            Number(w, "edpReductionMax", pair.Value.Max);
            Number(w, "edpReductionGeomean", pair.Value.Geomean);
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
            Number(w, "edpReduction", x.Ratios.Edp);
            Number(w, "energyReduction", x.Ratios.Energy);
            Number(w, "latencyReduction", x.Ratios.Delay);
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
        Number(w, "l2ReadSectors", e.ReadSectors);
        Number(w, "l2WriteSectors", e.WriteSectors);
        Number(w, "dramSectors", e.DramSectors);
        Number(w, "readEnergyJoules", e.ReadEnergy);
        Number(w, "writeEnergyJoules", e.WriteEnergy);
        Number(w, "leakageEnergyJoules", e.LeakageEnergy);
        Number(w, "dramEnergyJoules", e.DramEnergy);
        Number(w, "energyJoules", e.Energy);
        Number(w, "delaySeconds", e.Delay);
        Number(w, "edpJouleSeconds", e.Edp);
        Number(w, "accessLatencySeconds", e.AccessLatency);
        if (e.RunTime is { } runTime)
        {
            Number(w, "runTimeSeconds", runTime);
        }

        Number(w, "areaSquareMeters", e.AreaSquareMeters);
        Number(w, "leakageWatts", e.LeakageWatts);
        w.WriteEndObject();
    }

    private static void Cache(Utf8JsonWriter w, CachePoint p)
    {
        var c = p.Characteristics;
        w.WriteStartObject();
        w.WriteNumber("capacityBytes", p.CapacityBytes);
        Number(w, "hitLatencySeconds", c.HitLatencySeconds);
        Number(w, "writeLatencySeconds", c.WriteLatencySeconds);
        Number(w, "hitEnergyJoules", c.HitEnergyJoules);
        Number(w, "writeEnergyJoules", c.WriteEnergyJoules);
        Number(w, "leakageWatts", c.LeakageWatts);
        Number(w, "areaSquareMeters", c.AreaSquareMeters);
        w.WriteEndObject();
    }

    /// <summary>JSON has no NaN or infinity: those become null.</summary>
    private static void Number(Utf8JsonWriter w, string name, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteNumber(name, value);
        }
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
