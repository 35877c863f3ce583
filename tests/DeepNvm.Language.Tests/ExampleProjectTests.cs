using DeepNvm.Language.Specs;
using DeepNvm.Language.Workspace;

namespace DeepNvm.Language.Tests;

public class ExampleProjectTests
{
    [Fact]
    public void The_shipped_DeepNvm_study_binds_without_diagnostics()
    {
        var loaded = NvmFileLoader.Load(RepositoryPaths.ExampleNvm);
        var program = NvmFrontEnd.Compile(loaded.Sources, new Binding.BindOptions(loaded.ProjectDirectory));

        program.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        program.Declarations.Select(d => d.Name).ShouldContain("DeepNvmPlusPlus");
    }
}
