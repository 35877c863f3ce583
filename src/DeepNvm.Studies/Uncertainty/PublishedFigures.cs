using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Model;

namespace DeepNvm.Studies.Uncertainty;

/// <summary>A study's <c>reference</c> line placed in one scenario's results: our nominal value, our interval over
/// the uncertain inputs (when sampled), and where the published figure falls in it.</summary>
public sealed record ReferenceOutcome(ReferenceParameters Reference, string Scenario, double Nominal, MetricInterval? Interval, Placement? Placement)
{
    public StudyMetric Metric => new(Reference.Metric, Reference.Technology);

    /// <summary>The metric in each sample that succeeded (empty when not sampled): what a distribution chart draws.</summary>
    public IReadOnlyList<double> Samples { get; init; } = Array.Empty<double>();
}

/// <summary>For one technology and one of its most influential inputs: the value at which the metric breaks even
/// (ratio 1) and the value at which it reaches the published figure, each with the metric there, or why not.</summary>
public sealed record WhatItTakesRow(StudyMetric Metric, string Scenario, string Input, string Unit, double Nominal, double Swing,
    BreakEvenResult BreakEven, BreakEvenResult ToPublished, double Published);

/// <summary>
/// Where a study's published figures (its <c>reference</c> lines) sit among our results
/// (docs/model-evaluation.md, "References"): the nominal value, p05-p95 and P(better) over the uncertain
/// inputs, the published value's quantile in that distribution (or outside it), and "what it takes": for the
/// most influential inputs of each technology (a tornado on the reference's metric), the break-even value and
/// the value that reaches the published figure, each found with the others nominal.
/// </summary>
public static class PublishedFigures
{
    /// <summary>Places every reference of the study in one scenario. <paramref name="samples"/> 0: nominal only.</summary>
    /// <exception cref="StudyException">The nominal study cannot be evaluated.</exception>
    public static IReadOnlyList<ReferenceOutcome> Place(MetricUnderInputs study, IReadOnlyList<ReferenceParameters> references, string scenario,
        IReadOnlyList<InputOverride> scenarioOverrides, IReadOnlyList<UncertainInput> inputs, int samples, ulong seed)
    {
        var metrics = references.Select(r => new StudyMetric(r.Metric, r.Technology)).ToArray();
        if (metrics.Length == 0)
        {
            return Array.Empty<ReferenceOutcome>();
        }

        var nominal = study.Measure(metrics, scenarioOverrides);
        MetricSamples? sampled = samples > 0 && inputs.Count > 0 ? study.Sample(metrics, inputs, samples, seed, scenarioOverrides) : null;
        return references.Select((r, k) =>
        {
            if (sampled is null || sampled.Succeeded == 0)
            {
                return new ReferenceOutcome(r, scenario, nominal[k], null, null);
            }

            var values = sampled.Values[k];
            return new ReferenceOutcome(r, scenario, nominal[k], MonteCarlo.Interval(r.Metric, nominal[k], values), Placement.Of(r.Value, values))
            {
                Samples = values,
            };
        }).ToArray();
    }

    /// <summary>For each distinct (technology, metric) of the references: the <paramref name="top"/> inputs that move
    /// it most, and for each, the value that breaks even and the value that reaches the published figure.</summary>
    public static IReadOnlyList<WhatItTakesRow> WhatItTakes(MetricUnderInputs study, IReadOnlyList<ReferenceParameters> references, string scenario,
        IReadOnlyList<InputOverride> scenarioOverrides, IReadOnlyList<UncertainInput> inputs, int top = 3)
    {
        var rows = new List<WhatItTakesRow>();
        var byName = inputs.ToDictionary(i => i.Name);
        var swept = inputs.Select(i => (Input: i, Distribution: i.ToDistribution()))
            .Select(x => new SweptInput(x.Input.Name, x.Distribution.Low, x.Distribution.High, x.Distribution.Nominal)).ToArray();
        foreach (var reference in references)
        {
            var metric = new StudyMetric(reference.Metric, reference.Technology);
            double At(string name, double value) =>
                Safe(() => study.Measure(new[] { metric }, scenarioOverrides.Append(byName[name].Override(value)).ToArray())[0]);
            var tornado = Tornado.Run(swept, (input, value) => At(input.Name, value), Safe(() => study.Measure(new[] { metric }, scenarioOverrides)[0]));
            foreach (var row in tornado.Rows.Take(top))
            {
                var input = byName[row.Name];
                var breakEven = BreakEven.Solve(x => At(row.Name, x), 1, row.Low, row.High);
                var toPublished = BreakEven.Solve(x => At(row.Name, x), reference.Value, row.Low, row.High);
                rows.Add(new WhatItTakesRow(metric, scenario, row.Name, input.Unit, input.Nominal.Number, row.Swing, breakEven, toPublished, reference.Value));
            }
        }

        return rows;
    }

    private static double Safe(Func<double> measure)
    {
        try
        {
            return measure();
        }
        catch (StudyException)
        {
            return double.NaN;
        }
    }
}
