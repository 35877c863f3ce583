using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Schema;
using DeepNvm.Model;

namespace DeepNvm.Mapping;

/// <summary>
/// Bound declarations → the runtime records (<see cref="CellParameters"/>, <see cref="GpuParameters"/>,
/// <see cref="StudyParameters"/>, …), mapped exactly as the generator's ModelEmitter writes them: the
/// schema's ModelMember, ModelScale, ModelEnum and ModelReferenceMember drive both, so a member the
/// schema gains reaches the CLI without a change here. References become the referenced record itself.
/// </summary>
public sealed class SpecConverter
{
    private static readonly Assembly ModelAssembly = typeof(CellParameters).Assembly;

    // The model's types and properties by name, held for the process. Reflection's own caches are weak: under the
    // allocation of a Monte Carlo run (a conversion per sample) they were collected and rebuilt, each rebuild emitting new
    // property-setter stubs for the finalizer to destroy (about a tenth of a sampled run's time, dotnet-trace).
    private static readonly ConcurrentDictionary<string, Type?> Types = new();
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo?> Properties = new();
    private readonly ProgramSpec _program;
    private readonly Dictionary<(string Keyword, string Name), object> _converted = new();
    private readonly string? _baseDirectory;

    /// <param name="program">The bound program.</param>
    /// <param name="baseDirectory">Folder workload profile paths resolve against when a declaration's own file is unknown.</param>
    public SpecConverter(ProgramSpec program, string? baseDirectory = null)
    {
        _program = program;
        _baseDirectory = baseDirectory;
    }

    /// <summary>Declarations of a keyword that bound without errors.</summary>
    public IEnumerable<DeclarationSpec> Declarations(string keyword) =>
        _program.Declarations.Where(d => d.Keyword == keyword && !d.HasErrors);

    public IReadOnlyList<StudyParameters> Studies() => Declarations("study").Select(d => (StudyParameters)Convert(d)).ToArray();

    public IReadOnlyList<CellParameters> Cells() => Declarations("cell").Select(d => (CellParameters)Convert(d)).ToArray();

    public IReadOnlyList<GpuParameters> Gpus() => Declarations("gpu").Select(d => (GpuParameters)Convert(d)).ToArray();

    public IReadOnlyList<WorkloadParameters> Workloads() => Declarations("workload").Select(d => (WorkloadParameters)Convert(d)).ToArray();

    public IReadOnlyList<CacheParameters> Caches() => Declarations("cache").Select(d => (CacheParameters)Convert(d)).ToArray();

    public IReadOnlyList<TechnologyNodeParameters> Nodes() => Declarations("node").Select(d => (TechnologyNodeParameters)Convert(d)).ToArray();

    /// <summary>The runtime record of one declaration (converted once; references share records).</summary>
    public object Convert(DeclarationSpec declaration)
    {
        var key = (declaration.Keyword, declaration.Name);
        if (_converted.TryGetValue(key, out var done))
        {
            return done;
        }

        var schema = NvmSchema.For(declaration.Keyword, declaration.CellKind)
            ?? throw new InvalidOperationException("no schema for " + declaration.Keyword + " " + declaration.Name);
        var type = ModelType(schema.ModelType);
        var record = Activator.CreateInstance(type)!;
        Set(record, "Name", declaration.Name);
        if (declaration.CellKind is { } kind)
        {
            Set(record, "Kind", Enum.Parse(typeof(CellKind), Pascal(kind)));
        }

        if (declaration.Keyword == "workload")
        {
            var source = declaration.Find("profile") is not null ? WorkloadSource.Profile
                : declaration.Find("model") is not null ? WorkloadSource.Analytic : WorkloadSource.Counts;
            Set(record, "Source", source);
            var folder = Path.GetDirectoryName(declaration.FilePath);
            Set(record, "BaseDirectory", string.IsNullOrEmpty(folder) ? _baseDirectory : folder);
        }

        foreach (var flag in schema.FlagBlocks)
        {
            Set(record, flag.ModelMember, declaration.HasFlag(flag.Name));
        }

        if (declaration.Keyword == "study")
        {
            Set(record, "Expectations", Expectations(declaration));
            Set(record, "References", References(declaration));
        }

        foreach (var property in declaration.Properties)
        {
            var definition = schema.Find(property.Path);
            if (definition?.ModelMember is not { } member)
            {
                continue;
            }

            if (property.Value.Kind == ValueKind.Reference && definition.ModelReferenceMember is { } referenceMember)
            {
                // as the generator: L2 = Caches.X; L2CapacityBytes = Caches.X.CapacityBytes
                var target = Reference(property.Value);
                Set(record, referenceMember, target);
                Set(record, member, Property(target.GetType(), member.Substring(referenceMember.Length))!.GetValue(target));
                continue;
            }

            var (owner, name) = Owner(record, member);
            var info = Property(owner.GetType(), name) ?? throw new InvalidOperationException(owner.GetType().Name + " has no member " + name);
            Set(owner, name, Value(definition, property.Value, info.PropertyType));
        }

