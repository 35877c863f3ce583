using BenchmarkDotNet.Attributes;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Benchmarks;

/// <summary>Parse and bind of a 50-file, 500-declaration project (issue: the spine's speed).</summary>
[MemoryDiagnoser]
public class FrontEndBenchmarks
{
    private (string Path, string Text)[] _files = [];
    private ParsedFile[] _parsed = [];

    [GlobalSetup]
    public void Setup()
    {
        _files = SyntheticProject.Create();
        _parsed = _files.Select(f => NvmParser.Parse(f.Path, f.Text)).ToArray();
        var program = NvmBinder.Bind(_parsed, new BindOptions("/bench"));
        if (program.Diagnostics.Count > 0 || program.Declarations.Count != 500)
        {
            throw new InvalidOperationException("the synthetic project must be valid: " + string.Join("\n", program.Diagnostics.Take(5)));
        }
    }

    [Benchmark(Description = "parse 50 files")]
    public int ParseAll()
    {
        var count = 0;
        foreach (var (path, text) in _files)
        {
            count += NvmParser.Parse(path, text).Syntax.Declarations.Count;
        }

        return count;
    }

    [Benchmark(Description = "bind 500 declarations")]
    public int BindAll() => NvmBinder.Bind(_parsed, new BindOptions("/bench")).Declarations.Count;

    [Benchmark(Description = "parse + bind (cold)")]
    public int ParseAndBind() =>
        NvmFrontEnd.Compile(_files.Select(f => new NvmSource(f.Path, f.Text)), new BindOptions("/bench")).Declarations.Count;
}
