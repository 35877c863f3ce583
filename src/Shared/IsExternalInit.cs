#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // Lets netstandard2.0 code declare init-only members and records.
    internal static class IsExternalInit { }
}
#endif
