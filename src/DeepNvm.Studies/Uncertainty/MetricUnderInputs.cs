using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using DeepNvm.Language.Bound;
using DeepNvm.Mapping;
using DeepNvm.Model;
using DeepNvm.Studies.Uncertainty;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>
/// Metrics of one study under input overrides, for the analyses that evaluate many input sets:
/// sensitivity, break-even and the placement of published figures. The program is rebound through
/// <see cref="StudyUnderInputs.Bind"/> and run on its shared characterization memo, but only the part
/// of the study the metrics read (<see cref="StudyMetric.Trim"/>): a break-even search on an
/// iso-capacity metric never pays for the iso-area search or the capacity sweep.
/// </summary>
public sealed class MetricUnderInputs
{
    private readonly StudyUnderInputs _evaluator;
    private readonly string _study;
    private readonly Func<StudyParameters, EvaluationSettings>? _settings;
    private readonly string? _baseDirectory;

    /// <param name="baseDirectory">Folder workload profile paths resolve against (the evaluator's).</param>
    public MetricUnderInputs(StudyUnderInputs evaluator, string study, string? baseDirectory, Func<StudyParameters, EvaluationSettings>? settings = null)
    {
        _evaluator = evaluator ?? throw new ArgumentNullException(nameof(evaluator));
        _study = study;
        _baseDirectory = baseDirectory;
        _settings = settings;
    }

    /// <summary>The metrics with <paramref name="overrides"/> applied.</summary>
    /// <exception cref="StudyException">The overrides make the program invalid, or the model cannot evaluate it.</exception>
    public double[] Measure(IReadOnlyList<StudyMetric> metrics, IReadOnlyList<InputOverride> overrides)
    {
        var program = _evaluator.Bind(overrides);
        var errors = program.Diagnostics.Where(d => d.IsError).ToArray();
        if (errors.Length > 0)
        {
            throw new StudyException(string.Join("; ", errors.Select(e => e.ToString())));
        }

        var declaration = program.Declarations.FirstOrDefault(d => d.Keyword == "study" && d.Name == _study)
            ?? throw new StudyException("no study '" + _study + "' is declared");
        var full = (StudyParameters)new SpecConverter(program, _baseDirectory).Convert(declaration);
        var study = Trim(full, metrics);
        StudyResult result;
        try
        {
            result = StudyRunner.Run(study, _settings?.Invoke(full), null, _evaluator.Memo, _evaluator.Traffic);
        }
        catch (WorkloadException e)
        {
            throw new StudyException(e.Message, e);
        }

        return metrics.Select(m => m.Measure(result) ?? double.NaN).ToArray();
    }

    /// <summary>One metric with <paramref name="overrides"/> applied.</summary>
    public double Measure(StudyMetric metric, params InputOverride[] overrides) => Measure(new[] { metric }, overrides)[0];

    /// <summary>
    /// The metrics over a Monte Carlo run: sample <c>s</c> draws the inputs exactly as <see cref="MonteCarlo"/>
    /// does (<see cref="MonteCarlo.Draw"/>), so the same seed samples the same points. Returns, per metric, the
    /// values of the samples that succeeded (in sample order), and per input the values it drew for them
    /// (for rank correlations).
    /// </summary>
    /// <param name="fixedOverrides">Overrides every sample keeps (a scenario's), applied before the drawn values.</param>
    public MetricSamples Sample(IReadOnlyList<StudyMetric> metrics, IReadOnlyList<UncertainInput> inputs, int samples, ulong seed,
        IReadOnlyList<InputOverride>? fixedOverrides = null)
    {
        var values = new double[samples][];
        var distributions = inputs.Select(i => i.ToDistribution()).ToArray();
        Parallel.For(0, samples, s =>
        {
            var drawn = MonteCarlo.Draw(distributions, seed, s);
            try
            {
                var measured = Measure(metrics, (fixedOverrides ?? Array.Empty<InputOverride>()).Concat(inputs.Select((input, i) => input.Override(drawn[i]))).ToArray());
                values[s] = measured.Any(v => double.IsNaN(v) || double.IsInfinity(v)) ? null! : measured;
            }
            catch (StudyException)
            {
                values[s] = null!;
            }
        });

        var ok = Enumerable.Range(0, samples).Where(s => values[s] is not null).ToArray();
        var byMetric = metrics.Select((m, k) => ok.Select(s => values[s][k]).ToArray()).ToArray();
        var byInput = inputs.ToDictionary(i => i.Name, i => Array.Empty<double>());
        for (var i = 0; i < inputs.Count; i++)
        {
            byInput[inputs[i].Name] = ok.Select(s => MonteCarlo.Draw(distributions, seed, s)[i]).ToArray();
        }

        return new MetricSamples(samples, seed, byMetric, byInput);
    }

    private static StudyParameters Trim(StudyParameters study, IReadOnlyList<StudyMetric> metrics)
    {
        var technologies = new HashSet<string>(metrics.Select(m => m.Technology), StringComparer.Ordinal);
        var isoArea = metrics.Any(m => m.Metric.StartsWith("iso_area.", StringComparison.Ordinal));
        var isoCapacity = metrics.Any(m => !m.Metric.StartsWith("iso_area.", StringComparison.Ordinal));
        return metrics.Count == 1 ? metrics[0].Trim(study) : study with
        {
            Cells = study.Cells.Where(c => technologies.Contains(c.Name)).ToArray(),
            IsoCapacity = isoCapacity && study.IsoCapacity,
            IsoArea = isoArea && study.IsoArea,
            ScalabilityCapacities = Array.Empty<long>(),
            Expectations = Array.Empty<ExpectationParameters>(),
        };
    }
}

/// <summary>Metric values over the samples that succeeded (<see cref="Values"/>[metric][sample]) and each input's
/// drawn values for the same samples, by input name.</summary>
public sealed record MetricSamples(int Samples, ulong Seed, IReadOnlyList<double[]> Values, IReadOnlyDictionary<string, double[]> Inputs)
{
    public int Succeeded => Values.Count == 0 ? 0 : Values[0].Length;
}
