namespace DeepNvm.Testing;

/// <summary>Finds files of the repository from the test binaries (tests never read ../shared).</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string ExampleNvm => Path.Combine(Root, "examples", "deepnvm-paper", "nvm");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DeepNvm.Dsl.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DeepNvm.Dsl.sln not found above " + AppContext.BaseDirectory);
    }
}
