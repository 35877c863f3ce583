using System;
using System.Collections.Generic;
using DeepNvm.Model;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Workloads.Analytic;

/// <summary>
/// A network lowered for one phase, batch, precision and GPU: everything that does not depend on the L2
/// capacity is computed once (L2 traffic, FLOPs, and every reuse with its LRU stack distance), so each
/// capacity costs one pass over the reuse list.
/// </summary>
public sealed class AnalyticWorkload
{
    private readonly AnalyticOptions _options;
    // reuse events, flat: bytes, stack distance, write (a dirty copy written back when missed), op index
    private readonly double[] _eventBytes;
    private readonly double[] _eventDistance;
    private readonly bool[] _eventWrite;
    private readonly int[] _eventOp;
    private readonly int _events;
    private readonly double[] _opComputeSeconds;
    private readonly double _bandwidth;

    private AnalyticWorkload(Network network, WorkloadPhase phase, int batch, Precision precision, GpuParameters gpu, AnalyticOptions options, KernelTrace trace)
    {
        Network = network;
        Phase = phase;
        Batch = batch;
        Precision = precision;
        Gpu = gpu;
        _options = options;
        var arch = GpuCatalog.ArchitectureOf(gpu);
        var matrixPeak = Throughput.PeakFlops(gpu, arch, precision, out _) * options.ComputeEfficiency;
        var simtPeak = Throughput.PeakFlops(gpu, arch, Precision.Fp32, out _) * options.ComputeEfficiency;
        _bandwidth = gpu.Dram.BandwidthBytesPerSecond * options.BandwidthEfficiency;

        var ops = trace.Ops;
        _opComputeSeconds = new double[ops.Count];
        double l2r = 0, l2w = 0, flops = 0;
        for (var i = 0; i < ops.Count; i++)
        {
            var op = ops[i];
            l2r += op.L2ReadBytes;
            l2w += op.L2WriteBytes;
            flops += op.Flops;
            var peak = op.Matrix ? matrixPeak : simtPeak;
            _opComputeSeconds[i] = peak > 0 ? op.Flops / peak : 0;
        }
        L2ReadSectors = l2r / WorkloadTraffic.SectorBytes;
        L2WriteSectors = l2w / WorkloadTraffic.SectorBytes;
        Flops = flops;
        Kernels = ops.Count;

        // activations and gradients live in buffers that the framework's caching allocator recycles
        var physical = BufferAssignment.Assign(trace, out var footprint);
        FootprintBytes = footprint;

        // two passes over one iteration: the first warms the cache, the second is counted (steady state);
        // a reuse's stack distance is the bytes touched since the buffer's last touch, at most the footprint
        var lastTouch = new double[physical.Buffers];
        var touched = new bool[lastTouch.Length];
        var capacity = 0;
        foreach (var op in ops)
        {
            capacity += op.Accesses.Length + op.Refetches.Length;
        }
        _eventBytes = new double[capacity];
        _eventDistance = new double[capacity];
        _eventWrite = new bool[capacity];
        _eventOp = new int[capacity];
        var events = 0;
        double clock = 0;
        for (var pass = 0; pass < 2; pass++)
        {
            var counted = pass == 1;
            for (var i = 0; i < ops.Count; i++)
            {
                var op = ops[i];
                foreach (var a in op.Accesses)
                {
                    var buffer = physical.BufferOf[a.Tensor];
                    if (a.Virtual)
                    {
                        lastTouch[buffer] = clock;
                        touched[buffer] = true;
                        continue;
                    }
                    var role = trace.TensorRoles[a.Tensor];
                    var fresh = role == TensorRole.Input && !a.Write;
                    var d = !touched[buffer] || fresh ? double.PositiveInfinity : Math.Min(footprint, clock - lastTouch[buffer] + a.Bytes);
                    clock += a.Bytes;
                    lastTouch[buffer] = clock;
                    touched[buffer] = true;
                    if (counted && !(a.Write && role == TensorRole.Input))
                    {
                        AddEvent(ref events, a.Bytes, d, a.Write, i);
                    }
                }
                if (counted)
                {
                    foreach (var r in op.Refetches)
                    {
                        AddEvent(ref events, r.Bytes, r.DistanceBytes, false, i);
                    }
                }
            }
        }
        _events = events;
    }

    private void AddEvent(ref int count, double bytes, double distance, bool write, int op)
    {
        _eventBytes[count] = bytes;
        _eventDistance[count] = distance;
        _eventWrite[count] = write;
        _eventOp[count] = op;
        count++;
    }

