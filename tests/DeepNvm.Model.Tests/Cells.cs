namespace DeepNvm.Model.Tests;

/// <summary>The cells of the reference runs and of DeepNVM++, as model inputs.</summary>
public static class Cells
{
    public static CellParameters Sram { get; } = new()
    {
        Name = "Sram6T",
        Kind = CellKind.Sram,
        Area = new FeatureScaled(146, 2),
        AspectRatio = 1.46,
        AccessWidth = new FeatureScaled(1.31, 1),
    };

    /// <summary>NVSim's conservative STT sample: 3/6 kΩ, 80 µA × 10 ns, 1 pJ.</summary>
    public static CellParameters Stt { get; } = new()
    {
        Name = "SttMram",
        Kind = CellKind.Mtj,
        Area = new FeatureScaled(54, 2),
        AspectRatio = 0.54,
        AccessWidth = new FeatureScaled(8, 1),
        ResistanceOnOhms = 3000,
        ResistanceOffOhms = 6000,
        ReadMode = SenseMode.Current,
        ReadVoltageVolts = 0.25,
        ReadPowerWatts = 30e-6,
        MinSenseVoltageVolts = 0.025,
        WriteCurrentAmperes = 80e-6,
        WritePulseSeconds = 10e-9,
        WriteEnergyJoules = 1e-12,
        AccessVoltageDropVolts = 0.15,
    };

    /// <summary>A 2T-1MTJ SOT cell: same MTJ read stack, a small read transistor, a short low-energy write
    /// through the heavy-metal line with its own write transistor.</summary>
    public static CellParameters Sot { get; } = Stt with
    {
        Name = "SotMram",
        Kind = CellKind.Sot,
        Area = new FeatureScaled(72, 2),
        AspectRatio = 1.0,
        AccessWidth = new FeatureScaled(4, 1),
        WriteAccessWidth = new FeatureScaled(4, 1),
        WriteLineResistanceOhms = 1000,
        WriteCurrentAmperes = 100e-6,
        WritePulseSeconds = 1e-9,
        WriteEnergyJoules = 0.1e-12,
    };

    public static TechnologyNodeParameters Node(double nm) => TechnologyNodeParameters.AtFeatureSize(nm * 1e-9);

    public static CacheParameters Cache(double megabytes, int slices = 1) => new()
    {
        Name = "L2",
        CapacityBytes = (long)(megabytes * 1024 * 1024),
        Associativity = 16,
        LineBytes = 128,
        Slices = slices,
    };

    /// <summary>The cell a theory names: "sram", "stt" or "sot".</summary>
    public static CellParameters Named(string name) => name switch
    {
        "sram" => Sram,
        "stt" => Stt,
        "sot" => Sot,
        _ => throw new ArgumentException($"no test cell named '{name}'", nameof(name)),
    };

    /// <summary>Every cell by name × every optimization target × the given access modes, as theory data.</summary>
    public static TheoryData<string, OptimizationTarget, CacheAccessMode> EveryTarget(params CacheAccessMode[] modes)
    {
        var data = new TheoryData<string, OptimizationTarget, CacheAccessMode>();
        foreach (var cell in new[] { "sram", "stt", "sot" })
        {
            foreach (var target in Enum.GetValues<OptimizationTarget>())
            {
                foreach (var mode in modes)
                {
                    data.Add(cell, target, mode);
                }
            }
        }

        return data;
    }

    public static CacheCharacteristics Characterize(CellParameters cell, double megabytes, double nm = 22, int slices = 1)
    {
        var result = CacheModel.Characterize(Cache(megabytes, slices), cell, Node(nm));
        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        return result.Characteristics!;
    }
}
