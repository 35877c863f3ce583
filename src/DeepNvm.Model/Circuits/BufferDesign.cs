namespace DeepNvm.Model;

/// <summary>How the drivers of a subarray's wordline and mux decoders are sized (NVSim's BufferDesignTarget,
/// `-BufferDesignOptimization`; NVSim `OutputDriver.cpp`, after CACTI).</summary>
public enum BufferDesign
{
    /// <summary>An inverter chain sized by logical effort for the least delay (NVSim's latency_first).</summary>
    Latency,

    /// <summary>The last stage just wide enough for the drive current, a logical-effort chain up to it
    /// (NVSim's latency_area_trade_off, "balanced" in its configuration files).</summary>
    Balanced,

    /// <summary>One inverter just wide enough for the drive current (NVSim's area_first).</summary>
    Area,
}
