using System.Collections.Generic;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model;

/// <summary>Severity of a model diagnostic.</summary>
public enum ModelSeverity
{
    Warning,
    Error,
}

/// <summary>A diagnostic raised by the model (ids in <see cref="ModelDiagnosticIds"/>); located by the caller.</summary>
public sealed record ModelDiagnostic(string Id, ModelSeverity Severity, string Message)
{
    /// <summary>The input the diagnostic is about, as <c>Record.Member</c> (<c>Cell.WriteCurrentAmperes</c>,
    /// <c>Node.FeatureSizeMeters</c>, <c>Cache.CapacityBytes</c>), so a reader that knows where it read that member
    /// (the NVSim reader's .cell and .cfg lines) can locate the diagnostic there; null when it is about no one input.</summary>
    public string? Subject { get; init; }

    public override string ToString() => $"{(Severity == ModelSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}

/// <summary>Upper limits on the data array an organization may have; null means no limit.</summary>
public sealed record CacheConstraints
{
    public double? MaxReadLatencySeconds { get; init; }
    public double? MaxWriteLatencySeconds { get; init; }
    public double? MaxReadEnergyJoules { get; init; }
    public double? MaxWriteEnergyJoules { get; init; }
    public double? MaxLeakageWatts { get; init; }
    public double? MaxAreaSquareMeters { get; init; }
}

/// <summary>Pins parts of the data array's organization (NVSim's -ForceBank, -ForceMat, -ForceMux* keys); null
/// leaves a dimension to the search. Mat and subarray counts are rows × columns; "active" counts likewise.</summary>
public sealed record ForcedOrganization
{
    public int? RowMats { get; init; }
    public int? ColumnMats { get; init; }
    public int? ActiveRowMats { get; init; }
    public int? ActiveColumnMats { get; init; }
    public int? RowSubarrays { get; init; }
    public int? ColumnSubarrays { get; init; }
    public int? ActiveRowSubarrays { get; init; }
    public int? ActiveColumnSubarrays { get; init; }
    public int? MuxSenseAmp { get; init; }
    public int? MuxLev1 { get; init; }
    public int? MuxLev2 { get; init; }

    /// <summary>Every mat of a row active (NVSim's -UseCactiAssumption: the active mats per row equal the mat columns).</summary>
    public bool AllMatsOfARowActive { get; init; }

    internal static bool Allows(int? forced, int value) => forced is null || forced.Value == value;

    /// <summary>Every dimension pinned to <paramref name="o"/>'s: the search evaluates that organization alone.</summary>
    internal static ForcedOrganization Of(in ArrayOrganization o) => new()
    {
        RowMats = o.RowMats, ColumnMats = o.ColumnMats, ActiveRowMats = o.ActiveRowMats, ActiveColumnMats = o.ActiveColumnMats,
        RowSubarrays = o.RowSubarrays, ColumnSubarrays = o.ColumnSubarrays, ActiveRowSubarrays = o.ActiveRowSubarrays,
        ActiveColumnSubarrays = o.ActiveColumnSubarrays, MuxSenseAmp = o.MuxSenseAmp, MuxLev1 = o.MuxLev1, MuxLev2 = o.MuxLev2,
    };
}

/// <summary>Settings of the cache model. Defaults reproduce the NVSim reference runs (aggressive local and
/// global wires without repeaters, latency-optimized buffers, 100 F drivers).</summary>
public sealed record CacheModelOptions
{
    public WireKind LocalWire { get; init; } = WireKind.LocalAggressive;
    public WireKind GlobalWire { get; init; } = WireKind.GlobalAggressive;
    /// <summary>Repeaters on the data array's global (H-tree) wires (NVSim's -GlobalWireRepeaterType).</summary>
    public WireRepeaters GlobalRepeaters { get; init; } = WireRepeaters.None;
    /// <summary>Low-swing global wires (NVSim's -GlobalWireUseLowSwing; not with repeaters).</summary>
    public bool GlobalLowSwing { get; init; }
    /// <summary>NVSim's post-search wire refinement for the data array (what an absent wire key explores); null keeps the
    /// wires above. The tag array is always refined over <see cref="WireExploration.Tag"/> (as NVSim does).</summary>
    public WireExploration? DataWireExploration { get; init; }
    /// <summary>Buffer design of the data array's decoder drivers (NVSim's -BufferDesignOptimization); null explores
    /// latency, balanced and area designs and keeps the best, as NVSim does when the key is absent. The tag array
    /// always explores all three (as NVSim does).</summary>
    public BufferDesign? DataBufferDesign { get; init; } = BufferDesign.Latency;
    /// <summary>Largest NMOS a driver may use, in F.</summary>
    public double MaxNmosSizeF { get; init; } = 100;
    public CacheConstraints? Constraints { get; init; }
    /// <summary>Pinned parts of the data array's organization (the tag array is always searched, as in NVSim).</summary>
    public ForcedOrganization? Force { get; init; }
    /// <summary>Largest mat grid explored per dimension (NVSim: 512 data, 64 tag).</summary>
    public int MaxMatsPerDimension { get; init; } = 512;
    /// <summary>Largest degree of each mux level (NVSim: 256 data, 64 tag).</summary>
    public int MaxMux { get; init; } = 256;
    /// <summary>Branch-and-bound pruning of the organization search (same optimum; off = exhaustive).</summary>
    public bool Prune { get; init; } = true;
    /// <summary>Skip the tag array (a RAM, not a cache).</summary>
    public bool WithoutTag { get; init; }

