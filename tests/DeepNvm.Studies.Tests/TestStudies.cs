using DeepNvm.Model;

namespace DeepNvm.Studies.Tests;

/// <summary>Small studies with the example project's public cells (NVSim's sample SRAM and STT cells,
/// a literature SOT cell) and declared counts, so that a test characterizes only small caches.</summary>
internal static class TestStudies
{
    public static readonly TechnologyNodeParameters Node16 = new() { Name = "N16", FeatureSizeMeters = 16e-9, TemperatureKelvin = 350 };

    public static readonly CellParameters Sram = new()
    {
        Name = "Sram6T", Kind = CellKind.Sram, Area = new(146, 2), AspectRatio = 1.46, AccessWidth = new(1.31, 1),
    };

    public static readonly CellParameters Stt = new()
    {
        Name = "SttMram", Kind = CellKind.Mtj, Area = new(54, 2), AspectRatio = 0.54, AccessWidth = new(8, 1),
        ResistanceOnOhms = 3e3, ResistanceOffOhms = 6e3, AccessVoltageDropVolts = 0.15, ReadMode = SenseMode.Current,
        ReadVoltageVolts = 0.25, ReadPowerWatts = 30e-6, MinSenseVoltageVolts = 0.025,
        WriteCurrentAmperes = 80e-6, WritePulseSeconds = 10e-9, WriteEnergyJoules = 1e-12,
    };

    public static readonly GpuParameters Gpu = new()
    {
        Name = "Small", Node = Node16, StreamingMultiprocessors = 4, ClockHertz = 1.5e9, L2CapacityBytes = 512 << 10,
        Dram = new DramParameters { Kind = DramKind.Gddr5, BandwidthBytesPerSecond = 100e9, EnergyJoulesPerBit = 14e-12 },
    };

    public static WorkloadParameters Counts(string name, WorkloadPhase phase, double reads, double writes) => new()
    {
        Name = name, Source = WorkloadSource.Counts, Phase = phase, L2ReadSectors = reads, L2WriteSectors = writes,
        DramReadSectors = reads / 4, DramWriteSectors = writes / 4, DurationSeconds = (reads + writes) * 1e-11,
    };

    public static StudyParameters Study(bool isoArea = true, params long[] sweep) => new()
    {
        Name = "Small",
        Platform = Gpu,
        Baseline = Sram,
        Cells = new[] { Stt },
        Workloads = new[]
        {
            Counts("ReadHeavy", WorkloadPhase.Inference, 1e8, 1e6),
            Counts("WriteHeavy", WorkloadPhase.Training, 1e8, 5e7),
        },
        Cache = new CacheParameters { Name = "L2", CapacityBytes = 512 << 10, Associativity = 16, LineBytes = 128, Node = Node16 },
        IsoCapacity = true,
        IsoArea = isoArea,
        ScalabilityCapacities = sweep,
    };
}
