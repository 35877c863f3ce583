using DeepNvm.Language.Workspace;

namespace DeepNvm.Language.Tests;

public class ExampleProjectTests
{
    [Fact]
    public void The_shipped_DeepNvm_study_binds_without_diagnostics()
    {
        var loaded = NvmFileLoader.Load(RepositoryPaths.ExampleNvm);
        var program = NvmFrontEnd.Compile(loaded.Sources, loaded.Options);

        program.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        program.Declarations.Select(d => d.Name).ShouldContain("DeepNvmPlusPlus");
    }
}

public class DocumentationTests
{
    [Fact]
    public void The_language_reference_lists_the_current_schema_units_and_diagnostics()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "language.md")).Replace("\r\n", "\n");
        doc.ShouldContain(Schema.SchemaMarkdown.Render(), customMessage: "docs/language.md is out of date: replace its generated part with the output of `deepnvm schema`");
    }

    [Fact]
    public void Every_diagnostic_has_a_page_titled_with_its_id_and_title()
    {
        foreach (var rule in Diagnostics.DiagnosticCatalog.All)
        {
            var page = Path.Combine(RepositoryPaths.Root, "docs", "diagnostics", rule.Id + ".md");
            File.Exists(page).ShouldBeTrue(page);
            File.ReadLines(page).First().ShouldBe("# " + rule.Id + ": " + rule.Title);
        }
    }
}
