using DeepNvm.Generators.Emit;
using DeepNvm.Generators.Pipeline;
using DeepNvm.Language;
using DeepNvm.Language.Binding;

namespace DeepNvm.Generators.Tests;

/// <summary>The emitted C# for representative declarations, reviewed and approved as text.</summary>
public class EmitterSnapshotTests
{
    private static readonly GeneratorOptions Options = new("Study.Models", "/project/");

    private static Language.Bound.ProgramSpec Example()
    {
        var sources = Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new NvmSource("/project/nvm/" + Path.GetFileName(f), File.ReadAllText(f)));
        var program = NvmFrontEnd.Compile(sources, new BindOptions("/project"));
        program.Diagnostics.ShouldBeEmpty();
        return program;
    }

    [Theory]
    [InlineData("SttMram")]
    [InlineData("SotFast")]
    [InlineData("Gtx1080Ti")]
    [InlineData("V100")]
    [InlineData("ResNet50Infer")]
    [InlineData("TensorCoreGemm")]
    [InlineData("DeepNvmPlusPlus")]
    public void A_declaration_is_emitted_as_a_commented_runtime_record(string name)
    {
        var model = FrontEndSteps.Models(Example(), Options).Single(m => m.Declaration.Name == name);
        ModelEmitter.Emit(model).ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator(name).LocateTestMethodUsingAttribute<TheoryAttribute>());
    }

    [Fact]
    public void Uncertain_inputs_are_emitted_as_distributions_and_their_nominal_values_say_so()
    {
        var program = NvmFrontEnd.Compile(new[]
        {
            new NvmSource("/project/nvm/cells.nvm", """
                cell Stt : mtj {
                  area = 54 F^2 .. 72 F^2
                  access_width = 8 F
                  resistance_on = 3 kOhm
                  resistance_off ~ normal(6 kOhm, 0.3 kOhm)
                  read { voltage = 0.25 V; sense_energy ~ loguniform(10 fJ, 150 fJ, nominal = 40 fJ) }
                  write { current = 80 uA; pulse ~ triangular(2 ns, 5 ns, 20 ns) }
                }
                cell Child : Stt { }
                """),
        }, new BindOptions("/project"));
        program.Diagnostics.ShouldBeEmpty();

        InputsEmitter.Emit(FrontEndSteps.Inputs(program, Options)).ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("Inputs"));
        ModelEmitter.Emit(FrontEndSteps.Models(program, Options).Single(m => m.Declaration.Name == "Child"))
            .ShouldMatchApproved(c => c.SubFolder("Snapshots").WithDiscriminator("Child"));
    }

    [Fact]
    public void The_language_reference_shows_the_Inputs_catalog_as_emitted()
    {
        var sources = Directory.GetFiles(RepositoryPaths.ExampleNvm, "*.nvm").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new NvmSource("/project/nvm/" + Path.GetFileName(f), File.ReadAllText(f).Replace(
                "sense_energy ~ loguniform(8 fJ, 375 fJ, nominal = 150 fJ)", "sense_energy ~ loguniform(10 fJ, 150 fJ)")));
        var emitted = InputsEmitter.Emit(FrontEndSteps.Inputs(NvmFrontEnd.Compile(sources, new BindOptions("/project")), Options)).Split('\n').Select(l => l.Trim()).ToArray();
        var doc = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "language.md")).Select(l => l.Trim()).ToArray();

        var shown = doc.Where(l => l.Contains("SttMram_read_sense_energy =", StringComparison.Ordinal) || l.Contains("<c>SttMram.read.sense_energy ~", StringComparison.Ordinal)).ToArray();

        shown.Length.ShouldBe(2);
        foreach (var line in shown)
        {
            emitted.ShouldContain(line);
        }
    }

    [Fact]
    public void The_catalogs_list_every_valid_declaration_in_name_order() =>
        CatalogEmitter.Emit(FrontEndSteps.Catalog(Example(), Options)).ShouldMatchApproved(c => c.SubFolder("Snapshots"));
}
