using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>
/// A warm-started organization search: the incumbent (the organization another search found for a similar
/// array, e.g. the previous Monte Carlo sample's) is evaluated first under this array's inputs, and its
/// score becomes the search's cutoff, so branch and bound prunes from the start. The result is the cold
/// search's: every candidate scoring at most the cutoff is still visited (bounds never exceed scores, and
/// pruning keeps a relative margin), ties resolve by NVSim's order as before, and if the incumbent is not
/// a legal candidate here the search simply runs cold.
/// </summary>
internal static class WarmStart
{
    public static SearchOutcome Search(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux, bool prune, ForcedOrganization? force,
        ArrayOrganization? incumbent)
    {
        if (incumbent is { } o && prune && force is null)
        {
            var only = new ForcedOrganization
            {
                RowMats = o.RowMats, ColumnMats = o.ColumnMats, ActiveRowMats = o.ActiveRowMats, ActiveColumnMats = o.ActiveColumnMats,
                RowSubarrays = o.RowSubarrays, ColumnSubarrays = o.ColumnSubarrays, ActiveRowSubarrays = o.ActiveRowSubarrays,
                ActiveColumnSubarrays = o.ActiveColumnSubarrays, MuxSenseAmp = o.MuxSenseAmp, MuxLev1 = o.MuxLev1, MuxLev2 = o.MuxLev2,
            };
            var first = OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune, only);
            if (first.Found)
            {
                var warm = OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune,
                    null, OrganizationSearch.Score(in first.Best, target));
                if (warm.Found)
                {
                    return warm;
                }
            }
        }

        return OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune, force);
    }
}
