using System;
using System.Collections.Generic;

namespace DeepNvm.Workloads.Analytic;

/// <summary>
/// A layer of a network, with its per-sample shapes written out (the batch is a workload parameter).
/// <see cref="Inputs"/> names the layers whose outputs it reads; empty means the previous layer (or the
/// network input for the first layer); <c>"input"</c> names the network input explicitly. A front end
/// can build these records directly or through <see cref="NetworkBuilder"/>.
/// </summary>
public abstract record Layer
{
    protected Layer(string name) => Name = name;

    public string Name { get; init; }

    /// <summary>Producing layers read by this one; empty = the previous layer.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = Array.Empty<string>();

    /// <summary>Elements of the output, per sample.</summary>
    public abstract long OutputElements { get; }

    /// <summary>Trainable parameters.</summary>
    public virtual long Parameters => 0;
}

/// <summary>2-D convolution, NCHW in, KPQ out, KCRS weights; grouped when <see cref="Groups"/> &gt; 1
/// (depthwise when Groups = InChannels = OutChannels).</summary>
public sealed record ConvLayer(string Name, int InChannels, int InHeight, int InWidth, int OutChannels,
    int KernelHeight, int KernelWidth, int Stride = 1, int Padding = 0, int Groups = 1) : Layer(Name)
{
    public int OutHeight => (InHeight + 2 * Padding - KernelHeight) / Stride + 1;
    public int OutWidth => (InWidth + 2 * Padding - KernelWidth) / Stride + 1;
    public bool IsDepthwise => Groups > 1 && Groups == InChannels && OutChannels % Groups == 0 && OutChannels / Groups <= 4;
    public override long OutputElements => (long)OutChannels * OutHeight * OutWidth;
    public override long Parameters => (long)OutChannels * (InChannels / Groups) * KernelHeight * KernelWidth + OutChannels;
    public long InputElements => (long)InChannels * InHeight * InWidth;
}

/// <summary>Fully connected layer applied to <see cref="Tokens"/> positions per sample (1 for a CNN head).</summary>
public sealed record LinearLayer(string Name, int InFeatures, int OutFeatures, int Tokens = 1, bool Bias = true) : Layer(Name)
{
    public override long OutputElements => (long)Tokens * OutFeatures;
    public override long Parameters => (long)InFeatures * OutFeatures + (Bias ? OutFeatures : 0);
}

/// <summary>Max or average pooling; <see cref="Global"/> pools the whole plane.</summary>
public sealed record PoolLayer(string Name, int Channels, int InHeight, int InWidth, int Kernel, int Stride,
    int Padding = 0, bool Global = false, bool Ceil = false) : Layer(Name)
{
    public int OutHeight => Global ? 1 : Out(InHeight);
    public int OutWidth => Global ? 1 : Out(InWidth);
    private int Out(int size)
    {
        var span = size + 2 * Padding - Kernel;
        return (Ceil ? (span + Stride - 1) / Stride : span / Stride) + 1;
    }
    public override long OutputElements => (long)Channels * OutHeight * OutWidth;
    public long InputElements => (long)Channels * InHeight * InWidth;
}

/// <summary>What an element-wise layer does (decides its backward pass).</summary>
public enum ElementwiseKind
{
    /// <summary>ReLU, GELU, SiLU…: 1 in, 1 out; backward reads the gradient and the saved input.</summary>
    Activation,
    /// <summary>Sum of the inputs (residual): backward passes the gradient through (no kernel).</summary>
    Add,
    /// <summary>Product of two inputs (gating, SwiGLU): backward reads both inputs and the gradient.</summary>
    Multiply,
    /// <summary>Concatenation along channels: a copy; backward takes views (no kernel).</summary>
    Concat,
    /// <summary>Softmax over the last dimension: backward reads the output and its gradient.</summary>
    Softmax,
    /// <summary>A one-input map with no saved state (rotary embedding, scaling, adding a broadcast bias or a
    /// position embedding): 1 in, 1 out; backward 1 in, 1 out.</summary>
    Unary,
}

/// <summary>An element-wise layer over <see cref="ElementsPerSample"/> output elements.</summary>
public sealed record ElementwiseLayer(string Name, ElementwiseKind Kind, long ElementsPerSample) : Layer(Name)
{
    public override long OutputElements => ElementsPerSample;
}

/// <summary>Normalization kinds.</summary>
public enum NormKind
{
    BatchNorm,
    LayerNorm,
    RmsNorm,
}

/// <summary>Normalization over <see cref="ElementsPerSample"/> elements with <see cref="Channels"/> affine parameters each.</summary>
public sealed record NormLayer(string Name, NormKind Kind, long ElementsPerSample, int Channels) : Layer(Name)
{
    public override long OutputElements => ElementsPerSample;
    public override long Parameters => Kind == NormKind.RmsNorm ? Channels : 2L * Channels;
}

/// <summary>Scaled dot-product attention over projected Q, K, V (Inputs = [q, k, v]; with a KV cache, only q).
/// Scores are <see cref="Heads"/> × <see cref="Tokens"/> × <see cref="KvTokens"/> per sample.</summary>
public sealed record AttentionLayer(string Name, int Tokens, int Heads, int HeadDim, int KvTokens, bool KvCache = false) : Layer(Name)
{
    public override long OutputElements => (long)Tokens * Heads * HeadDim;
}

/// <summary>A batched matmul of two activations per sample: <see cref="Count"/> products of M×K by K×N (Inputs = [a, b]).</summary>
public sealed record MatmulLayer(string Name, int Count, int M, int N, int K) : Layer(Name)
{
    public override long OutputElements => (long)Count * M * N;
}

/// <summary>Token embedding lookup: reads <see cref="Tokens"/> rows of a <see cref="Vocabulary"/> × <see cref="Dim"/> table.</summary>
public sealed record EmbeddingLayer(string Name, int Tokens, int Vocabulary, int Dim) : Layer(Name)
{
    public override long OutputElements => (long)Tokens * Dim;
    public override long Parameters => (long)Vocabulary * Dim;
}

/// <summary>A network: layers in execution order. <see cref="InputElements"/> is the per-sample input size.</summary>
public sealed record Network(string Name, long InputElements, IReadOnlyList<Layer> Layers, NetworkFamily Family = NetworkFamily.Cnn)
{
    /// <summary>Trainable parameters.</summary>
    public long Parameters
    {
        get
        {
            long p = 0;
            foreach (var l in Layers)
            {
                p += l.Parameters;
            }
            return p;
        }
    }
}

/// <summary>Decides the default optimizer and attention handling.</summary>
public enum NetworkFamily
{
    /// <summary>Convolutional network (SGD with momentum by default).</summary>
    Cnn,
    /// <summary>Transformer (AdamW by default).</summary>
    Transformer,
}
