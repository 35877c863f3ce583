using System.Collections.Generic;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model;

/// <summary>The wires NVSim tries on the chosen organization after its search (its `REFINE_LOCAL_WIRE_FORLOOP` and
/// `REFINE_GLOBAL_WIRE_FORLOOP`): each listed local wire class, then each global wire class × repeaters × low swing
/// (no low-swing wire with repeaters). A pinned configuration key lists one value.</summary>
public sealed record WireExploration
{
    public IReadOnlyList<WireKind> LocalKinds { get; init; } = new[] { WireKind.LocalAggressive };
    public IReadOnlyList<WireKind> GlobalKinds { get; init; } = new[] { WireKind.GlobalAggressive };
    public IReadOnlyList<WireRepeaters> GlobalRepeaters { get; init; } = new[] { WireRepeaters.None };
    public IReadOnlyList<bool> GlobalLowSwing { get; init; } = new[] { false };

    /// <summary>What NVSim's tag search always tries (`REDUCE_SEARCH_SIZE`, whatever the wire keys say): aggressive and
    /// conservative local and global wires, without or with delay-optimal repeaters, full or low swing.</summary>
    public static WireExploration Tag { get; } = new()
    {
        LocalKinds = new[] { WireKind.LocalAggressive, WireKind.LocalConservative },
        GlobalKinds = new[] { WireKind.GlobalAggressive, WireKind.GlobalConservative },
        GlobalRepeaters = new[] { WireRepeaters.None, WireRepeaters.Optimal },
        GlobalLowSwing = new[] { false, true },
    };

    /// <summary>Every repeater design (NVSim's range when the repeater key is absent).</summary>
    public static IReadOnlyList<WireRepeaters> AllRepeaters { get; } = new[]
    {
        WireRepeaters.None, WireRepeaters.Optimal, WireRepeaters.Delay5Percent, WireRepeaters.Delay10Percent, WireRepeaters.Delay20Percent,
        WireRepeaters.Delay30Percent, WireRepeaters.Delay40Percent, WireRepeaters.Delay50Percent,
    };
}
