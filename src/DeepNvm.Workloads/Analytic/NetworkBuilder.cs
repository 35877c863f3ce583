using System;
using System.Collections.Generic;

namespace DeepNvm.Workloads.Analytic;

/// <summary>Per-sample tensor shape: channels (or features) × height × width; a token sequence is
/// features × tokens × 1.</summary>
public readonly record struct TensorShape(int Channels, int Height, int Width)
{
    public long Elements => (long)Channels * Height * Width;
    public int Tokens => Height * Width;
}

/// <summary>
/// Builds a <see cref="Network"/> layer by layer, inferring every shape. Each method appends a layer and
/// returns its name, which later layers may use as an input; methods read the previous layer unless an
/// input is given.
/// </summary>
public sealed class NetworkBuilder
{
    private readonly List<Layer> _layers = new();
    private readonly Dictionary<string, TensorShape> _shapes = new(StringComparer.Ordinal);
    private readonly string _name;
    private readonly long _inputElements;
    private readonly NetworkFamily _family;

    /// <summary>The name of the network input.</summary>
    public const string Input = "input";

    public NetworkBuilder(string name, TensorShape input, NetworkFamily family = NetworkFamily.Cnn)
    {
        _name = name;
        _inputElements = input.Elements;
        _family = family;
        _shapes[Input] = input;
        Current = Input;
    }

    /// <summary>The most recent layer (or the input).</summary>
    public string Current { get; private set; }

    public TensorShape ShapeOf(string tensor) => _shapes.TryGetValue(tensor, out var s)
        ? s
        : throw new ArgumentException("no layer named '" + tensor + "'", nameof(tensor));

    private string Add(Layer layer, TensorShape output, params string[] inputs)
    {
        if (_shapes.ContainsKey(layer.Name))
        {
            throw new ArgumentException("duplicate layer name '" + layer.Name + "'");
        }
        _layers.Add(layer with { Inputs = inputs });
        _shapes[layer.Name] = output;
        Current = layer.Name;
        return layer.Name;
    }

    public string Conv(string name, int outChannels, int kernel, int stride = 1, int padding = 0, int groups = 1, string? input = null) =>
        Conv(name, outChannels, kernel, kernel, stride, padding, groups, input);

    public string Conv(string name, int outChannels, int kernelHeight, int kernelWidth, int stride, int padding, int groups, string? input)
    {
        var from = input ?? Current;
        var s = ShapeOf(from);
        var layer = new ConvLayer(name, s.Channels, s.Height, s.Width, outChannels, kernelHeight, kernelWidth, stride, padding, groups);
        return Add(layer, new TensorShape(outChannels, layer.OutHeight, layer.OutWidth), from);
    }

    public string Relu(string name, string? input = null) => Elementwise(name, ElementwiseKind.Activation, input);

    public string Elementwise(string name, ElementwiseKind kind, string? input = null)
    {
        var from = input ?? Current;
        var s = ShapeOf(from);
        return Add(new ElementwiseLayer(name, kind, s.Elements), s, from);
    }

    public string BatchNorm(string name, string? input = null) => Norm(name, NormKind.BatchNorm, input);

    public string Norm(string name, NormKind kind, string? input = null)
    {
        var from = input ?? Current;
        var s = ShapeOf(from);
        return Add(new NormLayer(name, kind, s.Elements, s.Channels), s, from);
    }

    public string MaxPool(string name, int kernel, int stride, int padding = 0, bool ceil = false, string? input = null) =>
        Pool(name, kernel, stride, padding, false, ceil, input);

    public string GlobalAvgPool(string name, string? input = null) => Pool(name, 0, 1, 0, true, false, input);

    private string Pool(string name, int kernel, int stride, int padding, bool global, bool ceil, string? input)
    {
        var from = input ?? Current;
        var s = ShapeOf(from);
        var layer = new PoolLayer(name, s.Channels, s.Height, s.Width, global ? s.Height : kernel, stride, padding, global, ceil);
        return Add(layer, new TensorShape(s.Channels, layer.OutHeight, layer.OutWidth), from);
    }

    /// <summary>Fully connected layer over the features of each token; <paramref name="flatten"/> flattens a CNN
    /// feature map first;
    /// <paramref name="tokens"/> limits it to the last positions (an LLM head on the last token).</summary>
    public string Linear(string name, int outFeatures, string? input = null, bool bias = true, bool flatten = false, int? tokens = null)
    {
        var from = input ?? Current;
        var s = ShapeOf(from);
        if (flatten)
        {
            s = new TensorShape((int)s.Elements, 1, 1);
        }
        var positions = Math.Min(tokens ?? s.Tokens, s.Tokens);
        var layer = new LinearLayer(name, s.Channels, outFeatures, positions, bias);
        return Add(layer, new TensorShape(outFeatures, positions, 1), from);
    }

    /// <summary>Residual or element-wise sum of same-shaped tensors.</summary>
    public string Sum(string name, params string[] inputs) => Combine(name, ElementwiseKind.Add, inputs);

    public string Multiply(string name, params string[] inputs) => Combine(name, ElementwiseKind.Multiply, inputs);

    private string Combine(string name, ElementwiseKind kind, string[] inputs)
    {
        var s = ShapeOf(inputs[0]);
        foreach (var i in inputs)
        {
            if (ShapeOf(i).Elements != s.Elements)
            {
                throw new ArgumentException("'" + name + "': inputs of different sizes");
            }
        }
        return Add(new ElementwiseLayer(name, kind, s.Elements), s, inputs);
    }

    /// <summary>Concatenation along channels.</summary>
    public string Concat(string name, params string[] inputs)
    {
        var first = ShapeOf(inputs[0]);
        var channels = 0;
        foreach (var i in inputs)
        {
            channels += ShapeOf(i).Channels;
        }
        var s = new TensorShape(channels, first.Height, first.Width);
        return Add(new ElementwiseLayer(name, ElementwiseKind.Concat, s.Elements), s, inputs);
    }

    /// <summary>Attention over projected q, k, v (features = heads × headDim), or over q alone with a KV cache of
    /// <paramref name="kvTokens"/> positions.</summary>
    public string Attention(string name, int heads, string q, string? k, string? v, int? kvTokens = null)
    {
        var s = ShapeOf(q);
        var headDim = s.Channels / heads;
        var cache = k is null;
        var layer = new AttentionLayer(name, s.Tokens, heads, headDim, kvTokens ?? ShapeOf(k!).Tokens, cache);
        return Add(layer, s, cache ? new[] { q } : new[] { q, k!, v! });
    }

    public string Embedding(string name, int vocabulary, int dim)
    {
        var s = ShapeOf(Current);
        return Add(new EmbeddingLayer(name, s.Tokens, vocabulary, dim), new TensorShape(dim, s.Height, s.Width), Current);
    }

    public Network Build() => new(_name, _inputElements, _layers.ToArray(), _family);
}
