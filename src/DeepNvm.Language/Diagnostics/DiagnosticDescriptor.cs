namespace DeepNvm.Language.Diagnostics;

/// <summary>One rule: a stable id, a title, a message format with {0}-style holes, a default
/// severity and the category (the id's hundred: syntax, names, units, plausibility, evaluation).</summary>
public sealed record DiagnosticDescriptor(string Id, string Title, string MessageFormat, NvmSeverity Severity, string Category)
{
    /// <summary>Where the rule's page lives, relative to the repository root.</summary>
    public string HelpPath => "docs/diagnostics/" + Id + ".md";
}
