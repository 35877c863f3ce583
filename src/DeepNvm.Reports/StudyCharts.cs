using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>The charts of a study report: normalized EDP per workload, energy breakdown, the iso-area
/// capacity on the area curve, and the scalability curves.</summary>
public static class StudyCharts
{
    public static IReadOnlyList<Chart> All(StudyResult r)
    {
        var charts = new List<Chart>();
        var iso = r.Technologies.Where(t => t.IsoCapacity is not null).ToArray();
        if (iso.Length > 0)
        {
            charts.Add(NormalizedEdp(r, iso));
            charts.Add(EnergyBreakdown(r, iso));
        }

        if (r.Technologies.Any(t => t.IsoArea is not null))
        {
            charts.Add(IsoArea(r));
        }

        if (r.Technologies.Any(t => t.Scalability.Count > 0))
        {
            charts.Add(Scalability(r));
        }

        return charts;
    }

    private static Chart NormalizedEdp(StudyResult r, TechnologyResult[] iso)
    {
        var workloads = iso[0].IsoCapacity!.Comparison.Workloads.Select(w => w.Workload).ToArray();
        var series = new List<Series> { new(r.Baseline, workloads.Select(_ => 1.0).ToArray()) };
        series.AddRange(iso.Select(t => new Series(t.Name, t.IsoCapacity!.Comparison.Workloads.Select(w => 1 / w.Ratios.Edp).ToArray())));
        var title = $"EDP normalized to {r.Baseline}, iso-capacity ({Numbers.Bytes(r.BaselineCapacityBytes)}); lower is better";
        return new Chart("normalized-edp", title, Svg.GroupedBars(title, "EDP ÷ " + r.Baseline + " EDP (log)", workloads, series, log: true, reference: 1));
    }

    private static Chart EnergyBreakdown(StudyResult r, TechnologyResult[] iso)
    {
        var categories = new List<string>();
        var read = new List<double>();
        var write = new List<double>();
        var leak = new List<double>();
        var dram = new List<double>();
        var first = iso[0].IsoCapacity!.Comparison.Workloads;
        for (var i = 0; i < first.Count; i++)
        {
            var scale = first[i].Baseline.Energy;
            foreach (var e in new[] { first[i].Baseline }.Concat(iso.Select(t => t.IsoCapacity!.Comparison.Workloads[i].Technology)))
            {
                categories.Add(e.Technology);
                read.Add(e.ReadEnergy / scale);
                write.Add(e.WriteEnergy / scale);
                leak.Add(e.LeakageEnergy / scale);
                dram.Add(e.DramCounted ? e.DramEnergy / scale : 0);
            }
        }

        var segments = new List<Series> { new("read", read), new("write", write), new("leakage", leak) };
        if (r.Settings.IncludeDramEnergy)
        {
            segments.Add(new Series("DRAM", dram));
        }

        var title = $"Energy breakdown, normalized to {r.Baseline}'s energy per workload (iso-capacity)";
        var groups = first.Select(w => (w.Workload, iso.Length + 1)).ToArray();
        return new Chart("energy-breakdown", title, Svg.StackedBars(title, "energy ÷ " + r.Baseline + " energy", categories, segments, groups));
    }

    private static Chart IsoArea(StudyResult r)
    {
        // area curves over the sweep's capacities (and the study capacity), the baseline's area as the budget
        var capacities = r.Technologies.SelectMany(t => t.Scalability.Select(p => p.CapacityBytes)).Append(r.BaselineCapacityBytes).Distinct().OrderBy(c => c).ToArray();
        var series = new List<Series>();
        var first = r.Technologies[0];
        series.Add(new Series(r.Baseline, capacities.Select(c => c == r.BaselineCapacityBytes ? r.BaselineCache.Characteristics.AreaSquareMeters * 1e6
            : first.Scalability.FirstOrDefault(p => p.CapacityBytes == c)?.BaselineAreaSquareMeters * 1e6 ?? double.NaN).ToArray()));
        foreach (var t in r.Technologies)
        {
            series.Add(new Series(t.Name, capacities.Select(c => c == r.BaselineCapacityBytes && t.IsoCapacity is not null ? t.IsoCapacity.Cache.Characteristics.AreaSquareMeters * 1e6
                : t.Scalability.FirstOrDefault(p => p.CapacityBytes == c)?.AreaSquareMeters * 1e6 ?? double.NaN).ToArray()));
        }

        var marks = r.Technologies.Where(t => t.IsoArea is not null)
            .Select(t => ((double)t.IsoArea!.CapacityBytes / (1 << 20), t.IsoArea.AreaSquareMeters * 1e6, t.Name + " " + Numbers.Bytes(t.IsoArea.CapacityBytes) + " (" + Numbers.Ratio(t.IsoArea.CapacityRatio) + "×)")).ToArray();
        var title = $"Iso-area capacity: area curves and the {r.Baseline} budget";
        var svg = Svg.Lines(title, "capacity (MB, log scale)", "area (mm², log)", capacities.Select(c => c / (double)(1 << 20)).ToArray(), series, logX: true, logY: true,
            reference: r.BaselineCache.Characteristics.AreaSquareMeters * 1e6, referenceLabel: r.Baseline + " area at " + Numbers.Bytes(r.BaselineCapacityBytes),
            marks: marks, xFormat: mb => Numbers.Bytes((long)Math.Round(mb * (1 << 20))));
        return new Chart("iso-area", title, svg);
    }

    private static Chart Scalability(StudyResult r)
    {
        var capacities = r.Technologies.First(t => t.Scalability.Count > 0).Scalability.Select(p => p.CapacityBytes).ToArray();
        var series = r.Technologies.Select(t => new Series(t.Name, capacities.Select(c => t.Scalability.FirstOrDefault(p => p.CapacityBytes == c)?.Comparison.Edp.Geomean ?? double.NaN).ToArray())).ToArray();
        var title = $"Scalability: EDP reduction vs {r.Baseline} at the same capacity (geomean over workloads)";
        var svg = Svg.Lines(title, "capacity (log scale)", r.Baseline + " EDP ÷ technology EDP (log)", capacities.Select(c => (double)c).ToArray(), series, logX: true, logY: true,
            reference: 1, referenceLabel: "parity", xFormat: c => Numbers.Bytes((long)c));
        return new Chart("scalability", title, svg);
    }
}
