using DeepNvm.Generators.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

public class AnalyzerTests
{
    [Fact]
    public void Each_nvm_error_is_reported_at_its_file_line_and_column()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/specs/bad.nvm", "cell X : sram {\n  area = 146 F^2\n  aspect_ratio = 2 xs\n}"),
            new InMemoryAdditionalText("/project/specs/good.nvm", "cell Y : sram { area = 146 F^2 }"),
        };

        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files);

        var error = diagnostics.ShouldHaveSingleItem();
        error.ToString().ShouldStartWith("/project/specs/bad.nvm(3,20): error DNVM0301: unknown unit 'xs'");
        error.Location.GetLineSpan().StartLinePosition.ShouldBe(new Microsoft.CodeAnalysis.Text.LinePosition(2, 19));
        error.Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    [Fact]
    public void Cross_file_errors_are_reported_on_the_file_that_has_them()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/cells.nvm", "cell S : sram { area = 146 F^2 }"),
            new InMemoryAdditionalText("/project/cache.nvm", "cache C { capacity = 4 MB; cell = S }"),
        };

        var error = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files).ShouldHaveSingleItem();
        error.Id.ShouldBe("DNVM0205");
        error.Location.GetLineSpan().Path.ShouldBe("/project/cache.nvm");
    }

    [Fact]
    public void Every_catalog_rule_has_a_roslyn_descriptor_with_the_same_title_and_severity()
    {
        var roslyn = new NvmDiagnosticsAnalyzer().SupportedDiagnostics.ToDictionary(d => d.Id);
        foreach (var rule in DeepNvm.Language.Diagnostics.DiagnosticCatalog.All)
        {
            roslyn.ShouldContainKey(rule.Id);
            roslyn[rule.Id].Title.ToString().ShouldBe(rule.Title);
            roslyn[rule.Id].Category.ShouldBe(rule.Category);
            roslyn[rule.Id].DefaultSeverity.ToString().ShouldBe(rule.Severity.ToString());
        }

        roslyn.Count.ShouldBe(DeepNvm.Language.Diagnostics.DiagnosticCatalog.All.Count);
    }

    [Fact]
    public void The_release_tracking_file_lists_every_rule()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "generators", "DeepNvm.Generators", "AnalyzerReleases.Unshipped.md"));
        foreach (var rule in DeepNvm.Language.Diagnostics.DiagnosticCatalog.All)
        {
            unshipped.ShouldContain(rule.Id + " | " + rule.Category + " | " + rule.Severity + " | " + rule.Title);
        }
    }
}
