using System.Reflection;
using DeepNvm.Cli.Projects;
using DeepNvm.Language.Schema;
using DeepNvm.Mapping;
using DeepNvm.Model;

namespace DeepNvm.Cli.Tests;

/// <summary>Facts the language's schema states about the runtime (member names, enum words, built-in
/// networks, defaults) and that the runtime states again in its own types: each copy tied to the other.</summary>
public class OneSourcePerFactTests
{
    private static readonly Assembly Model = typeof(CellParameters).Assembly;

    private static Type RecordOf(DeclarationSchema schema) => Model.GetType("DeepNvm.Model." + schema.ModelType).ShouldNotBeNull(schema.ModelType);

    public static TheoryData<string, string> Members()
    {
        var data = new TheoryData<string, string>();
        foreach (var schema in NvmSchema.All)
        {
            foreach (var property in schema.Properties.Where(p => p.ModelMember is not null))
            {
                data.Add(schema.DisplayName, property.Path);
            }
        }

        return data;
    }

    private static PropertyInfo Resolve(Type type, string dotted)
    {
        PropertyInfo? member = null;
        foreach (var part in dotted.Split('.'))
        {
            member = type.GetProperty(part).ShouldNotBeNull($"{type.Name}.{part} (from '{dotted}')");
            type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        }

        return member!;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Every_schema_property_names_a_runtime_member_and_every_word_an_enum_value(string kind, string path)
    {
        var schema = NvmSchema.All.Single(s => s.DisplayName == kind);
        var property = schema.Find(path)!;
        var member = Resolve(RecordOf(schema), property.ModelMember!);
        if (property.ModelReferenceMember is { } reference)
        {
            Resolve(RecordOf(schema), reference);
        }

        if (property.ModelEnum is { } enumName)
        {
            var type = Model.GetType("DeepNvm.Model." + enumName).ShouldNotBeNull(enumName);
            type.IsEnum.ShouldBeTrue();
            (Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType).ShouldBe(type);
            foreach (var word in property.Type.EnumValues)
            {
                Enum.IsDefined(type, Enum.Parse(type, SpecConverter.Pascal(word))).ShouldBeTrue($"{enumName} has no member for '{word}'");
                Enum.GetNames(type).ShouldContain(SpecConverter.Pascal(word), $"'{word}' must name {enumName}.{SpecConverter.Pascal(word)} exactly");
            }
        }
    }

    [Fact]
    public void The_language_lists_the_networks_the_analytic_model_builds()
    {
        NvmSchema.BuiltInNetworks.ShouldBe(DeepNvm.Workloads.Analytic.BuiltInNetworks.Ids);
    }

    /// <summary>Every default the schema fills in, as bound in the example project and the standard library,
    /// equals the runtime record's own initializer: a record built in C# without the property means the same
    /// as a .nvm declaration without it.</summary>
    [Fact]
    public void Schema_defaults_equal_the_runtime_records_initializers()
    {
        var project = LoadedProject.Load(RepositoryPaths.ExampleNvm, Path.Combine(RepositoryPaths.Root, "stdlib"));
        project.HasErrors.ShouldBeFalse();
        var checkedDefaults = new HashSet<string>();
        foreach (var declaration in project.Program.Declarations.Where(d => d.Keyword != "study"))
        {
            var schema = NvmSchema.For(declaration.Keyword, declaration.CellKind)!;
            var record = project.Converter.Convert(declaration);
            var fresh = Activator.CreateInstance(record.GetType())!;
            foreach (var property in declaration.Properties.Where(p => p.IsDefault))
            {
                var definition = schema.Find(property.Path);
                if (definition?.ModelMember is not { } member || member.Contains('.') || definition.Default is not { } text || !IsLiteral(text))
                {
                    continue; // a default that names another property ("access_width") has no fixed value to compare
                }

                var info = record.GetType().GetProperty(member)!;
                info.GetValue(record).ShouldBe(info.GetValue(fresh), $"{schema.DisplayName}.{property.Path} defaults to '{text}' in the schema");
                checkedDefaults.Add(schema.DisplayName + "." + property.Path);
            }
        }

        checkedDefaults.Count.ShouldBeGreaterThan(5, "the example and the standard library exercise the defaults");
    }

    private static bool IsLiteral(string text) => text.Length > 0 && (char.IsDigit(text[0]) || text.All(c => char.IsLower(c) || c == '_' || char.IsDigit(c)) && !text.Contains("width"));
}

/// <summary>The built-in GPUs of the `traffic` command and the analytic model (GpuCatalog, which cannot read
/// .nvm) are the standard library's: every figure equal to its stdlib/gpus.nvm declaration.</summary>
public class GpuCatalogMatchesTheStandardLibraryTests
{
    private static readonly IReadOnlyList<GpuParameters> Library = LoadedProject.Load(Path.Combine(RepositoryPaths.Root, "stdlib", "gpus.nvm")).Converter.Gpus();

