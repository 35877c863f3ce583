using DeepNvm.Generators.Tests.TestSupport;
using DeepNvm.Model;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

/// <summary>A cache that names its cell and node is characterized while the project compiles: its
/// figures become constants, the same the runtime model gives, and they are recomputed only when the
/// cache, its cell or its node change.</summary>
public class BuildTimeCharacterizationTests
{
    [Fact]
    public void A_complete_cache_becomes_constants_equal_to_the_runtime_model()
    {
        var (output, run) = GeneratorHarness.Generate(GeneratorHarness.ExampleFiles());
        run.Diagnostics.ShouldBeEmpty();

        var assembly = GeneratorHarness.Load(output);
        var constants = assembly.GetType(GeneratorHarness.Namespace + ".Caches+Characterized+Gp102L2Stt")!;
        double Read(string name) => (double)constants.GetField(name)!.GetRawConstantValue()!;

        var caches = assembly.GetType(GeneratorHarness.Namespace + ".Caches")!;
        var cache = (CacheParameters)caches.GetField("Gp102L2Stt")!.GetValue(null)!;
        var expected = CacheModel.Characterize(cache, cache.Cell!, cache.Node!).Characteristics.ShouldNotBeNull();
        Read("HitLatencySeconds").ShouldBe(expected.HitLatencySeconds);
        Read("WriteLatencySeconds").ShouldBe(expected.WriteLatencySeconds);
        Read("AreaSquareMeters").ShouldBe(expected.AreaSquareMeters);
        Read("LeakageWatts").ShouldBe(expected.LeakageWatts);
        ((string)constants.GetField("Organization")!.GetRawConstantValue()!).ShouldNotBeNullOrEmpty();
        caches.GetNestedType("Characterized")!.GetNestedTypes().Select(t => t.Name).ShouldBe(new[] { "Gp102L2Stt" });
    }

    [Fact]
    public void Editing_a_workload_does_not_characterize_the_cache_again()
    {
        var files = GeneratorHarness.ExampleFiles();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);
        var workloads = files.Single(f => f.Path.EndsWith("workloads.nvm", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(workloads.Path, workloads.GetText()!.ToString().Replace("batch = 64", "batch = 32"));

        var result = driver.ReplaceAdditionalText(workloads, edited).RunGenerators(compilation).GetRunResult().Results[0];

        result.TrackedSteps[TrackingNames.Characterize].SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }
}
