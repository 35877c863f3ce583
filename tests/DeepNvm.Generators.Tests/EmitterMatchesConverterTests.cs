using System.Text.Json;
using System.Text.Json.Serialization;
using DeepNvm.Generators.Emit;
using DeepNvm.Generators.Tests.TestSupport;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Schema;
using DeepNvm.Mapping;

namespace DeepNvm.Generators.Tests;

/// <summary>The spec → record mapping is written twice: the emitter writes C# initializers, the converter (the
/// CLI, build-time studies) sets members by reflection. This test holds them to one meaning: for every
/// declaration of the example project, the record the generated code builds equals the record the converter
/// builds, member by member.</summary>
public class EmitterMatchesConverterTests
{
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public void Every_generated_record_equals_the_converters()
    {
        var files = GeneratorHarness.ExampleFiles();
        var (output, _) = GeneratorHarness.Generate(files);
        var assembly = GeneratorHarness.Load(output);
        var program = NvmFrontEnd.Compile(files.Select(f => new NvmSource(f.Path, f.GetText()!.ToString())), new BindOptions(GeneratorHarness.ProjectDir.TrimEnd('/')));
        var converter = new SpecConverter(program, GeneratorHarness.ProjectDir.TrimEnd('/'));
        var compared = 0;

        foreach (var declaration in program.Declarations.Where(d => !d.HasErrors))
        {
            var schema = NvmSchema.For(declaration.Keyword, declaration.CellKind)!;
            var catalog = assembly.GetType(GeneratorHarness.Namespace + "." + schema.Catalog).ShouldNotBeNull(schema.Catalog);
            var generated = catalog.GetField(CSharpLiterals.Identifier(declaration.Name))!.GetValue(null);
            var converted = converter.Convert(declaration);

            Comparable(JsonSerializer.Serialize(generated, generated!.GetType(), Json))
                .ShouldBe(Comparable(JsonSerializer.Serialize(converted, converted.GetType(), Json)), $"{declaration.Keyword} {declaration.Name}");
            compared++;
        }

        compared.ShouldBeGreaterThan(20);
    }

    /// <summary>The one intended difference: a workload's BaseDirectory (where its relative profile path is
    /// resolved) is the .nvm file's folder for the converter and unset in generated code, which must not embed
    /// a path of the machine that built it.</summary>
    // Where a declaration lives is written differently on purpose: the generator names an expectation's
    // file relative to the project (generated code must not hold the build machine's paths), the converter
    // keeps the path it was given; the file name must agree.
    private static string Comparable(string json) =>
        System.Text.RegularExpressions.Regex.Replace(
            System.Text.RegularExpressions.Regex.Replace(json, "\"BaseDirectory\":(null|\"[^\"]*\"),?", ""),
            "\"FilePath\":\"(?:[^\"]*/)?([^\"/]*)\"", "\"FilePath\":\"$1\"");
}
