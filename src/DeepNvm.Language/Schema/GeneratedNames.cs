using System.Collections.Generic;

namespace DeepNvm.Language.Schema;

/// <summary>
/// Names the generated C# uses itself, so a declaration may not take them (DNVM0217): the binder
/// reports them in `check` and the build alike, and the generator never emits code that fails to
/// compile over a name (a test generates and compiles every class of name).
/// </summary>
public static class GeneratedNames
{
    /// <summary>The constants of a characterized cache's class (<c>Caches.Characterized.L2.HitLatencySeconds</c>):
    /// a cache of one of these names would be a class with a member of its own name (CS0542).</summary>
    public static IReadOnlyList<string> CharacterizedCacheMembers { get; } = new[]
    {
        "HitLatencySeconds", "MissLatencySeconds", "WriteLatencySeconds", "HitEnergyJoules", "MissEnergyJoules",
        "WriteEnergyJoules", "LeakageWatts", "AreaSquareMeters", "Organization",
    };

    /// <summary>Members every C# class inherits from <c>object</c>: a catalog field or class of one of
    /// these names would hide it (CS0108).</summary>
    public static IReadOnlyList<string> InheritedMembers { get; } = new[]
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };
}
