using System.Collections.Generic;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>The organization search over several buffer designs (NVSim's innermost BIGFOR loop,
/// `areaOptimizationLevel`): one search per design, the best score wins, and equal scores go to the candidate
/// NVSim meets first (organization in its loop order, then latency before balanced before area). NVSim's tag search
/// always explores all three designs, whatever `-BufferDesignOptimization` says (`REDUCE_SEARCH_SIZE` in its
/// `macros.h`); its data search explores them when the key is absent.</summary>
internal static class BufferDesignSearch
{
    /// <summary>Every design, in NVSim's loop order.</summary>
    public static readonly BufferDesign[] All = { BufferDesign.Latency, BufferDesign.Balanced, BufferDesign.Area };

    /// <summary>Latency-first only (a pinned `-BufferDesignOptimization: latency`).</summary>
    public static readonly BufferDesign[] LatencyOnly = { BufferDesign.Latency };

    private static readonly BufferDesign[] BalancedOnly = { BufferDesign.Balanced };
    private static readonly BufferDesign[] AreaOnly = { BufferDesign.Area };

    /// <summary>The designs to search: all three, or the pinned one (shared arrays for the three named designs: nothing allocated per search).</summary>
    public static BufferDesign[] Of(BufferDesign? pinned) => pinned switch
    {
        null => All,
        BufferDesign.Latency => LatencyOnly,
        BufferDesign.Balanced => BalancedOnly,
        BufferDesign.Area => AreaOnly,
        { } d => new[] { d },
    };

    public static SearchOutcome Search(ArrayContext c, IReadOnlyList<BufferDesign> designs, SearchWorkspace ws, bool tag, long entries,
        long bitsPerEntry, int associativity, OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux, bool prune,
        ForcedOrganization? force, ArrayOrganization? incumbent, out BufferDesign chosen)
    {
        chosen = designs[0];
        var best = new SearchOutcome();
        var bestScore = double.MaxValue;
        var bestOrder = long.MaxValue;
        var total = new SearchOutcome();

        // With several designs, the first logs the groups its bounds let through and the others replay that log instead of
        // bounding every group again (PassedGroups says why that finds the same best). Its bounds then hold for every design
        // (the fastest of their row decoders), which costs the latency targets more than the replay saves, their bound being
        // mostly that decoder (measured: SRAM read latency, 8 MB, Normal mode, 28-30 ms with a search per design, 41-47 ms
        // replayed), so they search each design with its own decoder.
        var passed = designs.Count > 1 && prune && force is null && !LatencyAlone(target) ? ws.Passed : null;
        if (passed is not null)
        {
            passed.Replaying = false;
        }

        foreach (var design in designs)
        {
            // Each design's search may start from an incumbent organization (WarmStart), and needs only beat the designs
            // before it: a candidate scoring above their best cannot be chosen. The result is the cold searches'.
            var o = WarmStart.Search(c.WithBufferDesign(design), ws, tag, entries, bitsPerEntry, associativity, target, constraints,
                maxMats, maxMux, prune, force, incumbent, bestScore, passed);
            if (passed is not null)
            {
                passed.Replaying = true;
            }

            Accumulate(ref total, in o);
            if (!o.Found)
            {
                continue;
            }

            var score = OrganizationSearch.Score(in o.Best, target);
            var order = OrganizationSearch.NvsimOrder(o.Organization);
            if (!best.Found || score < bestScore || (score == bestScore && order < bestOrder))
            {
                best = o;
                bestScore = score;
                bestOrder = order;
                chosen = design;
            }
        }

        if (!best.Found)
        {
            return total;
        }

        best.Evaluated = total.Evaluated;
        best.Legal = total.Legal;
        best.RejectedByRule = total.RejectedByRule;
        return best;
    }

    private static bool LatencyAlone(OptimizationTarget target) => target is OptimizationTarget.ReadLatency or OptimizationTarget.WriteLatency;

    private static void Accumulate(ref SearchOutcome total, in SearchOutcome o)
    {
        total.Evaluated += o.Evaluated;
        total.Legal += o.Legal;
        total.RejectedByRule += o.RejectedByRule;
        if (o.RejectedByRule > 0)
        {
            total.LastRule = o.LastRule;
        }

        total.RejectedByMaxArea += o.RejectedByMaxArea;
        total.RejectedByMaxLeakage += o.RejectedByMaxLeakage;
        total.RejectedByMaxReadLatency += o.RejectedByMaxReadLatency;
        total.RejectedByMaxWriteLatency += o.RejectedByMaxWriteLatency;
        total.RejectedByMaxReadEnergy += o.RejectedByMaxReadEnergy;
        total.RejectedByMaxWriteEnergy += o.RejectedByMaxWriteEnergy;
    }
}
