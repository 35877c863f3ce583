namespace DeepNvm.Model;

/// <summary>A bitcell as declared in .nvm, all values in SI (or in feature sizes where the
/// declaration used F). Members that a kind does not use keep their defaults.</summary>
public sealed record CellParameters
{
    public string Name { get; init; } = "";
    public CellKind Kind { get; init; }

    /// <summary>Cell footprint (F² or m²).</summary>
    public FeatureScaled Area { get; init; }
    /// <summary>Cell height / width.</summary>
    public double AspectRatio { get; init; } = 1;
    /// <summary>Width of the (read) access transistor; for SRAM the pass gate.</summary>
    public FeatureScaled AccessWidth { get; init; }

    /// <summary>SRAM 6T pull-down width (CACTI's default 2.08 F).</summary>
    public FeatureScaled SramNmosWidth { get; init; } = new(2.08, 1);
    /// <summary>SRAM 6T pull-up width (CACTI's default 1.23 F).</summary>
    public FeatureScaled SramPmosWidth { get; init; } = new(1.23, 1);

    /// <summary>Low-resistance (parallel) state, ohms.</summary>
    public double ResistanceOnOhms { get; init; }
    /// <summary>High-resistance (antiparallel) state, ohms.</summary>
    public double ResistanceOffOhms { get; init; }

    public SenseMode ReadMode { get; init; } = SenseMode.Voltage;
    /// <summary>Read bias across the cell, volts (current sensing).</summary>
    public double? ReadVoltageVolts { get; init; }
    /// <summary>Read current, amperes (voltage sensing of a resistive cell).</summary>
    public double? ReadCurrentAmperes { get; init; }
    /// <summary>Per-cell read power, watts; when given it fixes the cell read energy.</summary>
    public double? ReadPowerWatts { get; init; }
    /// <summary>Minimum input the sense amplifier resolves, volts.</summary>
    public double MinSenseVoltageVolts { get; init; } = 0.08;
    /// <summary>Current sensing only: delay of the sense amplifier's current-to-voltage converter, seconds.
    /// Null takes NVSim's HSPICE figure for the node; give it to bring your own circuit characterization.</summary>
    public double? SenseDelaySeconds { get; init; }
    /// <summary>Current sensing only: energy of the converter per sensed bit, joules (null: NVSim's figure).</summary>
    public double? SenseEnergyJoules { get; init; }
    /// <summary>Current sensing only: leakage of one converter, watts (null: NVSim's figure).</summary>
    public double? SenseLeakageWatts { get; init; }

    /// <summary>Write (switching) current, amperes.</summary>
    public double WriteCurrentAmperes { get; init; }
    /// <summary>Write pulse width, seconds.</summary>
    public double WritePulseSeconds { get; init; }
    /// <summary>Switching energy per bit, joules; null derives it from current, voltage and pulse.</summary>
    public double? WriteEnergyJoules { get; init; }
    /// <summary>Write voltage, volts; null derives it from the current and the resistances.</summary>
    public double? WriteVoltageVolts { get; init; }
    /// <summary>SOT only: width of the write transistor on the heavy-metal line.</summary>
    public FeatureScaled WriteAccessWidth { get; init; }
    /// <summary>SOT only: resistance of the heavy-metal write line, ohms.</summary>
    public double? WriteLineResistanceOhms { get; init; }

    /// <summary>Voltage lost across the access device, volts.</summary>
    public double AccessVoltageDropVolts { get; init; }

    /// <summary>Retention time, seconds (informational).</summary>
    public double? RetentionSeconds { get; init; }
    /// <summary>Write endurance in cycles (informational).</summary>
    public double? EnduranceCycles { get; init; }
}
