using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Specs;
using DeepNvm.Model;

namespace DeepNvm.Studies.Uncertainty;

/// <summary>
/// One uncertain input of a program: its name ("Declaration.path" of the declaration that wrote the
/// range, the <see cref="UncertaintySpec.Origin"/>), its distribution in SI, and the feature-size power of
/// its values (an area of <c>54 F^2 .. 72 F^2</c> is sampled in F², as written).
/// </summary>
public sealed record UncertainInput(string Declaration, string Path, InputDistribution Distribution, int FeaturePower)
{
    /// <summary>"Declaration.path", the name the input is known by in commands and reports.</summary>
    public string Name => Declaration + "." + Path;

    /// <summary>The override that sets this input to <paramref name="value"/> (SI, or units of F^power).</summary>
    public InputOverride At(double value) => new(Declaration, Path, ValueSpec.Quantity(value, FeaturePower));

    /// <summary>
    /// The uncertain inputs of a bound program, one per origin (declarations that inherit a range share it,
    /// so one sample draws one value for all of them), in ordinal order of their names. That order fixes
    /// each input's index, and so its random stream (<see cref="SampleStream"/>).
    /// </summary>
    public static IReadOnlyList<UncertainInput> Of(ProgramSpec program)
    {
        var inputs = new SortedDictionary<string, UncertainInput>(StringComparer.Ordinal);
        foreach (var declaration in program.Declarations)
        {
            foreach (var property in declaration.Properties)
            {
                if (property.Uncertainty is not { } u || inputs.ContainsKey(u.Origin))
                {
                    continue;
                }

                var dot = u.Origin.IndexOf('.');
                var (owner, path) = dot > 0 ? (u.Origin.Substring(0, dot), u.Origin.Substring(dot + 1)) : (declaration.Name, property.Path);
                inputs[u.Origin] = new UncertainInput(owner, path, ToRuntime(u, property.Value.Number), property.Value.FeaturePower);
            }
        }

        return inputs.Values.ToArray();
    }

    /// <summary>The runtime distribution of a bound range, with the property's value as its nominal.</summary>
    public static InputDistribution ToRuntime(UncertaintySpec u, double nominal) => new(u.Kind switch
    {
        DistributionKind.Uniform => InputDistributionKind.Uniform,
        DistributionKind.LogUniform => InputDistributionKind.LogUniform,
        DistributionKind.Normal => InputDistributionKind.Normal,
        DistributionKind.LogNormal => InputDistributionKind.LogNormal,
        DistributionKind.Triangular => InputDistributionKind.Triangular,
        _ => throw new ArgumentOutOfRangeException(nameof(u), u.Kind, "unknown distribution"),
    }, u.A, u.B, u.C, nominal);
}
