using System.Globalization;
using DeepNvm.Cli.Projects;
using DeepNvm.Reports;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Tests;

/// <summary>A report's front (a space evaluated in process, <see cref="ExploredSpace"/>) is the front `deepnvm explore
/// --front` writes from the Parquet rows: the same points, the same objective values, the same chart.</summary>
public sealed class InProcessFrontTests : IDisposable
{
    private readonly ExploreTestProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void The_front_evaluated_in_process_is_the_front_deepnvm_front_writes()
    {
        var results = _project.Results("front");
        _project.Explore(results, front: true).Code.ShouldBe(0);
        var written = DuckDb.Query($"SELECT index, area_m2, edp_js FROM read_parquet('{Path.Combine(results, "front", "front.parquet")}') ORDER BY index");

        var explored = Explored();

        explored.Points.Count.ShouldBe((int)ExploreTestProject.Points);
        explored.Points.Select(p => p.Point.Index).ShouldBe(Enumerable.Range(0, (int)ExploreTestProject.Points).Select(i => (long)i));
        explored.Front.Select(i => i.ToString(CultureInfo.InvariantCulture)).ShouldBe(written.Select(r => r[0]));
        foreach (var row in written)
        {
            var point = explored.Points[int.Parse(row[0], CultureInfo.InvariantCulture)];
            point.Metric("area").ShouldBe(double.Parse(row[1], CultureInfo.InvariantCulture), Math.Abs(point.Metric("area")) * 1e-12);
            point.Metric("edp").ShouldBe(double.Parse(row[2], CultureInfo.InvariantCulture), Math.Abs(point.Metric("edp")) * 1e-12);
        }

        var frontSvg = File.ReadAllText(Path.Combine(results, "front", "front.svg"));
        SpaceFrontReport.Chart(explored).Svg.Replace("space-front-chart", "front").ShouldBe(frontSvg);
    }

    [Fact]
    public void Points_that_miss_a_constraint_are_kept_but_are_not_on_the_front()
    {
        using var tight = new ExploreTestProject(StudyTestProject.Text + ExploreTestProject.Space.Replace("area <= 1 mm^2", "area <= 0.1 mm^2"));
        var explored = Explored(tight);

        var inadmissible = explored.Points.Where(p => !p.Admissible).ToArray();
        inadmissible.Length.ShouldBeInRange(1, explored.Points.Count - 2); // the larger caches miss 0.1 mm²
        inadmissible.ShouldAllBe(p => p.Legal && p.Violated == "where area <= 0.1 mm^2");
        explored.Indices.Count.ShouldBe(explored.Points.Count - inadmissible.Length);
        explored.Front.ShouldNotContain(i => inadmissible.Any(p => p.Point.Index == i));
    }

    [Fact]
    public void The_report_table_lists_the_front_by_the_axes_the_space_varies_and_its_objectives_in_their_units()
    {
        var explored = Explored();

        var table = SpaceFrontReport.Table(explored);

        table.Columns.ShouldBe(new[] { "point", "cell", "capacity", "ways", "line", "area", "edp" }); // one GPU: no GPU column
        table.CsvColumns.ShouldBe(new[] { "index", "cell", "capacity_bytes", "associativity", "line_bytes", "area_m2", "edp_js" });
        table.Rows.Select(r => r[0]).ShouldBe(explored.Front.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var first = explored.Points[(int)explored.Front[0]];
        table.Rows[0][1].ShouldBe(first.Point.Cell.Name);
        table.Rows[0][5].ShouldEndWith(" mm²");
        table.Rows[0][6].ShouldEndWith(" J·s");
        double.Parse(table.CsvRows![0][5], CultureInfo.InvariantCulture).ShouldBe(first.Metric("area")); // SI, round trip
        table.Note!.ShouldStartWith($"{explored.Front.Count} of {explored.Indices.Count} admissible points ({ExploreTestProject.Points} in all)");
    }

    private ExploredSpace Explored(ExploreTestProject? other = null)
    {
        var project = LoadedProject.Load((other ?? _project).Directory);
        return ExploredSpace.Evaluate(SpaceBuilder.Build(project.Program.Spaces.Single(s => s.Name == "TinySpace"), project.Program, project.Converter));
    }
}
