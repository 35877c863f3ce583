using DeepNvm.Model;
using DeepNvm.Studies;
using static DeepNvm.Reports.Numbers;

namespace DeepNvm.Reports;

/// <summary>The tables of a study report. Ratios are baseline ÷ technology: above 1 the technology is better.</summary>
public static class StudyTables
{
    public static IReadOnlyList<ReportTable> All(StudyResult r)
    {
        var tables = new List<ReportTable> { Summary(r), Caches(r) };
        if (r.Technologies.Any(t => t.IsoCapacity is not null))
        {
            tables.Add(IsoCapacity(r));
            tables.Add(EnergyBreakdown(r));
        }

        if (r.Technologies.Any(t => t.IsoArea is not null))
        {
            tables.Add(IsoArea(r));
        }

        if (r.Technologies.Any(t => t.Scalability.Count > 0))
        {
            tables.Add(Scalability(r));
        }

        tables.Add(Phases(r));
        return tables;
    }

    public static ReportTable Summary(StudyResult r) => new(
        "summary",
        $"{r.Name}: {Join(r.Technologies.Select(t => t.Name))} vs {r.Baseline} on {r.Platform} ({Bytes(r.BaselineCapacityBytes)} L2, {Count(r.Workloads.Count, "workload")})",
        new[]
        {
            "Technology", "Kind", "Iso-cap. area ×", "Iso-cap. EDP × max", "Iso-cap. EDP × geomean", "Iso-cap. energy × geomean",
            "Iso-cap. latency × geomean", "Iso-area capacity", "Capacity ×", "Iso-area EDP × max", "Iso-area EDP × geomean",
        },
        r.Technologies.Select(t => (IReadOnlyList<string>)new[]
        {
            t.Name, CellKinds.Name(t.Kind),
            Opt(t.IsoCapacity?.AreaReduction), Opt(t.IsoCapacity?.Comparison.Edp.Max), Opt(t.IsoCapacity?.Comparison.Edp.Geomean),
            Opt(t.IsoCapacity?.Comparison.Energy.Geomean), Opt(t.IsoCapacity?.Comparison.Delay.Geomean),
            t.IsoArea is null ? "—" : Bytes(t.IsoArea.CapacityBytes), Opt(t.IsoArea?.CapacityRatio),
            Opt(t.IsoArea?.Comparison.Edp.Max), Opt(t.IsoArea?.Comparison.Edp.Geomean),
        }).ToArray(),
        Settings(r));

    public static ReportTable Caches(StudyResult r)
    {
        var rows = new List<IReadOnlyList<string>> { CacheRow(r.Baseline, "baseline", r.BaselineCache, r) };
        foreach (var t in r.Technologies)
        {
            if (t.IsoCapacity is not null)
            {
                rows.Add(CacheRow(t.Name, "iso-capacity", t.IsoCapacity.Cache, r));
            }

            if (t.IsoArea is not null)
            {
                rows.Add(CacheRow(t.Name, "iso-area", t.IsoArea.Cache, r));
            }
        }

        return new ReportTable("caches", "L2 caches as the cache model characterized them", new[]
        {
            "Technology", "Role", "Capacity", "Hit latency (ns)", "Write latency (ns)", "Hit energy (nJ/access)", "Write energy (nJ/access)",
            "Leakage (mW)", "Area (mm²)",
        }, rows, "Per-access figures are for one access of the cache's access width (a whole line unless the cache declares a word); the evaluation maps them to 32-byte sectors.");
    }

    private static IReadOnlyList<string> CacheRow(string name, string role, CachePoint p, StudyResult r)
    {
        var c = p.Characteristics;
        return new[]
        {
            name, role, Bytes(p.CapacityBytes), Fixed(c.HitLatencySeconds, 1e9), Fixed(c.WriteLatencySeconds, 1e9), Fixed(c.HitEnergyJoules, 1e9, 4),
            Fixed(c.WriteEnergyJoules, 1e9, 4), Fixed(c.LeakageWatts, 1e3, 1), Fixed(c.AreaSquareMeters, 1e6),
        };
    }

    public static ReportTable IsoCapacity(StudyResult r) => new(
        "iso-capacity",
        $"Iso-capacity ({Bytes(r.BaselineCapacityBytes)}): reduction vs {r.Baseline} per workload",
        new[] { "Workload", "Phase", "Technology", "EDP ×", "Energy ×", "Latency ×", "Area ×" },
        r.Technologies.Where(t => t.IsoCapacity is not null).SelectMany(t => t.IsoCapacity!.Comparison.Workloads.Select(w => (IReadOnlyList<string>)new[]
        {
            w.Workload, Phase(w.Phase), t.Name, Ratio(w.Ratios.Edp), Ratio(w.Ratios.Energy), Ratio(w.Ratios.Delay), Ratio(w.Ratios.Area),
        })).ToArray());

