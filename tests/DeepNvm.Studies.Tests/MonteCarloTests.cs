using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Studies.Tests;

/// <summary>The Monte Carlo engine: its generator, its percentiles, and that a seed gives one answer.</summary>
public sealed class MonteCarloTests
{
    /// <summary>The evaluator tests' project with ranges on the STT cell's write current and sense energy
    /// (SttFast inherits both: one draw sets both cells).</summary>
    private static string Uncertain(string writeCurrent = "= 60 uA .. 120 uA") => StudyUnderInputsTests.Project
        .Replace("write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }", "write { pulse = 10 ns; energy = 1 pJ }\n  write.current " + writeCurrent
            + "\n  read.sense_energy ~ loguniform(10 fJ, 150 fJ)");

    private static MonteCarloResult Run(string text, int samples, ulong seed, int threads)
    {
        var evaluator = StudyUnderInputsTests.Evaluator(text);
        var inputs = evaluator.Bind(Array.Empty<InputOverride>()).UncertainInputs();
        return MonteCarlo.Run(evaluator, "SmallStudy", inputs, new MonteCarloOptions(samples, seed) { MaxDegreeOfParallelism = threads });
    }

    [Fact]
    public void A_run_reports_every_technology_and_comparison_with_ordered_percentiles()
    {
        var mc = Run(Uncertain(), 12, 1, 2);
        Assert.Equal(new[] { "SttMram.read.sense_energy", "SttMram.write.current" }, mc.Inputs.Select(i => i.Name));
        Assert.Empty(mc.Failures);
        Assert.Equal(new[] { "SttMram", "SttFast" }, mc.Technologies.Select(t => t.Name));
        foreach (var t in mc.Technologies)
        {
            Assert.NotNull(t.IsoCapacity);
            Assert.Equal(2, t.Scalability.Count);
            foreach (var m in t.Scalability.Append(t.IsoCapacity!).SelectMany(c => c.Metrics))
            {
                Assert.True(m.P05 <= m.P50 && m.P50 <= m.P95, m.Metric);
                Assert.InRange(m.ProbabilityBetter, 0, 1);
            }

            // The ranges move the MRAM cell's write energy and sense energy: its EDP ratio spreads.
            Assert.True(t.IsoCapacity!.Find("edpReduction")!.P95 > t.IsoCapacity.Find("edpReduction")!.P05);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_on_one_thread_and_on_many()
    {
        var one = Run(Uncertain(), 10, 42, 1);
        var many = Run(Uncertain(), 10, 42, 4);
        Assert.Equal(Flatten(one), Flatten(many));
        Assert.NotEqual(Flatten(one), Flatten(Run(Uncertain(), 10, 43, 4)));
    }

    [Fact]
    public void Samples_without_a_valid_organization_are_counted_and_reported_not_dropped()
    {
        // Write currents up to 10 mA: no array can drive the larger ones.
        var mc = Run(Uncertain("~ loguniform(60 uA, 10 mA, nominal = 80 uA)"), 8, 5, 2);
        Assert.NotEmpty(mc.Failures);
        Assert.Equal(mc.Samples, mc.Succeeded + mc.Failures.Count);
        Assert.All(mc.Failures, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason)));
        Assert.All(mc.Failures, f => Assert.Equal(2, f.Values.Count));
    }

    private static double[] Flatten(MonteCarloResult mc) => mc.Technologies
        .SelectMany(t => new[] { t.IsoCapacity! }.Concat(t.Scalability))
        .SelectMany(c => c.Metrics.SelectMany(m => new[] { m.P05, m.P50, m.P95, m.ProbabilityBetter })).ToArray();

    [Fact]
    public void The_generator_is_a_pure_function_of_seed_sample_and_input_inside_the_open_unit_interval()
    {
        var seen = new HashSet<double>();
        for (var s = 0; s < 200; s++)
        {
            for (var i = 0; i < 5; i++)
            {
                var u = SampleStream.Uniform(7, s, i);
                Assert.InRange(u, double.Epsilon, 1 - 1e-17);
                Assert.Equal(u, SampleStream.Uniform(7, s, i));
                seen.Add(u);
            }
        }

        Assert.Equal(1000, seen.Count);
        Assert.NotEqual(SampleStream.Uniform(7, 3, 1), SampleStream.Uniform(8, 3, 1));
    }

    [Fact]
    public void The_generator_is_uniform_to_within_sampling_error()
    {
        // 10,000 draws in 10 bins: each bin holds 1,000 ± 3·30 (three standard deviations).
        var bins = new int[10];
        for (var s = 0; s < 10_000; s++)
        {
            bins[(int)(SampleStream.Uniform(1, s, 0) * 10)]++;
        }

        Assert.All(bins, n => Assert.InRange(n, 910, 1090));
    }

    [Fact]
    public void Percentiles_interpolate_between_order_statistics_as_R_type_7()
    {
        // 1..101: the p-quantile of type 7 is 1 + 100·p exactly.
        var values = Enumerable.Range(1, 101).Select(i => (double)i).Reverse().ToArray();
        var interval = MonteCarlo.Interval("edpReduction", 50, values);
        Assert.Equal(6, interval.P05, 12);
        Assert.Equal(51, interval.P50, 12);
        Assert.Equal(96, interval.P95, 12);
        Assert.Equal(100.0 / 101, interval.ProbabilityBetter, 12); // every value but 1 exceeds 1
    }

    [Fact]
    public void A_draw_is_the_quantile_of_the_uniform_number()
    {
        var distribution = new InputDistribution(InputDistributionKind.LogUniform, 10e-15, 150e-15, 0, 40e-15);
        var drawn = MonteCarlo.Draw(new[] { distribution }, 3, 12);
        Assert.Equal(distribution.Quantile(SampleStream.Uniform(3, 12, 0)), drawn[0]);
        Assert.InRange(drawn[0], 10e-15, 150e-15);
    }
}
