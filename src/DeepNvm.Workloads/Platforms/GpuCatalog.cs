using System;
using System.Collections.Generic;
using DeepNvm.Model;

namespace DeepNvm.Workloads.Platforms;

/// <summary>GPU micro-architectures, for the per-SM throughput and tile tables of the analytic model.</summary>
public enum GpuArchitecture
{
    /// <summary>Unknown: Volta-like rates are assumed.</summary>
    Generic,
    /// <summary>Pascal GP100 (CC 6.0): 64 FP32 lanes/SM, packed FP16 at 2×.</summary>
    PascalGp100,
    /// <summary>Pascal GP102/GP104 (CC 6.1): 128 FP32 lanes/SM, DP4A int8.</summary>
    PascalGp102,
    /// <summary>Volta GV100/GV10B (CC 7.0/7.2): first tensor cores (FP16).</summary>
    Volta,
    /// <summary>Turing TU10x (CC 7.5): FP16 and INT8 tensor cores.</summary>
    Turing,
    /// <summary>Ampere GA100 (CC 8.0): TF32/BF16 tensor cores.</summary>
    AmpereGa100,
    /// <summary>Ampere GA10x (CC 8.6/8.7): 128 FP32 lanes/SM, consumer tensor-core rates.</summary>
    AmpereGa10x,
    /// <summary>Hopper GH100 (CC 9.0).</summary>
    Hopper,
}

/// <summary>A built-in GPU: its platform record and architecture.</summary>
public sealed record GpuEntry(string Id, GpuParameters Parameters, GpuArchitecture Architecture);

/// <summary>
/// The GPUs of gpus.md (shared reference §3b), keyed by lowercase id. SMs, L2, clock and DRAM bandwidth
/// are the values printed there with their sources; DRAM energy per bit is a per-technology typical
/// value (see <see cref="DramEnergyPerBit"/>), not a per-product measurement.
/// </summary>
public static class GpuCatalog
{
    private const double MHz = 1e6;
    private const double GBps = 1e9;
    private const long KiB = 1024;
    private const long MiB = 1024 * 1024;

    /// <summary>Typical DRAM access energy per bit by technology (INFERRED, order-of-magnitude figures:
    /// GDDR5/5X ≈ 14 pJ/bit and HBM2 ≈ 3.9 pJ/bit as in O'Connor et al., "Fine-Grained DRAM", MICRO 2017;
    /// GDDR6 ≈ 7.5, LPDDR4x/5 ≈ 4, HBM3/3e ≈ 3.5 pJ/bit by analogy). The evaluation owner may override.</summary>
    public static double DramEnergyPerBit(DramKind kind) => kind switch
    {
        DramKind.Gddr5 or DramKind.Gddr5x => 14e-12,
        DramKind.Gddr6 or DramKind.Gddr6x => 7.5e-12,
        DramKind.Hbm2 or DramKind.Hbm2e => 3.9e-12,
        DramKind.Hbm3 or DramKind.Hbm3e => 3.5e-12,
        DramKind.Lpddr4 or DramKind.Lpddr4x or DramKind.Lpddr5 => 4e-12,
        _ => 10e-12,
    };

    private static GpuEntry Gpu(string id, string name, double nodeNm, int sms, double clockMHz, long l2Bytes,
        DramKind dram, double bandwidthGBps, GpuArchitecture arch) =>
        new(id, new GpuParameters
        {
            Name = name,
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
        }, arch);

    /// <summary>Every built-in GPU.</summary>
    public static IReadOnlyList<GpuEntry> All { get; } = new[]
    {
        // vortez.net GTX 1080 Ti review: GP102, 28 SMs, 2816 KB L2, 1582 MHz boost, GDDR5X 484 GB/s, TSMC 16 nm
        Gpu("gtx1080ti", "GTX 1080 Ti", 16, 28, 1582, 2816 * KiB, DramKind.Gddr5x, 484, GpuArchitecture.PascalGp102),
        // GPGPU-Sim SM6_TITANX config (3 MB L2, 28 SMs); 1531 MHz boost INFERRED; 480 GB/s GDDR5X
        Gpu("titanx", "TITAN X (Pascal)", 16, 28, 1531, 3 * MiB, DramKind.Gddr5x, 480, GpuArchitecture.PascalGp102),
        // AnandTech P100 announcement: GP100, 56 SMs, 4 MB L2, 1480 MHz (SXM2), HBM2 720 GB/s, 16 nm
        Gpu("p100", "Tesla P100 (SXM2)", 16, 56, 1480, 4 * MiB, DramKind.Hbm2, 720, GpuArchitecture.PascalGp100),
        // V100 SXM2: 80 SMs, 6 MB L2, 1530 MHz (INFERRED), HBM2 900 GB/s, 12 nm FFN (GPGPU-Sim SM7_QV100)
        Gpu("v100", "Tesla V100 (SXM2)", 12, 80, 1530, 6 * MiB, DramKind.Hbm2, 900, GpuArchitecture.Volta),
        // sysrqmts T4: TU104, 40 SMs, 4 MB L2, 1590 MHz, GDDR6 320 GB/s, 12 nm
        Gpu("t4", "Tesla T4", 12, 40, 1590, 4 * MiB, DramKind.Gddr6, 320, GpuArchitecture.Turing),
        // A100 40 GB: 108 SMs, 40 MB L2 (deviceQuery 41943040 B), 1410 MHz, HBM2 1555 GB/s, TSMC N7
        Gpu("a100", "A100 (40 GB)", 7, 108, 1410, 40 * MiB, DramKind.Hbm2, 1555, GpuArchitecture.AmpereGa100),
        // RTX 3090: GA102, 82 SMs, 6 MB L2, 1695 MHz, GDDR6X 936 GB/s, Samsung 8N
        Gpu("rtx3090", "RTX 3090", 8, 82, 1695, 6 * MiB, DramKind.Gddr6x, 936, GpuArchitecture.AmpereGa10x),
        // H100 SXM5: 132 SMs, 50 MB L2, 1.98 GHz, HBM3 3.35 TB/s, TSMC 4N (4 nm class)
        Gpu("h100", "H100 (SXM5)", 4, 132, 1980, 50 * MiB, DramKind.Hbm3, 3350, GpuArchitecture.Hopper),
        // H200 SXM: GH100, 132 SMs, 60 MB L2 (l2CacheSize 62914560 B) and 1980 MHz (nvidia-smi clocks.max.sm) read on
        // an H200 SXM (examples/h200-profiles/README.md), HBM3e 4.8 TB/s
        Gpu("h200", "H200 (SXM)", 4, 132, 1980, 60 * MiB, DramKind.Hbm3e, 4800, GpuArchitecture.Hopper),
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

    /// <summary>The architecture of a platform: the built-in entry with the same name, or one whose id is
    /// contained in the name ("Gtx1080Ti" → gtx1080ti); <see cref="GpuArchitecture.Generic"/> otherwise.</summary>
    public static GpuArchitecture ArchitectureOf(GpuParameters gpu)
    {
        var name = Normalize(gpu.Name);
        foreach (var g in All)
        {
            if (name.Length > 0 && (Normalize(g.Parameters.Name) == name || name.Contains(g.Id)))
            {
                return g.Architecture;
            }
        }
        return GpuArchitecture.Generic;
    }

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
