namespace DeepNvm.Cli;

/// <summary>Process exit codes shared by every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command ran and printed its results.</summary>
    public const int Ok = 0;
    /// <summary>The inputs have errors; diagnostics were printed.</summary>
    public const int Diagnostics = 1;
    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