    public static ReportTable EnergyBreakdown(StudyResult r)
    {
        var rows = new List<IReadOnlyList<string>>();
        var first = r.Technologies.First(t => t.IsoCapacity is not null).IsoCapacity!.Comparison.Workloads;
        for (var i = 0; i < first.Count; i++)
        {
            rows.Add(EnergyRow(first[i].Baseline));
            foreach (var t in r.Technologies.Where(t => t.IsoCapacity is not null))
            {
                rows.Add(EnergyRow(t.IsoCapacity!.Comparison.Workloads[i].Technology));
            }
        }

        return new ReportTable("energy-breakdown", $"Energy and delay at {Bytes(r.BaselineCapacityBytes)} (iso-capacity)",
            new[] { "Workload", "Technology", "Read (mJ)", "Write (mJ)", "Leakage (mJ)", "DRAM (mJ)", "Energy in EDP (mJ)", "Delay (ms)", "EDP (mJ·s)" },
            rows, r.Settings.IncludeDramEnergy ? "DRAM energy is included in the energy of EDP." : "DRAM energy is shown but not included in the energy of EDP.");
    }

    private static IReadOnlyList<string> EnergyRow(Evaluation e) => new[]
    {
        e.Workload, e.Technology, Fixed(e.ReadEnergy, 1e3), Fixed(e.WriteEnergy, 1e3), Fixed(e.LeakageEnergy, 1e3), Fixed(e.DramEnergy, 1e3),
        Fixed(e.Energy, 1e3), Fixed(e.Delay, 1e3), G(e.Edp * 1e3),
    };

    public static ReportTable IsoArea(StudyResult r) => new(
        "iso-area",
        $"Iso-area (the {r.Baseline} cache's area): capacity and reduction vs {r.Baseline} per workload",
        new[] { "Workload", "Phase", "Technology", "Capacity", "Capacity ×", "EDP ×", "Energy ×", "Latency ×", "DRAM sectors ×" },
        r.Technologies.Where(t => t.IsoArea is not null).SelectMany(t => t.IsoArea!.Comparison.Workloads.Select(w => (IReadOnlyList<string>)new[]
        {
            w.Workload, Phase(w.Phase), t.Name, Bytes(t.IsoArea!.CapacityBytes), Ratio(t.IsoArea.CapacityRatio), Ratio(w.Ratios.Edp),
            Ratio(w.Ratios.Energy), Ratio(w.Ratios.Delay), Ratio(w.Baseline.DramSectors / w.Technology.DramSectors),
        })).ToArray(),
        r.Settings.IsoAreaOwnTraffic ? "Each iso-area capacity is evaluated with its own DRAM traffic." : "Iso-area capacities keep the baseline capacity's traffic.");

    public static ReportTable Scalability(StudyResult r) => new(
        "scalability",
        $"Scalability: {Join(r.Technologies.Select(t => t.Name))} vs {r.Baseline} at the same capacity",
        new[] { "Capacity", "Technology", "Area ×", "EDP × geomean", "EDP × max", "EDP × min", "Energy × geomean", "Latency × geomean" },
        r.Technologies.SelectMany(t => t.Scalability.Select(p => (IReadOnlyList<string>)new[]
        {
            Bytes(p.CapacityBytes), t.Name, Ratio(p.BaselineAreaSquareMeters / p.AreaSquareMeters), Ratio(p.Comparison.Edp.Geomean),
            Ratio(p.Comparison.Edp.Max), Ratio(p.Comparison.Edp.Min), Ratio(p.Comparison.Energy.Geomean), Ratio(p.Comparison.Delay.Geomean),
        })).ToArray());

    public static ReportTable Phases(StudyResult r)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var t in r.Technologies)
        {
            void Add(string comparison, Comparison? c)
            {
                if (c is null)
                {
                    return;
                }

                foreach (var pair in c.EdpByPhase)
                {
                    rows.Add(new[] { t.Name, comparison, Phase(pair.Key), Ratio(pair.Value.Geomean), Ratio(pair.Value.Max) });
                }
            }

            Add("iso-capacity", t.IsoCapacity?.Comparison);
            Add("iso-area", t.IsoArea?.Comparison);
        }

        return new ReportTable("phases", "EDP reduction by phase (training, inference)", new[] { "Technology", "Comparison", "Phase", "EDP × geomean", "EDP × max" }, rows);
    }

    /// <summary>One line with every modelling choice of the run.</summary>
    public static string Settings(StudyResult r)
    {
        var s = r.Settings;
        return "Ratios are " + r.Baseline + " ÷ technology (> 1: better than the baseline). Delay: "
            + (s.Delay == DelayDefinition.AccessLatency ? "summed L2 access latency" : "workload run time")
            + "; leakage over the " + (s.LeakageTime == LeakageTimeBase.RunTime ? "run time" : "delay")
            + "; DRAM energy " + (s.IncludeDramEnergy ? "included" : "not included")
            + "; sector energy: " + StudyJson.Snake(s.SectorEnergy.ToString()) + "; L2 in " + r.Slices + (r.Slices == 1 ? " bank" : " slices") + ".";
    }

    /// <summary>"1 workload", "7 workloads".</summary>
    public static string Count(int n, string noun) => n + " " + noun + (n == 1 ? "" : "s");

    public static string Phase(WorkloadPhase phase) => phase.ToString().ToLowerInvariant();

    private static string Opt(double? value) => value is { } v ? Ratio(v) : "—";

    private static string Join(IEnumerable<string> names) => string.Join(", ", names);
}
