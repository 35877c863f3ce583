using DeepNvm.Generators.Tests.TestSupport;
using DeepNvm.Model;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

public class GeneratedModelTests
{
    [Fact]
    public void The_example_study_compiles_into_typed_catalogs_of_runtime_records()
    {
        var (output, run) = GeneratorHarness.Generate(GeneratorHarness.ExampleFiles());

        run.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        run.Results.ShouldHaveSingleItem().GeneratedSources.Select(s => s.HintName)
            .ShouldContain("Cells.SttMram.g.cs");

        var assembly = GeneratorHarness.Load(output);
        var cells = assembly.GetType(GeneratorHarness.Namespace + ".Cells")!;
        var stt = (CellParameters)cells.GetField("SttMram")!.GetValue(null)!;
        stt.Kind.ShouldBe(CellKind.Mtj);
        stt.Area.ShouldBe(new FeatureScaled(54, 2));
        stt.WritePulseSeconds.ShouldBe(10e-9, 1e-21);
        stt.ResistanceOffOhms.ShouldBe(6000);
        stt.ReadMode.ShouldBe(SenseMode.Current);

        var all = (IReadOnlyList<CellParameters>)cells.GetProperty("All")!.GetValue(null)!;
        all.Select(c => c.Name).ShouldBe(new[] { "SotFast", "SotMram", "SotSense200ps", "SotSense500ps", "Sram6T", "SttMram", "SttSense200ps", "SttSense500ps" });
        var ownSense = (CellParameters)cells.GetField("SttSense200ps")!.GetValue(null)!;
        ownSense.SenseDelaySeconds.ShouldBe(0.2e-9);
        ownSense.SenseEnergyJoules.ShouldBe(10e-15);
        ownSense.SenseLeakageWatts.ShouldBeNull();
        stt.SenseDelaySeconds!.Value.ShouldBe(1.45e-9, 1e-21); // the nominal of its distribution

        var studies = assembly.GetType(GeneratorHarness.Namespace + ".Studies")!;
        var study = (StudyParameters)studies.GetField("DeepNvmPlusPlus")!.GetValue(null)!;
        study.Platform.L2CapacityBytes.ShouldBe(2816 * 1024);
        study.Platform.L2!.Node!.FeatureSizeMeters.ShouldBe(16e-9, 1e-18);
        study.Platform.Dram.EnergyJoulesPerBit.ShouldBe(14e-12, 1e-24);
        study.Cells.Select(c => c.Name).ShouldBe(new[] { "SttMram", "SotMram" });
        study.ScalabilityCapacities.Count.ShouldBe(8);
        study.IsoArea.ShouldBeTrue();
    }

    [Fact]
    public void Expect_lines_become_expectations_of_the_study()
    {
        var files = GeneratorHarness.ExampleFiles()
            .Select(f => f.Path.EndsWith("study.nvm", StringComparison.Ordinal)
                ? new InMemoryAdditionalText(f.Path, f.GetText()!.ToString().Replace("iso_area     { }", "iso_area     { }\n  expect iso_capacity.area_reduction(SotMram) >= 2.5"))
                : f)
            .ToArray();
        var (output, run) = GeneratorHarness.Generate(files);
        run.Diagnostics.ShouldBeEmpty();

        var studies = GeneratorHarness.Load(output).GetType(GeneratorHarness.Namespace + ".Studies")!;
        var expectation = ((StudyParameters)studies.GetField("DeepNvmPlusPlus")!.GetValue(null)!).Expectations.Single(e => e.Threshold == 2.5);
        expectation.Metric.ShouldBe("iso_capacity.area_reduction");
        expectation.Technology.ShouldBe("SotMram");
        expectation.FilePath.ShouldBe("study.nvm");
        expectation.HoldsFor(2.8).ShouldBeTrue();
        expectation.HoldsFor(2.4).ShouldBeFalse();
    }

    [Fact]
    public void Uncertainty_settings_reference_lines_and_scenarios_become_members_of_the_study()
    {
        var files = GeneratorHarness.ExampleFiles();
        var (output, run) = GeneratorHarness.Generate(files);
        run.Diagnostics.ShouldBeEmpty();
        var bound = Language.NvmFrontEnd.Compile(files.Select(f => new Language.NvmSource(f.Path, f.GetText()!.ToString())),
            new Language.Binding.BindOptions(GeneratorHarness.ProjectDir)).Find("DeepNvmPlusPlus")!;

        var studies = GeneratorHarness.Load(output).GetType(GeneratorHarness.Namespace + ".Studies")!;
        var study = (StudyParameters)studies.GetField("DeepNvmPlusPlus")!.GetValue(null)!;
        // the example leaves sampling to the command line (no uncertainty block): absent stays absent
        study.UncertaintySamples.ShouldBe(bound.Value("uncertainty.samples") is { } samples ? (int)samples.Number : null);
        study.UncertaintySeed.ShouldBe(bound.Value("uncertainty.seed") is { } seed ? (int)seed.Number : null);
        study.Scenarios.ShouldBe(bound.Value("scenarios")!.Items.Select(i => i.Text));
        study.Scenarios.ShouldNotBeEmpty();
        study.References.Select(r => (r.Metric, r.Technology, r.Value, r.Source, r.SourceText))
            .ShouldBe(bound.References.Select(r => (r.Metric, r.Technology, r.Value, r.Source, r.SourceText)));
        study.References.ShouldNotBeEmpty();
        ((StudyParameters)studies.GetField("SenseAmplifierWhatIf")!.GetValue(null)!).UncertaintySamples.ShouldBeNull();
    }

