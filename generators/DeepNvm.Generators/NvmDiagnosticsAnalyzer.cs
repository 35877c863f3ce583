using System;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using DeepNvm.Generators.Diagnostics;
using DeepNvm.Generators.Pipeline;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DeepNvm.Generators;

/// <summary>
/// Reports every .nvm diagnostic at its real location, in <c>dotnet build</c> and in the editor
/// as the user types. The front end runs once per compilation over all .nvm files (names cross
/// files); each file's diagnostics are reported when that file is analyzed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NvmDiagnosticsAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Parses by text: in the editor every keystroke is a new compilation, but the text of
    /// every file not being edited is the same object, so only the edited file is parsed again.</summary>
    private static readonly ConditionalWeakTable<SourceText, ParsedFile> Parsed = new();

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.All;

    private static ParsedFile ParseCached(AdditionalText file, System.Threading.CancellationToken cancellationToken)
    {
        var text = file.GetText(cancellationToken);
        if (text is null)
        {
            return FrontEndSteps.Parse(file.Path, null, cancellationToken);
        }

        var parsed = Parsed.GetValue(text, t => FrontEndSteps.Parse(file.Path, t.ToString(), cancellationToken));
        return parsed.Path == file.Path ? parsed : FrontEndSteps.Parse(file.Path, text.ToString(), cancellationToken);
    }

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var nvmFiles = start.Options.AdditionalFiles
                .Where(f => f.Path.EndsWith(".nvm", StringComparison.OrdinalIgnoreCase))
                .ToImmutableArray();
            if (nvmFiles.IsEmpty)
            {
                return;
            }

            var options = GeneratorOptions.From(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var program = new Lazy<ProgramSpec>(() =>
            {
                var parsed = nvmFiles.Select(f => ParseCached(f, start.CancellationToken)).ToImmutableArray();
                return FrontEndSteps.Bind(parsed, options, start.CancellationToken);
            });

            start.RegisterAdditionalFileAction(fileContext =>
            {
                var path = fileContext.AdditionalFile.Path;
                if (!path.EndsWith(".nvm", StringComparison.OrdinalIgnoreCase))
                {
                    return;
                }

                foreach (var diagnostic in program.Value.Diagnostics.Where(d => string.Equals(d.FilePath, path, StringComparison.Ordinal)))
                {
                    fileContext.ReportDiagnostic(LocationMapping.ToRoslyn(diagnostic));
                }
            });
        });
    }
}
