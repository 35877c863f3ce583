namespace DeepNvm.Benchmarks;

/// <summary>The repository the benchmarks run from (BenchmarkDotNet builds them in a folder below it).</summary>
internal static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeepNvm.Dsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from the repository (DeepNvm.Dsl.sln not found above " + AppContext.BaseDirectory + ")");
    }
}
