using DeepNvm.Language.Bound;

namespace DeepNvm.Language.Tests;

/// <summary>The <c>space</c> declaration: axes as one value, a list or a range; <c>where</c> constraints and
/// <c>minimize</c> objectives bound like a study's expect lines; located diagnostics DNVM0230-0235.</summary>
public class SpaceDeclarationTests
{
    private const string Platform = """
        cell S : sram { area = 146 F^2 }
        gpu G { node = 16 nm; sms = 4; clock = 1 GHz; l2 = 1 MB; dram { kind = gddr5; bandwidth = 100 GB/s; energy = 14 pJ/bit } }
        workload W { l2_reads = 1e6; l2_writes = 1e5; dram_reads = 1e5; dram_writes = 1e4; duration = 1 ms }

        """;

    /// <summary>The platform, then a space whose body is <paramref name="body"/> (the space keyword is on line 4, <see cref="Required"/> on line 5, the lines under test from line 6).</summary>
    private static ProgramSpec Space(string body) => Nvm.Compile(Platform + "space X {\n" + body + "\n}\n");

    private const string Required = "gpu = G; cell = S; workload = W; capacity = 1 MB\n";

    [Fact]
    public void Axes_take_a_value_a_list_or_a_range_and_unset_axes_take_the_cache_defaults()
    {
        var program = Space(Required.Replace("capacity = 1 MB", "capacity = 1 MB .. 8 MB by x2") + "associativity = [8, 16]\noptimize = [read_edp, area]\nminimize area, edp");

        program.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        program.Declarations.ShouldNotContain(d => d.Keyword == "space", "the generator must not see spaces");
        var space = program.Spaces.ShouldHaveSingleItem();
        space.Value("capacity")!.Items.Select(i => i.Number).ShouldBe(new double[] { 1 << 20, 2 << 20, 4 << 20, 8 << 20 });
        space.Value("associativity")!.Items.Select(i => i.Number).ShouldBe(new double[] { 8, 16 });
        space.Value("optimize")!.Items.Select(i => i.Text).ShouldBe(new[] { "read_edp", "area" });
        space.Value("cell")!.Items.Single().Text.ShouldBe("S");
        space.Value("line")!.Items.Single().Number.ShouldBe(128);
        space.Value("access_mode")!.Items.Single().Text.ShouldBe("normal");
        space.Objectives.ShouldBe(new[] { "area", "edp" });
    }

    [Fact]
    public void A_constraint_is_bound_in_SI_with_its_source_text_and_location()
    {
        var program = Space(Required + "where area <= 10 mm^2\nwhere read_latency < 2 ns\nminimize edp");

        program.Diagnostics.Select(d => d.ToString()).ShouldBeEmpty();
        var constraints = program.Spaces.Single().Constraints;
        constraints[0].ShouldSatisfyAllConditions(
            c => c.Metric.ShouldBe("area"),
            c => c.Operator.ShouldBe("<="),
            c => c.Threshold.ShouldBe(10e-6, 1e-18),
            c => c.SourceText.ShouldBe("where area <= 10 mm^2"),
            c => (c.Span.Line, c.Span.Column).ShouldBe((6, 7)));
        constraints[1].Threshold.ShouldBe(2e-9, 1e-21);
        constraints[1].IsMetBy(1.9e-9).ShouldBeTrue();
        constraints[1].IsMetBy(2e-9).ShouldBeFalse();
    }

    [Theory]
    [InlineData("where aera <= 10 mm^2\nminimize edp", "(6,7) DNVM0230", "did you mean 'area'?")]
    [InlineData("minimize area, edpp", "(6,16) DNVM0230", "expected one of: area, read_latency")]
    [InlineData("where area <= 10 ns\nminimize edp", "(6,15) DNVM0231", "'where area' compares an area, got a time")]
    [InlineData("minimize area, area", "(6,16) DNVM0232", "'area' is already an objective")]
    [InlineData("", "(4,7) DNVM0233", "space 'X' declares no objectives")]
    [InlineData("associativity = [8, 8]\nminimize area", "(6,17) DNVM0235", "axis 'associativity' lists 8 more than once")]
    [InlineData("associativity = [8, 12]\nminimize area", "(6,21) DNVM0403", "must be a power of two")]
    [InlineData("optimize = [read_edp, speed]\nminimize area", "(6,23) DNVM0211", "'speed' is not a valid value")]
    public void Bad_space_lines_are_located_diagnostics(string lines, string where, string message)
    {
        var program = Space(Required + lines);

        program.Where().ShouldContain(where);
        program.Diagnostics.Single(d => $"{d.Span} {d.Id}" == where).Message.ShouldContain(message);
    }

    [Fact]
    public void Where_and_minimize_lines_belong_to_spaces_only()
    {
        var program = Nvm.Compile(Platform + "study T { platform = G; baseline = S; cells = [S]; workloads = [W]\n  minimize area }\n");

        program.Where().ShouldContain("(5,12) DNVM0234");
    }

    [Fact]
    public void A_space_needs_its_gpu_cell_capacity_and_workloads()
    {
        var program = Space("gpu = G\nminimize area");

        program.Where().Count(w => w.EndsWith("DNVM0209", StringComparison.Ordinal)).ShouldBe(3);
    }
}
