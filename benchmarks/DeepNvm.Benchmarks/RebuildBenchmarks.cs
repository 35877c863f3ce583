using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace DeepNvm.Benchmarks;

/// <summary>
/// What the generator, the analyzer and build-time evaluation add to a no-change rebuild: `dotnet
/// build` of an up-to-date study project (the example's .nvm files, evaluation on) against the same
/// rebuild of a plain console project. Both are copied to a temporary folder and built once first.
/// Run alone: `--filter '*RebuildBenchmarks*'` (each iteration is a real build, seconds long).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RebuildBenchmarks
{
    private string _root = "";
    private string _plain = "";
    private string _study = "";

    [GlobalSetup]
    public void Setup()
    {
        var repository = Repository.Root;
        _root = Directory.CreateTempSubdirectory("deepnvm-rebuild-").FullName;
        _plain = Path.Combine(_root, "Plain");
        _study = Path.Combine(_root, "Study");
        Directory.CreateDirectory(_plain);
        Directory.CreateDirectory(Path.Combine(_study, "nvm"));
        File.WriteAllText(Path.Combine(_plain, "Plain.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup><ProjectReference Include="REPO/src/DeepNvm.Model/DeepNvm.Model.csproj" /></ItemGroup>
            </Project>
            """.Replace("REPO", repository));
        File.WriteAllText(Path.Combine(_plain, "Program.cs"), "System.Console.WriteLine(typeof(DeepNvm.Model.CellParameters).Name);");

        var generators = Path.Combine(repository, "generators", "DeepNvm.Generators");
        File.WriteAllText(Path.Combine(_study, "Study.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generators}/build/DeepNvm.Dsl.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>
                <DeepNvmCliPath>{repository}/src/DeepNvm.Cli/bin/Release/net10.0/deepnvm.dll</DeepNvmCliPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{repository}/src/DeepNvm.Model/DeepNvm.Model.csproj" />
                <ProjectReference Include="{generators}/DeepNvm.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                <ProjectReference Include="{repository}/src/DeepNvm.Cli/DeepNvm.Cli.csproj" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{generators}/build/DeepNvm.Dsl.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(_study, "Program.cs"), "System.Console.WriteLine(Study.Studies.DeepNvmPlusPlus.Name);");
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "examples", "deepnvm-paper", "nvm"), "*.nvm"))
        {
            File.Copy(file, Path.Combine(_study, "nvm", Path.GetFileName(file)));
        }

        // the example's second study reads a profile next to nvm/
        Directory.CreateDirectory(Path.Combine(_study, "profiles"));
        foreach (var file in Directory.GetFiles(Path.Combine(repository, "examples", "deepnvm-paper", "profiles"), "*.csv"))
        {
            File.Copy(file, Path.Combine(_study, "profiles", Path.GetFileName(file)));
        }

        Build(_plain, restore: true);
        Build(_study, restore: true);
    }

    [Benchmark(Baseline = true, Description = "no-change rebuild: plain console project")]
    public int PlainRebuild() => Build(_plain, restore: false);

    [Benchmark(Description = "no-change rebuild: the example study project")]
    public int StudyRebuild() => Build(_study, restore: false);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    private static int Build(string project, bool restore)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", "-c", "Release", "-nologo", "-v:q", "-tl:off", "-nodeReuse:false" })
        {
            start.ArgumentList.Add(argument);
        }

        if (!restore)
        {
            // the measured rebuilds: nothing to restore, references already built by the first build
            start.ArgumentList.Add("--no-restore");
            start.ArgumentList.Add("-p:BuildProjectReferences=false");
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} failed:\n{output.Result}{error.Result}");
        }

        return process.ExitCode;
    }
}
