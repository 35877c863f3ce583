using System.Text.RegularExpressions;

namespace DeepNvm.Integration.Tests;

/// <summary>DeepNvm as a user gets it: packages from a folder feed, referenced by PackageReference
/// only (no ProjectReference, no imported props), and the <c>deepnvm-study</c> template.</summary>
public sealed class PackageConsumerTests : IClassFixture<PackageFeed>
{
    private readonly PackageFeed _feed;

    public PackageConsumerTests(PackageFeed feed) => _feed = feed;

    [Fact]
    public async Task A_project_referencing_DeepNvm_Dsl_from_a_feed_builds_runs_and_reports_located_errors()
    {
        var project = Path.Combine(_feed.Root, "Consumer");
        Directory.CreateDirectory(Path.Combine(project, "nvm"));
        _feed.WriteNuGetConfig(project);
        var csproj = Path.Combine(project, "Consumer.csproj");
        await File.WriteAllTextAsync(csproj, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Consumer</RootNamespace>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
                <WarningsAsErrors>CS8784;CS8785;CS9057</WarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DeepNvm.Dsl" Version="{_feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(project, "nvm", "cells.nvm"), """
            cell Stt : mtj {
              area = 54 F^2; access_width = 8 F
              resistance_on = 3 kOhm; resistance_off = 6 kOhm
              read { voltage = 0.25 V }; write { current = 80 uA; pulse = 10 ns }
            }
            """);

        // the standard library travels in the package (stdlib/ beside build/) when the repository has one
        var stdlibCell = StandardLibraryCell();
        var expectedStdlib = "";
        if (stdlibCell is not null)
        {
            await File.WriteAllTextAsync(Path.Combine(project, "nvm", "imported.nvm"),
                $"import \"deepnvm:cells.nvm\"\n\ncell Mine : {stdlibCell} {{ area = 61 F^2 }}\n");
            expectedStdlib = " Mine";
        }

        // the runtime (Model, Studies, Reports) flows from DeepNvm.Dsl's dependencies
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), $$"""
            using Consumer;
            var cell = Cells.Stt;
            Console.Write($"{cell.Name} {cell.Kind} {cell.WritePulseSeconds * 1e9:0.##} ns");
            {{(stdlibCell is null ? "" : "Console.Write(\" \" + Cells.Mine.Name);")}}
            Console.WriteLine(" " + typeof(DeepNvm.Studies.StudyRunner).Assembly.GetName().Name + " " + typeof(DeepNvm.Reports.StudyTables).Assembly.GetName().Name);
            """);

        var built = await DotnetCli.RunAsync(project, Build());
        built.ExitCode.ShouldBe(0, built.Output);
        var ran = await DotnetCli.RunAsync(project, "run", "--no-build", "-c", DotnetCli.Configuration);
        ran.ExitCode.ShouldBe(0, ran.Output);
        ran.Output.Trim().ShouldBe($"Stt Mtj 10 ns{expectedStdlib} DeepNvm.Studies DeepNvm.Reports");

        var bad = Path.Combine(project, "nvm", "bad.nvm");
        await File.WriteAllTextAsync(bad, "cache L2 {\n  capacity = 4 MB\n  line = 128 ns\n}\n");
        var failed = await DotnetCli.RunAsync(project, Build());

