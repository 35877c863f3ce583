namespace DeepNvm.Integration.Tests;

/// <summary>A temporary folder feed holding DeepNvm.Dsl, the runtime packages it depends on and
/// DeepNvm.Templates, packed once per test run from this build's outputs (no rebuild) with a
/// version no earlier run used, so an extracted copy in the global packages folder never wins.</summary>
public sealed class PackageFeed : IAsyncLifetime
{
    private static readonly string[] PackedProjects =
    [
        "src/DeepNvm.Language/DeepNvm.Language.csproj",
        "src/DeepNvm.Mapping/DeepNvm.Mapping.csproj",
        "src/DeepNvm.Model/DeepNvm.Model.csproj",
        "src/DeepNvm.Workloads/DeepNvm.Workloads.csproj",
        "src/DeepNvm.Studies/DeepNvm.Studies.csproj",
        "src/DeepNvm.Reports/DeepNvm.Reports.csproj",
        "generators/DeepNvm.Generators/DeepNvm.Generators.csproj",
    ];

    private static readonly string[] PackageIds =
        ["DeepNvm.Language", "DeepNvm.Mapping", "DeepNvm.Model", "DeepNvm.Workloads", "DeepNvm.Studies", "DeepNvm.Reports", "DeepNvm.Dsl", "DeepNvm.Templates"];

    /// <summary>Temporary folder of the feed and of the test projects; deleted afterwards.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "deepnvm-pkg-" + Guid.NewGuid().ToString("N"));

    public string Folder => Path.Combine(Root, "feed");

    public string Version { get; } = "0.1.0-ci." + DateTime.UtcNow.Ticks;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var packed = string.Join(";", PackedProjects.Select(p => Path.Combine(RepositoryPaths.Root, p)));
        var templates = Path.Combine(RepositoryPaths.Root, "templates", "DeepNvm.Templates.csproj");
        var properties = $"Configuration={DotnetCli.Configuration};PackageVersion={Version};PackageOutputPath={Folder}/";
        // One MSBuild run: the runtime and DeepNvm.Dsl from the outputs the test project's build made
        // (the runtime in both frameworks, see the csproj), then the templates (content only).
        await File.WriteAllTextAsync(Path.Combine(Root, "pack.proj"), $"""
            <Project>
              <Target Name="PackAll">
                <MSBuild Projects="{packed}" Targets="Pack" Properties="{properties};NoBuild=true" BuildInParallel="true" />
                <MSBuild Projects="{templates}" Targets="Restore" Properties="{properties};MSBuildRestoreSessionId=$([System.Guid]::NewGuid())" />
                <MSBuild Projects="{templates}" Targets="Pack" Properties="{properties}" />
              </Target>
            </Project>
            """);
        var result = await DotnetCli.RunAsync(Root, "msbuild", "pack.proj", "-t:PackAll", "-nologo", "-tl:off", "-v:m",
            "-nodeReuse:false", "-p:UseSharedCompilation=false");
        result.ExitCode.ShouldBe(0, result.Output);
        foreach (var id in PackageIds)
        {
            File.Exists(Path.Combine(Folder, $"{id}.{Version}.nupkg")).ShouldBeTrue(result.Output);
        }
    }

    /// <summary>A nuget.config adding the feed beside the user's sources (no clear: the runtime's
    /// own dependencies, MathNet.Numerics, still come from the usual source).</summary>
    public void WriteNuGetConfig(string directory) =>
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="deepnvm-test-feed" value="{Folder}" />
              </packageSources>
            </configuration>
            """);

    public Task DisposeAsync()
    {
        TryDelete(Root);
        // the extracted ci packages would pile up in the global packages folder, one set per run
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            var folder = Path.Combine(packages, id.ToLowerInvariant());
            TryDelete(Path.Combine(folder, Version));
            try
            {
                if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
                {
                    Directory.Delete(folder); // not recursive: a version another run just extracted stays
                }
            }
            catch (IOException)
            {
                // another run is using it
            }
        }

        return Task.CompletedTask;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
        catch (UnauthorizedAccessException)
        {
            // likewise
        }
    }
}
