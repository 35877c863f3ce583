using System;
using System.Collections.Immutable;
using System.Linq;
using DeepNvm.Language.Specs;
using DeepNvm.Model;
using DeepNvm.Specs;

namespace DeepNvm.Generators.Pipeline;

/// <summary>A cache whose inputs are complete (it names its cell and its node), with the
/// declarations it needs: the unit the build-time characterization is cached by, so editing an
/// unrelated declaration does not characterize it again.</summary>
public sealed record CacheInputSpec(DeclarationSpec Cache, EquatableArray<DeclarationSpec> Dependencies, string Namespace);

/// <summary>The cache model's answer for one complete cache, as plain values (or why there is none).</summary>
public sealed record CharacterizationSpec(
    string Cache,
    string Namespace,
    string Inputs,
    double HitLatencySeconds,
    double MissLatencySeconds,
    double WriteLatencySeconds,
    double HitEnergyJoules,
    double MissEnergyJoules,
    double WriteEnergyJoules,
    double LeakageWatts,
    double AreaSquareMeters,
    string Organization,
    EquatableArray<string> Problems,
    string FilePath,
    Language.Text.SourceSpan Span)
{
    public bool Succeeded => Problems.IsEmpty;
}

/// <summary>Build-time evaluation of complete caches (issue: a cache declared with its cell and node
/// is characterized when the project compiles, and its figures become constants).</summary>
public static class Characterization
{
    public static ImmutableArray<CacheInputSpec> CompleteCaches(ProgramSpec program, GeneratorOptions options) =>
        program.Declarations
            .Where(d => d.Keyword == "cache" && !d.HasErrors && d.Value("cell") is not null && d.Value("node") is not null)
            .Select(cache => new CacheInputSpec(cache, Dependencies(program, cache).ToEquatableArray(), options.Namespace))
            .ToImmutableArray();

    private static DeclarationSpec[] Dependencies(ProgramSpec program, DeclarationSpec cache) =>
        new[] { cache.Value("cell"), cache.Value("node") }
            .Where(v => v is { Kind: ValueKind.Reference })
            .Select(v => program.Find(v!.Text))
            .Where(d => d is not null)
            .Select(d => d!)
            .ToArray();

    public static CharacterizationSpec Run(CacheInputSpec input)
    {
        try
        {
            return Characterize(input);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // never into the compiler: the cache gets one diagnostic instead of its constants
            return new CharacterizationSpec(input.Cache.Name, input.Namespace, "", 0, 0, 0, 0, 0, 0, 0, 0, "",
                new EquatableArray<string>(new[] { "internal error: " + e.GetType().Name + ": " + e.Message }), input.Cache.FilePath, input.Cache.Span);
        }
    }

    private static CharacterizationSpec Characterize(CacheInputSpec input)
    {
        var program = new ProgramSpec(new[] { input.Cache }.Concat(input.Dependencies).ToEquatableArray(), EquatableArray<Language.Diagnostics.NvmDiagnostic>.Empty);
        var cache = (CacheParameters)new SpecConverter(program).Convert(input.Cache);
        var inputs = $"{cache.CapacityBytes / 1024} KB, {cache.Associativity}-way, {cache.LineBytes} B lines, cell {cache.Cell!.Name}, node {cache.Node!.Name} ({cache.Node.FeatureSizeMeters * 1e9:0.#} nm), optimized for {cache.Optimize}";
        var result = CacheModel.Characterize(cache, cache.Cell, cache.Node);
        if (result.Characteristics is not { } c)
        {
            var problems = result.Diagnostics.Where(d => d.Severity == ModelSeverity.Error).Select(d => d.ToString()).DefaultIfEmpty("no valid organization").ToEquatableArray();
            return new CharacterizationSpec(input.Cache.Name, input.Namespace, inputs, 0, 0, 0, 0, 0, 0, 0, 0, "", problems, input.Cache.FilePath, input.Cache.Span);
        }

        return new CharacterizationSpec(input.Cache.Name, input.Namespace, inputs,
            c.HitLatencySeconds, c.MissLatencySeconds, c.WriteLatencySeconds,
            c.HitEnergyJoules, c.MissEnergyJoules, c.WriteEnergyJoules,
            c.LeakageWatts, c.AreaSquareMeters,
            c.Data?.Organization.ToString() ?? "", EquatableArray<string>.Empty, input.Cache.FilePath, input.Cache.Span);
    }
}
