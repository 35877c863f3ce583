using DeepNvm.Model.Cache;

namespace DeepNvm.Benchmarks;

/// <summary>What a benchmark of a cold run calls first: the calling thread's search workspace keeps the mat grids of every array
/// shape it routed (<see cref="RoutedShapes"/>), so a second run of the same caches in one process would not route them again.
/// A real run routes each shape once; so does every measured run that starts here.</summary>
internal static class ColdModel
{
    public static void ForgetRoutes() => SearchWorkspace.ForThread().Shapes.Clear();
}
