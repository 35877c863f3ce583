using DeepNvm.Language.Specs;
using DeepNvm.Model;
using DeepNvm.Studies.Uncertainty;
using Xunit;

namespace DeepNvm.Studies.Tests;

/// <summary>The Monte Carlo engine: its generator, its percentiles, and that a seed gives one answer.</summary>
public sealed class MonteCarloTests
{
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
        var input = new UncertainInput("SttMram", "read.sense_energy", new InputDistribution(InputDistributionKind.LogUniform, 10e-15, 150e-15, 0, 40e-15), 0);
        var drawn = MonteCarlo.Draw(new[] { input }, 3, 12);
        Assert.Equal(input.Distribution.Quantile(SampleStream.Uniform(3, 12, 0)), drawn[0]);
        Assert.InRange(drawn[0], 10e-15, 150e-15);
        Assert.Equal(new InputOverride("SttMram", "read.sense_energy", ValueSpec.Quantity(drawn[0])), input.At(drawn[0]));
    }
}
