using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Workspace;

namespace DeepNvm.Language.Tests;

/// <summary>Uncertain inputs: <c>prop = lo .. hi</c> and <c>prop ~ distribution(…)</c> on quantities, their
/// nominal value, their checks, and the program's list of inputs.</summary>
public class UncertaintyTests
{
    /// <summary><see cref="Nvm.Mtj"/> with <paramref name="line"/> as its line 8 (so errors have known positions).</summary>
    private static string CellText(string line, string extra = "") => Nvm.Mtj.TrimEnd().TrimEnd('}') + line + "\n}\n" + extra;

    private static ProgramSpec Cell(string line, string extra = "", BindOptions? options = null) =>
        NvmFrontEnd.Compile(new[] { new NvmSource("/project/main.nvm", CellText(line, extra)) }, options ?? new BindOptions("/project"));

    private static PropertySpec Property(ProgramSpec program, string path, string declaration = "M")
    {
        program.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        return program.Find(declaration)!.Find(path)!;
    }

    [Fact]
    public void A_range_on_a_quantity_is_a_uniform_input_whose_nominal_is_its_middle()
    {
        var energy = Property(Cell("read.sense_energy = 10 fJ .. 150 fJ"), "read.sense_energy");

        energy.Value.Number.ShouldBe(80e-15, 1e-27);
        energy.Uncertainty.ShouldNotBeNull().ShouldSatisfyAllConditions(
            u => u.Kind.ShouldBe(DistributionKind.Uniform),
            u => u.A.ShouldBe(10e-15, 1e-27),
            u => u.B.ShouldBe(150e-15, 1e-27),
            u => u.Origin.ShouldBe("M.read.sense_energy"),
            u => u.SourceText.ShouldBe("10 fJ .. 150 fJ"),
            u => (u.Span.Line, u.Span.Column).ShouldBe((8, 21)));
    }

    [Theory]
    [InlineData("read.sense_energy ~ uniform(10 fJ, 150 fJ)", DistributionKind.Uniform, 80e-15)]
    [InlineData("read.sense_energy ~ loguniform(10 fJ, 160 fJ)", DistributionKind.LogUniform, 40e-15)]
    [InlineData("read.sense_energy ~ normal(100 fJ, 10 fJ)", DistributionKind.Normal, 100e-15)]
    [InlineData("read.sense_energy ~ lognormal(40 fJ, 2)", DistributionKind.LogNormal, 40e-15)]
    [InlineData("read.sense_energy ~ triangular(10 fJ, 110 fJ, 110 fJ)", DistributionKind.Triangular, 80.71067811865476e-15)]
    [InlineData("read.sense_energy ~ triangular(10 fJ, 10 fJ, 110 fJ)", DistributionKind.Triangular, 39.289321881345245e-15)]
    [InlineData("read.sense_energy ~ loguniform(10 fJ, 160 fJ, nominal = 150 fJ)", DistributionKind.LogUniform, 150e-15)]
    [InlineData("read.sense_energy ~ normal(nominal = 90 fJ, 100 fJ, 10 fJ)", DistributionKind.Normal, 90e-15)]
    public void Each_distribution_has_the_median_as_nominal_unless_one_is_given(string line, DistributionKind kind, double nominal)
    {
        var energy = Property(Cell(line), "read.sense_energy");

        energy.Uncertainty!.Kind.ShouldBe(kind);
        energy.Value.Number.ShouldBe(nominal, 1e-25);
    }

    [Fact]
    public void Distributions_keep_their_parameters_in_SI()
    {
        var u = Property(Cell("read.sense_delay ~ triangular(0.1 ns, 1 ns, 3.8 ns)"), "read.sense_delay").Uncertainty!;

        (u.A, u.B, u.C).ShouldBe((0.1e-9, 1e-9, 3.8e-9));
    }

    [Fact]
    public void A_cell_area_may_be_uncertain_in_feature_sizes()
    {
        var program = Nvm.Compile(Nvm.Mtj.Replace("area = 54 F^2", "area = 54 F^2 .. 72 F^2"));

        var area = Property(program, "area");
        area.Value.ShouldBe(ValueSpec.Quantity(63, 2));
        (area.Uncertainty!.A, area.Uncertainty.B).ShouldBe((54, 72));
        program.UncertainInputs().Single().Unit.ShouldBe("F^2");
    }

    [Fact]
    public void Expressions_that_read_an_uncertain_input_see_its_nominal()
    {
        var program = Cell("write.energy = write.current * 0.5 V * write.pulse", "cell Slow : M { write.pulse ~ normal(20 ns, 1 ns) }");

        Property(program, "write.energy", "Slow").Value.Number.ShouldBe(80e-6 * 0.5 * 20e-9, 1e-24);
    }

