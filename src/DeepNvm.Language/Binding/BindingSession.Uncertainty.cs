using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

/// <summary>
/// Uncertain inputs: <c>prop = lo .. hi</c> (uniform) and <c>prop ~ name(…)</c> on a quantity. The
/// parameters are checked like values (dimension, feature size, plausible range for the ends, the
/// mean or median, the mode and the nominal), then against the distribution's own domain. The
/// property's value becomes the nominal (given with <c>nominal = x</c>, else the median), which every
/// deterministic command uses; the distribution travels beside it in <see cref="PropertySpec.Uncertainty"/>.
/// </summary>
internal sealed partial class BindingSession
{
    /// <summary>The distributions, their parameters in order, and which parameter is a spread
    /// (checked for its sign, not against the property's plausible range).</summary>
    internal static readonly IReadOnlyList<(string Name, DistributionKind Kind, string[] Parameters)> Distributions = new[]
    {
        ("uniform", DistributionKind.Uniform, new[] { "lo", "hi" }),
        ("loguniform", DistributionKind.LogUniform, new[] { "lo", "hi" }),
        ("normal", DistributionKind.Normal, new[] { "mean", "sd" }),
        ("lognormal", DistributionKind.LogNormal, new[] { "median", "factor" }),
        ("triangular", DistributionKind.Triangular, new[] { "lo", "mode", "hi" }),
    };

    private const string NominalArgument = "nominal";

    private static readonly PlausibleRange AnySpread = new(double.NegativeInfinity, double.PositiveInfinity, "");

    /// <summary>Whether an assignment is an uncertain input: a distribution, or a range without a
    /// step on anything but a list (where <c>1 MB .. 8 MB</c> still asks for its step).</summary>
    private static bool IsUncertain(Assignment assignment, PropertyDefinition definition) =>
        !definition.Axis && assignment.Value is DistributionSyntax
        || (assignment.Value is RangeSyntax { Step: null, Factor: null } && definition.Type.Shape != ValueShape.BytesList && !definition.Axis);

    private ValueSpec? EvaluateUncertain(Declaration owner, PropertyDefinition definition, Assignment assignment)
    {
        var file = assignment.FilePath;
        var syntax = assignment.Value;
        if (definition.Type.Shape != ValueShape.Quantity)
        {
            Report(owner, DiagnosticCatalog.UncertainNotNumeric, file, syntax.Span,
                $"'{definition.Path}' expects {definition.Type.Describe()}: only a quantity or a plain number can be a range or a distribution; to compare other values, write a scenario: 'scenario Name {{ {owner.Name}.{definition.Path} = … }}'");
            return null;
        }

        if (!ReadDistribution(owner, syntax, file, out var kind, out var positional, out var nominalSyntax))
        {
            return null;
        }

        var values = new double[positional.Length];
        int? featurePower = null;
        var ok = true;
        for (var i = 0; i < positional.Length; i++)
        {
            var isFactor = kind == DistributionKind.LogNormal && i == 1;
            var isSpread = kind == DistributionKind.Normal && i == 1;
            ok &= Parameter(owner, definition, positional[i], file, isFactor, isSpread, ref featurePower, out values[i]);
        }

        double? nominal = null;
        if (nominalSyntax is not null)
        {
            ok &= Parameter(owner, definition, nominalSyntax, file, false, false, ref featurePower, out var given);
            nominal = given;
        }

        if (!ok || !InDomain(owner, kind, positional, values, nominalSyntax, nominal, syntax, file))
        {
            return null;
        }

        var (a, b, c) = (values[0], values[1], values.Length > 2 ? values[2] : 0);
        var value = nominal ?? Median(kind, a, b, c);
        var power = featurePower ?? 0;
        var source = SourceText(syntax);
        owner.Bound[definition.Path] = BoundValue.Of(new Quantity(value, definition.Type.Dimension, power), syntax.Span,
            nominalSyntax is null ? Format(value) + " (the median of " + source + ")" : SourceText(nominalSyntax));
        owner.Uncertainties[definition.Path] = new UncertaintySpec(kind, a, b, c, assignment.Writer + "." + definition.Path, source, file, syntax.Span);
        return ValueSpec.Quantity(value, power);
    }

    /// <summary>The distribution, its positional values and its nominal, with the argument count and names checked.</summary>
    private bool ReadDistribution(Declaration owner, ExpressionSyntax syntax, string file, out DistributionKind kind, out ExpressionSyntax[] positional, out ExpressionSyntax? nominal)
    {
        kind = DistributionKind.Uniform;
        nominal = null;
        if (syntax is RangeSyntax range)
        {
            positional = new[] { range.From, range.To };
            return true;
        }

        var distribution = (DistributionSyntax)syntax;
        positional = distribution.Arguments.Where(a => a.Name is null).Select(a => a.Value).ToArray();
        var name = distribution.Name.Text;
        var entry = Distributions.FirstOrDefault(d => d.Name == name);
        if (entry.Name is null)
        {
            Report(owner, DiagnosticCatalog.UnknownDistribution, file, distribution.Name.Span, name,
                DidYouMean(EditDistance.Closest(Distributions.Select(d => d.Name), name, Math.Max(2, name.Length / 3))), string.Join(", ", Distributions.Select(d => d.Name)));
            return false;
        }

        kind = entry.Kind;
        var ok = true;
        foreach (var argument in distribution.Arguments.Where(a => a.Name is not null))
        {
            if (argument.Name!.Text != NominalArgument)
            {
                Report(owner, DiagnosticCatalog.DistributionArguments, file, argument.Name.Span,
                    $"'{argument.Name.Text}' is not an argument of {name}; the only named argument is 'nominal = …'");
                ok = false;
            }
            else if (nominal is not null)
            {
                Report(owner, DiagnosticCatalog.DistributionArguments, file, argument.Name.Span, "'nominal' is given twice");
                ok = false;
            }
            else
            {
                nominal = argument.Value;
            }
        }

        if (positional.Length != entry.Parameters.Length)
        {
            Report(owner, DiagnosticCatalog.DistributionArguments, file, distribution.Span,
                $"{name} takes {entry.Parameters.Length} values ({string.Join(", ", entry.Parameters)}), got {positional.Length}");
            ok = false;
        }

        return ok;
    }

