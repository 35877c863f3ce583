using System;
using System.Collections.Generic;
using DeepNvm.Model;
using DeepNvm.Workloads.Platforms;

namespace DeepNvm.Workloads.Analytic;

/// <summary>
/// Turns a network into the kernels one iteration launches: the forward pass, and for training the loss
/// gradient, the backward pass (data gradient and weight gradient of every layer, in reverse order) and the
/// optimizer update. GEMM-shaped layers go through the tiled-GEMM model; the rest stream their tensors.
/// </summary>
internal sealed class Lowering
{
    private readonly Network _network;
    private readonly int _batch;
    private readonly double _e;                 // bytes per activation/weight element
    private readonly bool _training;
    private readonly AnalyticOptions _options;
    private readonly bool _matrixUnits;         // the precision has tensor cores / packed math here
    private readonly int _sms;
    private readonly KernelTrace _trace;
    private readonly Dictionary<string, int> _outputs;      // layer → activation tensor
    private readonly Dictionary<string, int> _weights;      // layer → weight tensor (as the kernels read it)
    private readonly Dictionary<string, int> _kvCache = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _gradients;                                     // activation tensor → gradient tensor
    private readonly Dictionary<string, int> _attentionScores = new(StringComparer.Ordinal);
    private int _input;

    private Lowering(Network network, int batch, Precision precision, bool training, GpuParameters gpu, GpuArchitecture arch, AnalyticOptions options)
    {
        _network = network;
        _batch = batch;
        _e = ElementBytes(precision);
        _training = training;
        _options = options;
        _sms = Math.Max(1, gpu.StreamingMultiprocessors);
        var layers = network.Layers.Count;
        _trace = new KernelTrace(layers * (training ? 5 : 2), layers * (training ? 4 : 1) + 4);
        _outputs = new Dictionary<string, int>(layers, StringComparer.Ordinal);
        _weights = new Dictionary<string, int>(layers, StringComparer.Ordinal);
        _gradients = new Dictionary<int, int>(training ? layers : 0);
        _weightGradients = new Dictionary<string, int>(training ? layers : 0, StringComparer.Ordinal);
        Throughput.FlopsPerSmPerClock(arch, precision, out _matrixUnits);
    }

    /// <summary>Bytes per element: FP32 and TF32 (stored as FP32) 4, FP16/BF16 2, INT8 1.</summary>
    public static double ElementBytes(Precision precision) => precision switch
    {
        Precision.Fp16 or Precision.Bf16 => 2,
        Precision.Int8 => 1,
        _ => 4,
    };

    public static KernelTrace Lower(Network network, int batch, Precision precision, bool training, GpuParameters gpu, GpuArchitecture arch, AnalyticOptions options)
    {
        var l = new Lowering(network, batch, precision, training, gpu, arch, options);
        l.Run();
        return l._trace;
    }

    private double Bytes(long elementsPerSample) => (double)elementsPerSample * _batch * _e;

    private void Run()
    {
        _input = _trace.NewTensor(Math.Max(1, _network.InputElements) * (double)_batch * (_network.Family == NetworkFamily.Transformer ? 8 : _e), TensorRole.Input);
        var previous = _input;
        foreach (var layer in _network.Layers)
        {
            var output = _trace.NewTensor(Bytes(layer.OutputElements), TensorRole.Activation);
            _outputs[layer.Name] = output;
            if (layer.Parameters > 0)
            {
                _weights[layer.Name] = _trace.NewTensor(layer.Parameters * _e, TensorRole.Weight);
            }
            Forward(layer, InputsOf(layer, previous), output);
            previous = output;
        }
        if (!_training)
        {
            return;
        }
        // loss: reads the logits, writes their gradient
        var logitsGrad = Gradient(previous);
        Stream("loss", 5 * _trace.TensorBytes[previous] / _e, Read(previous), Write(logitsGrad));
        for (var i = _network.Layers.Count - 1; i >= 0; i--)
        {
            var layer = _network.Layers[i];
            var output = _outputs[layer.Name];
            if (!_gradients.TryGetValue(output, out var dy))
            {
                continue; // output not on the loss path (e.g. the K/V projections of a decode step)
            }
            Backward(layer, InputsOf(layer, i == 0 ? _input : _outputs[_network.Layers[i - 1].Name]), output, dy);
        }
        Optimizer();
    }

