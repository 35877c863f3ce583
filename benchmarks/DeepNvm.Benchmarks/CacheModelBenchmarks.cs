using BenchmarkDotNet.Attributes;
using DeepNvm.Model;
using DeepNvm.Model.Cache;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Benchmarks;

/// <summary>The cache model's organization search: one 16-way, 128 B-line SRAM cache at 22 nm (the NVSim reference
/// setting, ReadEDP) from 1 MB to 128 MB. <c>Characterize</c> is the public entry point (data and tag searches and
/// the result records); <c>DataSearch</c> is the data-array search alone, to show that evaluating candidates
/// allocates nothing. NVSim needs about 90-130 s for the 4 MB search on this machine.</summary>
[MemoryDiagnoser]
public class CacheModelBenchmarks
{
    private CacheParameters _cache = null!;
    private CellParameters _cell = null!;
    private TechnologyNodeParameters _node = null!;
    private ArrayContext _context = null!;

    [Params(1, 2, 4, 8, 16, 32, 64, 128)]
    public int CapacityMegabytes { get; set; }

    [Params("SRAM", "STT")]
    public string Cell { get; set; } = "SRAM";

    [GlobalSetup]
    public void Setup()
    {
        _cache = new CacheParameters { CapacityBytes = CapacityMegabytes * 1024L * 1024, Associativity = 16, LineBytes = 128 };
        _cell = ReferenceCells.Named(Cell);
        _node = TechnologyNodeParameters.AtFeatureSize(22e-9);
        _context = CacheModel.CreateContext(_cache, _cell, _node, CacheModelOptions.Default);
        Characterize();
    }

    [Benchmark]
    public CacheCharacteristics? Characterize() => CacheModel.Characterize(_cache, _cell, _node).Characteristics;

    [Benchmark]
    public long DataSearch()
    {
        var outcome = OrganizationSearch.Search(_context, SearchWorkspace.ForThread(), false, _cache.CapacityBytes * 8 / 1024, 1024, 16,
            OptimizationTarget.ReadEdp, null, 512, 256);
        return outcome.Evaluated;
    }
}
