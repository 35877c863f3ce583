namespace DeepNvm.Model.Tests;

/// <summary>The example study's caches (examples/deepnvm-paper/nvm: the GP102 L2, 2816 KB, 16-way, 128 B lines,
/// ReadEDP, 16 nm HP at 350 K) are characterized from their cells.</summary>
public class ExampleStudyCacheTests
{
    private static readonly CellParameters SotMram = Cells.Sot with { WriteAccessWidth = new FeatureScaled(8, 1), WriteLineResistanceOhms = null };

    public static TheoryData<string> CellNames => new() { "Sram6T", "SttMram", "SotMram", "SotFast" };

    private static CellParameters CellNamed(string name) => name switch
    {
        "Sram6T" => Cells.Sram,
        "SttMram" => Cells.Stt,
        "SotMram" => SotMram,
        _ => SotMram with { WritePulseSeconds = 0.3e-9 },
    };

    [Theory]
    [MemberData(nameof(CellNames))]
    public void The_gp102_l2_is_characterized_at_16_nm(string cell)
    {
        var cache = Cells.Cache(2816.0 / 1024);
        var result = CacheModel.Characterize(cache, CellNamed(cell), Cells.Node(16));

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Diagnostics));
        result.Diagnostics.ShouldBeEmpty();
        var c = result.Characteristics!;
        c.Note!.ShouldContain("not a power of two");
        c.AreaSquareMeters.ShouldBeInRange(0.1e-6, 5e-6);
        c.HitLatencySeconds.ShouldBeInRange(0.1e-9, 10e-9);
    }

    [Fact]
    public void At_16_nm_sot_writes_faster_than_stt_and_both_leak_less_than_sram()
    {
        var cache = Cells.Cache(2816.0 / 1024);
        CacheCharacteristics Run(CellParameters cell) => CacheModel.Characterize(cache, cell, Cells.Node(16)).Characteristics!;
        var sram = Run(Cells.Sram);
        var stt = Run(Cells.Stt);
        var sot = Run(SotMram);
        sot.WriteLatencySeconds.ShouldBeLessThan(stt.WriteLatencySeconds);
        stt.LeakageWatts.ShouldBeLessThan(sram.LeakageWatts);
        sot.LeakageWatts.ShouldBeLessThan(sram.LeakageWatts);
    }
}
