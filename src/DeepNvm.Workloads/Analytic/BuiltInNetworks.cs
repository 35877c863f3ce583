using System.Collections.Generic;
using DeepNvm.Model;

namespace DeepNvm.Workloads.Analytic;

/// <summary>
/// The built-in networks, layer by layer as torchvision and Hugging Face define them (so that analytic
/// counts can be compared with profiles of those implementations). Dropout is left out (it is not run at
/// inference and is a small element-wise kernel in training).
/// </summary>
public static class BuiltInNetworks
{
    /// <summary>Default token count of BERT-base (GLUE fine-tuning length).</summary>
    public const int BertSequenceLength = 128;
    /// <summary>Default prompt length of the LLM (prefill) and KV-cache length (decode).</summary>
    public const int LlmSequenceLength = 1024;

    /// <summary>The ids, in a stable order.</summary>
    public static IReadOnlyList<string> Ids { get; } = new[]
    {
        "alexnet", "vgg16", "googlenet", "resnet18", "resnet50", "squeezenet", "mobilenet_v2", "bert_base", "llm_7b",
    };

    /// <summary>Creates a built-in network. <paramref name="sequenceLength"/> overrides the token count of
    /// the transformers; <paramref name="phase"/> picks prefill (also for inference) or decode for the LLM.</summary>
    public static bool TryCreate(string id, WorkloadPhase phase, int? sequenceLength, out Network network)
    {
        switch (Normalize(id))
        {
            case "alexnet": network = AlexNet(); return true;
            case "vgg16": network = Vgg16(); return true;
            case "googlenet": network = GoogLeNet(); return true;
            case "resnet18": network = ResNet("resnet18", new[] { 2, 2, 2, 2 }, bottleneck: false); return true;
            case "resnet50": network = ResNet("resnet50", new[] { 3, 4, 6, 3 }, bottleneck: true); return true;
            case "squeezenet": case "squeezenet10": network = SqueezeNet(); return true;
            case "mobilenetv2": network = MobileNetV2(); return true;
            case "bertbase": case "bert": network = Bert(sequenceLength ?? BertSequenceLength); return true;
            case "llm7b": case "llama7b": network = Llm7B(phase, sequenceLength ?? LlmSequenceLength); return true;
            default: network = null!; return false;
        }
    }

    /// <summary>Whether the network runs in <paramref name="phase"/>: prefill and decode are phases of the
    /// LLM only (a CNN or BERT has no KV cache to prefill or decode against).</summary>
    public static bool SupportsPhase(string id, WorkloadPhase phase) =>
        phase is not (WorkloadPhase.Prefill or WorkloadPhase.Decode) || Normalize(id) is "llm7b" or "llama7b";

