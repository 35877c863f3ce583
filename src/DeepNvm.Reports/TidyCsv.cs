using System.Text;
using DeepNvm.Studies;

namespace DeepNvm.Reports;

/// <summary>tidy.csv: every number of a study in one long table, one value per row — study,
/// comparison (iso-capacity, iso-area, scalability), technology (the baseline's rows carry its name),
/// workload (empty for a summary over workloads), phase, capacity in bytes, metric, value — so that it
/// loads into a data frame with no cleaning. Values are full precision; SI units (metric names say which).</summary>
public static class TidyCsv
{
    public static readonly string[] Header = { "study", "comparison", "technology", "workload", "phase", "capacity_bytes", "metric", "value" };

    public static string Write(StudyResult r)
    {
        var text = new StringBuilder();
        text.Append(string.Join(",", Header)).Append("\r\n");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Row(string comparison, string technology, string workload, string phase, long capacity, string metric, double value)
        {
            var cells = new[] { r.Name, comparison, technology, workload, phase, capacity.ToString(System.Globalization.CultureInfo.InvariantCulture), metric, CsvCells.Full(value) };
            var line = string.Join(",", cells.Select(ReportTable.Csv));
            // the baseline's evaluation appears once per technology compared with it: one row is enough
            if (seen.Add(line))
            {
                text.Append(line).Append("\r\n");
            }
        }

        void Compare(string comparison, string technology, long capacity, Comparison c)
        {
            foreach (var w in c.Workloads)
            {
                var phase = StudyTables.Phase(w.Phase);
                Row(comparison, technology, w.Workload, phase, capacity, "edp_reduction", w.Ratios.Edp);
                Row(comparison, technology, w.Workload, phase, capacity, "energy_reduction", w.Ratios.Energy);
                Row(comparison, technology, w.Workload, phase, capacity, "latency_reduction", w.Ratios.Delay);
                Evaluation(comparison, w.Baseline, phase);
                Evaluation(comparison, w.Technology, phase);
            }

            Row(comparison, technology, "", "", capacity, "edp_reduction_geomean", c.Edp.Geomean);
            Row(comparison, technology, "", "", capacity, "edp_reduction_min", c.Edp.Min);
            Row(comparison, technology, "", "", capacity, "edp_reduction_max", c.Edp.Max);
            Row(comparison, technology, "", "", capacity, "energy_reduction_geomean", c.Energy.Geomean);
            Row(comparison, technology, "", "", capacity, "latency_reduction_geomean", c.Delay.Geomean);
        }

        void Evaluation(string comparison, Evaluation e, string phase)
        {
            foreach (var (metric, value) in Metrics(e))
            {
                Row(comparison, e.Technology, e.Workload, phase, e.CapacityBytes, metric, value);
            }
        }

        foreach (var t in r.Technologies)
        {
            if (t.IsoCapacity is { } ic)
            {
                Compare("iso-capacity", t.Name, ic.CapacityBytes, ic.Comparison);
                Row("iso-capacity", t.Name, "", "", ic.CapacityBytes, "area_reduction", ic.AreaReduction);
            }

            if (t.IsoArea is { } ia)
            {
                Compare("iso-area", t.Name, ia.CapacityBytes, ia.Comparison);
                Row("iso-area", t.Name, "", "", ia.CapacityBytes, "capacity_ratio", ia.CapacityRatio);
                Row("iso-area", t.Name, "", "", ia.CapacityBytes, "area_square_meters", ia.AreaSquareMeters);
            }

            foreach (var p in t.Scalability)
            {
                Compare("scalability", t.Name, p.CapacityBytes, p.Comparison);
                Row("scalability", t.Name, "", "", p.CapacityBytes, "area_square_meters", p.AreaSquareMeters);
                Row("scalability", r.Baseline, "", "", p.CapacityBytes, "area_square_meters", p.BaselineAreaSquareMeters);
            }
        }

        return text.ToString();
    }

    private static IEnumerable<(string, double)> Metrics(Evaluation e)
    {
        yield return ("l2_read_sectors", e.ReadSectors);
        yield return ("l2_write_sectors", e.WriteSectors);
        yield return ("dram_sectors", e.DramSectors);
        yield return ("read_energy_joules", e.ReadEnergy);
        yield return ("write_energy_joules", e.WriteEnergy);
        yield return ("leakage_energy_joules", e.LeakageEnergy);
        yield return ("dram_energy_joules", e.DramEnergy);
        yield return ("energy_joules", e.Energy);
        yield return ("access_latency_seconds", e.AccessLatency);
        yield return ("delay_seconds", e.Delay);
        yield return ("edp_joule_seconds", e.Edp);
        if (e.RunTime is { } runTime)
        {
            yield return ("run_time_seconds", runTime);
        }
    }
}
