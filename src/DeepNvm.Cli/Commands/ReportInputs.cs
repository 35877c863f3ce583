using DeepNvm.Language.Workspace;
using DeepNvm.Reports;

namespace DeepNvm.Cli.Commands;

/// <summary>The provenance a report folder gets from the CLI: the digest of the .nvm files the path
/// loads (its imports and the standard library files it uses included), the date unless --deterministic.</summary>
internal static class ReportInputs
{
    public static ReportProvenance Provenance(string path, string? library, bool deterministic)
    {
        var loaded = NvmFileLoader.Load(path, library);
        return ReportProvenance.For(loaded.Sources.Select(s => s.Path).Where(File.Exists), deterministic);
    }

    /// <summary>The same for a project already loaded: the files its program was parsed from, not loaded again.</summary>
    public static ReportProvenance Provenance(Projects.LoadedProject project, bool deterministic) =>
        ReportProvenance.For(project.Files.Select(f => f.Path).Where(File.Exists), deterministic);
}
