using DeepNvm.Cli.Explore;
using DeepNvm.Cli.Projects;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Studies.Exploration;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Tests;

/// <summary>A space's <c>samples = N</c> axis: every design evaluated under every Monte Carlo sample of the uncertain
/// inputs, one row each with the values the sample drew, the draws `deepnvm study --samples N --seed K` makes, and a
/// row equal to the design evaluated with those values substituted.</summary>
public sealed class ExploreSamplesTests : IDisposable
{
    private const string UncertainStt = "write { current = 80 uA; energy = 1 pJ }\n  write.pulse = 5 ns .. 15 ns\n  read.sense_energy ~ loguniform(10 fJ, 150 fJ)";

    private const string SampledSpace = """

        space SampledSpace {
          gpu           = Tiny
          cell          = [Sram6T, SttMram]
          capacity      = [128 KB, 256 KB]
          associativity = [16]
          line          = [128 B]
          workload      = [ReadHeavy, WriteHeavy]
          samples       = 3
          seed          = 7
          minimize area, edp
        }
        """;

    private readonly ExploreTestProject _project = new(StudyTestProject.Text.Replace("write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }", UncertainStt) + SampledSpace);

    public void Dispose() => _project.Dispose();

    [Fact]
    public void Every_design_has_one_row_per_sample_with_the_values_the_study_would_draw()
    {
        var results = _project.Results("samples");

        var run = _project.Explore(results, space: "SampledSpace");

        run.Code.ShouldBe(0, run.Error);
        var rows = DuckDb.Query($"SELECT index, design, sample, cell, input_SttMram_read_sense_energy, input_SttMram_write_pulse FROM {DuckDb.Parts(results)} ORDER BY index");
        rows.Count.ShouldBe(4 * 3);
        var inputs = LoadedProject.Load(_project.Directory).Program.UncertainInputs();
        inputs.Select(i => i.Name).ShouldBe(new[] { "SttMram.read.sense_energy", "SttMram.write.pulse" });
        var distributions = inputs.Select(i => i.ToDistribution()).ToArray();
        foreach (var row in rows)
        {
            var index = long.Parse(row[0]);
            long.Parse(row[1]).ShouldBe(index % 4, "the design number is the same in every sample");
            int.Parse(row[2]).ShouldBe((int)(index / 4), "the sample is the slowest axis");
            var drawn = MonteCarlo.Draw(distributions, 7, int.Parse(row[2]));
            double.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(drawn[0]);
            double.Parse(row[5], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(drawn[1]);
        }

        // The SRAM rows do not depend on the STT cell's inputs; the STT rows do.
        DuckDb.Query($"SELECT count(DISTINCT edp_js) FROM {DuckDb.Parts(results)} WHERE cell = 'Sram6T' GROUP BY design").ShouldAllBe(r => r[0] == "1");
        DuckDb.Query($"SELECT count(DISTINCT edp_js) FROM {DuckDb.Parts(results)} WHERE cell = 'SttMram' GROUP BY design").ShouldAllBe(r => r[0] == "3");
    }

    [Fact]
    public void A_sampled_row_equals_its_design_evaluated_with_the_drawn_values_substituted()
    {
        var results = _project.Results("substitution");
        _project.Explore(results, space: "SampledSpace").Code.ShouldBe(0);

        var project = LoadedProject.Load(_project.Directory);
        var inputs = project.Program.UncertainInputs();
        const int sample = 2;
        var drawn = MonteCarlo.Draw(inputs.Select(i => i.ToDistribution()).ToArray(), 7, sample);
        var program = project.Evaluator().Bind(inputs.Select((input, i) => input.Override(drawn[i])).ToArray());
        var substituted = SpaceBuilder.Build(program.Spaces.Single(s => s.Name == "SampledSpace"), program, new SpecConverter(program, project.Directory));
        var evaluator = new SpaceEvaluator(substituted);
        for (var design = 0L; design < substituted.Count; design++)
        {
            var expected = evaluator.Evaluate(substituted.PointAt(design));
            var row = DuckDb.Query($"SELECT cell, area_m2, edp_js, read_latency_s FROM {DuckDb.Parts(results)} WHERE sample = {sample} AND design = {design}").Single();
            row[0].ShouldBe(expected.Point.Cell.Name);
            double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.Cache!.AreaSquareMeters);
            double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.Edp);
            double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected.Cache!.HitLatencySeconds);
        }
    }

    [Fact]
    public void Two_shards_of_a_sampled_space_write_exactly_the_rows_of_one_run()
    {
        var whole = _project.Results("whole");
        var sharded = _project.Results("sharded");
        _project.Explore(whole, space: "SampledSpace").Code.ShouldBe(0);
        _project.Explore(sharded, shard: "0/2", space: "SampledSpace").Code.ShouldBe(0);
        _project.Explore(sharded, shard: "1/2", space: "SampledSpace").Code.ShouldBe(0);

        DuckDb.Query($"""
            SELECT count(*) FROM (SELECT * FROM {DuckDb.Parts(whole)} EXCEPT SELECT * FROM {DuckDb.Parts(sharded)})
            UNION ALL SELECT count(*) FROM (SELECT * FROM {DuckDb.Parts(sharded)} EXCEPT SELECT * FROM {DuckDb.Parts(whole)})
            UNION ALL SELECT count(*) FROM {DuckDb.Parts(sharded)}
            """).Select(r => r[0]).ShouldBe(new[] { "0", "0", "12" });
    }

    [Fact]
    public void Samples_without_an_uncertain_input_are_DNVM0535_at_the_space_and_nothing_is_written()
    {
        using var project = new ExploreTestProject(StudyTestProject.Text + SampledSpace);
        var results = project.Results("none");

        var run = project.Explore(results, space: "SampledSpace");

        run.Code.ShouldBe(1);
        run.Error.ShouldContain(project.File + "(");
        run.Error.ShouldContain("error DNVM0535: space 'SampledSpace' has samples, but no input of the program is uncertain");
        Directory.Exists(results).ShouldBeFalse();
    }
}
