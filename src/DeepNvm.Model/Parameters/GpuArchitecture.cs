namespace DeepNvm.Model;

/// <summary>GPU micro-architectures, for the per-SM throughput and tile tables of the analytic model; a
/// GPU declares its own (<c>architecture = pascal_gp102</c> in .nvm), it is never guessed from the name.</summary>
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