    /// <summary>One parameter, checked as a value of the property (a lognormal's factor as a plain number).</summary>
    private bool Parameter(Declaration owner, PropertyDefinition definition, ExpressionSyntax expression, string file, bool isFactor, bool isSpread, ref int? featurePower, out double value)
    {
        value = 0;
        var bound = Bind(owner, expression, null, file);
        if (bound.Kind == BoundKind.Error)
        {
            owner.HasErrors = true;
            return false;
        }

        if (isFactor)
        {
            if (bound.Kind != BoundKind.Quantity || !bound.Quantity.Dimension.IsDimensionless || bound.Quantity.FeaturePower != 0)
            {
                Report(owner, DiagnosticCatalog.WrongValueType, file, expression.Span, "the factor of lognormal", "a plain number above 1 (1.5: one sigma is ×/÷ 1.5)", bound.Describe());
                return false;
            }

            value = bound.Quantity.Value;
            return true;
        }

        if (CheckNumber(owner, definition, definition.Type, bound, file, isSpread ? AnySpread : null) is not { } checkedValue)
        {
            return false;
        }

        if (featurePower is { } power && power != checkedValue.FeaturePower)
        {
            Report(owner, DiagnosticCatalog.IncompatibleOperands, file, expression.Span,
                $"mix {Power(power)} and {Power(checkedValue.FeaturePower)} in one distribution: write every value in the same kind of unit");
            return false;
        }

        featurePower = checkedValue.FeaturePower;
        value = checkedValue.Number;
        return true;
    }

    private static string Power(int power) => power == 0 ? "an absolute unit" : power == 1 ? "F" : "F^" + power;

    /// <summary>The distribution's own rules: an ordered, non-empty range, positive spreads and log-scale values, mode and nominal inside a bounded range.</summary>
    private bool InDomain(Declaration owner, DistributionKind kind, ExpressionSyntax[] positional, double[] values, ExpressionSyntax? nominalSyntax, double? nominal, ExpressionSyntax syntax, string file)
    {
        string Text(int i) => SourceText(positional[i]);
        void Domain(int i, string message) => Report(owner, DiagnosticCatalog.DistributionDomain, file, positional[i].Span, message);
        switch (kind)
        {
            case DistributionKind.Normal:
                if (values[1] <= 0)
                {
                    Domain(1, $"the standard deviation of normal must be above zero, got {Text(1)}");
                    return false;
                }

                return true;

            case DistributionKind.LogNormal:
                if (values[0] <= 0)
                {
                    Domain(0, $"the median of lognormal must be above zero, got {Text(0)}");
                    return false;
                }

                if (values[1] <= 1)
                {
                    Domain(1, $"the factor of lognormal must be above 1 (1.5: one sigma is ×/÷ 1.5), got {Text(1)}");
                    return false;
                }

                return true;
        }

        var last = values.Length - 1;
        var (lo, hi) = (values[0], values[last]);
        if (lo >= hi)
        {
            Report(owner, DiagnosticCatalog.EmptyUncertainRange, file, syntax.Span, lo > hi
                ? $"the range {Text(0)} .. {Text(last)} is reversed: write the lower end first"
                : $"the range {Text(0)} .. {Text(last)} holds a single value: write the value itself, or widen the range");
            return false;
        }

        if (kind == DistributionKind.LogUniform && lo <= 0)
        {
            Domain(0, $"loguniform needs both ends above zero, got {Text(0)}");
            return false;
        }

        if (kind == DistributionKind.Triangular && (values[1] < lo || values[1] > hi))
        {
            Report(owner, DiagnosticCatalog.OutsideUncertainRange, file, positional[1].Span, $"the mode {Text(1)} lies outside the range {Text(0)} .. {Text(last)}");
            return false;
        }

        if (nominal is { } n && (n < lo || n > hi))
        {
            Report(owner, DiagnosticCatalog.OutsideUncertainRange, file, nominalSyntax!.Span, $"the nominal {SourceText(nominalSyntax)} lies outside the range {Text(0)} .. {Text(last)}");
            return false;
        }

        return true;
    }

    /// <summary>The median, the nominal when none is given (what <c>InputDistribution.Median</c> computes at run time).</summary>
    internal static double Median(DistributionKind kind, double a, double b, double c) => kind switch
    {
        DistributionKind.Uniform => a + (b - a) / 2,
        DistributionKind.LogUniform => Math.Exp((Math.Log(a) + Math.Log(b)) / 2),
        DistributionKind.Triangular => b >= (a + c) / 2
            ? a + Math.Sqrt((c - a) * (b - a) / 2)
            : c - Math.Sqrt((c - a) * (c - b) / 2),
        _ => a,
    };
}
