using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;

namespace DeepNvm.Language.Tests;

/// <summary><c>scenario Name { Decl.path = value }</c>: named sets of overrides, checked where written,
/// that a study lists in <c>scenarios = [...]</c> and the runtime binds with.</summary>
public class ScenarioTests
{
    private const string Platform = Nvm.Sram + Nvm.Mtj + """
        node N16 { feature_size = 16 nm }
        gpu G { node = N16; sms = 28; clock = 1582 MHz; l2 = 2816 KB; dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit } }
        workload W { model = resnet50 }
        study St { platform = G; baseline = S; cells = [M]; workloads = [W]; iso_capacity { } }

        """;

    /// <summary>The platform, then a scenario whose first line (line 15) is <paramref name="line"/>.</summary>
    private static ProgramSpec Scenario(string line, string extra = "") => Nvm.Compile(Platform + "scenario Sc {\n" + line + "\n}\n" + extra);

    [Fact]
    public void A_scenario_holds_checked_overrides_in_SI()
    {
        var program = Scenario("N16.feature_size = 22 nm; N16.device = hp; N16.temperature = 350 K\nM.read.sense_energy = 150 fJ; St.cells = [M, S]");

        program.Diagnostics.ShouldBeEmpty();
        var scenario = program.FindScenario("Sc").ShouldNotBeNull();
        scenario.HasErrors.ShouldBeFalse();
        scenario.Overrides.Select(o => o.Name + " = " + o.Value).ShouldBe(new[]
        {
            "M.read.sense_energy = 1.5E-13", "N16.device = hp", "N16.feature_size = 2.2E-08", "N16.temperature = 350", "St.cells = [M, S]",
        });
        var energy = scenario.Overrides.First();
        (energy.SourceText, energy.FilePath, energy.Span.Line, energy.Span.Column).ShouldBe(("150 fJ", "/project/main.nvm", 16, 23));
    }

    [Fact]
    public void Scenarios_are_not_declarations_of_the_model()
    {
        var program = Scenario("N16.device = lop");

        program.Find("Sc").ShouldBeNull();
        program.Declarations.Select(d => d.Keyword).ShouldNotContain("scenario");
    }

    [Fact]
    public void Binding_with_a_scenario_gives_the_program_under_it()
    {
        var scenario = Scenario("N16.feature_size = 22 nm; M.write.pulse = 5 ns").FindScenario("Sc")!;

        var under = NvmFrontEnd.Compile(new[] { new NvmSource("/project/main.nvm", Platform) },
            new BindOptions("/project") { Overrides = scenario.Overrides });

        under.Diagnostics.ShouldBeEmpty();
        under.Find("N16")!.Value("feature_size")!.Number.ShouldBe(22e-9, 1e-20);
        under.Find("M")!.Value("write.pulse")!.Number.ShouldBe(5e-9);
    }

    [Fact]
    public void A_rule_broken_only_under_the_scenario_is_reported_at_the_scenario_line()
    {
        var text = Platform + "scenario Sc {\n  M.resistance_off = 2 kOhm\n}\n";
        var scenario = Nvm.Compile(text).FindScenario("Sc")!;
        scenario.HasErrors.ShouldBeFalse(); // 2 kOhm is a plausible resistance on its own

        var under = NvmFrontEnd.Compile(new[] { new NvmSource("/project/main.nvm", text) }, new BindOptions("/project") { Overrides = scenario.Overrides });

        var error = under.Single("DNVM0402");
        (error.FilePath, error.Span.Line, error.Span.Column).ShouldBe(("/project/main.nvm", 15, 22));
    }

    [Fact]
    public void A_derived_scenario_adds_to_its_base_and_its_own_lines_win()
    {
        var program = Scenario("N16.device = lop; N16.temperature = 300 K", "scenario Hot : Sc { N16.temperature = 400 K }");

        program.Diagnostics.ShouldBeEmpty();
        program.FindScenario("Hot")!.Overrides.Select(o => o.Name + " = " + o.Value).ShouldBe(new[] { "N16.device = lop", "N16.temperature = 400" });
    }

