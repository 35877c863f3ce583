using System.Collections.Generic;
using DeepNvm.Model;

namespace DeepNvm.Workloads.Platforms;

/// <summary>A built-in GPU: its platform record and architecture.</summary>
public sealed record GpuEntry(string Id, GpuParameters Parameters)
{
    public GpuArchitecture Architecture => Parameters.Architecture;
}

/// <summary>
/// The GPUs of the standard library (<c>stdlib/gpus.nvm</c>, which cites a source for every figure), keyed by
/// lowercase id, for the `traffic` command and the analytic model, which cannot read .nvm. The figures are
/// the library's — node, SMs, clock, L2 and its slices, DRAM kind, bandwidth and energy, architecture — and a
/// test (OneSourcePerFactTests in DeepNvm.Cli.Tests) requires every entry to equal its library declaration.
/// </summary>
public static class GpuCatalog
{
    private const double MHz = 1e6;
    private const double GBps = 1e9;
    private const long KiB = 1024;
    private const long MiB = 1024 * 1024;

    /// <summary>DRAM access energy per bit by technology, as stdlib/gpus.nvm gives it (its header cites them):
    /// GDDR5 14 and HBM2 3.9 pJ/bit (Chatterjee et al., MICRO'17), LPDDR4 8 pJ/bit, GDDR6 7.5, GDDR6X 7.25 and
    /// HBM2E 6.0 pJ/bit (Micron); GDDR5X, HBM3, HBM3e and LPDDR4x/5 take the nearest kind's (INFERRED).</summary>
    public static double DramEnergyPerBit(DramKind kind) => kind switch
    {
        DramKind.Gddr5 or DramKind.Gddr5x => 14e-12,
        DramKind.Gddr6 => 7.5e-12,
        DramKind.Gddr6x => 7.25e-12,
        DramKind.Hbm2 or DramKind.Hbm3 or DramKind.Hbm3e => 3.9e-12,
        DramKind.Hbm2e => 6.0e-12,
        DramKind.Lpddr4 or DramKind.Lpddr4x or DramKind.Lpddr5 => 8e-12,
        _ => 10e-12,
    };

    private static GpuEntry Gpu(string id, string name, double nodeNm, int sms, double clockMHz, long l2Bytes,
        DramKind dram, double bandwidthGBps, GpuArchitecture arch, int slices = 1) =>
        new(id, new GpuParameters
        {
            Name = name,
            Architecture = arch,
            L2Slices = slices,
            Node = TechnologyNodeParameters.AtFeatureSize(nodeNm * 1e-9),
            StreamingMultiprocessors = sms,
            ClockHertz = clockMHz * MHz,
            L2CapacityBytes = l2Bytes,
            Dram = new DramParameters
            {
                Kind = dram,
                BandwidthBytesPerSecond = bandwidthGBps * GBps,
                EnergyJoulesPerBit = DramEnergyPerBit(dram),
            },
        });

