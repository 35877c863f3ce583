using DeepNvm.Model;

namespace DeepNvm.Workloads.Platforms;

/// <summary>
/// Peak arithmetic throughput per SM and clock (FLOPs, an FMA counting 2), by architecture and precision,
/// from NVIDIA's architecture whitepapers (Pascal GP100/GP102, Volta GV100, Turing TU102, Ampere GA100 and
/// GA102, Hopper GH100): e.g. V100 = 80 SMs × 1.53 GHz × 1024 = 125 TFLOPS FP16 tensor, A100 = 108 × 1.41 GHz
/// × 2048 = 312 TFLOPS FP16 dense. A precision without hardware support runs at the FP32 rate
/// ("pseudo-FP16" on GP102, BF16 before Ampere, TF32 before Ampere).
/// </summary>
public static class Throughput
{
    /// <summary>FLOPs per SM per clock for <paramref name="precision"/> on <paramref name="arch"/>;
    /// <paramref name="tensorCore"/> tells whether this exceeds the FP32 SIMT rate (tensor cores or packed math).</summary>
    public static double FlopsPerSmPerClock(GpuArchitecture arch, Precision precision, out bool tensorCore)
    {
        var fp32 = arch switch
        {
            GpuArchitecture.PascalGp102 or GpuArchitecture.AmpereGa10x or GpuArchitecture.Hopper => 256.0,
            _ => 128.0,
        };
        double rate = precision switch
        {
            Precision.Fp16 => arch switch
            {
                GpuArchitecture.PascalGp100 => 256,
                GpuArchitecture.Volta or GpuArchitecture.Turing or GpuArchitecture.Generic => 1024,
                GpuArchitecture.AmpereGa100 => 2048,
                GpuArchitecture.AmpereGa10x => 512,
                GpuArchitecture.Hopper => 4096,
                _ => fp32,
            },
            Precision.Bf16 => arch switch
            {
                GpuArchitecture.AmpereGa100 => 2048,
                GpuArchitecture.AmpereGa10x => 512,
                GpuArchitecture.Hopper => 4096,
                _ => fp32,
            },
            Precision.Tf32 => arch switch
            {
                GpuArchitecture.AmpereGa100 => 1024,
                GpuArchitecture.AmpereGa10x => 256,
                GpuArchitecture.Hopper => 2048,
                _ => fp32,
            },
            Precision.Int8 => arch switch
            {
                GpuArchitecture.PascalGp102 => 1024,      // DP4A: 4× FP32
                GpuArchitecture.Volta or GpuArchitecture.Generic => 512,
                GpuArchitecture.Turing or GpuArchitecture.AmpereGa10x => 2048,
                GpuArchitecture.AmpereGa100 => 4096,
                GpuArchitecture.Hopper => 8192,
                _ => fp32,
            },
            _ => fp32,
        };
        tensorCore = rate > fp32;
        return rate;
    }

    /// <summary>Peak FLOP/s of a platform at a precision.</summary>
    public static double PeakFlops(GpuParameters gpu, GpuArchitecture arch, Precision precision, out bool tensorCore) =>
        gpu.StreamingMultiprocessors * gpu.ClockHertz * FlopsPerSmPerClock(arch, precision, out tensorCore);
}
