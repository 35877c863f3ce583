using DeepNvm.Language.Binding;

namespace DeepNvm.Language.Tests;

/// <summary>Paths never leave the project folder (issue 14, item 5): profile paths are checked like
/// imports, in `check` and in the build alike, and containment compares names exactly where the file
/// system does (Linux), so a sibling folder named like the project in other case is outside.</summary>
public class ContainmentTests
{
    [Theory]
    [InlineData("/etc/passwd")]
    [InlineData("../../../../etc/passwd")]
    [InlineData("../Project-other/a.csv")]
    public void A_profile_outside_the_project_is_a_located_error(string profile)
    {
        var text = "workload W {\n  profile = \"" + profile + "\"\n}\n";
        var error = Nvm.Compile(text).Single("DNVM0224");
        (error.Span.Line, error.Span.Column).ShouldBe((2, 13));
        error.Message.ShouldContain(profile);
    }

    [Theory]
    [InlineData("profiles/alexnet.csv")]
    [InlineData("./a/../b.csv")]
    public void A_profile_inside_the_project_is_accepted(string profile) =>
        Nvm.Compile("workload W { profile = \"" + profile + "\" }").Diagnostics.ShouldNotContain(d => d.Id == "DNVM0224");

    [Fact]
    public void A_sibling_folder_differing_only_in_case_is_outside_where_names_are_case_sensitive()
    {
        var program = NvmFrontEnd.Compile(
            new[] { new NvmSource("/work/Proj/main.nvm", "import \"../proj/x.nvm\"\n"), new NvmSource("/work/proj/x.nvm", "") },
            new BindOptions("/work/Proj"));

        var outside = program.Diagnostics.Any(d => d.Id == "DNVM0203");
        outside.ShouldBe(OperatingSystem.IsLinux(), string.Join("\n", program.Diagnostics));
    }

    [Fact]
    public void A_library_import_differing_only_in_case_from_the_library_folder_is_not_the_library()
    {
        var options = new BindOptions("/work/proj", "/opt/deepnvm/stdlib");
        options.IsLibrary("/opt/deepnvm/StdLib/gpus.nvm").ShouldBe(!OperatingSystem.IsLinux());
        options.IsLibrary("/opt/deepnvm/stdlib/gpus.nvm").ShouldBeTrue();
    }
}
