namespace DeepNvm.Integration.Tests;

/// <summary>A study project in a temporary folder that uses the generator, the runtime and the
/// build-time evaluator from this repository through project references, as the example does.</summary>
internal sealed class TempStudyProject : IDisposable
{
    public TempStudyProject(string programCs)
    {
        Directory = Path.Combine(Path.GetTempPath(), "deepnvm-it-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "specs"));
        var root = RepositoryPaths.Root;
        var generators = Path.Combine(root, "generators", "DeepNvm.Generators");
        File.WriteAllText(Path.Combine(Directory, "Study.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generators}/build/DeepNvm.Dsl.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>MyStudy</RootNamespace>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <WarningsAsErrors>CS8784;CS8785;CS9057</WarningsAsErrors>
                <DeepNvmCliPath>{root}/src/DeepNvm.Cli/bin/{DotnetCli.Configuration}/net10.0/deepnvm.dll</DeepNvmCliPath>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{root}/src/DeepNvm.Model/DeepNvm.Model.csproj" />
                <ProjectReference Include="{generators}/DeepNvm.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
              <Import Project="{generators}/build/DeepNvm.Dsl.targets" />
            </Project>
            """);
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), programCs);
    }

    public string Directory { get; }

    public string Write(string relativePath, string text)
    {
        var path = Path.Combine(Directory, relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is harmless
        }
    }
}
