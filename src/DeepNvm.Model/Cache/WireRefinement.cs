using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Cache;

/// <summary>NVSim's post-search wire refinement: the chosen organization is re-evaluated with each wire of the
/// exploration and a strictly better score (and every constraint met) replaces it. Local wires enter an array
/// only through their resistance and capacitance per metre, so their repeater and low-swing settings change
/// nothing (as in NVSim) and only their class is tried.</summary>
internal static class WireRefinement
{
    public static void Refine(WireExploration x, double nodeNm, double temperatureK, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry,
        int associativity, OptimizationTarget target, CacheConstraints? constraints, ArrayOrganization organization, ref Bank best,
        ref ArrayContext bestContext)
    {
        foreach (var kind in x.LocalKinds)
        {
            var trial = WithLocalWire(bestContext, kind, nodeNm, temperatureK);
            TryAndUpdate(trial, ws, tag, entries, bitsPerEntry, associativity, target, constraints, organization, ref best, ref bestContext);
        }

        foreach (var kind in x.GlobalKinds)
        {
            foreach (var repeaters in x.GlobalRepeaters)
            {
                foreach (var lowSwing in x.GlobalLowSwing)
                {
                    if (lowSwing && repeaters != WireRepeaters.None)
                    {
                        continue;
                    }

                    var trial = WithGlobalWire(bestContext, kind, repeaters, lowSwing, nodeNm, temperatureK);
                    TryAndUpdate(trial, ws, tag, entries, bitsPerEntry, associativity, target, constraints, organization, ref best, ref bestContext);
                }
            }
        }
    }

    /// <summary>The context with another local wire class (its global wire kept).</summary>
    public static ArrayContext WithLocalWire(ArrayContext c, WireKind kind, double nodeNm, double temperatureK) =>
        c.WithWires(Wire.Create(kind, nodeNm, temperatureK), kind, c.GlobalRoute);

    /// <summary>The context with another global wire (class, repeaters, swing) built on it (its local wire kept).</summary>
    public static ArrayContext WithGlobalWire(ArrayContext c, WireKind kind, WireRepeaters repeaters, bool lowSwing, double nodeNm, double temperatureK) =>
        c.WithWires(c.LocalWire, c.LocalKind, new GlobalWireModel(c, Wire.Create(kind, nodeNm, temperatureK), kind, repeaters, lowSwing));

    /// <summary>The context with the wires a refinement chose (<paramref name="chosen"/>'s), built as the refinement builds
    /// them: the local class first, then the global wire on the result; unchanged where they are the context's own.</summary>
    public static ArrayContext WithChosenWires(ArrayContext c, ArrayCharacteristics chosen, double nodeNm, double temperatureK)
    {
        if (chosen.LocalWire != c.LocalKind)
        {
            c = WithLocalWire(c, chosen.LocalWire, nodeNm, temperatureK);
        }

        var route = c.GlobalRoute;
        return chosen.GlobalWire != route.Kind || chosen.GlobalRepeaters != route.Repeaters || chosen.GlobalLowSwing != route.LowSwing
            ? WithGlobalWire(c, chosen.GlobalWire, chosen.GlobalRepeaters, chosen.GlobalLowSwing, nodeNm, temperatureK)
            : c;
    }

    /// <summary>One organization evaluated from scratch (the mat memo does not key on wires, so it is emptied).</summary>
    public static Bank Evaluate(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity, in ArrayOrganization o)
    {
        ws.Htree.Mats.Clear();
        var activeSubs = o.ActiveRowSubarrays * o.ActiveColumnSubarrays;
        var block = OrganizationSearch.BlockSize(tag, bitsPerEntry, o.ActiveRowMats * o.ActiveColumnMats * activeSubs);
        return Bank.Evaluate(c, ws.Htree, tag, o.RowMats, o.ColumnMats, entries * block, block, associativity, o.ActiveColumnMats, o.ActiveRowMats,
            o.MuxSenseAmp, o.MuxLev1, o.MuxLev2, o.RowSubarrays, o.ColumnSubarrays, o.ActiveColumnSubarrays, o.ActiveRowSubarrays);
    }

    private static void TryAndUpdate(ArrayContext trial, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, in ArrayOrganization organization, ref Bank best, ref ArrayContext bestContext)
    {
        var bank = Evaluate(trial, ws, tag, entries, bitsPerEntry, associativity, in organization);
        if (bank.Invalid || !Meets(in bank, constraints)
            || !(OrganizationSearch.Score(in bank, target) < OrganizationSearch.Score(in best, target)))
        {
            return;
        }

        best = bank;
        bestContext = trial;
    }

    private static bool Meets(in Bank b, CacheConstraints? k) =>
        k is null
        || (b.Area <= (k.MaxAreaSquareMeters ?? double.MaxValue) && b.Leakage <= (k.MaxLeakageWatts ?? double.MaxValue)
            && b.ReadLatency <= (k.MaxReadLatencySeconds ?? double.MaxValue) && b.WriteLatency <= (k.MaxWriteLatencySeconds ?? double.MaxValue)
            && b.ReadEnergy <= (k.MaxReadEnergyJoules ?? double.MaxValue) && b.WriteEnergy <= (k.MaxWriteEnergyJoules ?? double.MaxValue));
}
