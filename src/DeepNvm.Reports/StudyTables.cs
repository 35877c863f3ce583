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

    public static ReportTable Summary(StudyResult r) => CsvCells.Table(
        "summary",
        $"{r.Name}: {Join(r.Technologies.Select(t => t.Name))} vs {r.Baseline} on {r.Platform} ({Bytes(r.BaselineCapacityBytes)} L2, {Count(r.Workloads.Count, "workload")})",
        new[]
        {
            CsvCells.Col("Technology"), CsvCells.Col("Kind"), CsvCells.Col("Iso-cap. area ×"), CsvCells.Col("Iso-cap. EDP × max"), CsvCells.Col("Iso-cap. EDP × geomean"),
            CsvCells.Col("Iso-cap. energy × geomean"), CsvCells.Col("Iso-cap. latency × geomean"), CsvCells.CapacityCol("Iso-area capacity"), CsvCells.Col("Capacity ×"),
            CsvCells.Col("Iso-area EDP × max"), CsvCells.Col("Iso-area EDP × geomean"),
        },
        r.Technologies.Select(t => new[]
        {
            CsvCells.Text(t.Name), CsvCells.Text(CellKinds.Name(t.Kind)),
            CsvCells.Ratio(t.IsoCapacity?.AreaReduction), CsvCells.Ratio(t.IsoCapacity?.Comparison.Edp.Max), CsvCells.Ratio(t.IsoCapacity?.Comparison.Edp.Geomean),
            CsvCells.Ratio(t.IsoCapacity?.Comparison.Energy.Geomean), CsvCells.Ratio(t.IsoCapacity?.Comparison.Delay.Geomean),
            CsvCells.Capacity(t.IsoArea?.CapacityBytes), CsvCells.Ratio(t.IsoArea?.CapacityRatio),
            CsvCells.Ratio(t.IsoArea?.Comparison.Edp.Max), CsvCells.Ratio(t.IsoArea?.Comparison.Edp.Geomean),
        }),
        Settings(r));

    public static ReportTable Caches(StudyResult r)
    {
        var rows = new List<CsvCells.Cell[]> { CacheRow(r.Baseline, "baseline", r.BaselineCache) };
        foreach (var t in r.Technologies)
        {
            if (t.IsoCapacity is not null)
            {
                rows.Add(CacheRow(t.Name, "iso-capacity", t.IsoCapacity.Cache));
            }

            if (t.IsoArea is not null)
            {
                rows.Add(CacheRow(t.Name, "iso-area", t.IsoArea.Cache));
            }
        }

        return CsvCells.Table("caches", "L2 caches as the cache model characterized them", new[]
        {
            CsvCells.Col("Technology"), CsvCells.Col("Role"), CsvCells.CapacityCol("Capacity"), CsvCells.Col("Hit latency (ns)"), CsvCells.Col("Write latency (ns)"),
            CsvCells.Col("Hit energy (nJ/access)"), CsvCells.Col("Write energy (nJ/access)"), CsvCells.Col("Leakage (mW)"), CsvCells.Col("Area (mm²)"),
        }, rows, "Per-access figures are for one access of the cache's access width (a whole line unless the cache declares a word); the evaluation maps them to 32-byte sectors.");
    }

    private static CsvCells.Cell[] CacheRow(string name, string role, CachePoint p)
    {
        var c = p.Characteristics;
        return new[]
        {
            CsvCells.Text(name), CsvCells.Text(role), CsvCells.Capacity(p.CapacityBytes), CsvCells.Fixed(c.HitLatencySeconds, 1e9), CsvCells.Fixed(c.WriteLatencySeconds, 1e9),
            CsvCells.Fixed(c.HitEnergyJoules, 1e9, 4), CsvCells.Fixed(c.WriteEnergyJoules, 1e9, 4), CsvCells.Fixed(c.LeakageWatts, 1e3, 1), CsvCells.Fixed(c.AreaSquareMeters, 1e6),
        };
    }

    public static ReportTable IsoCapacity(StudyResult r) => CsvCells.Table(
        "iso-capacity",
        $"Iso-capacity ({Bytes(r.BaselineCapacityBytes)}): reduction vs {r.Baseline} per workload",
        CsvCells.Cols("Workload", "Phase", "Technology", "EDP ×", "Energy ×", "Latency ×", "Area ×"),
        r.Technologies.Where(t => t.IsoCapacity is not null).SelectMany(t => t.IsoCapacity!.Comparison.Workloads.Select(w => new[]
        {
            CsvCells.Text(w.Workload), CsvCells.Text(Phase(w.Phase)), CsvCells.Text(t.Name), CsvCells.Ratio(w.Ratios.Edp), CsvCells.Ratio(w.Ratios.Energy),
            CsvCells.Ratio(w.Ratios.Delay), CsvCells.Ratio(w.Ratios.Area),
        })));

    public static ReportTable EnergyBreakdown(StudyResult r)
    {
        var rows = new List<CsvCells.Cell[]>();
        var first = r.Technologies.First(t => t.IsoCapacity is not null).IsoCapacity!.Comparison.Workloads;
        for (var i = 0; i < first.Count; i++)
        {
            rows.Add(EnergyRow(first[i].Baseline));
            foreach (var t in r.Technologies.Where(t => t.IsoCapacity is not null))
            {
                rows.Add(EnergyRow(t.IsoCapacity!.Comparison.Workloads[i].Technology));
            }
        }

        return CsvCells.Table("energy-breakdown", $"Energy and delay at {Bytes(r.BaselineCapacityBytes)} (iso-capacity)",
            CsvCells.Cols("Workload", "Technology", "Read (mJ)", "Write (mJ)", "Leakage (mJ)", "DRAM (mJ)", "Energy in EDP (mJ)", "Delay (ms)", "EDP (mJ·s)"),
            rows, r.Settings.IncludeDramEnergy ? "DRAM energy is included in the energy of EDP." : "DRAM energy is shown but not included in the energy of EDP.");
    }

    private static CsvCells.Cell[] EnergyRow(Evaluation e) => new[]
    {
        CsvCells.Text(e.Workload), CsvCells.Text(e.Technology), CsvCells.Fixed(e.ReadEnergy, 1e3), CsvCells.Fixed(e.WriteEnergy, 1e3), CsvCells.Fixed(e.LeakageEnergy, 1e3),
        CsvCells.Fixed(e.DramEnergy, 1e3), CsvCells.Fixed(e.Energy, 1e3), CsvCells.Fixed(e.Delay, 1e3), CsvCells.Number(e.Edp * 1e3, G),
    };

    public static ReportTable IsoArea(StudyResult r) => CsvCells.Table(
        "iso-area",
        $"Iso-area (the {r.Baseline} cache's area): capacity and reduction vs {r.Baseline} per workload",
        new[]
        {
            CsvCells.Col("Workload"), CsvCells.Col("Phase"), CsvCells.Col("Technology"), CsvCells.CapacityCol("Capacity"), CsvCells.Col("Capacity ×"), CsvCells.Col("EDP ×"),
            CsvCells.Col("Energy ×"), CsvCells.Col("Latency ×"), CsvCells.Col("DRAM sectors ×"),
        },
        r.Technologies.Where(t => t.IsoArea is not null).SelectMany(t => t.IsoArea!.Comparison.Workloads.Select(w => new[]
        {
            CsvCells.Text(w.Workload), CsvCells.Text(Phase(w.Phase)), CsvCells.Text(t.Name), CsvCells.Capacity(t.IsoArea!.CapacityBytes), CsvCells.Ratio(t.IsoArea.CapacityRatio),
            CsvCells.Ratio(w.Ratios.Edp), CsvCells.Ratio(w.Ratios.Energy), CsvCells.Ratio(w.Ratios.Delay), CsvCells.Ratio(w.Baseline.DramSectors / w.Technology.DramSectors),
        })),
        r.Settings.IsoAreaOwnTraffic ? "Each iso-area capacity is evaluated with its own DRAM traffic." : "Iso-area capacities keep the baseline capacity's traffic.");

    public static ReportTable Scalability(StudyResult r) => CsvCells.Table(
        "scalability",
        $"Scalability: {Join(r.Technologies.Select(t => t.Name))} vs {r.Baseline} at the same capacity",
        new[]
        {
            CsvCells.CapacityCol("Capacity"), CsvCells.Col("Technology"), CsvCells.Col("Area ×"), CsvCells.Col("EDP × geomean"), CsvCells.Col("EDP × max"),
            CsvCells.Col("EDP × min"), CsvCells.Col("Energy × geomean"), CsvCells.Col("Latency × geomean"),
        },
        r.Technologies.SelectMany(t => t.Scalability.Select(p => new[]
        {
            CsvCells.Capacity(p.CapacityBytes), CsvCells.Text(t.Name), CsvCells.Ratio(p.BaselineAreaSquareMeters / p.AreaSquareMeters), CsvCells.Ratio(p.Comparison.Edp.Geomean),
            CsvCells.Ratio(p.Comparison.Edp.Max), CsvCells.Ratio(p.Comparison.Edp.Min), CsvCells.Ratio(p.Comparison.Energy.Geomean), CsvCells.Ratio(p.Comparison.Delay.Geomean),
        })));

    public static ReportTable Phases(StudyResult r)
    {
        var rows = new List<CsvCells.Cell[]>();
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
                    rows.Add(new[] { CsvCells.Text(t.Name), CsvCells.Text(comparison), CsvCells.Text(Phase(pair.Key)), CsvCells.Ratio(pair.Value.Geomean), CsvCells.Ratio(pair.Value.Max) });
                }
            }

            Add("iso-capacity", t.IsoCapacity?.Comparison);
            Add("iso-area", t.IsoArea?.Comparison);
        }

        return CsvCells.Table("phases", "EDP reduction by phase (training, inference)", CsvCells.Cols("Technology", "Comparison", "Phase", "EDP × geomean", "EDP × max"), rows);
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

    private static string Join(IEnumerable<string> names) => string.Join(", ", names);
}
