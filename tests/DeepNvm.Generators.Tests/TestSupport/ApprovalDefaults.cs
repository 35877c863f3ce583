using System.Runtime.CompilerServices;

namespace DeepNvm.Generators.Tests.TestSupport;

internal static class ApprovalDefaults
{
    /// <summary>Never launch a diff tool: tests run unattended everywhere.</summary>
    [ModuleInitializer]
    internal static void NeverLaunchDiffTools() => ShouldlyConfiguration.ShouldMatchApprovedDefaults.NoDiff();
}
