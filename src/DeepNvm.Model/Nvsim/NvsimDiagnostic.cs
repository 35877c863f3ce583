namespace DeepNvm.Model.Nvsim;

/// <summary>A problem in an NVSim input file, located by file and 1-based line (and column).</summary>
public sealed record NvsimDiagnostic(string File, int Line, int Column, string Id, ModelSeverity Severity, string Message)
{
    /// <summary>MSBuild-style: <c>path(line,col): error DNVMxxxx: message</c>.</summary>
    public override string ToString() =>
        $"{File}({Line},{Column}): {(Severity == ModelSeverity.Error ? "error" : "warning")} {Id}: {Message}";
}