    public static CacheModelOptions Default { get; } = new();
}

/// <summary>Per-access figures of one array (data or tag).</summary>
public sealed record ArrayCharacteristics(
    ArrayOrganization Organization,
    double ReadLatencySeconds,
    double WriteLatencySeconds,
    double ReadEnergyJoules,
    double WriteEnergyJoules,
    double LeakageWatts,
    double AreaSquareMeters,
    double HeightMeters,
    double WidthMeters)
{
    /// <summary>How the array's decoder drivers are sized (NVSim's "Buffer Design Style").</summary>
    public BufferDesign BufferDesign { get; init; }

    /// <summary>The array's local wire class.</summary>
    public WireKind LocalWire { get; init; } = WireKind.LocalAggressive;

    /// <summary>The H-tree's wire class, repeaters and swing.</summary>
    public WireKind GlobalWire { get; init; } = WireKind.GlobalAggressive;
    public WireRepeaters GlobalRepeaters { get; init; }
    public bool GlobalLowSwing { get; init; }
}

/// <summary>A characterized cache: per-access latency and energy, leakage, area and the chosen organization.
/// Figures are SI. For a sliced cache, latency and energy are those of one access (one slice), leakage and
/// area those of all slices.</summary>
public sealed record CacheCharacteristics
{
    public double HitLatencySeconds { get; init; }
    public double MissLatencySeconds { get; init; }
    public double WriteLatencySeconds { get; init; }
    public double HitEnergyJoules { get; init; }
    public double MissEnergyJoules { get; init; }
    public double WriteEnergyJoules { get; init; }
    public double LeakageWatts { get; init; }
    public double AreaSquareMeters { get; init; }
    public double DataLeakageWatts { get; init; }
    public double TagLeakageWatts { get; init; }
    public double DataAreaSquareMeters { get; init; }
    public double TagAreaSquareMeters { get; init; }
    public int Slices { get; init; } = 1;
    public ArrayCharacteristics? Data { get; init; }
    public ArrayCharacteristics? Tag { get; init; }
    /// <summary>Candidates the data-array search evaluated in full.</summary>
    public long CandidatesEvaluated { get; init; }
    /// <summary>How a non-power-of-two capacity was obtained, if it was.</summary>
    public string? Note { get; init; }
    /// <summary>For an interpolated capacity, the upper power of two's characteristics (<see cref="Data"/> and
    /// <see cref="Tag"/> are the lower one's): the incumbent a warm-started search of its upper slice starts from.</summary>
    internal CacheCharacteristics? Upper { get; init; }
}

/// <summary>The outcome of <see cref="CacheModel.Characterize"/>: characteristics, or the reason there are none.</summary>
public sealed class CacheModelResult
{
    internal CacheModelResult(CacheCharacteristics? characteristics, IReadOnlyList<ModelDiagnostic> diagnostics, string? eliminatingConstraint)
    {
        Characteristics = characteristics;
        Diagnostics = diagnostics;
        EliminatingConstraint = eliminatingConstraint;
    }

    public CacheCharacteristics? Characteristics { get; }
    public IReadOnlyList<ModelDiagnostic> Diagnostics { get; }
    /// <summary>When no organization was valid: the constraint (or legality rule) that removed the last candidates.</summary>
    public string? EliminatingConstraint { get; }
    public bool Succeeded => Characteristics is not null;
}
