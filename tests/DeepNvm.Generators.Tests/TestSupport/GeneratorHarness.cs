using System.Collections.Immutable;
using System.Reflection;
using DeepNvm.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepNvm.Generators.Tests.TestSupport;

/// <summary>Drives <see cref="NvmModelGenerator"/> the way the compiler does, over in-memory .nvm files.</summary>
internal static class GeneratorHarness
{
    public const string ProjectDir = "/project/";
    public const string Namespace = "Study.Models";

    public static TestOptionsProvider Options => new(new()
    {
        ["build_property.RootNamespace"] = Namespace,
        ["build_property.ProjectDir"] = ProjectDir,
    });

    public static AdditionalText[] ExampleFiles() =>
        Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(ProjectDir + "nvm/" + Path.GetFileName(f), File.ReadAllText(f)))
            .ToArray();

    public static CSharpCompilation Compilation(bool withRuntime = true, string code = "")
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is var n && (n.StartsWith("System.", StringComparison.Ordinal) || n is "mscorlib.dll" or "netstandard.dll"))
            .Select(p => MetadataReference.CreateFromFile(p))
            .ToList();
        if (withRuntime)
        {
            references.Add(MetadataReference.CreateFromFile(typeof(CellParameters).Assembly.Location));
        }

        return CSharpCompilation.Create(
            "StudyUnderTest",
            new[] { CSharpSyntaxTree.ParseText(code) },
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files) =>
        CSharpGeneratorDriver.Create(
            new[] { new NvmModelGenerator().AsSourceGenerator() },
            additionalTexts: files,
            optionsProvider: Options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and compiles its output; returns the updated compilation and the run. Every
    /// call runs the generator twice over the same inputs and asserts that the second run produces the same
    /// sources and diagnostics and is served entirely from the incremental cache.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Run) Generate(IEnumerable<AdditionalText> files, bool withRuntime = true)
    {
        var compilation = Compilation(withRuntime);
        var driver = Driver(files).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var first = driver.GetRunResult();
        var second = driver.RunGeneratorsAndUpdateCompilation(compilation, out _, out _).GetRunResult();
        AssertSameAndCached(first, second);
        return (output, first);
    }

    /// <summary>The second run gives the same generated sources and diagnostics, and every tracked step and
    /// output of it is cached or unchanged.</summary>
    public static void AssertSameAndCached(GeneratorDriverRunResult first, GeneratorDriverRunResult second)
    {
        static IEnumerable<(string, string)> Sources(GeneratorDriverRunResult run) =>
            run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal);

        Sources(second).ShouldBe(Sources(first), "a second run over the same inputs generates the same sources");
        second.Diagnostics.Select(d => d.ToString()).ShouldBe(first.Diagnostics.Select(d => d.ToString()));
        var rerun = second.Results[0];
        rerun.TrackedSteps.SelectMany(s => s.Value.SelectMany(step => step.Outputs).Select(o => (s.Key, o.Reason)))
            .Concat(rerun.TrackedOutputSteps.SelectMany(s => s.Value.SelectMany(step => step.Outputs).Select(o => (s.Key, o.Reason))))
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    /// <summary>Compiles and loads the output so tests can read the generated values.</summary>
    public static Assembly Load(Compilation output)
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        emitted.Success.ShouldBeTrue(string.Join("\n", emitted.Diagnostics));
        return Assembly.Load(image.ToArray());
    }

    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation, IEnumerable<AdditionalText> files) =>
        compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new NvmDiagnosticsAnalyzer()),
                new AnalyzerOptions(files.ToImmutableArray(), Options))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
}