    public static TheoryData<string> Ids() => new(DeepNvm.Workloads.Platforms.GpuCatalog.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_built_in_gpu_equals_its_library_declaration(string id)
    {
        DeepNvm.Workloads.Platforms.GpuCatalog.TryGet(id, out var entry).ShouldBeTrue();
        var built = entry.Parameters;
        // the library names GPUs as identifiers (Gtx1080Ti), the catalog as products (GTX 1080 Ti): pair them by SMs, clock and DRAM kind
        var library = Library.Where(g => g.StreamingMultiprocessors == built.StreamingMultiprocessors && Math.Abs(g.ClockHertz - built.ClockHertz) < 1
                && g.Dram.Kind == built.Dram.Kind)
            .ShouldHaveSingleItem($"{id}: one library GPU with {built.StreamingMultiprocessors} SMs at {built.ClockHertz / 1e6} MHz");

        built.Architecture.ShouldBe(library.Architecture);
        built.Node.FeatureSizeMeters.ShouldBe(library.Node.FeatureSizeMeters, 1e-12);
        built.L2CapacityBytes.ShouldBe(library.L2CapacityBytes);
        built.L2Slices.ShouldBe(library.L2Slices);
        built.Dram.Kind.ShouldBe(library.Dram.Kind);
        built.Dram.BandwidthBytesPerSecond.ShouldBe(library.Dram.BandwidthBytesPerSecond, 1e-3);
        built.Dram.EnergyJoulesPerBit.ShouldBe(library.Dram.EnergyJoulesPerBit, 1e-18);
    }

    [Fact]
    public void Every_library_gpu_is_built_in()
    {
        Library.Count.ShouldBe(DeepNvm.Workloads.Platforms.GpuCatalog.All.Count);
        Library.ShouldAllBe(g => g.Architecture != GpuArchitecture.Generic, "each library GPU states its architecture");
    }
}

/// <summary>The language's plausible ranges and the model's own input checks state the same limits twice; every
/// value the language accepts — its inclusive bounds included — must pass the model's checks, or `check` would
/// accept what `study` then refuses.</summary>
public class LanguageRangesFitTheModelChecksTests
{
    private static readonly TechnologyNodeParameters Node = TechnologyNodeParameters.AtFeatureSize(22e-9);

    private static readonly CellParameters Stt = new()
    {
        Name = "Stt", Kind = CellKind.Mtj, Area = new(54, 2), AspectRatio = 0.54, AccessWidth = new(8, 1),
        ResistanceOnOhms = 3e3, ResistanceOffOhms = 6e3, AccessVoltageDropVolts = 0.15, ReadMode = SenseMode.Current,
        ReadVoltageVolts = 0.25, ReadPowerWatts = 30e-6, MinSenseVoltageVolts = 0.025,
        WriteCurrentAmperes = 80e-6, WritePulseSeconds = 10e-9, WriteEnergyJoules = 1e-12,
    };

    private static readonly CellParameters Sram = new()
    {
        Name = "Sram", Kind = CellKind.Sram, Area = new(146, 2), AspectRatio = 1.46, AccessWidth = new(1.31, 1),
        SramNmosWidth = new(2.08, 1), SramPmosWidth = new(1.23, 1), MinSenseVoltageVolts = 0.08,
    };

    // 1 MB: large enough that even the language's 1024 slices each hold a set
    private static readonly CacheParameters Cache = new() { Name = "C", CapacityBytes = 1 << 20, Associativity = 4, LineBytes = 64 };

    public static TheoryData<string, string, bool> Bounds()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var schema in new[] { NvmSchema.Node, NvmSchema.SramCell, NvmSchema.MtjCell, NvmSchema.SotCell, NvmSchema.ResistiveCell, NvmSchema.Cache })
        {
            foreach (var p in schema.Properties.Where(p => p.Range is not null && p.ModelMember is { } m && !m.Contains('.')))
            {
                data.Add(schema.DisplayName, p.Path, false);
                data.Add(schema.DisplayName, p.Path, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public void A_value_on_the_languages_bound_passes_the_models_checks(string kind, string path, bool upper)
    {
        var schema = NvmSchema.All.Single(s => s.DisplayName == kind);
        var property = schema.Find(path)!;
        var range = property.Range!;
        var si = upper ? range.Max : range.Min;
        var (node, cache) = (Node, Cache);
        var cell = schema == NvmSchema.SramCell ? Sram
            : Stt with { Kind = schema == NvmSchema.SotCell ? CellKind.Sot : schema == NvmSchema.ResistiveCell ? CellKind.Resistive : CellKind.Mtj };
        object target = schema == NvmSchema.Node ? node : schema == NvmSchema.Cache ? cache : cell;
        var member = target.GetType().GetProperty(property.ModelMember!)!;
        var type = Nullable.GetUnderlyingType(member.PropertyType) ?? member.PropertyType;
        object value = type == typeof(FeatureScaled)
            ? new FeatureScaled(upper ? range.FeatureMax ?? si : range.FeatureMin ?? si, range.FeatureMin is null ? 0 : ((FeatureScaled)member.GetValue(target)!).FeaturePower)
            : type == typeof(int) ? (object)(int)Math.Round(si / property.ModelScale)
            : type == typeof(long) ? (object)(long)Math.Round(si / property.ModelScale)
            : (object)(si / property.ModelScale);
        var changed = target.GetType().GetMethod("<Clone>$")!.Invoke(target, null)!;
        member.SetValue(changed, value);

        var result = schema == NvmSchema.Node ? CacheModel.Characterize(cache, cell, (TechnologyNodeParameters)changed)
            : schema == NvmSchema.Cache ? CacheModel.Characterize((CacheParameters)changed, cell, node)
            : CacheModel.Characterize(cache, (CellParameters)changed, node);

        result.Diagnostics.Where(d => d.Id is ModelDiagnosticIds.OutOfRange).ShouldBeEmpty($"{kind}.{path} = {value} is inside the language's range {range.Text}");
    }
}
