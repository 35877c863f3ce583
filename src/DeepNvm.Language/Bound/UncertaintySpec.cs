using DeepNvm.Language.Text;

namespace DeepNvm.Language.Bound;

/// <summary>The shapes an uncertain input may take. Parameters are in SI, with the same feature-size
/// power as the property's nominal value (an area of <c>54 F^2 .. 72 F^2</c> keeps F^2).</summary>
public enum DistributionKind
{
    /// <summary><c>lo .. hi</c> or <c>~ uniform(lo, hi)</c>: A = lo, B = hi.</summary>
    Uniform,
    /// <summary><c>~ loguniform(lo, hi)</c>: A = lo, B = hi (both &gt; 0).</summary>
    LogUniform,
    /// <summary><c>~ normal(mean, sd)</c>: A = mean, B = standard deviation.</summary>
    Normal,
    /// <summary><c>~ lognormal(median, factor)</c>: A = median, B = the multiplicative one-sigma factor (σ of ln x = ln B).</summary>
    LogNormal,
    /// <summary><c>~ triangular(lo, mode, hi)</c>: A = lo, B = mode, C = hi.</summary>
    Triangular,
}

/// <summary>
/// An uncertain input bound to a property: the distribution, and the input's name
/// (<see cref="Origin"/>, "Declaration.path" of the declaration that wrote it). Declarations that
/// inherit the property carry the same origin, so one sample draws one value for all of them.
/// The property's <see cref="ValueSpec"/> holds the nominal value every deterministic command uses.
/// </summary>
public sealed record UncertaintySpec(
    DistributionKind Kind,
    double A,
    double B,
    double C,
    string Origin,
    string SourceText,
    string FilePath,
    SourceSpan Span);

/// <summary>A value that replaces a property's bound value at bind time (<c>--set</c>, a scenario, a
/// Monte Carlo sample): <paramref name="Declaration"/>'s property <paramref name="Path"/> becomes
/// <paramref name="Value"/> (already in SI), for it and for every declaration that inherits it.</summary>
public sealed record InputOverride(string Declaration, string Path, ValueSpec Value)
{
    /// <summary>The pseudo-file diagnostics about an override from the command line are attributed to.</summary>
    public const string CommandLineFile = "--set";

    /// <summary>"Declaration.path", the name an input is known by in commands and reports.</summary>
    public string Name => Declaration + "." + Path;

    /// <summary>The value as written ("42 fJ"), for messages and doc comments; the SI value when empty.</summary>
    public string SourceText { get; init; } = "";

    /// <summary>Where the override was written: <see cref="CommandLineFile"/> for <c>--set</c>, or a scenario's file.</summary>
    public string FilePath { get; init; } = CommandLineFile;

    /// <summary>The span of the value in <see cref="FilePath"/> (the start of the "file" for the command line).</summary>
    public SourceSpan Span { get; init; } = SourceSpan.FileStart;

    /// <summary>How the value reads in messages.</summary>
    public string DisplayText => SourceText.Length > 0 ? SourceText : Value.ToString();
}
