using DeepNvm.Generators.Tests.TestSupport;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators.Tests;

/// <summary>Whatever the .nvm files say, the generated C# compiles: input the front end accepts
/// must never turn into a C# error in the user's project.</summary>
public class GeneratedCodeRobustnessTests
{
    [Fact]
    public void Names_that_are_CSharp_keywords_are_escaped()
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("/project/a.nvm", "cell @class : sram { area = 146 F^2 }".Replace("@", "")) };
        var (output, _) = GeneratorHarness.Generate(files);
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Names_the_catalogs_use_are_refused_by_the_front_end()
    {
        var files = new AdditionalText[] { new InMemoryAdditionalText("/project/a.nvm", "cell All : sram { area = 146 F^2 }\ncache Cells { capacity = 1 MB }") };
        GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files).Select(d => d.Id).ShouldBe(new[] { "DNVM0217", "DNVM0217" });
        GeneratorHarness.Generate(files).Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }

    [Fact]
    public void Mutations_the_front_end_accepts_always_generate_compilable_code()
    {
        var examples = GeneratorHarness.ExampleFiles();
        var cells = examples.Single(f => f.Path.EndsWith("cells.nvm", StringComparison.Ordinal));
        var text = cells.GetText()!.ToString();
        var random = new Random(42);
        var accepted = 0;
        for (var i = 0; i < 300 && accepted < 25; i++)
        {
            var at = random.Next(text.Length);
            var mutated = (i % 3) switch
            {
                0 => text.Remove(at, Math.Min(1 + random.Next(6), text.Length - at)),
                1 => text.Insert(at, "0123456789._"[random.Next(12)].ToString()),
                _ => text.Insert(at, text.Substring(at, Math.Min(1 + random.Next(20), text.Length - at))),
            };
            var files = examples.Select(f => f == cells ? new InMemoryAdditionalText(f.Path, mutated) : f).ToArray();
            if (GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files).Any(d => d.Severity == DiagnosticSeverity.Error))
            {
                continue;
            }

            accepted++;
            var (output, run) = GeneratorHarness.Generate(files);
            run.Results[0].Exception.ShouldBeNull();
            output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty(mutated);
        }

        accepted.ShouldBeGreaterThan(5);
    }
}
