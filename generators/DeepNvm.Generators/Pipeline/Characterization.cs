using System;
using System.Collections.Immutable;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Model;

namespace DeepNvm.Generators.Pipeline;

/// <summary>A cache whose inputs are complete (it names its cell and its node), with the
/// declarations it needs: the unit the build-time characterization is cached by, so editing an
/// unrelated declaration does not characterize it again. The specs hold no file or span
/// (<see cref="SpecLocations.Strip"/>): moving the cache, or editing text above it, leaves the key equal.</summary>
public sealed record CacheInputSpec(DeclarationSpec Cache, EquatableArray<DeclarationSpec> Dependencies, string Namespace);

/// <summary>Why a cache has no build-time figures: the diagnostic id (the model's DNVM0502, DNVM0401…, or
/// DNVM0001 for an exception, which is a bug) and the message.</summary>
public sealed record CharacterizationProblem(string Id, string Message);

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
    EquatableArray<CharacterizationProblem> Problems)
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
            .Select(cache => new CacheInputSpec(SpecLocations.Strip(cache), Dependencies(program, cache).Select(SpecLocations.Strip).ToEquatableArray(), options.Namespace))
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
            // never into the compiler: the cache gets one diagnostic instead of its constants, and it says "bug"
            return new CharacterizationSpec(input.Cache.Name, input.Namespace, "", 0, 0, 0, 0, 0, 0, 0, 0, "",
                new EquatableArray<CharacterizationProblem>(new[] { new CharacterizationProblem(Language.Diagnostics.DiagnosticIds.InternalError, "internal error (" + e.GetType().FullName + "): " + e.Message) }));
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
            var problems = result.Diagnostics.Where(d => d.Severity == ModelSeverity.Error).Select(d => new CharacterizationProblem(d.Id, d.Message))
                .DefaultIfEmpty(new CharacterizationProblem(ModelDiagnosticIds.NoValidOrganization, "no valid organization")).ToEquatableArray();
            return new CharacterizationSpec(input.Cache.Name, input.Namespace, inputs, 0, 0, 0, 0, 0, 0, 0, 0, "", problems);
        }

        return new CharacterizationSpec(input.Cache.Name, input.Namespace, inputs,
            c.HitLatencySeconds, c.MissLatencySeconds, c.WriteLatencySeconds,
            c.HitEnergyJoules, c.MissEnergyJoules, c.WriteEnergyJoules,
            c.LeakageWatts, c.AreaSquareMeters,
            c.Data?.Organization.ToString() ?? "", EquatableArray<CharacterizationProblem>.Empty);
    }
}