    /// <summary>Lowers <paramref name="network"/> for a phase, batch, precision and GPU.</summary>
    public static AnalyticWorkload Create(Network network, WorkloadPhase phase, int batch, Precision precision, GpuParameters gpu, AnalyticOptions? options = null)
    {
        options ??= AnalyticOptions.Default;
        if (batch <= 0)
        {
            throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload, "batch must be positive, not " + batch);
        }
        var training = phase == WorkloadPhase.Training;
        if (training && precision == Precision.Int8)
        {
            throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload, "int8 is an inference precision; train in fp32, tf32, fp16 or bf16");
        }
        var trace = Lowering.Lower(network, batch, precision, training, gpu, GpuCatalog.ArchitectureOf(gpu), options);
        return new AnalyticWorkload(network, phase, batch, precision, gpu, options, trace);
    }

    /// <summary>Lowers a built-in network by id (<see cref="BuiltInNetworks.Ids"/>).</summary>
    public static AnalyticWorkload Create(string networkId, WorkloadPhase phase, int batch, Precision precision, GpuParameters gpu, AnalyticOptions? options = null)
    {
        options ??= AnalyticOptions.Default;
        if (!BuiltInNetworks.TryCreate(networkId, phase, options.SequenceLength, out var network))
        {
            throw new WorkloadException(WorkloadDiagnosticIds.UnknownNetwork,
                "unknown network '" + networkId + "'; built in: " + string.Join(", ", BuiltInNetworks.Ids));
        }
        if (!BuiltInNetworks.SupportsPhase(networkId, phase))
        {
            throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload,
                "'" + networkId + "' has no " + phase.ToString().ToLowerInvariant() + " phase; prefill and decode are phases of llm_7b (use inference or training)");
        }
        return Create(network, phase, batch, precision, gpu, options);
    }

    public Network Network { get; }
    public WorkloadPhase Phase { get; }
    public int Batch { get; }
    public Precision Precision { get; }
    public GpuParameters Gpu { get; }
    public double L2ReadSectors { get; }
    public double L2WriteSectors { get; }
    public double Flops { get; }
    public long Kernels { get; }
    /// <summary>Bytes of device memory one iteration touches: persistent tensors (weights, states, KV cache)
    /// plus the recycled activation and gradient buffers.</summary>
    public double FootprintBytes { get; }

    /// <summary>Totals at one L2 capacity.</summary>
    public WorkloadTraffic At(long l2CapacityBytes)
    {
        var opDram = new double[_opComputeSeconds.Length];
        return Evaluate(l2CapacityBytes, opDram);
    }

    /// <summary>Totals at each capacity, into <paramref name="results"/> (same length).</summary>
    public void Curve(IReadOnlyList<long> capacities, WorkloadTraffic[] results)
    {
        if (results.Length < capacities.Count)
        {
            throw new ArgumentException("results is shorter than capacities", nameof(results));
        }
        var opDram = new double[_opComputeSeconds.Length];
        for (var i = 0; i < capacities.Count; i++)
        {
            results[i] = Evaluate(capacities[i], opDram);
        }
    }

    private WorkloadTraffic Evaluate(long capacity, double[] opDram)
    {
        Array.Clear(opDram, 0, opDram.Length);
        double reads = 0, writes = 0;
        var c = (double)capacity;
        for (var i = 0; i < _events; i++)
        {
            var miss = _eventBytes[i] * (1 - ReuseCurve.HitFraction(_eventDistance[i], c, _options));
            if (_eventWrite[i])
            {
                writes += miss;
            }
            else
            {
                reads += miss;
            }
            opDram[_eventOp[i]] += miss;
        }
        double seconds = 0;
        for (var i = 0; i < opDram.Length; i++)
        {
            var memory = _bandwidth > 0 ? opDram[i] / _bandwidth : 0;
            seconds += Math.Max(_opComputeSeconds[i], memory) + _options.KernelOverheadSeconds;
        }
        return new WorkloadTraffic
        {
            Kernels = Kernels,
            L2ReadSectors = L2ReadSectors,
            L2WriteSectors = L2WriteSectors,
            DramReadSectors = reads / WorkloadTraffic.SectorBytes,
            DramWriteSectors = writes / WorkloadTraffic.SectorBytes,
            DurationSeconds = seconds,
            Family = MetricFamily.Analytic,
            L2CapacityBytes = capacity,
        };
    }
}
