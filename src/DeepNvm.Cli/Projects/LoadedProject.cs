using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Workspace;
using DeepNvm.Mapping;

namespace DeepNvm.Cli.Projects;

/// <summary>A .nvm file (with its imports) or folder, loaded, bound and ready to convert to runtime records.</summary>
public sealed record LoadedProject(ProgramSpec Program, IReadOnlyList<NvmDiagnostic> Diagnostics, SpecConverter Converter, string Directory)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The parsed files, kept so the program can be rebound under input overrides.</summary>
    public IReadOnlyList<Language.Syntax.ParsedFile> Files { get; init; } = Array.Empty<Language.Syntax.ParsedFile>();

    /// <summary>The options the files were bound with (the <c>--set</c> overrides included).</summary>
    public Language.Binding.BindOptions Options { get; init; } = new();

    private (IReadOnlyList<Language.Syntax.ParsedFile> Files, Language.Binding.BindOptions Options, Studies.StudyUnderInputs Evaluator)? _evaluator;

    /// <summary>The evaluator of this project's studies under input overrides (Monte Carlo, sensitivity, --set), one per
    /// loaded project: a command that runs the Monte Carlo, the scenarios and the references' placement shares its
    /// characterization memo, so a scenario with the study's own inputs reuses the Monte Carlo's caches.</summary>
    public Studies.StudyUnderInputs Evaluator()
    {
        var current = _evaluator;
        if (current is not { } c || !ReferenceEquals(c.Files, Files) || !ReferenceEquals(c.Options, Options))
        {
            // A copy made with `with` and other files or options gets its own evaluator.
            current = (Files, Options, new Studies.StudyUnderInputs(Files, Options, Directory));
            _evaluator = current;
        }

        return current.Value.Evaluator;
    }

    /// <param name="path">A .nvm file or folder.</param>
    /// <param name="library">The standard library's folder; null: the one shipped beside the program.</param>
    /// <param name="overrides">Inputs that replace the declared values (<c>--set</c>), applied by the binder.</param>
    public static LoadedProject Load(string path, string? library = null, IReadOnlyList<InputOverride>? overrides = null)
    {
        var loaded = NvmFileLoader.Load(path, library);
        var options = overrides is { Count: > 0 } ? loaded.Options with { Overrides = new EquatableArray<InputOverride>(overrides.ToArray()) } : loaded.Options;
        var files = loaded.Sources.Select(s => Language.NvmFrontEnd.Parse(s)).ToArray();
        var program = Language.NvmFrontEnd.Bind(files, options);
        var diagnostics = loaded.Errors.Concat(program.Diagnostics).Concat(ProfileChecks.Run(program, loaded.ProjectDirectory)).ToArray();
        return new LoadedProject(program, diagnostics, new SpecConverter(program, loaded.ProjectDirectory), loaded.ProjectDirectory)
        {
            Files = files,
            Options = options,
        };
    }

    /// <summary>Prints the errors (and warnings) the way `deepnvm check` does.</summary>
    public void WriteDiagnostics(TextWriter error)
    {
        foreach (var diagnostic in Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }
}
