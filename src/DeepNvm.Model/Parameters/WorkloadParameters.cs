namespace DeepNvm.Model;

/// <summary>A DL workload as declared in .nvm: a profile, an analytic network, or explicit counts.</summary>
public sealed record WorkloadParameters
{
    public string Name { get; init; } = "";
    public WorkloadSource Source { get; init; }
    /// <summary>Profile path as written, relative to the declaring .nvm file (Source = Profile).</summary>
    public string? ProfilePath { get; init; }
    /// <summary>Directory of the declaring .nvm file, to resolve <see cref="ProfilePath"/>.</summary>
    public string? BaseDirectory { get; init; }
    /// <summary>Built-in network name, e.g. "resnet50" (Source = Analytic).</summary>
    public string? Network { get; init; }
    public WorkloadPhase Phase { get; init; } = WorkloadPhase.Inference;
    public int Batch { get; init; } = 1;
    public Precision Precision { get; init; } = Precision.Fp32;
    /// <summary>Explicit counts in 32-byte sectors (Source = Counts).</summary>
    public double? L2ReadSectors { get; init; }
    public double? L2WriteSectors { get; init; }
    public double? DramReadSectors { get; init; }
    public double? DramWriteSectors { get; init; }
    /// <summary>Run time in seconds (Source = Counts), when given.</summary>
    public double? DurationSeconds { get; init; }
}