    [Fact]
    public void Uncertain_inputs_compile_into_sampleable_distributions_beside_their_nominal_values()
    {
        var (output, run) = GeneratorHarness.Generate(GeneratorHarness.ExampleFiles());
        run.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();

        var assembly = GeneratorHarness.Load(output);
        var inputs = assembly.GetType(GeneratorHarness.Namespace + ".Inputs")!;
        var all = (IReadOnlyList<(string Name, InputDistribution Distribution)>)inputs.GetProperty("All")!.GetValue(null)!;
        var program = Language.NvmFrontEnd.Compile(GeneratorHarness.ExampleFiles().Select(f => new Language.NvmSource(f.Path, f.GetText()!.ToString())),
            new Language.Binding.BindOptions(GeneratorHarness.ProjectDir));
        all.Select(i => i.Name).ShouldBe(program.UncertainInputs().Select(i => i.Name));

        // cells.nvm: read { sense_energy ~ loguniform(8 fJ, 375 fJ, nominal = 150 fJ) }
        var sense = (InputDistribution)inputs.GetField("SttMram_read_sense_energy")!.GetValue(null)!;
        sense.Kind.ShouldBe(InputDistributionKind.LogUniform);
        (sense.A, sense.B, sense.Nominal).ShouldSatisfyAllConditions(
            p => p.A.ShouldBe(8e-15, 1e-27), p => p.B.ShouldBe(375e-15, 1e-27), p => p.Nominal.ShouldBe(150e-15, 1e-27));
        all.Single(i => i.Name == "SttMram.read.sense_energy").Distribution.ShouldBe(sense);
        sense.Quantile(0.5).ShouldBe(Math.Sqrt(8e-15 * 375e-15), 1e-27);

        var cells = assembly.GetType(GeneratorHarness.Namespace + ".Cells")!;
        var stt = (CellParameters)cells.GetField("SttMram")!.GetValue(null)!;
        stt.SenseEnergyJoules.ShouldBe(sense.Nominal);
        var energy = all.Single(i => i.Name == "SttMram.write.energy").Distribution;
        stt.WriteEnergyJoules.ShouldBe(energy.Nominal);
        ((CellParameters)cells.GetField("SttSense200ps")!.GetValue(null)!).WriteEnergyJoules.ShouldBe(energy.Nominal); // an inheritor holds the same nominal
    }

    [Fact]
    public void Without_uncertain_inputs_the_Inputs_catalog_is_empty()
    {
        var (output, _) = GeneratorHarness.Generate(new AdditionalText[] { new InMemoryAdditionalText("/project/a.nvm", "cell Good : sram { area = 146 F^2 }") });

        var inputs = GeneratorHarness.Load(output).GetType(GeneratorHarness.Namespace + ".Inputs")!;
        ((System.Collections.ICollection)inputs.GetProperty("All")!.GetValue(null)!).Count.ShouldBe(0);
    }

    [Fact]
    public void A_declaration_with_errors_is_skipped_and_the_rest_still_generated()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/a.nvm", "cell Good : sram { area = 146 F^2 }\ncell Bad : sram { area = 146 ns }"),
        };
        var (output, run) = GeneratorHarness.Generate(files);

        var hints = run.Results[0].GeneratedSources.Select(s => s.HintName).ToArray();
        hints.ShouldContain("Cells.Good.g.cs");
        hints.ShouldNotContain("Cells.Bad.g.cs");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Without_the_runtime_library_it_warns_once_instead_of_emitting_broken_code()
    {
        var (output, run) = GeneratorHarness.Generate(GeneratorHarness.ExampleFiles(), withRuntime: false);

        run.Results[0].GeneratedSources.ShouldBeEmpty();
        run.Diagnostics.ShouldHaveSingleItem().Id.ShouldBe("DNVM0002");
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Garbage_input_never_throws_into_the_compiler()
    {
        var files = new AdditionalText[]
        {
            new InMemoryAdditionalText("/project/a.nvm", "}}}{{{ cell : : = [[[ \"\n\0 \uFFFD"),
            new InMemoryAdditionalText("/project/b.nvm", ""),
        };
        var (_, run) = GeneratorHarness.Generate(files);

        run.Results[0].Exception.ShouldBeNull();
        run.Diagnostics.ShouldNotContain(d => d.Id == "CS8785");
    }
}
