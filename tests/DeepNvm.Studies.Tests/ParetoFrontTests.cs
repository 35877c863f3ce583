using DeepNvm.Studies.Exploration;

namespace DeepNvm.Studies.Tests;

/// <summary>The Pareto front is exactly the non-dominated set: checked against the definition (every pair
/// compared) on random points with many ties and repeats, for 1 to 4 objectives.</summary>
public class ParetoFrontTests
{
    private static int[] BruteForce(IReadOnlyList<double[]> points) =>
        Enumerable.Range(0, points.Count).Where(p => !points.Any(q => ParetoFront.Dominates(q, points[p]))).ToArray();

    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 400)]
    [InlineData(3, 400)]
    [InlineData(4, 200)]
    public void The_front_is_the_set_no_point_dominates(int objectives, int count)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var random = new Random(seed);
            // Coarse values, so many points tie on some objectives and some repeat entirely.
            var points = Enumerable.Range(0, count).Select(_ => Enumerable.Range(0, objectives).Select(_ => (double)random.Next(12)).ToArray()).ToArray();

            ParetoFront.NonDominated(points).ShouldBe(BruteForce(points), $"seed {seed}");
        }
    }

    [Fact]
    public void Equal_points_do_not_dominate_each_other_and_stay_on_the_front_together()
    {
        var points = new[] { new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 }, new[] { 2.0, 1.0 }, new[] { 2.0, 2.0 } };

        ParetoFront.NonDominated(points).ShouldBe(new[] { 0, 1, 2 });
    }

    [Fact]
    public void A_point_without_finite_objectives_is_refused()
    {
        Should.Throw<ArgumentException>(() => ParetoFront.NonDominated(new[] { new[] { 1.0, double.NaN } }));
    }
}
