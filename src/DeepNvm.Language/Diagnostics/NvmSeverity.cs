namespace DeepNvm.Language.Diagnostics;

/// <summary>How bad a diagnostic is; errors stop generation of the declarations they touch.</summary>
public enum NvmSeverity
{
    Info,
    Warning,
    Error,
}