    private int[] InputsOf(Layer layer, int previous)
    {
        if (layer.Inputs.Count == 0)
        {
            return new[] { previous };
        }
        var ids = new int[layer.Inputs.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var name = layer.Inputs[i];
            ids[i] = name == NetworkBuilder.Input ? _input
                : _outputs.TryGetValue(name, out var t) ? t
                : throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload,
                    "layer '" + layer.Name + "' of network '" + _network.Name + "' reads '" + name + "', which is not an earlier layer");
        }
        return ids;
    }

    // ------------------------------------------------------------------ helpers

    private TensorAccess Read(int tensor) => new(tensor, _trace.TensorBytes[tensor], false);

    private TensorAccess Read(int tensor, double bytes) => new(tensor, bytes, false);

    private TensorAccess Write(int tensor) => new(tensor, _trace.TensorBytes[tensor], true);

    /// <summary>An element-wise kernel: L2 traffic = the bytes of its accesses.</summary>
    private KernelOp Stream(string name, double flops, params TensorAccess[] accesses) => Stream(name, null, flops, accesses);

    private KernelOp Stream(string name, string? suffix, double flops, params TensorAccess[] accesses)
    {
        var op = new KernelOp(name, suffix) { Flops = flops, Accesses = accesses };
        foreach (var a in accesses)
        {
            if (a.Write)
            {
                op.L2WriteBytes += a.Bytes;
            }
            else
            {
                op.L2ReadBytes += a.Bytes;
            }
        }
        _trace.Ops.Add(op);
        return op;
    }

    /// <summary>A GEMM kernel: L2 traffic and intra-kernel re-reads from <see cref="GemmModel"/>.</summary>
    private void Gemm(string name, GemmShape shape, params TensorAccess[] accesses) => Gemm(name, null, shape, accesses);

    private void Gemm(string name, string? suffix, GemmShape shape, params TensorAccess[] accesses)
    {
        var matrix = _matrixUnits;
        var tile = GemmModel.ChooseTile(shape.M, shape.N, shape.Count, matrix, _sms);
        var traffic = GemmModel.Traffic(shape, tile, _sms * GemmModel.CtasPerSm(tile, _options.TileOccupancyElements));
        var op = new KernelOp(name, suffix) { Flops = shape.Flops, Matrix = matrix, L2ReadBytes = traffic.L2ReadBytes, L2WriteBytes = traffic.L2WriteBytes };
        op.Accesses = accesses;
        op.Refetches = traffic.Refetches;
        _trace.Ops.Add(op);
    }

    /// <summary>The gradient tensor of an activation, created on first use.</summary>
    private int Gradient(int activation)
    {
        if (!_gradients.TryGetValue(activation, out var g))
        {
            g = _trace.NewTensor(_trace.TensorBytes[activation], TensorRole.Gradient);
            _gradients[activation] = g;
        }
        return g;
    }

    /// <summary>Where a backward kernel writes the gradient of <paramref name="activation"/>: the gradient
    /// itself the first time; a temporary that <see cref="Accumulate"/> then adds in when the activation
    /// has several consumers (a residual fork).</summary>
    private (int target, bool accumulate) GradientTarget(int activation)
    {
        if (activation == _input)
        {
            return (-1, false);
        }
        if (_gradients.ContainsKey(activation))
        {
            return (_trace.NewTensor(_trace.TensorBytes[activation], TensorRole.Gradient), true);
        }
        return (Gradient(activation), false);
    }

    private void Accumulate(string name, int activation, int partial)
    {
        var g = _gradients[activation];
        Stream(name, ".grad_accumulate", _trace.TensorBytes[g] / _e, Read(partial), Read(g), Write(g));
    }

    /// <summary>Emits a backward kernel that writes dX for each input (skipping the network input).</summary>
    private void WithGradients(string name, int[] inputs, Func<int[], KernelOp?> emit)
    {
        var targets = new int[inputs.Length];
        var accumulate = new bool[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            (targets[i], accumulate[i]) = GradientTarget(inputs[i]);
        }
        emit(targets);
        for (var i = 0; i < inputs.Length; i++)
        {
            if (accumulate[i])
            {
                Accumulate(name, inputs[i], targets[i]);
            }
        }
    }

    // ------------------------------------------------------------------ forward

    private void Forward(Layer layer, int[] inputs, int y)
    {
        var x = inputs[0];
        switch (layer)
        {
            case ConvLayer c when c.IsDepthwise:
                Stream(c.Name, 2.0 * _batch * c.OutputElements * c.KernelHeight * c.KernelWidth,
                    Read(x), Read(_weights[c.Name]), Write(y));
                break;
            case ConvLayer c:
            {
                var shape = ConvForward(c);
                Gemm(c.Name, shape, Read(x), Read(_weights[c.Name]), Write(y));
                break;
            }
            case LinearLayer f:
                Gemm(f.Name, new GemmShape((long)_batch * f.Tokens, f.OutFeatures, f.InFeatures, 1, _e, _e, _e),
                    Read(x, Math.Min(_trace.TensorBytes[x], (double)_batch * f.Tokens * f.InFeatures * _e)), Read(_weights[f.Name]), Write(y));
                break;
            case PoolLayer p:
                Stream(p.Name, (double)_batch * p.OutputElements * p.Kernel * p.Kernel, Read(x), Write(y));
                break;
            case NormLayer n:
            {
                var reads = new List<TensorAccess> { Read(x) };
                if (_training && n.Kind == NormKind.BatchNorm)
                {
                    reads.Add(Read(x)); // statistics pass, then the normalizing pass
                }
                reads.Add(Read(_weights[n.Name]));
                reads.Add(Write(y));
                Stream(n.Name, 8.0 * _batch * n.ElementsPerSample, reads.ToArray());
                break;
            }
            case ElementwiseLayer el:
            {
                var accesses = new List<TensorAccess>();
                foreach (var i in inputs)
                {
                    accesses.Add(Read(i));
                }
                accesses.Add(Write(y));
                Stream(el.Name, (double)_batch * el.ElementsPerSample * (el.Kind == ElementwiseKind.Softmax ? 5 : 1), accesses.ToArray());
                break;
            }
            case EmbeddingLayer em:
                Stream(em.Name, 0, Read(x), Read(_weights[em.Name], Math.Min(_trace.TensorBytes[_weights[em.Name]], Bytes((long)em.Tokens * em.Dim))), Write(y));
                break;
            case AttentionLayer a:
                AttentionForward(a, inputs, y);
                break;
            case MatmulLayer m:
                Gemm(m.Name, new GemmShape(m.M, m.N, m.K, (long)_batch * m.Count, _e, _e, _e), Read(inputs[0]), Read(inputs[inputs.Length - 1]), Write(y));
                break;
            default:
                throw new WorkloadException(WorkloadDiagnosticIds.InvalidWorkload, "layer kind " + layer.GetType().Name + " is not modelled");
        }
    }

    /// <summary>Implicit-GEMM forward convolution (CUTLASS): M = N·P·Q, N = K/G, K = C/G·R·S, G groups.</summary>
    private GemmShape ConvForward(ConvLayer c)
    {
        var rs = c.KernelHeight * c.KernelWidth;
        var m = (long)_batch * c.OutHeight * c.OutWidth;
        var k = (long)(c.InChannels / c.Groups) * rs;
        var shape = new GemmShape(m, c.OutChannels / c.Groups, k, c.Groups, _e, _e, _e, AReuse: Im2ColReuse(c, m));
        // distinct bytes of the im2col operand are those of the input tensor
        return shape.DistinctA(Math.Min(1, (double)c.InHeight * c.InWidth / ((double)c.OutHeight * c.OutWidth * rs)));
    }

    /// <summary>Fraction of the im2col panel a CTA fetches from L2: with <see cref="ConvInputReuse.L1Window"/>,
    /// the distinct input pixels under an Mt-row output tile — ((rows−1)·stride + R) × ((cols−1)·stride + S)
    /// — over Mt·R·S; 1 with <see cref="ConvInputReuse.Im2Col"/> or a 1×1 kernel.</summary>
    private double Im2ColReuse(ConvLayer c, long m)
    {
        var rs = c.KernelHeight * c.KernelWidth;
        if (_options.ConvInputReuse == ConvInputReuse.Im2Col || rs == 1)
        {
            return 1;
        }
        var tile = GemmModel.ChooseTile(m, c.OutChannels / c.Groups, c.Groups, _matrixUnits, _sms).M;
        double q = c.OutWidth;
        double rows = Math.Max(1, tile / q);
        double cols = Math.Min(tile, q);
        var inRows = Math.Min(c.InHeight + 2 * c.Padding, (rows - 1) * c.Stride + c.KernelHeight);
        var inCols = Math.Min(c.InWidth + 2 * c.Padding, (cols - 1) * c.Stride + c.KernelWidth);
        return Math.Min(1, inRows * inCols / ((double)tile * rs));
    }

    private void AttentionForward(AttentionLayer a, int[] inputs, int y)
    {
        var q = inputs[0];
        int k, v;
        if (a.KvCache)
        {
            var cacheBytes = (double)_batch * a.KvTokens * a.Heads * a.HeadDim * _e;
            k = _kvCache[a.Name + ".k"] = _trace.NewTensor(cacheBytes, TensorRole.KvCache);
            v = _kvCache[a.Name + ".v"] = _trace.NewTensor(cacheBytes, TensorRole.KvCache);
        }
        else
        {
            k = inputs[1];
            v = inputs[2];
        }
        var heads = (long)_batch * a.Heads;
        if (_options.Attention == AttentionKind.Fused)
        {
            var passes = Math.Ceiling(a.Tokens / (double)_options.FusedAttentionQueryTile);
            var op = Stream(a.Name, 4.0 * heads * a.Tokens * a.KvTokens * a.HeadDim, Read(q), Read(k), Read(v), Write(y));
            op.Matrix = _matrixUnits;
            op.L2ReadBytes += (passes - 1) * (_trace.TensorBytes[k] + _trace.TensorBytes[v]);
            return;
        }
        var scores = _trace.NewTensor(heads * a.Tokens * (double)a.KvTokens * _e, TensorRole.Activation);
        var probabilities = _trace.NewTensor(_trace.TensorBytes[scores], TensorRole.Activation);
        _attentionScores[a.Name] = probabilities;
        Gemm(a.Name, ".qk", new GemmShape(a.Tokens, a.KvTokens, a.HeadDim, heads, _e, _e, _e), Read(q), Read(k), Write(scores));
        Stream(a.Name, ".softmax", 5 * _trace.TensorBytes[scores] / _e, Read(scores), Write(probabilities));
        Gemm(a.Name, ".pv", new GemmShape(a.Tokens, a.HeadDim, a.KvTokens, heads, _e, _e, _e), Read(probabilities), Read(v), Write(y));
    }

    // ------------------------------------------------------------------ backward

    private void Backward(Layer layer, int[] inputs, int y, int dy)
    {
        var x = inputs[0];
        switch (layer)
        {
            case ConvLayer c when c.IsDepthwise:
            {
                var flops = 2.0 * _batch * c.OutputElements * c.KernelHeight * c.KernelWidth;
                WithGradients(c.Name, inputs, t => t[0] < 0 ? null : Stream(c.Name, ".dgrad", flops, Read(dy), Read(_weights[c.Name]), Write(t[0])));
                Stream(c.Name, ".wgrad", flops, Read(dy), Read(x), Write(WeightGradient(c.Name)));
                break;
            }
            case ConvLayer c:
            {
                var fwd = ConvForward(c);
                // data gradient: M = N·H·W, N = C/G, K = K/G·R·S (dY gathered like im2col, weights rotated)
                var dgrad = new GemmShape((long)_batch * c.InHeight * c.InWidth, c.InChannels / c.Groups, (long)(c.OutChannels / c.Groups) * c.KernelHeight * c.KernelWidth,
                    c.Groups, _e, _e, _e, AReuse: fwd.AReuse)
                    .DistinctA(Math.Min(1, (double)c.OutHeight * c.OutWidth / ((double)c.InHeight * c.InWidth * c.KernelHeight * c.KernelWidth)));
                WithGradients(c.Name, inputs, t =>
                {
                    if (t[0] >= 0)
                    {
                        Gemm(c.Name, ".dgrad", dgrad, Read(dy), Read(_weights[c.Name]), Write(t[0]));
                    }
                    return null;
                });
                // weight gradient: M = K/G, N = C/G·R·S, K = N·P·Q (the im2col operand is B)
                var wgrad = new GemmShape(c.OutChannels / c.Groups, fwd.K, fwd.M, c.Groups, _e, _e, _e, BReuse: fwd.AReuse).DistinctB(fwd.AReuseDistinct);
                Gemm(c.Name, ".wgrad", wgrad, Read(dy), Read(x), Write(WeightGradient(c.Name)));
                break;
            }
            case LinearLayer f:
            {
                var m = (long)_batch * f.Tokens;
                WithGradients(f.Name, inputs, t =>
                {
                    if (t[0] >= 0)
                    {
                        Gemm(f.Name, ".dgrad", new GemmShape(m, f.InFeatures, f.OutFeatures, 1, _e, _e, _e), Read(dy), Read(_weights[f.Name]), Write(t[0]));
                    }
                    return null;
                });
                Gemm(f.Name, ".wgrad", new GemmShape(f.OutFeatures, f.InFeatures, m, 1, _e, _e, _e), Read(dy), Read(x), Write(WeightGradient(f.Name)));
                break;
            }
            case PoolLayer p:
                WithGradients(p.Name, inputs, t => t[0] < 0 ? null : p.Global
                    ? Stream(p.Name, ".backward", _batch * (double)p.InputElements, Read(dy), Write(t[0]))
                    : Stream(p.Name, ".backward", _batch * (double)p.InputElements, Read(dy), Read(x), Write(t[0])));
                break;
            case NormLayer n:
                WithGradients(n.Name, inputs, t =>
                {
                    var accesses = new List<TensorAccess> { Read(dy), Read(x) };
                    if (n.Kind == NormKind.BatchNorm)
                    {
                        accesses.Add(Read(dy)); // reduction pass, then the element-wise pass
                        accesses.Add(Read(x));
                    }
                    accesses.Add(Read(_weights[n.Name]));
                    if (t[0] >= 0)
                    {
                        accesses.Add(Write(t[0]));
                    }
                    accesses.Add(Write(WeightGradient(n.Name)));
                    return Stream(n.Name, ".backward", 10.0 * _batch * n.ElementsPerSample, accesses.ToArray());
                });
                break;
            case ElementwiseLayer el:
                ElementwiseBackward(el, inputs, y, dy);
                break;
            case EmbeddingLayer em:
                Stream(em.Name, ".backward", 0, Read(dy), Write(WeightGradient(em.Name), _trace.TensorBytes[dy]));
                break;
            case AttentionLayer a:
                AttentionBackward(a, inputs, y, dy);
                break;
            case MatmulLayer m:
                WithGradients(m.Name, inputs, t =>
                {
                    var count = (long)_batch * m.Count;
                    if (t[0] >= 0)
                    {
                        Gemm(m.Name, ".dgrad_a", new GemmShape(m.M, m.K, m.N, count, _e, _e, _e), Read(dy), Read(inputs[inputs.Length - 1]), Write(t[0]));
                    }
                    if (t.Length > 1 && t[1] >= 0)
                    {
                        Gemm(m.Name, ".dgrad_b", new GemmShape(m.K, m.N, m.M, count, _e, _e, _e), Read(inputs[0]), Read(dy), Write(t[1]));
                    }
                    return null;
                });
                break;
        }
    }

    private TensorAccess Write(int tensor, double bytes) => new(tensor, bytes, true);

    private void ElementwiseBackward(ElementwiseLayer el, int[] inputs, int y, int dy)
    {
        var n = (double)_batch * el.ElementsPerSample;
        switch (el.Kind)
        {
            case ElementwiseKind.Add:
            case ElementwiseKind.Concat:
                // the gradient flows through unchanged (add) or as views (concat): no kernel, but a second
                // contribution to an input's gradient is accumulated
                foreach (var i in inputs)
                {
                    if (i == _input)
                    {
                        continue;
                    }
                    if (_gradients.ContainsKey(i))
                    {
                        Accumulate(el.Name, i, dy);
                    }
                    else if (el.Kind == ElementwiseKind.Add)
                    {
                        _gradients[i] = dy;
                    }
                    else
                    {
                        var g = Gradient(i);
                        // a view of dy: marks the slice as touched when dy was, costs nothing
                        var last = _trace.Ops[_trace.Ops.Count - 1];
                        var accesses = new TensorAccess[last.Accesses.Length + 1];
                        last.Accesses.CopyTo(accesses, 0);
                        accesses[accesses.Length - 1] = new TensorAccess(g, _trace.TensorBytes[g], true, Virtual: true);
                        last.Accesses = accesses;
                    }
                }
                break;
            case ElementwiseKind.Multiply:
                WithGradients(el.Name, inputs, t =>
                {
                    var accesses = new List<TensorAccess> { Read(dy) };
                    foreach (var i in inputs)
                    {
                        accesses.Add(Read(i));
                    }
                    foreach (var target in t)
                    {
                        if (target >= 0)
                        {
                            accesses.Add(Write(target));
                        }
                    }
                    return Stream(el.Name, ".backward", 2 * n, accesses.ToArray());
                });
                break;
            case ElementwiseKind.Unary:
                WithGradients(el.Name, inputs, t => t[0] < 0 ? null : Stream(el.Name, ".backward", n, Read(dy), Write(t[0])));
                break;
            default: // activation, softmax: read the gradient and the saved output
                WithGradients(el.Name, inputs, t => t[0] < 0 ? null : Stream(el.Name, ".backward", 2 * n, Read(dy), Read(el.Kind == ElementwiseKind.Softmax ? y : inputs[0]), Write(t[0])));
                break;
        }
    }

    private void AttentionBackward(AttentionLayer a, int[] inputs, int y, int dy)
    {
        var heads = (long)_batch * a.Heads;
        var q = inputs[0];
        var k = a.KvCache ? _kvCache[a.Name + ".k"] : inputs[1];
        var v = a.KvCache ? _kvCache[a.Name + ".v"] : inputs[2];
        if (_options.Attention == AttentionKind.Fused || !_attentionScores.TryGetValue(a.Name, out var p))
        {
            WithGradients(a.Name, inputs, t =>
            {
                var accesses = new List<TensorAccess> { Read(q), Read(k), Read(v), Read(y), Read(dy) };
                foreach (var target in t)
                {
                    if (target >= 0)
                    {
                        accesses.Add(Write(target));
                    }
                }
                var op = Stream(a.Name, ".backward", 10.0 * heads * a.Tokens * a.KvTokens * a.HeadDim, accesses.ToArray());
                op.Matrix = _matrixUnits;
                return op;
            });
            return;
        }
        var dp = _trace.NewTensor(_trace.TensorBytes[p], TensorRole.Gradient);
        var ds = _trace.NewTensor(_trace.TensorBytes[p], TensorRole.Gradient);
        WithGradients(a.Name, inputs, t =>
        {
            var dq = t[0];
            var dk = t.Length > 1 ? t[1] : -1;
            var dv = t.Length > 2 ? t[2] : -1;
            Gemm(a.Name, ".dp", new GemmShape(a.Tokens, a.KvTokens, a.HeadDim, heads, _e, _e, _e), Read(dy), Read(v), Write(dp));
            if (dv >= 0)
            {
                Gemm(a.Name, ".dv", new GemmShape(a.KvTokens, a.HeadDim, a.Tokens, heads, _e, _e, _e), Read(p), Read(dy), Write(dv));
            }
            Stream(a.Name, ".softmax_backward", 3 * _trace.TensorBytes[p] / _e, Read(p), Read(dp), Write(ds));
            if (dq >= 0)
            {
                Gemm(a.Name, ".dq", new GemmShape(a.Tokens, a.HeadDim, a.KvTokens, heads, _e, _e, _e), Read(ds), Read(k), Write(dq));
            }
            if (dk >= 0)
            {
                Gemm(a.Name, ".dk", new GemmShape(a.KvTokens, a.HeadDim, a.Tokens, heads, _e, _e, _e), Read(ds), Read(q), Write(dk));
            }
            return null;
        });
    }

    // ------------------------------------------------------------------ optimizer

    private readonly Dictionary<string, int> _weightGradients;

    private int WeightGradient(string layer)
    {
        if (!_weightGradients.TryGetValue(layer, out var g))
        {
            g = _trace.NewTensor(_trace.TensorBytes[_weights[layer]], TensorRole.Gradient);
            _weightGradients[layer] = g;
        }
        return g;
    }

    /// <summary>One update kernel per parameter tensor. Master weights and states are
    /// <see cref="AnalyticOptions.OptimizerStateBytes"/> wide; in mixed precision the kernel also writes the
    /// low-precision copy the GEMMs read.</summary>
    private void Optimizer()
    {
        var adam = _options.Optimizer == OptimizerKind.Adam
            || (_options.Optimizer == OptimizerKind.Default && _network.Family == NetworkFamily.Transformer);
        var sb = (double)_options.OptimizerStateBytes;
        foreach (var layer in _network.Layers)
        {
            if (!_weights.TryGetValue(layer.Name, out var w) || !_weightGradients.TryGetValue(layer.Name, out var g))
            {
                continue;
            }
            var elements = layer.Parameters;
            var mixed = sb != _e;
            var master = mixed ? _trace.NewTensor(elements * sb, TensorRole.OptimizerState) : w;
            var accesses = new List<TensorAccess> { Read(master), Read(g) };
            var states = adam ? 2 : 1;
            var stateTensors = new int[states];
            for (var s = 0; s < states; s++)
            {
                stateTensors[s] = _trace.NewTensor(elements * sb, TensorRole.OptimizerState);
                accesses.Add(Read(stateTensors[s]));
            }
            accesses.Add(Write(master));
            foreach (var s in stateTensors)
            {
                accesses.Add(Write(s));
            }
            if (mixed)
            {
                accesses.Add(Write(w));
            }
            Stream(layer.Name, ".optimizer", (adam ? 12.0 : 4.0) * elements, accesses.ToArray());
        }
    }
}