    [Fact]
    public void Inheritors_carry_the_same_input_and_the_program_lists_it_once()
    {
        var program = Cell("read.sense_energy ~ loguniform(10 fJ, 150 fJ)", """
            cell A : M { }
            cell B : M { write.pulse = 5 ns }
            cell C : M { read.sense_energy = 20 fJ }
            """);

        var own = Property(program, "read.sense_energy").Uncertainty;
        Property(program, "read.sense_energy", "A").Uncertainty.ShouldBe(own);
        Property(program, "read.sense_energy", "B").Uncertainty.ShouldBe(own);
        Property(program, "read.sense_energy", "C").Uncertainty.ShouldBeNull();
        var input = program.UncertainInputs().ShouldHaveSingleItem();
        input.ShouldSatisfyAllConditions(
            i => i.Name.ShouldBe("M.read.sense_energy"),
            i => i.Declaration.ShouldBe("M"),
            i => i.Path.ShouldBe("read.sense_energy"),
            i => i.Unit.ShouldBe("J"),
            i => i.Nominal.Number.ShouldBe(Math.Sqrt(10e-15 * 150e-15), 1e-27),
            i => i.Distribution.ShouldBe(own));
    }

    [Fact]
    public void The_input_list_is_ordered_by_name_with_SI_units()
    {
        var program = Cell("read.sense_energy = 10 fJ .. 150 fJ; read.sense_delay = 0.1 ns .. 3.8 ns; access_voltage_drop ~ normal(0.15 V, 0.01 V)");

        program.Diagnostics.ShouldBeEmpty();

        program.UncertainInputs().Select(i => i.Name + " " + i.Unit).ShouldBe(new[]
        {
            "M.access_voltage_drop V", "M.read.sense_delay s", "M.read.sense_energy J",
        });
    }

    [Fact]
    public void An_override_removes_the_uncertainty_for_the_declaration_and_its_inheritors()
    {
        var text = Nvm.Mtj.Replace("pulse = 10 ns", "pulse = 5 ns .. 15 ns") + "cell A : M { }\n";
        var program = NvmFrontEnd.Compile(new[] { new NvmSource("/project/main.nvm", text) },
            new BindOptions("/project") { Overrides = new[] { new InputOverride("M", "write.pulse", ValueSpec.Quantity(7e-9)) }.ToEquatableArray() });

        Property(program, "write.pulse").ShouldSatisfyAllConditions(p => p.Uncertainty.ShouldBeNull(), p => p.Value.Number.ShouldBe(7e-9));
        Property(program, "write.pulse", "A").Uncertainty.ShouldBeNull();
        program.UncertainInputs().ShouldBeEmpty();
    }

    [Fact]
    public void An_input_overridden_with_its_own_override_helper_binds_to_that_value()
    {
        var program = Cell("read.sense_energy ~ loguniform(10 fJ, 150 fJ)");
        var input = program.UncertainInputs().Single();
        var again = Cell("read.sense_energy ~ loguniform(10 fJ, 150 fJ)", options: new BindOptions("/project") { Overrides = new[] { input.Override(100e-15) }.ToEquatableArray() });

        Property(again, "read.sense_energy").Value.Number.ShouldBe(100e-15);
    }

    [Fact]
    public void Capacity_sweeps_keep_their_stepped_ranges()
    {
        var program = Nvm.Compile(Nvm.Sram + """
            gpu G { node = 16 nm; sms = 28; clock = 1582 MHz; l2 = 2816 KB; dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit } }
            workload W { model = resnet50 }
            study St { platform = G; baseline = S; cells = [S]; workloads = [W]; scalability { capacities = 1 MB .. 4 MB by x2 } }
            study Bad : St { scalability { capacities = 1 MB .. 4 MB } }
            """);

        program.Find("St")!.Value("scalability.capacities")!.Items.Count.ShouldBe(3);
        program.Where().ShouldBe(new[] { "(5,45) DNVM0406" });
    }

    [Fact]
    public void The_shipped_example_binds_to_the_same_values_as_with_each_distribution_replaced_by_its_nominal()
    {
        var loaded = NvmFileLoader.Load(RepositoryPaths.ExampleNvm);
        var uncertain = NvmFrontEnd.Compile(loaded.Sources, loaded.Options);
        var nominalOnly = new System.Text.RegularExpressions.Regex(@"~\s*\w+\([^\n]*nominal\s*=\s*([^)\n]+)\)");
        var plain = NvmFrontEnd.Compile(loaded.Sources.Select(s => s with { Text = nominalOnly.Replace(s.Text, "= $1") }), loaded.Options);

        uncertain.Diagnostics.ShouldBeEmpty();
        plain.Diagnostics.ShouldBeEmpty();
        uncertain.UncertainInputs().ShouldNotBeEmpty();
        plain.UncertainInputs().ShouldBeEmpty();
        uncertain.Declarations.SelectMany(d => d.Properties.Select(p => (d.Name, p.Path, p.Value)))
            .ShouldBe(plain.Declarations.SelectMany(d => d.Properties.Select(p => (d.Name, p.Path, p.Value))));
    }

