using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Model;

namespace DeepNvm.Studies;

/// <summary>The outcome of one <c>expect</c> line: the value the study measured and whether it holds.
/// <see cref="Measured"/> is null when the study did not run the comparison the metric needs.</summary>
public sealed record ExpectationOutcome(ExpectationParameters Expectation, double? Measured)
{
    public bool Holds => Measured is { } value && Expectation.HoldsFor(value);

    /// <summary>Why it failed, for the located error: what was expected and what was measured.</summary>
    public string Describe() => Measured is { } value
        ? $"expectation failed: {Expectation.SourceText}, measured {value.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture)}"
        : $"expectation cannot be checked: {Expectation.SourceText}, but the study does not run {Expectation.Metric.Split('.')[0]} (add '{Expectation.Metric.Split('.')[0]} {{ }}' to it)";
}

/// <summary>Reads the metrics an <c>expect</c> line names off a study's results (the metric names
/// are the language's: NvmSchema.ExpectationMetrics).</summary>
public static class ExpectationCheck
{
    public static IReadOnlyList<ExpectationOutcome> Check(StudyResult result, IReadOnlyList<ExpectationParameters> expectations) =>
        expectations.Select(e => new ExpectationOutcome(e, Measure(result, e))).ToArray();

    public static double? Measure(StudyResult result, ExpectationParameters expectation)
    {
        try
        {
            return new StudyMetric(expectation.Metric, expectation.Technology).Measure(result);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(e.Message, nameof(expectation), e);
        }
    }
}