        failed.ExitCode.ShouldNotBe(0, failed.Output);
        Lines(failed.Output).ShouldContain(
            $"{bad}(3,10): error DNVM0302: 'line' expects a data size, got a time (128 ns) [{csproj}]", failed.Output);
    }

    [Fact]
    public async Task The_deepnvm_study_template_creates_a_project_that_builds_against_the_feed_evaluates_its_study_and_runs()
    {
        var hive = Path.Combine(_feed.Root, "hive");
        var installed = await DotnetCli.RunAsync(_feed.Root, "new", "install",
            Path.Combine(_feed.Folder, $"DeepNvm.Templates.{_feed.Version}.nupkg"), "--debug:custom-hive", hive);
        installed.ExitCode.ShouldBe(0, installed.Output);
        installed.Output.ShouldContain("deepnvm-study");

        var studies = Path.Combine(_feed.Root, "studies");
        Directory.CreateDirectory(studies);
        _feed.WriteNuGetConfig(studies);
        var project = Path.Combine(studies, "MyStudy");
        var created = await DotnetCli.RunAsync(studies, "new", "deepnvm-study", "-o", project,
            "--DslVersion", _feed.Version, "--debug:custom-hive", hive);
        created.ExitCode.ShouldBe(0, created.Output);
        File.ReadAllText(Path.Combine(project, "MyStudy.csproj")).ShouldContain($"Include=\"DeepNvm.Dsl\" Version=\"{_feed.Version}\"");

        var built = await DotnetCli.RunAsync(project, Build());
        built.ExitCode.ShouldBe(0, built.Output);
        // the build evaluated the study with the CLI the package carries (tools/cli/)
        File.Exists(Path.Combine(project, "bin", DotnetCli.Configuration, "net10.0", "deepnvm-reports", "L2Study", "index.html"))
            .ShouldBeTrue(built.Output);

        // a failed expectation fails the build at its line
        var study = Path.Combine(project, "nvm", "study.nvm");
        var text = await File.ReadAllTextAsync(study);
        await File.WriteAllTextAsync(study, text.Replace("iso_capacity.area_reduction(SttMram) > 1", "iso_capacity.area_reduction(SttMram) > 100", StringComparison.Ordinal));
        var failed = await DotnetCli.RunAsync(project, Build());
        failed.ExitCode.ShouldNotBe(0, failed.Output);
        Lines(failed.Output).ShouldContain(
            line => line.StartsWith($"{study}(", StringComparison.Ordinal) && line.Contains(": error DNVM0504: expectation failed: expect iso_capacity.area_reduction(SttMram) > 100, measured ", StringComparison.Ordinal),
            failed.Output);
        await File.WriteAllTextAsync(study, text);

        var reports = Path.Combine(_feed.Root, "reports");
        var ran = await DotnetCli.RunAsync(project, "run", "--no-build", "-c", DotnetCli.Configuration, "--", "--out", reports);
        ran.ExitCode.ShouldBe(0, ran.Output);
        ran.Output.ShouldContain("Iso-capacity");
        File.Exists(Path.Combine(reports, "index.html")).ShouldBeTrue(ran.Output);
    }

    [Fact]
    public void The_DeepNvm_Dsl_package_holds_the_analyzer_the_MSBuild_files_the_stdlib_the_CLI_and_the_runtime_dependencies()
    {
        using var package = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Folder, $"DeepNvm.Dsl.{_feed.Version}.nupkg"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet();

        string[] expected =
        [
            "analyzers/dotnet/cs/DeepNvm.Generators.dll", "analyzers/dotnet/cs/DeepNvm.Language.dll", "analyzers/dotnet/cs/Sprache.dll",
            "analyzers/dotnet/cs/DeepNvm.Mapping.dll", "analyzers/dotnet/cs/DeepNvm.Model.dll", "analyzers/dotnet/cs/MathNet.Numerics.dll",
            "build/DeepNvm.Dsl.props", "build/DeepNvm.Dsl.targets", "buildTransitive/DeepNvm.Dsl.props", "buildTransitive/DeepNvm.Dsl.targets",
            "tools/cli/deepnvm.dll", "tools/cli/deepnvm.runtimeconfig.json", "tools/cli/deepnvm.deps.json",
            "lib/netstandard2.0/_._", "lib/net10.0/_._", "PACKAGE.md",
        ];
        foreach (var path in expected)
        {
            entries.ShouldContain(path, string.Join("\n", entries.Order(StringComparer.Ordinal)));
        }

        foreach (var nvm in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "stdlib"), "*.nvm"))
        {
            entries.ShouldContain("stdlib/" + Path.GetFileName(nvm));
        }

        entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal));
        using var nuspec = new StreamReader(package.GetEntry("DeepNvm.Dsl.nuspec")!.Open());
        var groups = System.Xml.Linq.XDocument.Parse(nuspec.ReadToEnd()).Descendants()
            .Where(e => e.Name.LocalName == "group")
            .Select(g => g.Attribute("targetFramework")!.Value + ": "
                + string.Join(" ", g.Elements().Select(d => d.Attribute("id")!.Value + "@" + d.Attribute("version")!.Value)))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var v = _feed.Version;
        groups.ShouldBe(new[]
        {
            $".NETStandard2.0: DeepNvm.Model@{v} DeepNvm.Workloads@{v} DeepNvm.Studies@{v}",
            $"net10.0: DeepNvm.Model@{v} DeepNvm.Workloads@{v} DeepNvm.Studies@{v} DeepNvm.Reports@{v}",
        });
    }

    [Fact]
    public void The_template_references_the_DeepNvm_Dsl_version_the_repository_packs_by_default()
    {
        var props = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Directory.Build.props"));
        var version = Regex.Match(props, "<Version>(?<v>[^<]+)</Version>").Groups["v"].Value;
        using var template = System.Text.Json.JsonDocument.Parse(File.ReadAllText(
            Path.Combine(RepositoryPaths.Root, "templates", "deepnvm-study", ".template.config", "template.json")));

        template.RootElement.GetProperty("symbols").GetProperty("DslVersion").GetProperty("defaultValue").GetString()
            .ShouldBe(version);
    }

    private static string[] Build() =>
        ["build", "-c", DotnetCli.Configuration, "-tl:off", "-nologo", "-v:q", "-nodeReuse:false", "-p:UseSharedCompilation=false"];

    private static IEnumerable<string> Lines(string output) =>
        output.Split('\n').Select(line => line.TrimEnd('\r').Trim());

    /// <summary>The first cell of the repository's stdlib/cells.nvm, or null while there is none.</summary>
    private static string? StandardLibraryCell()
    {
        var file = Path.Combine(RepositoryPaths.Root, "stdlib", "cells.nvm");
        if (!File.Exists(file))
        {
            return null;
        }

        var cell = Regex.Match(File.ReadAllText(file), @"^\s*cell\s+(?<name>\w+)", RegexOptions.Multiline);
        return cell.Success ? cell.Groups["name"].Value : null;
    }
}
