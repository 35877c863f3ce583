using DeepNvm.Generators.Tests.TestSupport;
using DeepNvm.Language.Schema;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

/// <summary>`check` and the build agree on names (issue 14, item 2): for every class of name the
/// generated code could trip over (names differing only in case, members of the generated classes,
/// members every C# class inherits), either the front end reports a located DNVM error at the name, or
/// the generated code compiles without errors or hiding warnings.</summary>
public class NameCollisionTests
{
    private const string Node = "node N16 { feature_size = 16 nm; device = hp; temperature = 350 K }\n";
    private const string Sram = "cell Sram6T : sram { area = 146 F^2; aspect_ratio = 1.46; access_width = 1.31 F }\n";

    private static string Cache(string name) =>
        "cache " + name + " { capacity = 64 KB; associativity = 4; line = 128 B; node = N16; cell = Sram6T }\n";

    private static string Cell(string name) => "cell " + name + " : sram { area = 146 F^2 }\n";

    public static TheoryData<string, string> NameClasses()
    {
        var data = new TheoryData<string, string>
        {
            { "case only", Cell("SotMram") + Cell("SOTMRAM") },
            { "case only, across kinds", Node + Sram + Cache("Small") + Cell("SMALL") },
        };
        foreach (var inherited in new[] { "Equals", "ToString", "GetType", "GetHashCode", "ReferenceEquals", "MemberwiseClone", "Finalize" })
        {
            data.Add("inherited " + inherited, Cell(inherited));
            data.Add("inherited cache " + inherited, Node + Sram + Cache(inherited));
        }

        foreach (var member in GeneratedNames.CharacterizedCacheMembers)
        {
            data.Add("member " + member, Node + Sram + Cache(member));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NameClasses))]
    public void Every_name_is_either_a_located_error_or_compiles(string nameClass, string text)
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("/project/a.nvm", text) };

        var errors = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        var (output, run) = GeneratorHarness.Generate(files);

        run.Results[0].Exception.ShouldBeNull(nameClass);
        run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty(nameClass);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error || d.Id is "CS0108" or "CS0114").ShouldBeEmpty(nameClass);
        if (errors.Length > 0)
        {
            errors.ShouldAllBe(e => e.Location.GetLineSpan().Path == "/project/a.nvm", nameClass);
        }
        else
        {
            GeneratorHarness.Load(output).ShouldNotBeNull(nameClass);
        }
    }

    [Fact]
    public void The_reserved_member_names_are_the_ones_the_emitter_writes()
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("/project/a.nvm", Node + Sram + Cache("Small")) };
        var (output, _) = GeneratorHarness.Generate(files);
        var characterized = output.SyntaxTrees.Single(t => t.FilePath.Contains("Characterized", StringComparison.Ordinal)).ToString();

        var written = System.Text.RegularExpressions.Regex.Matches(characterized, @"public const \w+ (\w+) =").Select(m => m.Groups[1].Value);

        written.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(GeneratedNames.CharacterizedCacheMembers.OrderBy(n => n, StringComparer.Ordinal));
    }
}
