using System;
using System.Linq;
using DeepNvm.Model;

namespace DeepNvm.Studies;

/// <summary>
/// A headline metric of one technology, as <c>expect</c> and <c>reference</c> lines name it
/// (<c>iso_capacity.edp_reduction(SttMram)</c>): how to read it off a study's results, and the
/// smallest study that still measures it (only that technology, only the comparison it needs), so
/// sensitivity sweeps and break-even searches do not pay for the parts they never read.
/// </summary>
public sealed record StudyMetric(string Metric, string Technology)
{
    /// <summary>The metric names (the language's NvmSchema.ExpectationMetrics).</summary>
    public static readonly string[] Names =
    {
        "iso_capacity.edp_reduction", "iso_capacity.edp_reduction_max", "iso_capacity.energy_reduction",
        "iso_capacity.delay_reduction", "iso_capacity.area_reduction", "iso_area.capacity_ratio",
        "iso_area.edp_reduction", "iso_area.edp_reduction_max",
    };

    /// <summary>"iso_capacity.edp_reduction(SttMram)".</summary>
    public override string ToString() => Metric + "(" + Technology + ")";

    /// <summary>The value in <paramref name="result"/>; null when the study did not run the comparison.</summary>
    public double? Measure(StudyResult result)
    {
        var technology = result.Technologies.FirstOrDefault(t => t.Name == Technology)
            ?? throw new ArgumentException($"the study has no technology '{Technology}'");
        var capacity = technology.IsoCapacity;
        var area = technology.IsoArea;
        return Metric switch
        {
            "iso_capacity.edp_reduction" => capacity?.Comparison.Edp.Geomean,
            "iso_capacity.edp_reduction_max" => capacity?.Comparison.Edp.Max,
            "iso_capacity.energy_reduction" => capacity?.Comparison.Energy.Geomean,
            "iso_capacity.delay_reduction" => capacity?.Comparison.Delay.Geomean,
            "iso_capacity.area_reduction" => capacity?.AreaReduction,
            "iso_area.capacity_ratio" => area?.CapacityRatio,
            "iso_area.edp_reduction" => area?.Comparison.Edp.Geomean,
            "iso_area.edp_reduction_max" => area?.Comparison.Edp.Max,
            _ => throw new ArgumentException($"unknown metric '{Metric}'; one of {string.Join(", ", Names)}"),
        };
    }

    /// <summary>Why this metric cannot be measured on <paramref name="study"/> (an unknown metric or
    /// technology, or a comparison the study does not run); null when it can.</summary>
    public string? Problem(StudyParameters study)
    {
        if (Array.IndexOf(Names, Metric) < 0)
        {
            return $"unknown metric '{Metric}'; one of {string.Join(", ", Names)}";
        }

        if (study.Cells.All(c => c.Name != Technology))
        {
            return $"study '{study.Name}' compares no technology '{Technology}'; it compares {string.Join(", ", study.Cells.Select(c => c.Name))}";
        }

        var isoArea = Metric.StartsWith("iso_area.", StringComparison.Ordinal);
        return (isoArea ? study.IsoArea : study.IsoCapacity) ? null
            : $"study '{study.Name}' does not run {Metric.Split('.')[0]} (add '{Metric.Split('.')[0]} {{ }}' to it)";
    }

    /// <summary>The part of <paramref name="study"/> this metric reads: its technology only, its comparison only, no sweep.</summary>
    public StudyParameters Trim(StudyParameters study)
    {
        var isoArea = Metric.StartsWith("iso_area.", StringComparison.Ordinal);
        return study with
        {
            Cells = study.Cells.Where(c => c.Name == Technology).ToArray(),
            IsoCapacity = !isoArea,
            IsoArea = isoArea,
            ScalabilityCapacities = Array.Empty<long>(),
            Expectations = Array.Empty<ExpectationParameters>(),
        };
    }
}