        _converted[key] = record;
        return record;
    }

    /// <summary>A study's expect lines, located in their .nvm files (full paths, for located errors).</summary>
    public static IReadOnlyList<ExpectationParameters> Expectations(DeclarationSpec study) =>
        study.Expectations.Select(e => new ExpectationParameters
        {
            Metric = e.Metric,
            Technology = e.Technology,
            Operator = e.Operator,
            Threshold = e.Threshold,
            SourceText = e.SourceText,
            FilePath = e.FilePath,
            Line = e.Span.Line,
            Column = e.Span.Column,
        }).ToArray();

    /// <summary>A study's reference lines: published figures, as written.</summary>
    public static IReadOnlyList<ReferenceParameters> References(DeclarationSpec study) =>
        study.References.Select(r => new ReferenceParameters { Metric = r.Metric, Technology = r.Technology, Value = r.Value, Source = r.Source, SourceText = r.SourceText }).ToArray();

    /// <summary>The object a dotted member lives on (<c>Dram.Kind</c> → the record's Dram).</summary>
    private static (object Owner, string Name) Owner(object record, string member)
    {
        var dot = member.IndexOf('.');
        if (dot < 0)
        {
            return (record, member);
        }

        var nested = Property(record.GetType(), member.Substring(0, dot))!;
        var value = nested.GetValue(record) ?? Activator.CreateInstance(nested.PropertyType)!;
        nested.SetValue(record, value);
        return Owner(value, member.Substring(dot + 1));
    }

    private object? Value(PropertyDefinition definition, ValueSpec value, Type target)
    {
        switch (value.Kind)
        {
            case ValueKind.Quantity:
                if (definition.Type.Shape == ValueShape.NodeOrFeatureSize)
                {
                    return TechnologyNodeParameters.AtFeatureSize(value.Number);
                }

                if (definition.Type.AllowsFeatureSize)
                {
                    return new FeatureScaled(value.Number, value.FeaturePower);
                }

                return definition.Type.Shape is ValueShape.Integer or ValueShape.Bytes or ValueShape.BytesOrCache
                    ? Number(Math.Round(value.Number * definition.ModelScale), target)
                    : Number(value.Number * definition.ModelScale, target);
            case ValueKind.Boolean:
                return value.IsTrue;
            case ValueKind.Enum:
                return definition.ModelEnum is { } enumType ? Enum.Parse(ModelType(enumType), Pascal(value.Text)) : value.Text;
            case ValueKind.String:
                return value.Text;
            case ValueKind.Reference:
                return Reference(value);
            case ValueKind.List:
                if (definition.Type.Shape == ValueShape.BytesList)
                {
                    return value.Items.Select(i => (long)Math.Round(i.Number)).ToArray();
                }

                if (definition.Type.ReferenceKeyword == NvmSchema.Scenario.Keyword)
                {
                    // scenarios have no runtime record: a study names them (ProgramSpec.Scenarios holds their overrides)
                    return value.Items.Select(i => i.Text).ToArray();
                }

                var elementType = ModelType(NvmSchema.All.First(s => s.Keyword == definition.Type.ReferenceKeyword).ModelType);
                var items = value.Items.Select(Reference).ToArray();
                var array = Array.CreateInstance(elementType, items.Length);
                Array.Copy(items, array, items.Length);
                return array;
            default:
                return null;
        }
    }

    private object Reference(ValueSpec value)
    {
        var declaration = _program.Declarations.FirstOrDefault(d => d.Keyword == value.Keyword && d.Name == value.Text)
            ?? throw new InvalidOperationException("unresolved " + value.Keyword + " " + value.Text);
        return Convert(declaration);
    }

    private static object Number(double value, Type target)
    {
        var type = Nullable.GetUnderlyingType(target) ?? target;
        return System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture);
    }

    private static Type ModelType(string name) =>
        Types.GetOrAdd(name, n => ModelAssembly.GetType("DeepNvm.Model." + n)) ?? throw new InvalidOperationException("no runtime type DeepNvm.Model." + name);

    private static PropertyInfo? Property(Type type, string name) => Properties.GetOrAdd((type, name), key => key.Type.GetProperty(key.Name));

    private static void Set(object record, string member, object? value)
    {
        var property = Property(record.GetType(), member) ?? throw new InvalidOperationException(record.GetType().Name + " has no member " + member);
        property.SetValue(record, value);
    }

    /// <summary>As the generator: <c>read_edp</c> → <c>ReadEdp</c>.</summary>
    public static string Pascal(string word) =>
        string.Concat(word.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));
}
