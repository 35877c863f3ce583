using DeepNvm.Specs;
using DeepNvm.Language;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Specs;
using DeepNvm.Language.Workspace;

namespace DeepNvm.Cli.Specs;

/// <summary>A .nvm file (with its imports) or folder, loaded, bound and ready to convert to runtime records.</summary>
public sealed record ProjectSpecs(ProgramSpec Program, IReadOnlyList<NvmDiagnostic> Diagnostics, SpecConverter Converter, string Directory)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The sources read (imports included) and the options they were bound with, so a command can
    /// bind them again under other inputs (<see cref="Evaluator"/>).</summary>
    public IReadOnlyList<NvmSource> Sources { get; init; } = Array.Empty<NvmSource>();

    /// <inheritdoc cref="Sources"/>
    public Language.Binding.BindOptions Options { get; init; } = new();

    /// <param name="path">A .nvm file or folder.</param>
    /// <param name="library">The standard library's folder; null: the one shipped beside the program.</param>
    /// <param name="overrides">Inputs that replace the declared values (<c>--set</c>), applied by the binder.</param>
    public static ProjectSpecs Load(string path, string? library = null, IReadOnlyList<InputOverride>? overrides = null)
    {
        var loaded = NvmFileLoader.Load(path, library);
        var options = overrides is { Count: > 0 } ? loaded.Options with { Overrides = new EquatableArray<InputOverride>(overrides.ToArray()) } : loaded.Options;
        var program = Language.NvmFrontEnd.Compile(loaded.Sources, options);
        var diagnostics = loaded.Errors.Concat(program.Diagnostics).ToArray();
        return new ProjectSpecs(program, diagnostics, new SpecConverter(program, loaded.ProjectDirectory), loaded.ProjectDirectory)
        {
            Sources = loaded.Sources,
            Options = options,
        };
    }

    /// <summary>The study evaluator over these sources: rebinds them under each input set, sharing characterizations.</summary>
    public Studies.StudyUnderInputs Evaluator() => Studies.StudyUnderInputs.FromSources(Sources, Options, Directory);

    /// <summary>Prints the errors (and warnings) the way `deepnvm check` does.</summary>
    public void WriteDiagnostics(TextWriter error)
    {
        foreach (var diagnostic in Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
        }
    }
}
