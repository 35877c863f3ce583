using System.Globalization;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Reports;

/// <summary>A design space's Pareto front in a report: the front's points as a table (the axes the space varies and
/// the objectives, in their units; the CSV in SI with the results columns' names) and the front chart
/// (<see cref="ParetoCharts.OfSpace"/>, as <c>deepnvm front</c> draws it).</summary>
public static class SpaceFrontReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ReportAnalyses Analyses(ExploredSpace explored) => new(new[] { Table(explored) }, new[] { Chart(explored) });

    public static Chart Chart(ExploredSpace explored) =>
        ParetoCharts.OfSpace("space-front-chart", explored.Space.Name, explored.Space.Objectives, explored.Indices, explored.Vectors,
            new HashSet<long>(explored.Front));

    public static ReportTable Table(ExploredSpace explored)
    {
        var space = explored.Space;
        var axes = Axes(space).Where(a => a.Varies).ToArray();
        var objectives = space.Objectives.Select(o => (Name: o, Column: PointResult.MetricColumns[o])).ToArray();
        var front = explored.Front.Select(i => explored.Points[checked((int)i)]).ToArray();
        var rows = front.Select(p => (IReadOnlyList<string>)new[] { p.Point.Index.ToString(Inv) }.Concat(axes.Select(a => a.Text(p.Point)))
            .Concat(objectives.Select(o => ParetoCharts.ValueOf(o.Column)(p.Metric(o.Name)))).ToArray()).ToArray();
        var csvRows = front.Select(p => (IReadOnlyList<string>)new[] { p.Point.Index.ToString(Inv) }.Concat(axes.Select(a => a.Csv(p.Point)))
            .Concat(objectives.Select(o => p.Metric(o.Name).ToString("R", Inv))).ToArray()).ToArray();
        return new ReportTable("space-front", $"{space.Name}: the Pareto front of {string.Join(" and ", space.Objectives)}",
            new[] { "point" }.Concat(axes.Select(a => a.Name)).Concat(objectives.Select(o => o.Name)).ToArray(), rows,
            $"{front.Length} of {explored.Indices.Count} admissible points ({explored.Points.Count} in all) are on the front: no other point is as good in every objective and better in one; "
            + $"`deepnvm explore … --space {space.Name} --front` writes every point as Parquet and the same front (docs/scale.md).")
        {
            CsvColumns = new[] { "index" }.Concat(axes.Select(a => a.Column)).Concat(objectives.Select(o => o.Column)).ToArray(),
            CsvRows = csvRows,
        };
    }

    /// <summary>The space's axes as table columns: the header, the results column's name, the cell's text and CSV value.</summary>
    private static IEnumerable<(string Name, string Column, bool Varies, Func<DesignPoint, string> Text, Func<DesignPoint, string> Csv)> Axes(DesignSpace space)
    {
        yield return ("GPU", "gpu", space.Gpus.Count > 1, p => p.Gpu.Name, p => p.Gpu.Name);
        yield return ("node", "node", space.Nodes.Count > 1, p => p.NodeName, p => p.NodeName);
        yield return ("cell", "cell", space.Cells.Count > 1, p => p.Cell.Name, p => p.Cell.Name);
        yield return ("capacity", "capacity_bytes", space.Capacities.Count > 1, p => Numbers.Bytes(p.CapacityBytes), p => p.CapacityBytes.ToString(Inv));
        yield return ("ways", "associativity", space.Associativities.Count > 1, p => p.Associativity.ToString(Inv), p => p.Associativity.ToString(Inv));
        yield return ("line", "line_bytes", space.Lines.Count > 1, p => p.LineBytes.ToString(Inv) + " B", p => p.LineBytes.ToString(Inv));
        yield return ("access mode", "access_mode", space.AccessModes.Count > 1, p => p.AccessMode.ToString(), p => p.AccessMode.ToString());
        yield return ("optimized for", "optimize", space.Targets.Count > 1, p => p.Optimize.ToString(), p => p.Optimize.ToString());
        yield return ("slices", "slices", space.Slices.Count > 1, p => p.Slices.ToString(Inv), p => p.Slices.ToString(Inv));
        yield return ("sample", "sample", space.Samples > 0, p => p.Sample?.ToString(Inv) ?? "", p => p.Sample?.ToString(Inv) ?? "");
    }
}
