using DeepNvm.Specs;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Specs;
using DeepNvm.Language.Workspace;

namespace DeepNvm.Cli.Specs;

/// <summary>A .nvm file (with its imports) or folder, loaded, bound and ready to convert to runtime records.</summary>
public sealed record ProjectSpecs(ProgramSpec Program, IReadOnlyList<NvmDiagnostic> Diagnostics, SpecConverter Converter, string Directory)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <param name="path">A .nvm file or folder.</param>
    /// <param name="library">The standard library's folder; null: the one shipped beside the program.</param>
    public static ProjectSpecs Load(string path, string? library = null)
    {
        var loaded = NvmFileLoader.Load(path, library);
        var program = Language.NvmFrontEnd.Compile(loaded.Sources, loaded.Options);
        var diagnostics = loaded.Errors.Concat(program.Diagnostics).Concat(ProfileChecks.Run(program, loaded.ProjectDirectory)).ToArray();

        return new ProjectSpecs(program, diagnostics, new SpecConverter(program, loaded.ProjectDirectory), loaded.ProjectDirectory);
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
