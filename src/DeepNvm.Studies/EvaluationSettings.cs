using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>Every modelling choice of an evaluation, each with its documented default
/// (docs/model-evaluation.md).</summary>
public sealed record EvaluationSettings
{
    /// <summary>What delay means in EDP. Default: the summed L2 access latency, N_R·t_R + N_W·t_W.</summary>
    public DelayDefinition Delay { get; init; } = DelayDefinition.AccessLatency;
    /// <summary>How long the cache leaks. Default: the workload's run time.</summary>
    public LeakageTimeBase LeakageTime { get; init; } = LeakageTimeBase.RunTime;
    /// <summary>Whether DRAM energy is part of the energy in EDP. Default: no (L2 only, as DeepNVM++).</summary>
    public bool IncludeDramEnergy { get; init; }
    /// <summary>How per-access energy maps to a 32-byte sector. Default: tag in full, data array scaled.</summary>
    public SectorEnergyMapping SectorEnergy { get; init; } = SectorEnergyMapping.ScaleDataArray;
    /// <summary>Iso-area capacities use their own DRAM traffic (default) or the baseline capacity's.</summary>
    public bool IsoAreaOwnTraffic { get; init; } = true;
    /// <summary>Slices the L2 is split into; null takes the cache declaration's (see <see cref="StudyRunner.Template"/>).</summary>
    public int? Slices { get; init; }
    /// <summary>Settings of the workload layer.</summary>
    public TrafficOptions Traffic { get; init; } = TrafficOptions.Default;
    /// <summary>Settings of the cache model.</summary>
    public CacheModelOptions CacheModel { get; init; } = CacheModelOptions.Default;

    public static EvaluationSettings Default { get; } = new();

    /// <summary>The settings a study declares.</summary>
    public static EvaluationSettings For(StudyParameters study) => new()
    {
        Delay = study.Delay,
        LeakageTime = study.LeakageTime,
        IncludeDramEnergy = study.IncludeDramEnergy,
        SectorEnergy = study.SectorEnergy,
        IsoAreaOwnTraffic = study.IsoAreaOwnTraffic,
    };
}
