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
    public KernelOp(string name) => Name = name;

    public string Name { get; }
    public double Flops { get; set; }
    /// <summary>Runs on tensor cores (or packed math) at the precision's peak rate.</summary>
    public bool Matrix { get; set; }
    public double L2ReadBytes { get; set; }
    public double L2WriteBytes { get; set; }
    public List<TensorAccess> Accesses { get; } = new(4);
    public List<ReuseEvent> Refetches { get; } = new(0);
}

/// <summary>The lowered network: tensors and kernels in launch order.</summary>
internal sealed class KernelTrace
{
    public List<double> TensorBytes { get; } = new();
    public List<TensorRole> TensorRoles { get; } = new();
    public List<KernelOp> Ops { get; } = new();

    public int NewTensor(double bytes, TensorRole role)
    {
        TensorBytes.Add(bytes);
        TensorRoles.Add(role);
        return TensorBytes.Count - 1;
    }
}
