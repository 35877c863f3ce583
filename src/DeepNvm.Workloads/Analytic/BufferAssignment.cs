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
        var free = new List<int>();   // free pooled buffers
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
                var best = -1;
                for (var f = 0; f < free.Count; f++)
                {
                    var size = bufferBytes[free[f]];
                    if (size >= need && size <= 2 * need && (best < 0 || size < bufferBytes[free[best]]))
                    {
                        best = f;
                    }
                }
                if (best >= 0)
                {
                    bufferOf[t] = free[best];
                    free.RemoveAt(best);
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
                    free.Add(bufferOf[t]);
                }
            }
        }
        return new BufferAssignment(bufferOf, bufferBytes.Count);
    }

    private static bool Pooled(TensorRole role) => role == TensorRole.Activation || role == TensorRole.Gradient;
}
