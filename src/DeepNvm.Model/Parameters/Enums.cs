namespace DeepNvm.Model;

/// <summary>The bitcell family; decides sensing and write paths.</summary>
public enum CellKind
{
    /// <summary>6T SRAM, voltage sensing.</summary>
    Sram,
    /// <summary>STT-MRAM 1T-1MTJ: read and write through the MTJ and one access transistor.</summary>
    Mtj,
    /// <summary>SOT-MRAM 2T-1MTJ: read through the MTJ, write through the heavy-metal line.</summary>
    Sot,
    /// <summary>A generic two-state resistive cell (1T-1R) parameterized by the user.</summary>
    Resistive,
}

/// <summary>ITRS transistor flavour of the periphery (and of the SRAM cell).</summary>
public enum DeviceFlavor
{
    /// <summary>High performance.</summary>
    Hp,
    /// <summary>Low standby power.</summary>
    Lstp,
    /// <summary>Low operating power.</summary>
    Lop,
}

/// <summary>How a cell is sensed.</summary>
public enum SenseMode
{
    Voltage,
    Current,
}

/// <summary>What the organization search minimises.</summary>
public enum OptimizationTarget
{
    ReadLatency,
    WriteLatency,
    ReadEnergy,
    WriteEnergy,
    ReadEdp,
    WriteEdp,
    Leakage,
    Area,
}

/// <summary>Cache access mode, as in NVSim and CACTI.</summary>
public enum CacheAccessMode
{
    /// <summary>Tag and data read in parallel; the way is selected after the tag compare.</summary>
    Normal,
    /// <summary>Tag first, then only the hit way of the data array.</summary>
    Sequential,
    /// <summary>The whole set is read at once.</summary>
    Fast,
}

/// <summary>Off-chip memory technology of a GPU.</summary>
public enum DramKind
{
    Gddr5,
    Gddr5x,
    Gddr6,
    Gddr6x,
    Hbm2,
    Hbm2e,
    Hbm3,
    Hbm3e,
    Lpddr4,
    Lpddr4x,
    Lpddr5,
    Ddr4,
}

/// <summary>Where a workload's memory traffic comes from.</summary>
public enum WorkloadSource
{
    /// <summary>Imported from a profiler CSV (nvprof or Nsight Compute).</summary>
    Profile,
    /// <summary>Derived from a network's layer shapes by the analytic model.</summary>
    Analytic,
    /// <summary>Given directly as counts in the .nvm file.</summary>
    Counts,
}

/// <summary>Training step, inference pass, or an LLM's prefill or decode phase.</summary>
public enum WorkloadPhase
{
    Inference,
    Training,
    /// <summary>LLM prompt processing: all prompt tokens in one pass.</summary>
    Prefill,
    /// <summary>LLM generation: one token per step against the KV cache.</summary>
    Decode,
}

/// <summary>Numeric precision of a workload.</summary>
public enum Precision
{
    Fp32,
    Tf32,
    Fp16,
    Bf16,
    Int8,
}

/// <summary>What "delay" means in the energy-delay product.</summary>
public enum DelayDefinition
{
    /// <summary>The sum of the L2 access latencies: N_R·t_R + N_W·t_W.</summary>
    AccessLatency,
    /// <summary>The workload's run time.</summary>
    RunTime,
}
