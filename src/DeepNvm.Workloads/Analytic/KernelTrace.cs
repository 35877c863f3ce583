using System;
using System.Collections.Generic;

namespace DeepNvm.Workloads.Analytic;

/// <summary>What a tensor holds (decides whether it is fresh each iteration).</summary>
internal enum TensorRole
{
    /// <summary>The batch copied in from the host each iteration: never in L2 when first read.</summary>
    Input,
    Activation,
    Weight,
    Gradient,
    OptimizerState,
    KvCache,
}

internal readonly record struct TensorAccess(int Tensor, double Bytes, bool Write, bool Virtual = false);

/// <summary>One kernel launch of the lowered network.</summary>
internal sealed class KernelOp
{
    public KernelOp(string layer, string? suffix = null)
    {
        Layer = layer;
        Suffix = suffix;
    }

    /// <summary>The layer the kernel belongs to.</summary>
    public string Layer { get; }
    /// <summary>What the kernel does for the layer (".dgrad", ".optimizer"…); null for the forward kernel.</summary>
    public string? Suffix { get; }
    public string Name => Suffix is null ? Layer : Layer + Suffix;
    public double Flops { get; set; }
    /// <summary>Runs on tensor cores (or packed math) at the precision's peak rate.</summary>
    public bool Matrix { get; set; }
    public double L2ReadBytes { get; set; }
    public double L2WriteBytes { get; set; }
    /// <summary>The tensors the kernel reads and writes, in order.</summary>
    public TensorAccess[] Accesses { get; set; } = Array.Empty<TensorAccess>();
    /// <summary>Re-reads inside the kernel (GEMM waves).</summary>
    public ReuseEvent[] Refetches { get; set; } = Array.Empty<ReuseEvent>();
}

/// <summary>The lowered network: tensors and kernels in launch order.</summary>
internal sealed class KernelTrace
{
    public KernelTrace(int expectedTensors, int expectedOps)
    {
        TensorBytes = new List<double>(expectedTensors);
        TensorRoles = new List<TensorRole>(expectedTensors);
        Ops = new List<KernelOp>(expectedOps);
    }

    public List<double> TensorBytes { get; }
    public List<TensorRole> TensorRoles { get; }
    public List<KernelOp> Ops { get; }

    public int NewTensor(double bytes, TensorRole role)
    {
        TensorBytes.Add(bytes);
        TensorRoles.Add(role);
        return TensorBytes.Count - 1;
    }
}
