using System;
using DeepNvm.Generators.Diagnostics;
using DeepNvm.Generators.Emit;
using DeepNvm.Generators.Pipeline;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Text;
using Microsoft.CodeAnalysis;

namespace DeepNvm.Generators;

/// <summary>
/// Compiles the project's .nvm files (AdditionalFiles) into typed models: parse each file (cached
/// per file), bind them all, then emit one file per valid declaration and the catalogs. Errors are
/// reported by <see cref="NvmDiagnosticsAnalyzer"/>; declarations with errors are skipped here.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NvmModelGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var runtimeAvailable = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName("DeepNvm.Model.CellParameters") is not null)
            .WithTrackingName(TrackingNames.RuntimeAvailable);

        var files = context.AdditionalTextsProvider
            .Where(static text => text.Path.EndsWith(".nvm", StringComparison.OrdinalIgnoreCase))
            .Select(static (text, ct) => FrontEndSteps.Parse(text.Path, text.GetText(ct)?.ToString(), ct))
            .WithTrackingName(TrackingNames.Parse);

        var program = files.Collect()
            .Combine(options)
            .Select(static (pair, ct) => FrontEndSteps.Bind(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.Bind);

        var models = program
            .Combine(options)
            .SelectMany(static (pair, _) => FrontEndSteps.Models(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Models);

        var catalog = program
            .Combine(options)
            .Select(static (pair, _) => FrontEndSteps.Catalog(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Catalog);

        var inputs = program
            .Combine(options)
            .Select(static (pair, _) => FrontEndSteps.Inputs(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.Inputs);

        // complete caches are characterized once each, and again only when they or their cell or node change
        var characterizations = program
            .Combine(options)
            .SelectMany(static (pair, _) => Characterization.CompleteCaches(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.CompleteCaches)
            .Select(static (input, _) => Characterization.Run(input))
            .WithTrackingName(TrackingNames.Characterize);

        // where the caches are written: a separate step, so a characterization is never keyed on a position
        var cacheLocations = program
            .Select(static (p, _) => SpecLocations.Of(p, "cache"));

        context.RegisterSourceOutput(characterizations.Where(static s => s.Succeeded).Combine(runtimeAvailable), static (spc, pair) =>
        {
            if (pair.Right)
            {
                Guarded(spc, () => spc.AddSource(CharacterizationEmitter.HintName(pair.Left), CharacterizationEmitter.Emit(pair.Left)));
            }
        });

        context.RegisterSourceOutput(characterizations.Where(static s => !s.Succeeded).Combine(cacheLocations), static (spc, pair) =>
        {
            var (spec, at) = (pair.Left, SpecLocations.Find(pair.Right, pair.Left.Cache));
            foreach (var problem in spec.Problems)
            {
                var rule = DiagnosticCatalog.Find(problem.Id) ?? DiagnosticCatalog.NoValidOrganization;
                var diagnostic = NvmDiagnostic.Reported(rule, at.FilePath, at.Span,
                    $"cache '{spec.Cache}' could not be characterized at build time: {problem.Message}");
                spc.ReportDiagnostic(LocationMapping.ToRoslyn(diagnostic));
            }
        });

        context.RegisterSourceOutput(models.Combine(runtimeAvailable), static (spc, pair) =>
        {
            if (pair.Right)
            {
                Guarded(spc, () => spc.AddSource(ModelEmitter.HintName(pair.Left), ModelEmitter.Emit(pair.Left)));
            }
        });

        context.RegisterSourceOutput(catalog.Combine(runtimeAvailable), static (spc, pair) =>
        {
            if (!pair.Right)
            {
                if (pair.Left.Entries.Count > 0)
                {
                    spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.RuntimeNotReferenced, Location.None, DiagnosticCatalog.RuntimeNotReferenced.MessageFormat));
                }

                return;
            }

            Guarded(spc, () => spc.AddSource(CatalogEmitter.HintName, CatalogEmitter.Emit(pair.Left)));
        });

        context.RegisterSourceOutput(inputs.Combine(runtimeAvailable), static (spc, pair) =>
        {
            if (pair.Right)
            {
                Guarded(spc, () => spc.AddSource(InputsEmitter.HintName, InputsEmitter.Emit(pair.Left)));
            }
        });
    }

    /// <summary>Never throw into the compiler: an emitter fault becomes one DNVM0001.</summary>
    private static void Guarded(SourceProductionContext context, Action emit)
    {
        try
        {
            emit();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var fault = NvmDiagnostic.Create(DiagnosticCatalog.InternalError, "", SourceSpan.FileStart, e.GetType().Name + ": " + e.Message);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, fault.Message));
        }
    }
}
