using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Model;

namespace DeepNvm.Studies.Exploration;

/// <summary>A bound <c>space</c> declaration turned into the runtime <see cref="DesignSpace"/>: references become the
/// converted records, sizes and counts whole numbers, words the runtime enums.</summary>
public static class SpaceBuilder
{
    /// <summary>The space's <c>samples = N</c> (null when it has no sample axis).</summary>
    public static int? DeclaredSamples(DeclarationSpec space) => space.Value("samples") is { } v ? (int)Math.Round(v.Number) : null;

    /// <summary>The space's <c>seed = K</c> (0 when absent, as a study's).</summary>
    public static ulong DeclaredSeed(DeclarationSpec space) => space.Value("seed") is { } v ? (ulong)Math.Round(v.Number) : 0;

    /// <param name="sampled">The samples' spaces when the space has a sample axis; null: the nominal inputs only.</param>
    public static DesignSpace Build(DeclarationSpec space, ProgramSpec program, SpecConverter converter, SampleAxis? sampled = null)
    {
        object Record(ValueSpec value) => converter.Convert(program.Find(value.Text)
            ?? throw new InvalidOperationException("unresolved " + value.Keyword + " " + value.Text));

        IReadOnlyList<ValueSpec> Items(string path) => space.Value(path) is { } list ? list.Items.ToArray() : Array.Empty<ValueSpec>();
        T[] Axis<T>(string path, Func<ValueSpec, T> convert, T[] absent)
        {
            var items = Items(path);
            return items.Count == 0 ? absent : items.Select(convert).ToArray();
        }

        static int Whole(ValueSpec v) => (int)Math.Round(v.Number);
        static TEnum Word<TEnum>(ValueSpec v) where TEnum : struct, Enum => (TEnum)Enum.Parse(typeof(TEnum), SpecConverter.Pascal(v.Text));

        return new DesignSpace
        {
            Name = space.Name,
            Gpus = Axis("gpu", v => (GpuParameters)Record(v), Array.Empty<GpuParameters>()),
            Nodes = Axis<TechnologyNodeParameters?>("node",
                v => v.Kind == ValueKind.Reference ? (TechnologyNodeParameters)Record(v) : TechnologyNodeParameters.AtFeatureSize(v.Number),
                new TechnologyNodeParameters?[] { null }),
            Cells = Axis("cell", v => (CellParameters)Record(v), Array.Empty<CellParameters>()),
            Capacities = Axis("capacity", v => (long)Math.Round(v.Number), Array.Empty<long>()),
            Associativities = Axis("associativity", Whole, new[] { 16 }),
            Lines = Axis("line", Whole, new[] { 128 }),
            AccessModes = Axis("access_mode", Word<CacheAccessMode>, new[] { CacheAccessMode.Normal }),
            Targets = Axis("optimize", Word<OptimizationTarget>, new[] { OptimizationTarget.ReadEdp }),
            Slices = Axis("slices", Whole, new[] { 1 }),
            Workloads = Axis("workload", v => (WorkloadParameters)Record(v), Array.Empty<WorkloadParameters>()),
            Constraints = space.Constraints.Select(c => new SpaceConstraint(c.Metric, c.Operator, c.Threshold, c.SourceText)).ToArray(),
            Objectives = space.Objectives.ToArray(),
            Samples = sampled is null ? 0 : DeclaredSamples(space) ?? 0,
            Sampled = sampled is null ? null : sampled.For,
            SampledInputs = sampled is null ? Array.Empty<string>() : sampled.Inputs.ToArray(),
        };
    }
}

/// <summary>A space's sample axis: how to build the space of one sample, and the names of the inputs each sample draws
/// (in the order of <see cref="SampleSpace.Values"/>).</summary>
public sealed record SampleAxis(Func<int, SampleSpace> For, IReadOnlyList<string> Inputs);
