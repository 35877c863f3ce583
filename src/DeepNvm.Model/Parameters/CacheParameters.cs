namespace DeepNvm.Model;

/// <summary>A cache organization as declared in .nvm. The cell and node may come from the cache
/// itself or be supplied by a study or platform.</summary>
public sealed record CacheParameters
{
    public string Name { get; init; } = "";
    /// <summary>Data capacity in bytes (non-powers of two allowed, e.g. 2.75 MB).</summary>
    public long CapacityBytes { get; init; }
    public int Associativity { get; init; } = 16;
    public int LineBytes { get; init; } = 128;
    /// <summary>Transaction granularity of the workload counts (32 B on NVIDIA GPUs).</summary>
    public int SectorBytes { get; init; } = 32;
    /// <summary>Bits read or written per access; null means one whole line.</summary>
    public int? AccessBits { get; init; }
    /// <summary>Independent slices the capacity is split into (a GPU L2 is sliced per memory controller).</summary>
    public int Slices { get; init; } = 1;
    public TechnologyNodeParameters? Node { get; init; }
    public CellParameters? Cell { get; init; }
    public OptimizationTarget Optimize { get; init; } = OptimizationTarget.ReadEdp;
    public CacheAccessMode AccessMode { get; init; } = CacheAccessMode.Normal;
}
