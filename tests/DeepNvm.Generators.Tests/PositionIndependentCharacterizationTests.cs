using DeepNvm.Generators.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

/// <summary>The build-time characterization is keyed on what the cache, its cell and its node say, not on
/// where they are written: an edit that only moves declarations (a comment line above a cell, a cache moved
/// to another file) does not run the organization search again, and the diagnostics still point at the
/// declaration where it now is.</summary>
public class PositionIndependentCharacterizationTests
{
    private const string Parts = """
        node N22 { feature_size = 22 nm }
        cell Sram : sram { area = 146 F^2; aspect_ratio = 1.46 }
        """;

    private const string Caches = """
        import "parts.nvm"
        cache Small { capacity = 64 KB; associativity = 4; line = 64 B; cell = Sram; node = N22 }
        cache Broken { capacity = 1 KB; associativity = 1; line = 1 KB; cell = Sram; node = N22 }
        """;

    private static AdditionalText File(string name, string text) => new InMemoryAdditionalText(GeneratorHarness.ProjectDir + "nvm/" + name, text);

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Run) First(out Compilation compilation, out AdditionalText parts, out AdditionalText caches)
    {
        parts = File("parts.nvm", Parts);
        caches = File("caches.nvm", Caches);
        compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(new[] { parts, caches }).RunGenerators(compilation);
        return (driver, driver.GetRunResult());
    }

    private static IncrementalStepRunReason[] Characterizations(GeneratorDriverRunResult run) =>
        run.Results[0].TrackedSteps[TrackingNames.Characterize].SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    private static string BrokenAt(GeneratorDriverRunResult run) =>
        run.Diagnostics.Single(d => d.GetMessage().Contains("'Broken'", StringComparison.Ordinal)).Location.GetLineSpan().ToString();

    [Fact]
    public void The_starting_point_has_one_characterized_cache_and_one_located_failure()
    {
        var (_, run) = First(out _, out _, out _);

        Characterizations(run).Length.ShouldBe(2);
        run.GeneratedTrees.Select(t => Path.GetFileName(t.FilePath)).ShouldContain("Caches.Characterized.Small.g.cs");
        BrokenAt(run).ShouldBe("/project/nvm/caches.nvm: (2,6)-(2,12)");
    }

    [Theory]
    [InlineData("// a comment line above the cell\n")]
    [InlineData("// three lines\n//\n\n")]
    [InlineData("")]
    public void Text_inserted_above_the_cell_does_not_characterize_again(string inserted)
    {
        var (driver, _) = First(out var compilation, out var parts, out _);

        var edited = driver.ReplaceAdditionalText(parts, File("parts.nvm", inserted + Parts)).RunGenerators(compilation).GetRunResult();

        Characterizations(edited).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Text_inserted_above_the_caches_moves_the_diagnostic_but_characterizes_nothing_again()
    {
        var (driver, _) = First(out var compilation, out _, out var caches);

        var edited = driver.ReplaceAdditionalText(caches, File("caches.nvm", "// the L2 caches\n// of the study\n" + Caches)).RunGenerators(compilation).GetRunResult();

        Characterizations(edited).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        BrokenAt(edited).ShouldBe("/project/nvm/caches.nvm: (4,6)-(4,12)");
    }

    [Fact]
    public void A_cache_moved_to_another_file_is_not_characterized_again_and_is_reported_where_it_now_is()
    {
        var (driver, _) = First(out var compilation, out var parts, out var caches);
        var lines = Caches.Split('\n');

        var edited = driver
            .ReplaceAdditionalText(parts, File("parts.nvm", Parts + "\n" + lines[2]))
            .ReplaceAdditionalText(caches, File("caches.nvm", lines[0] + "\n" + lines[1]))
            .RunGenerators(compilation).GetRunResult();

        Characterizations(edited).ShouldAllBe(r => r == IncrementalStepRunReason.Cached || r == IncrementalStepRunReason.Unchanged);
        BrokenAt(edited).ShouldBe("/project/nvm/parts.nvm: (2,6)-(2,12)");
    }

    [Fact]
    public void Changing_what_a_cache_says_characterizes_that_cache_only()
    {
        var (driver, _) = First(out var compilation, out _, out var caches);

        var edited = driver.ReplaceAdditionalText(caches, File("caches.nvm", Caches.Replace("capacity = 64 KB; associativity = 4; line = 64 B; cell = Sram; node = N22 }", "capacity = 128 KB; associativity = 4; line = 64 B; cell = Sram; node = N22 }")))
            .RunGenerators(compilation).GetRunResult();

        Characterizations(edited).Count(r => r == IncrementalStepRunReason.Modified).ShouldBe(1);
        Characterizations(edited).Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(1);
    }
}
