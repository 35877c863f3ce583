using System;
using DeepNvm.Language.Bound;
using DeepNvm.Model;

namespace DeepNvm.Mapping;

/// <summary>A bound uncertain input → the runtime's allocation-free <see cref="InputDistribution"/>
/// (the same parameters, in SI, with the property's feature-size power; the nominal beside them).</summary>
public static class InputDistributions
{
    public static InputDistribution ToDistribution(this UncertaintySpec spec, double nominal) =>
        new(Kind(spec.Kind), spec.A, spec.B, spec.C, nominal);

    public static InputDistribution ToDistribution(this UncertainInput input) =>
        input.Distribution.ToDistribution(input.Nominal.Number);

    /// <summary>The runtime kind of a language kind (named one by one: the two enums evolve in step, not by position).</summary>
    public static InputDistributionKind Kind(DistributionKind kind) => kind switch
    {
        DistributionKind.Uniform => InputDistributionKind.Uniform,
        DistributionKind.LogUniform => InputDistributionKind.LogUniform,
        DistributionKind.Normal => InputDistributionKind.Normal,
        DistributionKind.LogNormal => InputDistributionKind.LogNormal,
        DistributionKind.Triangular => InputDistributionKind.Triangular,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "no runtime distribution for this kind"),
    };
}