    private static string Normalize(string id)
    {
        var chars = new List<char>();
        foreach (var c in id)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars.Add(char.ToLowerInvariant(c));
            }
        }
        return new string(chars.ToArray());
    }

    private static NetworkBuilder Image(string name) => new(name, new TensorShape(3, 224, 224));

    /// <summary>torchvision alexnet (Krizhevsky 2014 "one weird trick" variant: 64-192-384-256-256).</summary>
    public static Network AlexNet()
    {
        var b = Image("alexnet");
        b.Conv("conv1", 64, 11, 4, 2); b.Relu("relu1"); b.MaxPool("pool1", 3, 2);
        b.Conv("conv2", 192, 5, 1, 2); b.Relu("relu2"); b.MaxPool("pool2", 3, 2);
        b.Conv("conv3", 384, 3, 1, 1); b.Relu("relu3");
        b.Conv("conv4", 256, 3, 1, 1); b.Relu("relu4");
        b.Conv("conv5", 256, 3, 1, 1); b.Relu("relu5"); b.MaxPool("pool5", 3, 2);
        b.Linear("fc6", 4096, flatten: true); b.Relu("relu6");
        b.Linear("fc7", 4096); b.Relu("relu7");
        b.Linear("fc8", 1000);
        return b.Build();
    }

    /// <summary>torchvision vgg16 (configuration D, no batch norm).</summary>
    public static Network Vgg16()
    {
        var b = Image("vgg16");
        var config = new[] { 64, 64, 0, 128, 128, 0, 256, 256, 256, 0, 512, 512, 512, 0, 512, 512, 512, 0 };
        int conv = 0, pool = 0;
        foreach (var c in config)
        {
            if (c == 0)
            {
                b.MaxPool("pool" + ++pool, 2, 2);
            }
            else
            {
                conv++;
                b.Conv("conv" + conv, c, 3, 1, 1);
                b.Relu("relu" + conv);
            }
        }
        b.Linear("fc6", 4096, flatten: true); b.Relu("relu_fc6");
        b.Linear("fc7", 4096); b.Relu("relu_fc7");
        b.Linear("fc8", 1000);
        return b.Build();
    }

    private static string ConvBnRelu(NetworkBuilder b, string name, int channels, int kernel, int stride = 1, int padding = 0, string? input = null, bool relu = true, int groups = 1)
    {
        b.Conv(name, channels, kernel, stride, padding, groups, input);
        b.BatchNorm(name + "_bn");
        return relu ? b.Relu(name + "_relu") : b.Current;
    }

    /// <summary>torchvision googlenet: BasicConv2d = conv + BN + ReLU; its "5×5" branch uses a 3×3 kernel.</summary>
    public static Network GoogLeNet()
    {
        var b = Image("googlenet");
        ConvBnRelu(b, "conv1", 64, 7, 2, 3);
        b.MaxPool("pool1", 3, 2, ceil: true);
        ConvBnRelu(b, "conv2", 64, 1);
        ConvBnRelu(b, "conv3", 192, 3, 1, 1);
        b.MaxPool("pool2", 3, 2, ceil: true);
        Inception(b, "3a", 64, 96, 128, 16, 32, 32);
        Inception(b, "3b", 128, 128, 192, 32, 96, 64);
        b.MaxPool("pool3", 3, 2, ceil: true);
        Inception(b, "4a", 192, 96, 208, 16, 48, 64);
        Inception(b, "4b", 160, 112, 224, 24, 64, 64);
        Inception(b, "4c", 128, 128, 256, 24, 64, 64);
        Inception(b, "4d", 112, 144, 288, 32, 64, 64);
        Inception(b, "4e", 256, 160, 320, 32, 128, 128);
        b.MaxPool("pool4", 2, 2, ceil: true);
        Inception(b, "5a", 256, 160, 320, 32, 128, 128);
        Inception(b, "5b", 384, 192, 384, 48, 128, 128);
        b.GlobalAvgPool("avgpool");
        b.Linear("fc", 1000, flatten: true);
        return b.Build();
    }

    private static void Inception(NetworkBuilder b, string id, int c1, int c3r, int c3, int c5r, int c5, int pp)
    {
        var x = b.Current;
        var b1 = ConvBnRelu(b, id + "_1x1", c1, 1, input: x);
        ConvBnRelu(b, id + "_3x3r", c3r, 1, input: x);
        var b2 = ConvBnRelu(b, id + "_3x3", c3, 3, 1, 1);
        ConvBnRelu(b, id + "_5x5r", c5r, 1, input: x);
        var b3 = ConvBnRelu(b, id + "_5x5", c5, 3, 1, 1);
        b.MaxPool(id + "_pool", 3, 1, 1, ceil: true, input: x);
        var b4 = ConvBnRelu(b, id + "_poolproj", pp, 1);
        b.Concat(id + "_concat", b1, b2, b3, b4);
    }

    /// <summary>torchvision resnet18 (basic blocks) and resnet50 (v1.5 bottlenecks: stride on the 3×3).</summary>
    public static Network ResNet(string name, int[] blocks, bool bottleneck)
    {
        var b = Image(name);
        ConvBnRelu(b, "conv1", 64, 7, 2, 3);
        b.MaxPool("maxpool", 3, 2, 1);
        var inChannels = 64;
        for (var stage = 0; stage < 4; stage++)
        {
            var width = 64 << stage;
            var outChannels = bottleneck ? width * 4 : width;
            for (var i = 0; i < blocks[stage]; i++)
            {
                var stride = stage > 0 && i == 0 ? 2 : 1;
                var id = "layer" + (stage + 1) + "." + i;
                var x = b.Current;
                string y;
                if (bottleneck)
                {
                    ConvBnRelu(b, id + ".conv1", width, 1, input: x);
                    ConvBnRelu(b, id + ".conv2", width, 3, stride, 1);
                    y = ConvBnRelu(b, id + ".conv3", outChannels, 1, relu: false);
                }
                else
                {
                    ConvBnRelu(b, id + ".conv1", width, 3, stride, 1, input: x);
                    y = ConvBnRelu(b, id + ".conv2", width, 3, 1, 1, relu: false);
                }
                var shortcut = x;
                if (stride != 1 || inChannels != outChannels)
                {
                    shortcut = ConvBnRelu(b, id + ".downsample", outChannels, 1, stride, input: x, relu: false);
                }
                b.Sum(id + ".add", y, shortcut);
                b.Relu(id + ".relu");
                inChannels = outChannels;
            }
        }
        b.GlobalAvgPool("avgpool");
        b.Linear("fc", 1000, flatten: true);
        return b.Build();
    }

    /// <summary>torchvision squeezenet1_0.</summary>
    public static Network SqueezeNet()
    {
        var b = Image("squeezenet");
        b.Conv("conv1", 96, 7, 2); b.Relu("relu1");
        b.MaxPool("pool1", 3, 2, ceil: true);
        Fire(b, "fire2", 16, 64); Fire(b, "fire3", 16, 64); Fire(b, "fire4", 32, 128);
        b.MaxPool("pool4", 3, 2, ceil: true);
        Fire(b, "fire5", 32, 128); Fire(b, "fire6", 48, 192); Fire(b, "fire7", 48, 192); Fire(b, "fire8", 64, 256);
        b.MaxPool("pool8", 3, 2, ceil: true);
        Fire(b, "fire9", 64, 256);
        b.Conv("conv10", 1000, 1); b.Relu("relu10");
        b.GlobalAvgPool("avgpool");
        return b.Build();
    }

    private static void Fire(NetworkBuilder b, string id, int squeeze, int expand)
    {
        b.Conv(id + "_squeeze", squeeze, 1);
        var s = b.Relu(id + "_squeeze_relu");
        b.Conv(id + "_expand1x1", expand, 1, input: s);
        var e1 = b.Relu(id + "_expand1x1_relu");
        b.Conv(id + "_expand3x3", expand, 3, 1, 1, input: s);
        var e3 = b.Relu(id + "_expand3x3_relu");
        b.Concat(id + "_concat", e1, e3);
    }

    /// <summary>torchvision mobilenet_v2 (width 1.0): inverted residuals with depthwise 3×3 convolutions.</summary>
    public static Network MobileNetV2()
    {
        var b = Image("mobilenet_v2");
        ConvBnRelu(b, "features.0", 32, 3, 2, 1);
        var settings = new[] { (1, 16, 1, 1), (6, 24, 2, 2), (6, 32, 3, 2), (6, 64, 4, 2), (6, 96, 3, 1), (6, 160, 3, 2), (6, 320, 1, 1) };
        var inChannels = 32;
        var index = 1;
        foreach (var (t, c, n, s) in settings)
        {
            for (var i = 0; i < n; i++)
            {
                var stride = i == 0 ? s : 1;
                var id = "features." + index++;
                var x = b.Current;
                var hidden = inChannels * t;
                if (t != 1)
                {
                    ConvBnRelu(b, id + ".expand", hidden, 1, input: x);
                }
                ConvBnRelu(b, id + ".dw", hidden, 3, stride, 1, groups: hidden);
                var y = ConvBnRelu(b, id + ".project", c, 1, relu: false);
                if (stride == 1 && inChannels == c)
                {
                    b.Sum(id + ".add", y, x);
                }
                inChannels = c;
            }
        }
        ConvBnRelu(b, "features.18", 1280, 1);
        b.GlobalAvgPool("avgpool");
        b.Linear("classifier", 1000, flatten: true);
        return b.Build();
    }

    /// <summary>Hugging Face BertModel, base configuration (12 layers, hidden 768, 12 heads, FFN 3072,
    /// vocabulary 30522); the encoder and embeddings, without a task head.</summary>
    public static Network Bert(int tokens)
    {
        var b = new NetworkBuilder("bert_base", new TensorShape(1, tokens, 1), NetworkFamily.Transformer);
        const int hidden = 768, heads = 12, ffn = 3072;
        b.Embedding("embeddings.word", 30522, hidden);
        b.Elementwise("embeddings.position_type", ElementwiseKind.Unary);
        var x = b.Norm("embeddings.layernorm", NormKind.LayerNorm);
        for (var l = 0; l < 12; l++)
        {
            var id = "encoder." + l;
            var q = b.Linear(id + ".query", hidden, x);
            var k = b.Linear(id + ".key", hidden, x);
            var v = b.Linear(id + ".value", hidden, x);
            b.Attention(id + ".attention", heads, q, k, v);
            var o = b.Linear(id + ".output", hidden);
            b.Sum(id + ".residual1", o, x);
            var h = b.Norm(id + ".layernorm1", NormKind.LayerNorm);
            b.Linear(id + ".intermediate", ffn);
            b.Elementwise(id + ".gelu", ElementwiseKind.Activation);
            var f = b.Linear(id + ".ffn_output", hidden);
            b.Sum(id + ".residual2", f, h);
            x = b.Norm(id + ".layernorm2", NormKind.LayerNorm);
        }
        return b.Build();
    }

    /// <summary>A LLaMA-style 7B decoder (32 layers, hidden 4096, 32 heads, SwiGLU FFN 11008, vocabulary 32000,
    /// RMSNorm, rotary embeddings; 6.7 B parameters). Prefill processes <paramref name="tokens"/> prompt tokens;
    /// decode generates one token against a KV cache of <paramref name="tokens"/> positions; training runs a
    /// full step over <paramref name="tokens"/> tokens.</summary>
    public static Network Llm7B(WorkloadPhase phase, int tokens)
    {
        var decode = phase == WorkloadPhase.Decode;
        var positions = decode ? 1 : tokens;
        var b = new NetworkBuilder(decode ? "llm_7b_decode" : "llm_7b", new TensorShape(1, positions, 1), NetworkFamily.Transformer);
        const int hidden = 4096, heads = 32, ffn = 11008, vocabulary = 32000;
        var x = b.Embedding("embed_tokens", vocabulary, hidden);
        for (var l = 0; l < 32; l++)
        {
            var id = "layers." + l;
            b.Norm(id + ".input_norm", NormKind.RmsNorm, x);
            var n = b.Current;
            b.Linear(id + ".q_proj", hidden, n, bias: false);
            var q = b.Elementwise(id + ".q_rotary", ElementwiseKind.Unary);
            b.Linear(id + ".k_proj", hidden, n, bias: false);
            var k = b.Elementwise(id + ".k_rotary", ElementwiseKind.Unary);
            var v = b.Linear(id + ".v_proj", hidden, n, bias: false);
            if (decode)
            {
                b.Attention(id + ".attention", heads, q, null, null, kvTokens: tokens + 1);
            }
            else
            {
                b.Attention(id + ".attention", heads, q, k, v);
            }
            var o = b.Linear(id + ".o_proj", hidden, bias: false);
            var h = b.Sum(id + ".residual1", o, x);
            var m = b.Norm(id + ".post_norm", NormKind.RmsNorm);
            b.Linear(id + ".gate_proj", ffn, m, bias: false);
            var g = b.Elementwise(id + ".silu", ElementwiseKind.Activation);
            var u = b.Linear(id + ".up_proj", ffn, m, bias: false);
            b.Multiply(id + ".gate_mul", g, u);
            var d = b.Linear(id + ".down_proj", hidden, bias: false);
            x = b.Sum(id + ".residual2", d, h);
        }
        b.Norm("norm", NormKind.RmsNorm, x);
        b.Linear("lm_head", vocabulary, bias: false, tokens: 1);
        return b.Build();
    }
}
