using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Text;

namespace DeepNvm.Generators.Pipeline;

/// <summary>
/// The front end wrapped for the compiler: each step turns an internal fault into one DNVM0001
/// diagnostic instead of an exception (which the compiler would report as CS8785 and drop every
/// generated file). Cancellation still propagates, so the host can re-run.
/// </summary>
public static class FrontEndSteps
{
    public static ParsedFile Parse(string path, string? text, CancellationToken cancellationToken)
    {
        try
        {
            return NvmFrontEnd.Parse(new NvmSource(path, text ?? ""), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var fault = NvmDiagnostic.Create(DiagnosticCatalog.InternalError, path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            return new ParsedFile(path, new NvmFileSyntax(EquatableArray<ImportSyntax>.Empty, EquatableArray<DeclarationSyntax>.Empty),
                new EquatableArray<NvmDiagnostic>(new[] { fault }), EquatableArray<string>.Empty);
        }
    }

    public static ProgramSpec Bind(ImmutableArray<ParsedFile> files, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        try
        {
            return NvmFrontEnd.Bind(ordered, new BindOptions(options.ProjectDirectory, options.LibraryDirectory), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var path = ordered.Length > 0 ? ordered[0].Path : "";
            var fault = NvmDiagnostic.Create(DiagnosticCatalog.InternalError, path, SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            return new ProgramSpec(EquatableArray<DeclarationSpec>.Empty, new EquatableArray<NvmDiagnostic>(new[] { fault }));
        }
    }

    /// <summary>One emit model per valid declaration, positions stripped.</summary>
    public static ImmutableArray<ModelSpec> Models(ProgramSpec program, GeneratorOptions options) =>
        program.Declarations
            .Where(d => !d.HasErrors)
            .Select(d => new ModelSpec(
                d with
                {
                    Span = default,
                    FilePath = PathNames.FileName(d.FilePath),
                    Expectations = d.Expectations.Select(e => e with { FilePath = PathNames.FileName(e.FilePath) }).ToEquatableArray(),
                    References = d.References.Select(r => r with { FilePath = "", Span = default }).ToEquatableArray(),
                    Properties = d.Properties.Select(p => p.Uncertainty is { } u ? p with { Uncertainty = u with { FilePath = "", Span = default } } : p).ToEquatableArray(),
                },
                options.Namespace,
                RelativeDirectory(d.FilePath, options.ProjectDirectory)))
            .ToImmutableArray();

    /// <summary>The folder of <paramref name="file"/> relative to the project ("nvm", or "" at its root);
    /// machine paths never reach generated code.</summary>
    internal static string RelativeDirectory(string file, string? projectDirectory)
    {
        var directory = PathNames.Directory(file);
        if (projectDirectory is null || !PathNames.IsUnder(file, projectDirectory))
        {
            return "";
        }

        var root = PathNames.Normalize(projectDirectory).TrimEnd('/');
        return directory.Length > root.Length ? directory.Substring(root.Length + 1) : "";
    }

    /// <summary>The uncertain inputs written in declarations that bound without errors, in name order.</summary>
    public static InputsSpec Inputs(ProgramSpec program, GeneratorOptions options) =>
        new(options.Namespace, program.UncertainInputs()
            .Where(i => program.Find(i.Declaration) is { HasErrors: false })
            .Select(i => new InputEntry(i.Name, i.Distribution.Kind, i.Distribution.A, i.Distribution.B, i.Distribution.C, i.Nominal.Number, i.Unit, i.Distribution.SourceText))
            .ToEquatableArray());

    public static CatalogSpec Catalog(ProgramSpec program, GeneratorOptions options) =>
        new(options.Namespace, program.Declarations
            .Where(d => !d.HasErrors)
            .Select(d =>
            {
                var schema = NvmSchema.For(d.Keyword, d.CellKind)!;
                return new CatalogEntry(schema.Catalog, d.Name);
            })
            .OrderBy(e => e.Catalog, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToEquatableArray());
}
