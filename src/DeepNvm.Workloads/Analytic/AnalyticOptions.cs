namespace DeepNvm.Workloads.Analytic;

/// <summary>How a convolution's activation operand reaches the SMs.</summary>
public enum ConvInputReuse
{
    /// <summary>Implicit GEMM through L1: a CTA fetches from L2 only the distinct input pixels under its
    /// output tile's receptive field (the default).</summary>
    L1Window,
    /// <summary>Every element of the im2col matrix is fetched from L2 (R·S-fold replication).</summary>
    Im2Col,
}

/// <summary>Optimizer of a training step.</summary>
public enum OptimizerKind
{
    /// <summary>CNNs: SGD, transformers: AdamW.</summary>
    Default,
    /// <summary>SGD with momentum: reads weight, gradient, momentum; writes weight, momentum.</summary>
    SgdMomentum,
    /// <summary>Adam/AdamW: reads weight, gradient, two moments; writes weight and two moments.</summary>
    Adam,
}

/// <summary>How attention scores are computed.</summary>
public enum AttentionKind
{
    /// <summary>Separate QKᵀ GEMM, softmax and PV GEMM kernels with the score matrix in memory (eager
    /// PyTorch; the default).</summary>
    Unfused,
    /// <summary>One fused kernel (FlashAttention-style): scores stay on chip; K and V are re-read once per
    /// query tile.</summary>
    Fused,
}

/// <summary>Every modelling choice of the analytic traffic model, with its default (docs/model-workloads.md).</summary>
public sealed record AnalyticOptions
{
    /// <summary>Overrides the token count of transformers (BERT: 128, LLM: 1024).</summary>
    public int? SequenceLength { get; init; }

    public ConvInputReuse ConvInputReuse { get; init; } = ConvInputReuse.L1Window;

    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Default;

    public AttentionKind Attention { get; init; } = AttentionKind.Unfused;

    /// <summary>Query rows per CTA of the fused attention kernel.</summary>
    public int FusedAttentionQueryTile { get; init; } = 128;

    /// <summary>Fraction of the L2 capacity that holds reusable data (the rest is lost to conflicts, the
    /// hashing of addresses to slices, and other clients). Default 1.</summary>
    public double UsableCapacityFraction { get; init; } = 1.0;

    /// <summary>Width of the hit-rate ramp around the capacity, as a fraction of it: a reuse at distance
    /// D hits with probability clamp((C − D) / (w·C), 0, 1). 0 is ideal LRU (a step at D = C). Default 0.5.</summary>
    public double ReuseRampWidth { get; init; } = 0.5;

    /// <summary>Fraction of peak FLOP/s a kernel reaches (roofline ceiling). Default 1 (pure roofline).</summary>
    public double ComputeEfficiency { get; init; } = 1.0;

    /// <summary>Fraction of peak DRAM bandwidth a kernel reaches. Default 1 (pure roofline).</summary>
    public double BandwidthEfficiency { get; init; } = 1.0;

    /// <summary>Fixed time added per kernel launch, seconds. Default 0.</summary>
    public double KernelOverheadSeconds { get; init; }

    /// <summary>Bytes of optimizer state and master weights per element (FP32 in mixed precision). Default 4.</summary>
    public int OptimizerStateBytes { get; init; } = 4;

    /// <summary>Concurrent CTAs per SM for a CTA tile of Mt×Nt: max(1, min(4, TileOccupancyElements / (Mt·Nt))).
    /// Default 16384 (one 128×128 CTA per SM).</summary>
    public int TileOccupancyElements { get; init; } = 16384;

    public static AnalyticOptions Default { get; } = new();
}
