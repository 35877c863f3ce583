namespace DeepNvm.Cli.Explore;

/// <summary>front.svg and front.png: every admissible point over the first two objectives, the front highlighted
/// (<see cref="DeepNvm.Reports.ParetoCharts"/>); with one objective, against the point's index.</summary>
internal static class FrontChart
{
    public static DeepNvm.Reports.Chart Of(ExploreManifest manifest, IReadOnlyList<string> columns, IReadOnlyList<long> indices, IReadOnlyList<double[]> vectors,
        ISet<long> front)
    {
        double X(int i) => columns.Count > 1 ? vectors[i][0] : indices[i] + 1;
        double Y(int i) => columns.Count > 1 ? vectors[i][1] : vectors[i][0];
        var xName = columns.Count > 1 ? columns[0] : "index + 1";
        var yName = columns.Count > 1 ? columns[1] : columns[0];
        var points = Enumerable.Range(0, vectors.Count).Select(i => (X(i), Y(i), indices[i], front.Contains(indices[i]))).ToArray();
        return DeepNvm.Reports.ParetoCharts.Front("front",
            $"Pareto front of {manifest.Space} (minimize {string.Join(", ", manifest.Objectives)})", xName, yName, points);
    }
}
