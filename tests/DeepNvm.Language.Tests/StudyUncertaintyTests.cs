using DeepNvm.Language.Bound;

namespace DeepNvm.Language.Tests;

/// <summary>A study's <c>uncertainty { samples; seed }</c> block and its <c>reference</c> lines.</summary>
public class StudyUncertaintyTests
{
    private const string Platform = Nvm.Sram + Nvm.Mtj + """
        gpu G { node = 16 nm; sms = 28; clock = 1582 MHz; l2 = 2816 KB; dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit } }
        workload W { model = resnet50 }

        """;

    /// <summary>A study whose body's first line (line 13 of the file) is <paramref name="line"/>.</summary>
    private static ProgramSpec Study(string line) => Nvm.Compile(Platform + "study St {\n" + line + "\n  platform = G; baseline = S; cells = [M]; workloads = [W]; iso_capacity { }\n}\n");

    [Fact]
    public void The_uncertainty_block_sets_samples_and_seed()
    {
        var study = Study("uncertainty { samples = 1000; seed = 7 }");

        study.Diagnostics.ShouldBeEmpty();
        study.Find("St")!.Value("uncertainty.samples")!.Number.ShouldBe(1000);
        study.Find("St")!.Value("uncertainty.seed")!.Number.ShouldBe(7);
    }

    [Fact]
    public void Without_the_block_a_study_draws_no_samples()
    {
        var study = Study("");

        study.Find("St")!.Find("uncertainty.samples").ShouldBeNull();
        study.Find("St")!.Find("uncertainty.seed").ShouldBeNull();
    }

    [Theory]
    [InlineData("uncertainty { samples = 0 }", "(13,25) DNVM0401", "'uncertainty.samples' = 0 is outside the plausible range 1 .. 1000000")]
    [InlineData("uncertainty { samples = 2000000 }", "(13,25) DNVM0401", "'uncertainty.samples' = 2000000 is outside the plausible range 1 .. 1000000")]
    [InlineData("uncertainty { samples = 10.5 }", "(13,25) DNVM0404", "'uncertainty.samples' = 10.5 must be a whole number")]
    [InlineData("uncertainty { seed = -1 }", "(13,22) DNVM0401", "'uncertainty.seed' = -1 is outside the plausible range 0 .. 2147483647")]
    [InlineData("uncertainty { sample = 10 }", "(13,15) DNVM0208", "study has no property 'uncertainty.sample'; did you mean 'uncertainty.samples'?")]
    [InlineData("uncertainty { samples ~ uniform(10, 20) }", "(13,23) DNVM0219", "'uncertainty.samples' expects a whole number: only a quantity or a plain number can be a range or a distribution; to compare other values, write a scenario: 'scenario Name { St.uncertainty.samples = … }'")]
    public void Bad_uncertainty_settings_are_located(string line, string where, string message)
    {
        var error = Study(line).Diagnostics.ShouldHaveSingleItem();

        $"{error.Span} {error.Id}".ShouldBe(where);
        error.Message.ShouldBe(message);
    }

    [Fact]
    public void A_reference_line_binds_the_published_figure_and_its_source()
    {
        var study = Study("""reference iso_capacity.edp_reduction(M) = 3.8 "DeepNVM++, TCAD 2021" """);

        study.Diagnostics.ShouldBeEmpty();
        study.Find("St")!.References.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Metric.ShouldBe("iso_capacity.edp_reduction"),
            r => r.Technology.ShouldBe("M"),
            r => r.Value.ShouldBe(3.8),
            r => r.Source.ShouldBe("DeepNVM++, TCAD 2021"),
            r => r.SourceText.ShouldBe("reference iso_capacity.edp_reduction(M) = 3.8 \"DeepNVM++, TCAD 2021\""),
            r => (r.Span.Line, r.Span.Column).ShouldBe((13, 11)));
    }

    [Fact]
    public void Reference_lines_are_inherited_like_expect_lines()
    {
        var program = Nvm.Compile(Platform + """
            study St { platform = G; baseline = S; cells = [M]; workloads = [W]; iso_capacity { }
              reference iso_capacity.edp_reduction(M) = 3.8 "paper" }
            study Child : St { reference iso_area.capacity_ratio(M) = 2.5 "paper" }
            """);

        program.Diagnostics.ShouldBeEmpty();
        program.Find("Child")!.References.Select(r => r.Metric).ShouldBe(new[] { "iso_capacity.edp_reduction", "iso_area.capacity_ratio" });
    }

    [Theory]
    [InlineData("""reference iso_capacity.edp(M) = 3.8 "paper" """, "(13,11) DNVM0208", "a reference has no property 'iso_capacity.edp'; expected one of: ")]
    [InlineData("""reference iso_capacity.edp_reduction(S) = 3.8 "paper" """, "(13,38) DNVM0213", "'S' is not one of the cells study 'St' compares (M)")]
    [InlineData("""reference iso_capacity.edp_reduction(M) = 3.8 pJ "paper" """, "(13,43) DNVM0214", "'reference iso_capacity.edp_reduction' expects a plain number (a ratio), got an energy")]
    [InlineData("""reference iso_capacity.edp_reduction(M) = 3.8""", "(13,43) DNVM0220", "reference iso_capacity.edp_reduction(M) needs its source after the value, e.g. = 3.8 \"DeepNVM++, TCAD 2021\"")]
    [InlineData("""reference iso_capacity.edp_reduction(M) = 3.8 "" """, "(13,47) DNVM0220", "reference iso_capacity.edp_reduction(M) needs its source after the value, e.g. = 3.8 \"DeepNVM++, TCAD 2021\"")]
    public void Bad_reference_lines_are_located(string line, string where, string message)
    {
        var error = Study(line).Diagnostics.ShouldHaveSingleItem();

        $"{error.Span} {error.Id}".ShouldBe(where);
        error.Message.ShouldStartWith(message);
    }

    [Fact]
    public void A_reference_outside_a_study_is_refused() =>
        Nvm.Compile(Platform + """cache C { capacity = 2 MB; reference iso_capacity.edp_reduction(M) = 3.8 "paper" }""")
            .Single("DNVM0216").Message.ShouldBe("'reference' lines belong directly in a study's body");
}