    [Fact]
    public void A_study_lists_the_scenarios_it_runs_under()
    {
        var program = Scenario("N16.device = lop", "study Both : St { scenarios = [Sc] }");

        program.Diagnostics.ShouldBeEmpty();
        program.Find("Both")!.Value("scenarios")!.Items.ShouldHaveSingleItem().ShouldBe(ValueSpec.Reference("scenario", "Sc"));
    }

    [Fact]
    public void Values_may_be_expressions_and_read_other_declarations()
    {
        var program = Scenario("M.write.pulse = 2 * M.write.pulse");

        program.Diagnostics.ShouldBeEmpty();
        program.FindScenario("Sc")!.Overrides.Single().Value.Number.ShouldBe(20e-9, 1e-21);
    }

    [Theory]
    [InlineData("N17.device = lop", "(15,1) DNVM0205", "unknown name 'N17'; did you mean 'N16'?")]
    [InlineData("N16.devise = lop", "(15,5) DNVM0208", "node 'N16' has no property 'devise'; did you mean 'device'?")]
    [InlineData("N16.device = lp", "(15,14) DNVM0211", "'lp' is not a valid value of 'device'; expected one of: hp, lstp, lop")]
    [InlineData("N16.feature_size = 22 ns", "(15,20) DNVM0302", "'feature_size' expects a length, got a time (22 ns)")]
    [InlineData("N16.feature_size = 2 um", "(15,20) DNVM0401", "'feature_size' = 2 um is outside the plausible range 3 nm .. 250 nm")]
    [InlineData("M.cell = S", "(15,3) DNVM0208", "cell (mtj) 'M' has no property 'cell'")]
    [InlineData("Sc.device = lop", "(15,1) DNVM0221", "'Sc' is a scenario (this one); a scenario line sets a property of a node, cell, cache, gpu, workload or study (to build on a scenario, write 'scenario Sc : Sc { … }')")]
    [InlineData("N16 = 22 nm", "(15,1) DNVM0221", "'N16' is the node itself; a scenario line sets one of its properties: 'N16.property = value'")]
    [InlineData("M.write.pulse = 1 ns .. 2 ns", "(15,17) DNVM0221", "a scenario gives 'M.write.pulse' one value; write a range or a distribution in cell 'M' itself")]
    [InlineData("M.write.pulse ~ normal(1 ns, 0.1 ns)", "(15,15) DNVM0221", "a scenario gives 'M.write.pulse' one value; write a range or a distribution in cell 'M' itself")]
    [InlineData("write { pulse = 1 ns }", "(15,1) DNVM0221", "a scenario holds lines 'Declaration.property = value', e.g. 'Tsmc16.device = lop'")]
    [InlineData("N16.device = lop; N16.device = hp", "(15,19) DNVM0210", "'N16.device' is already set at (15,1)")]
    public void Bad_scenario_lines_are_located(string line, string where, string message)
    {
        var program = Scenario(line);

        var error = program.Diagnostics.ShouldHaveSingleItem();
        $"{error.Span} {error.Id}".ShouldBe(where);
        error.Message.ShouldStartWith(message);
        program.FindScenario("Sc")!.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void A_study_naming_something_else_as_a_scenario_is_an_error()
    {
        var program = Scenario("N16.device = lop", "study Bad : St { scenarios = [M] }");

        program.Single("DNVM0206").Message.ShouldBe("'M' is a cell; 'scenarios' expects a scenario");
    }

    [Fact]
    public void A_study_under_a_broken_scenario_is_broken_too()
    {
        var program = Scenario("N16.device = lp", "study Both : St { scenarios = [Sc] }");

        program.Find("Both")!.HasErrors.ShouldBeTrue();
        program.Find("St")!.HasErrors.ShouldBeFalse();
    }
}
