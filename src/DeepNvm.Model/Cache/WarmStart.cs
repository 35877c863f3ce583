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
    /// <param name="cutoff">A score to beat that is already known (another buffer design's best): the search returns
    /// the best candidate scoring at most this, or nothing when no candidate does.</param>
    /// <param name="passed">The log the pruned search fills, or replays (see <see cref="PassedGroups"/>); null: neither.</param>
    /// <remarks>The incumbent alone is evaluated without bounds (<c>prune: false</c>): one candidate needs none.</remarks>
    public static SearchOutcome Search(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux, bool prune, ForcedOrganization? force,
        ArrayOrganization? incumbent, double cutoff = double.MaxValue, PassedGroups? passed = null)
    {
        if (!prune || force is not null)
        {
            return OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune, force);
        }

        var limit = cutoff;
        var incumbentWithin = false;
        if (incumbent is { } o)
        {
            var first = OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, false,
                ForcedOrganization.Of(o));
            if (first.Found && OrganizationSearch.Score(in first.Best, target) <= limit)
            {
                limit = OrganizationSearch.Score(in first.Best, target);
                incumbentWithin = true;
            }
        }

        // the pruned searches log their passed groups, or replay another design's log (BufferDesignSearch); the incumbent's does not
        var anyDesign = passed is not null;
        var warm = OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune, null, limit,
            passed, anyDesign);

        // Nothing at most the cutoff is an answer (this design cannot beat the other's), unless the incumbent itself was
        // within it: then the search must have found at least the incumbent, and a cold search settles it.
        return warm.Found || !incumbentWithin ? warm
            : OrganizationSearch.Search(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMats, maxMux, prune, null, cutoff,
                passed, anyDesign);
    }
}
