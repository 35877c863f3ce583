using BenchmarkDotNet.Attributes;
using DeepNvm.Generators;
using DeepNvm.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DeepNvm.Benchmarks;

/// <summary>The generator's incremental run after an edit to one file of 50, and the analyzer's
/// diagnostics for the whole 500-declaration project.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText[] _texts = [];
    private AdditionalText _current = null!;
    private AdditionalText _other = null!;
    private AdditionalText _cacheEdit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _texts = SyntheticProject.Create().Select(f => (AdditionalText)new Text(f.Path, f.Text)).ToArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(CellParameters).Assembly.Location));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Program { }")], references);
        _driver = CSharpGeneratorDriver.Create([new NvmModelGenerator().AsSourceGenerator()], additionalTexts: _texts)
            .RunGenerators(_compilation);
        _current = _texts[25];
        _other = new Text(_current.Path, SyntheticProject.File(25, 10, variant: 1));
        _cacheEdit = new Text(_current.Path, SyntheticProject.File(25, 10, variant: 1, touchCacheCell: true));
    }

    [Benchmark(Description = "generator: rerun after editing 1 of 50 files")]
    public GeneratorDriver EditOneFile()
    {
        _driver = _driver.ReplaceAdditionalText(_current, _other).RunGenerators(_compilation);
        (_current, _other) = (_other, _current);
        return _driver;
    }

    [Benchmark(Description = "generator: rerun after editing the cell of a characterized cache")]
    public GeneratorDriver EditCharacterizedCacheCell()
    {
        _driver = _driver.ReplaceAdditionalText(_current, _cacheEdit).RunGenerators(_compilation);
        (_current, _cacheEdit) = (_cacheEdit, _current);
        return _driver;
    }

    [Benchmark(Description = "analyzer: 500 declarations, every file new (a command-line build)")]
    public int AnalyzeColdProject() =>
        Analyze(_texts.Select(t => (AdditionalText)new Text(t.Path, t.GetText()!.ToString())).ToArray());

    [Benchmark(Description = "analyzer: 500 declarations after editing 1 of 50 files (the editor)")]
    public int AnalyzeAfterEdit()
    {
        var texts = (AdditionalText[])_texts.Clone();
        texts[25] = _other;
        (_current, _other) = (_other, _current);
        return Analyze(texts);
    }

    private int Analyze(AdditionalText[] texts) =>
        _compilation.WithAnalyzers([new NvmDiagnosticsAnalyzer()], new AnalyzerOptions([.. texts]))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;

    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
