namespace DeepNvm.Model;

/// <summary>How long the cache leaks in the energy of an evaluation.</summary>
public enum LeakageTimeBase
{
    /// <summary>The workload's run time (the cache is powered for the whole run); the EDP's delay when the
    /// workload carries no run time.</summary>
    RunTime,
    /// <summary>The EDP's delay, whatever it is (the summed access latency by default).</summary>
    Delay,
}

/// <summary>How the cache model's per-access energy (one access of the cache's access width, a whole
/// line by default) maps to one 32-byte sector transaction of the workload counts.</summary>
public enum SectorEnergyMapping
{
    /// <summary>The tag lookup is paid in full, the data-array energy in proportion to the bits moved:
    /// E_sector = E_tag + E_data × sector ÷ access width.</summary>
    ScaleDataArray,
    /// <summary>Everything in proportion to the bits moved: E_sector = E_access × sector ÷ access width.</summary>
    ScaleAll,
    /// <summary>Every sector pays one whole access: E_sector = E_access.</summary>
    WholeAccess,
}