    /// <summary>Every built-in GPU.</summary>
    public static IReadOnlyList<GpuEntry> All { get; } = new[]
    {
        // vortez.net GTX 1080 Ti review: GP102, 28 SMs, 2816 KB L2, 1582 MHz boost, GDDR5X 484 GB/s, TSMC 16 nm
        Gpu("gtx1080ti", "GTX 1080 Ti", 16, 28, 1582, 2816 * KiB, DramKind.Gddr5x, 484, GpuArchitecture.PascalGp102, slices: 11),
        // GPGPU-Sim SM6_TITANX config (3 MB L2, 28 SMs); 1531 MHz boost INFERRED; 480 GB/s GDDR5X
        Gpu("titanx", "TITAN X (Pascal)", 16, 28, 1531, 3 * MiB, DramKind.Gddr5x, 480, GpuArchitecture.PascalGp102, slices: 24),
        // AnandTech P100 announcement: GP100, 56 SMs, 4 MB L2, 1480 MHz (SXM2), HBM2 720 GB/s, 16 nm
        Gpu("p100", "Tesla P100 (SXM2)", 16, 56, 1480, 4 * MiB, DramKind.Hbm2, 720, GpuArchitecture.PascalGp100),
        // V100 SXM2: 80 SMs, 6 MB L2, 1530 MHz (INFERRED), HBM2 900 GB/s, 12 nm FFN (GPGPU-Sim SM7_QV100)
        Gpu("v100", "Tesla V100 (SXM2)", 12, 80, 1530, 6 * MiB, DramKind.Hbm2, 900, GpuArchitecture.Volta, slices: 64),
        // sysrqmts T4: TU104, 40 SMs, 4 MB L2, 1590 MHz, GDDR6 320 GB/s, 12 nm
        Gpu("t4", "Tesla T4", 12, 40, 1590, 4 * MiB, DramKind.Gddr6, 320, GpuArchitecture.Turing),
        // A100 40 GB: 108 SMs, 40 MB L2 (deviceQuery 41943040 B), 1410 MHz, HBM2 1555 GB/s, TSMC N7
        Gpu("a100", "A100 (40 GB)", 7, 108, 1410, 40 * MiB, DramKind.Hbm2, 1555, GpuArchitecture.AmpereGa100),
        // RTX 3090: GA102, 82 SMs, 6 MB L2, 1695 MHz, GDDR6X 936 GB/s, Samsung 8N
        Gpu("rtx3090", "RTX 3090", 8, 82, 1695, 6 * MiB, DramKind.Gddr6x, 936, GpuArchitecture.AmpereGa10x, slices: 12),
        // H100 SXM5: 132 SMs, 50 MB L2, 1.98 GHz, HBM3 3.35 TB/s, TSMC 4N (a 5 nm-class process, as stdlib/nodes.nvm)
        Gpu("h100", "H100 (SXM5)", 5, 132, 1980, 50 * MiB, DramKind.Hbm3, 3350, GpuArchitecture.Hopper),
        // H200 SXM: GH100, 132 SMs, 60 MB L2 (l2CacheSize 62914560 B) and 1980 MHz (nvidia-smi clocks.max.sm) read on
        // an H200 SXM (examples/h200-profiles/README.md), HBM3e 4.8 TB/s, TSMC 4N
        Gpu("h200", "H200 (SXM)", 5, 132, 1980, 60 * MiB, DramKind.Hbm3e, 4800, GpuArchitecture.Hopper),
        // Jetson AGX Xavier: GV10B, 8 SMs, 512 KB L2 (deviceQuery), 1377 MHz, LPDDR4x 137 GB/s (INFERRED), 12 nm (INFERRED)
        Gpu("xavier", "Jetson AGX Xavier", 12, 8, 1377, 512 * KiB, DramKind.Lpddr4x, 137, GpuArchitecture.Volta),
        // Jetson AGX Orin: GA10B, 16 SMs, 4 MB L2, 1.3 GHz (INFERRED), LPDDR5 204.8 GB/s (INFERRED), Samsung 8 nm
        Gpu("orin", "Jetson AGX Orin", 8, 16, 1300, 4 * MiB, DramKind.Lpddr5, 204.8, GpuArchitecture.AmpereGa10x),
    };

    /// <summary>The ids, for help texts.</summary>
    public static IEnumerable<string> Ids
    {
        get
        {
            foreach (var g in All)
            {
                yield return g.Id;
            }
        }
    }

    /// <summary>Looks a GPU up by id, case-insensitively, ignoring '-', '_' and blanks ("V100", "gtx-1080-ti").</summary>
    public static bool TryGet(string id, out GpuEntry entry)
    {
        var key = Normalize(id);
        foreach (var g in All)
        {
            if (g.Id == key || Normalize(g.Parameters.Name) == key)
            {
                entry = g;
                return true;
            }
        }
        entry = null!;
        return false;
    }

    /// <summary>The architecture a platform declares (<see cref="GpuParameters.Architecture"/>); never guessed
    /// from its name.</summary>
    public static GpuArchitecture ArchitectureOf(GpuParameters gpu) => gpu.Architecture;

    private static string Normalize(string s)
    {
        var chars = new List<char>(s.Length);
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }
        return new string(chars.ToArray());
    }
}
