using System.Collections.Generic;

namespace DeepNvm.Studies.Uncertainty;

/// <summary>Where a headline ratio sits in a study's results: the technology, the comparison
/// (<see cref="HeadlineMetrics.IsoCapacity"/>, <see cref="HeadlineMetrics.IsoArea"/> or a scalability
/// point), and the metric's JSON name.</summary>
public readonly record struct MetricSlot(int Technology, string Scope, int Point, string Metric);

/// <summary>
/// The headline ratios (baseline ÷ technology, &gt; 1: better than the baseline) Monte Carlo summarizes,
/// named as in the study JSON: per workload set the geometric means over workloads of EDP, energy and
/// latency reduction; the area reduction at iso-capacity and at each scalability point; the capacity
/// ratio at iso-area.
/// </summary>
public static class HeadlineMetrics
{
    public const string IsoCapacity = "isoCapacity";
    public const string IsoArea = "isoArea";
    public const string Scalability = "scalability";

    /// <summary>The metric whose probability of exceeding 1 is a comparison's <c>probabilityBetter</c>.</summary>
    public const string Edp = "edpReduction";

    /// <summary>Every headline ratio of <paramref name="result"/>, in a fixed order (technology, then
    /// iso-capacity, iso-area and each scalability point, then the metrics of each).</summary>
    public static IEnumerable<(MetricSlot Slot, double Value)> Of(StudyResult result)
    {
        for (var t = 0; t < result.Technologies.Count; t++)
        {
            var technology = result.Technologies[t];
            if (technology.IsoCapacity is { } ic)
            {
                yield return (new MetricSlot(t, IsoCapacity, 0, Edp), ic.Comparison.Edp.Geomean);
                yield return (new MetricSlot(t, IsoCapacity, 0, "energyReduction"), ic.Comparison.Energy.Geomean);
                yield return (new MetricSlot(t, IsoCapacity, 0, "latencyReduction"), ic.Comparison.Delay.Geomean);
                yield return (new MetricSlot(t, IsoCapacity, 0, "areaReduction"), ic.AreaReduction);
            }

            if (technology.IsoArea is { } ia)
            {
                yield return (new MetricSlot(t, IsoArea, 0, "capacityRatio"), ia.CapacityRatio);
                yield return (new MetricSlot(t, IsoArea, 0, Edp), ia.Comparison.Edp.Geomean);
                yield return (new MetricSlot(t, IsoArea, 0, "energyReduction"), ia.Comparison.Energy.Geomean);
                yield return (new MetricSlot(t, IsoArea, 0, "latencyReduction"), ia.Comparison.Delay.Geomean);
            }

            for (var p = 0; p < technology.Scalability.Count; p++)
            {
                var point = technology.Scalability[p];
                yield return (new MetricSlot(t, Scalability, p, Edp), point.Comparison.Edp.Geomean);
                yield return (new MetricSlot(t, Scalability, p, "energyReduction"), point.Comparison.Energy.Geomean);
                yield return (new MetricSlot(t, Scalability, p, "latencyReduction"), point.Comparison.Delay.Geomean);
                yield return (new MetricSlot(t, Scalability, p, "areaReduction"), point.BaselineAreaSquareMeters / point.AreaSquareMeters);
            }
        }
    }
}
