using DeepNvm.Model;

namespace DeepNvm.Benchmarks;

/// <summary>The cells the cache-model benchmarks characterize: NVSim's 146 F² SRAM, its conservative STT sample
/// (3/6 kΩ, 80 µA × 10 ns, 1 pJ) and a 2T-1MTJ SOT cell on the same MTJ (the model tests' cells).</summary>
internal static class ReferenceCells
{
    public static CellParameters Sram { get; } = new()
    {
        Name = "Sram6T", Kind = CellKind.Sram, Area = new FeatureScaled(146, 2), AspectRatio = 1.46, AccessWidth = new FeatureScaled(1.31, 1),
    };

    public static CellParameters Stt { get; } = new()
    {
        Name = "SttMram", Kind = CellKind.Mtj, Area = new FeatureScaled(54, 2), AspectRatio = 0.54, AccessWidth = new FeatureScaled(8, 1),
        ResistanceOnOhms = 3000, ResistanceOffOhms = 6000, ReadMode = SenseMode.Current, ReadVoltageVolts = 0.25,
        ReadPowerWatts = 30e-6, MinSenseVoltageVolts = 0.025, WriteCurrentAmperes = 80e-6, WritePulseSeconds = 10e-9,
        WriteEnergyJoules = 1e-12, AccessVoltageDropVolts = 0.15,
    };

    public static CellParameters Sot { get; } = Stt with
    {
        Name = "SotMram", Kind = CellKind.Sot, Area = new FeatureScaled(72, 2), AspectRatio = 1.0, AccessWidth = new FeatureScaled(4, 1),
        WriteAccessWidth = new FeatureScaled(4, 1), WriteLineResistanceOhms = 1000, WriteCurrentAmperes = 100e-6, WritePulseSeconds = 1e-9,
        WriteEnergyJoules = 0.1e-12,
    };

    public static CellParameters Named(string name) => name switch
    {
        "SRAM" => Sram,
        "STT" => Stt,
        "SOT" => Sot,
        _ => throw new ArgumentException($"unknown cell '{name}'", nameof(name)),
    };
}