    [Theory]
    [InlineData("read.sense_energy = 150 fJ .. 10 fJ", "(8,21) DNVM0407", "the range 150 fJ .. 10 fJ is reversed: write the lower end first")]
    [InlineData("read.sense_energy = 10 fJ .. 10 fJ", "(8,21) DNVM0407", "the range 10 fJ .. 10 fJ holds a single value: write the value itself, or widen the range")]
    [InlineData("read.sense_energy ~ normal(100 fJ, -1 fJ)", "(8,36) DNVM0408", "the standard deviation of normal must be above zero, got -1 fJ")]
    [InlineData("read.sense_energy ~ lognormal(100 fJ, 0.5)", "(8,39) DNVM0408", "the factor of lognormal must be above 1 (1.5: one sigma is ×/÷ 1.5), got 0.5")]
    [InlineData("read.sense_leakage ~ loguniform(0 W, 1 uW)", "(8,33) DNVM0408", "loguniform needs both ends above zero, got 0 W")]
    [InlineData("access_voltage_drop ~ lognormal(0 V, 2)", "(8,33) DNVM0408", "the median of lognormal must be above zero, got 0 V")]
    [InlineData("read.sense_energy ~ triangular(10 fJ, 200 fJ, 150 fJ)", "(8,39) DNVM0409", "the mode 200 fJ lies outside the range 10 fJ .. 150 fJ")]
    [InlineData("read.sense_energy ~ uniform(10 fJ, 150 fJ, nominal = 5 fJ)", "(8,54) DNVM0409", "the nominal 5 fJ lies outside the range 10 fJ .. 150 fJ")]
    [InlineData("read.sense_energy ~ lognormall(10 fJ, 2)", "(8,21) DNVM0218", "unknown distribution 'lognormall'; did you mean 'lognormal'?; expected one of: uniform, loguniform, normal, lognormal, triangular")]
    [InlineData("read.sense_energy ~ normal(10 fJ)", "(8,19) DNVM0108", "normal takes 2 values (mean, sd), got 1")]
    [InlineData("read.sense_energy ~ normal(10 fJ, 1 fJ, nomnal = 9 fJ)", "(8,41) DNVM0108", "'nomnal' is not an argument of normal; the only named argument is 'nominal = …'")]
    [InlineData("read.sense_energy ~ normal(10 fJ, 1 fJ, nominal = 9 fJ, nominal = 8 fJ)", "(8,57) DNVM0108", "'nominal' is given twice")]
    [InlineData("read.mode ~ uniform(1 V, 2 V)", "(8,11) DNVM0219", "'read.mode' expects one of: current, voltage: only a quantity or a plain number can be a range or a distribution; to compare other values, write a scenario: 'scenario Name { M.read.mode = … }'")]
    [InlineData("read.sense_energy = 10 fJ .. 150 ns", "(8,30) DNVM0302", "'read.sense_energy' expects an energy, got a time (150 ns)")]
    [InlineData("read.sense_energy = 10 fJ .. 150 nJ", "(8,30) DNVM0401", "'read.sense_energy' = 150 nJ is outside the plausible range 1 aJ .. 10 pJ")]
    [InlineData("read.sense_energy ~ lognormal(10 fJ, 2 fJ)", "(8,38) DNVM0214", "'the factor of lognormal' expects a plain number above 1 (1.5: one sigma is ×/÷ 1.5), got an energy")]
    [InlineData("area = 54 F^2 .. 0.05 um^2", "(8,18) DNVM0305", "cannot mix F^2 and an absolute unit in one distribution: write every value in the same kind of unit")]
    public void A_bad_distribution_is_reported_where_it_is_written(string line, string where, string message)
    {
        var program = Cell(line.StartsWith("area", StringComparison.Ordinal) ? line : line);
        if (line.StartsWith("area", StringComparison.Ordinal))
        {
            program = Nvm.Compile(Nvm.Mtj.Replace("area = 54 F^2", "").Replace("write { current = 80 uA; pulse = 10 ns }", "write { current = 80 uA; pulse = 10 ns }\n" + line));
        }

        var error = program.Diagnostics.ShouldHaveSingleItem();
        $"{error.Span} {error.Id}".ShouldBe(where);
        error.Message.ShouldBe(message);
        program.Find("M")!.HasErrors.ShouldBeTrue();
    }

    [Theory]
    [InlineData("associativity = 8 .. 16")]
    [InlineData("cell ~ uniform(1, 2)")]
    [InlineData("optimize ~ normal(1, 2)")]
    public void Ranges_and_distributions_on_words_names_and_whole_numbers_ask_for_a_scenario(string line)
    {
        var program = Nvm.Compile(Nvm.Mtj + "cache C {\n  capacity = 2 MB\n  " + line + "\n}\n");

        var error = program.Single("DNVM0219");
        (error.Span.Line, error.Span.Column).ShouldBe((11, line.IndexOf(line.Contains('~') ? '~' : '8', StringComparison.Ordinal) + 3));
        error.Message.ShouldContain("write a scenario");
    }
}
