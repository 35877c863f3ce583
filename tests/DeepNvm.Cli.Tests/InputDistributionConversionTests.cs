using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Mapping;
using DeepNvm.Model;

namespace DeepNvm.Cli.Tests;

/// <summary>A bound uncertain input becomes the runtime's InputDistribution with the same parameters,
/// and the language's default nominal is the runtime's median for every shape.</summary>
public class InputDistributionConversionTests
{
    private static Language.Bound.UncertainInput Input(string line)
    {
        var text = "cell M : mtj {\n  area = 54 F^2; access_width = 8 F; resistance_on = 3 kOhm; resistance_off = 6 kOhm\n"
            + "  read { voltage = 0.25 V }\n  " + line + "\n}\n";
        var program = NvmFrontEnd.Compile(new[] { new NvmSource("/project/cells.nvm", text) }, new BindOptions("/project"));
        program.Diagnostics.ShouldBeEmpty();
        return program.UncertainInputs().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("read.sense_energy = 10 fJ .. 150 fJ", InputDistributionKind.Uniform)]
    [InlineData("read.sense_energy ~ loguniform(10 fJ, 150 fJ)", InputDistributionKind.LogUniform)]
    [InlineData("read.sense_energy ~ normal(100 fJ, 10 fJ)", InputDistributionKind.Normal)]
    [InlineData("read.sense_energy ~ lognormal(40 fJ, 1.8)", InputDistributionKind.LogNormal)]
    [InlineData("read.sense_energy ~ triangular(10 fJ, 30 fJ, 150 fJ)", InputDistributionKind.Triangular)]
    [InlineData("read.sense_energy ~ triangular(10 fJ, 140 fJ, 150 fJ)", InputDistributionKind.Triangular)]
    public void The_default_nominal_is_the_runtime_median(string line, InputDistributionKind kind)
    {
        var input = Input(line + "; write { current = 80 uA; pulse = 10 ns }");
        var distribution = input.ToDistribution();

        distribution.Kind.ShouldBe(kind);
        (distribution.A, distribution.B, distribution.C).ShouldBe((input.Distribution.A, input.Distribution.B, input.Distribution.C));
        distribution.Nominal.ShouldBe(input.Nominal.Number);
        distribution.Median.ShouldBe(distribution.Nominal, 1e-12 * distribution.Nominal);
    }

    [Fact]
    public void A_given_nominal_travels_beside_the_distribution()
    {
        var distribution = Input("write.pulse ~ triangular(1 ns, 5 ns, 20 ns, nominal = 10 ns); write.current = 80 uA").ToDistribution();

        distribution.Nominal.ShouldBe(10e-9);
        (distribution.Low, distribution.High).ShouldBe((1e-9, 20e-9));
    }

    [Fact]
    public void Feature_size_inputs_stay_in_feature_units()
    {
        var input = Input("write.current ~ normal(80 uA, 5 uA); write.pulse = 10 ns");
        input.Unit.ShouldBe("A");

        var area = NvmFrontEnd.Compile(new[] { new NvmSource("/project/c.nvm", "cell S : sram { area = 120 F^2 .. 160 F^2 }") }, new BindOptions("/project"))
            .UncertainInputs().Single();
        area.Unit.ShouldBe("F^2");
        area.ToDistribution().ShouldBe(new InputDistribution(InputDistributionKind.Uniform, 120, 160, 0, 140));
    }
}

/// <summary>The CLI's converter maps a study's uncertainty block and reference lines as the generator does.</summary>
public class StudyUncertaintyConversionTests
{
    [Fact]
    public void Samples_seed_references_and_scenarios_reach_the_runtime_study()
    {
        var example = Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "nvm");
        var loaded = Language.Workspace.NvmFileLoader.Load(example);
        var sources = loaded.Sources.Select(s => s.Path.EndsWith("study.nvm", StringComparison.Ordinal)
            ? s with { Text = s.Text.Replace("study V100Mixed {", "study V100Mixed {\n  uncertainty { samples = 500; seed = 3 }\n  reference iso_capacity.edp_reduction(SttMram) = 3.8 \"DeepNVM++, TCAD 2021\"\n  scenarios = [Lop]")
                + "\nscenario Lop { Tsmc16.device = lop }\n" }
            : s);
        var program = NvmFrontEnd.Compile(sources, loaded.Options);
        program.Diagnostics.ShouldBeEmpty();

        var studies = new SpecConverter(program).Studies();
        var study = studies.Single(s => s.Name == "V100Mixed");
        (study.UncertaintySamples, study.UncertaintySeed).ShouldBe((500, 3));
        study.Scenarios.ShouldBe(new[] { "Lop" });
        program.FindScenario("Lop")!.Overrides.ShouldHaveSingleItem().Name.ShouldBe("Tsmc16.device");
        var reference = study.References.ShouldHaveSingleItem();
        (reference.Metric, reference.Technology, reference.Value, reference.Source)
            .ShouldBe(("iso_capacity.edp_reduction", "SttMram", 3.8, "DeepNVM++, TCAD 2021"));
        studies.Single(s => s.Name == "SenseAmplifierWhatIf").ShouldSatisfyAllConditions(
            s => s.UncertaintySamples.ShouldBeNull(),
            s => s.References.ShouldBeEmpty(),
            s => s.Scenarios.ShouldBeEmpty());
    }
}
