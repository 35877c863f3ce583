using System.Collections.Generic;

namespace DeepNvm.Workloads.Analytic;

/// <summary>
/// Maps tensors to device buffers the way a caching allocator (PyTorch's) recycles memory: an activation
/// or gradient occupies a buffer from its first access to its last, and a freed buffer is handed to the
/// next tensor that fits it (best fit, at most twice the request). Weights, optimizer states, KV caches
/// and the input are persistent. Two tensors in one buffer are one address range to the L2: writing the
/// new one over the dead one's still-resident dirty lines saves their write-back.
/// </summary>
internal sealed class BufferAssignment
{
    private BufferAssignment(int[] bufferOf, int buffers)
    {
        BufferOf = bufferOf;
        Buffers = buffers;
    }

    public int[] BufferOf { get; }
    public int Buffers { get; }

    public static BufferAssignment Assign(KernelTrace trace, out double footprintBytes)
    {
        var tensors = trace.TensorBytes.Count;
        var first = new int[tensors];
        var last = new int[tensors];
        for (var t = 0; t < tensors; t++)
        {
            first[t] = -1;
        }
        for (var i = 0; i < trace.Ops.Count; i++)
        {
            foreach (var a in trace.Ops[i].Accesses)
            {
                if (first[a.Tensor] < 0)
                {
                    first[a.Tensor] = i;
                }
                last[a.Tensor] = i;
            }
        }
        // tensors that die after each op
        var dying = new List<int>[trace.Ops.Count];
        var bufferOf = new int[tensors];
        var bufferBytes = new List<double>();
        footprintBytes = 0;
        for (var t = 0; t < tensors; t++)
        {
            bufferOf[t] = -1;
            if (!Pooled(trace.TensorRoles[t]) || first[t] < 0)
            {
                bufferOf[t] = bufferBytes.Count;
                bufferBytes.Add(trace.TensorBytes[t]);
                footprintBytes += trace.TensorBytes[t];
            }
            else
            {
                (dying[last[t]] ??= new List<int>()).Add(t);
            }
        }
        // free pooled buffers, sorted by size (then id, for determinism)
        var freeSize = new List<double>();
        var freeId = new List<int>();
        for (var i = 0; i < trace.Ops.Count; i++)
        {
            foreach (var a in trace.Ops[i].Accesses)
            {
                var t = a.Tensor;
                if (bufferOf[t] >= 0)
                {
                    continue;
                }
                var need = trace.TensorBytes[t];
                var best = LowerBound(freeSize, need);
                if (best < freeSize.Count && freeSize[best] <= 2 * need)
                {
                    bufferOf[t] = freeId[best];
                    freeSize.RemoveAt(best);
                    freeId.RemoveAt(best);
                }
                else
                {
                    bufferOf[t] = bufferBytes.Count;
                    bufferBytes.Add(need);
                    footprintBytes += need;
                }
            }
            if (dying[i] is { } dead)
            {
                foreach (var t in dead)
                {
                    var size = bufferBytes[bufferOf[t]];
                    var at = LowerBound(freeSize, size);
                    freeSize.Insert(at, size);
                    freeId.Insert(at, bufferOf[t]);
                }
            }
        }
        return new BufferAssignment(bufferOf, bufferBytes.Count);
    }

    /// <summary>First index whose size is ≥ <paramref name="size"/>.</summary>
    private static int LowerBound(List<double> sizes, double size)
    {
        int lo = 0, hi = sizes.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (sizes[mid] < size)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static bool Pooled(TensorRole role) => role == TensorRole.Activation || role == TensorRole.Gradient;
}
