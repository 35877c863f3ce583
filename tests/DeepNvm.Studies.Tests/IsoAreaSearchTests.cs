namespace DeepNvm.Studies.Tests;

public class IsoAreaSearchTests
{
    [Theory]
    [InlineData(1.0, 1.0)]
    [InlineData(0.5, 2.0)]
    [InlineData(0.3, 3.3333)]
    [InlineData(2.0, 0.5)]
    public void Finds_the_largest_capacity_that_fits_on_a_linear_area_curve(double densityRatio, double expectedRatio)
    {
        const long start = 3L << 20;
        const long granularity = 2048;
        double Area(long c) => densityRatio * c;

        var found = IsoAreaSearch.Find(Area, start, start, granularity);

        (found % granularity).ShouldBe(0);
        Area(found).ShouldBeLessThanOrEqualTo(start);
        Area(found + granularity).ShouldBeGreaterThan(start);
        ((double)found / start).ShouldBe(expectedRatio, 0.001);
    }

    [Fact]
    public void A_curve_that_is_not_linear_gives_a_capacity_gain_unlike_the_area_ratio()
    {
        // area = fixed periphery + cells: halving the cell density does not double the capacity
        const long start = 4L << 20;
        double Baseline(long c) => 1e-7 + 1.0 * c;
        double Dense(long c) => 1e-7 + 0.4 * c + 0.1 * System.Math.Sqrt(c) * 1000;

        var found = IsoAreaSearch.Find(Dense, Baseline(start), start, 4096);
        var areaRatio = Baseline(start) / Dense(start);

        Dense(found).ShouldBeLessThanOrEqualTo(Baseline(start));
        System.Math.Abs((double)found / start - areaRatio).ShouldBeGreaterThan(0.05);
    }

    [Fact]
    public void Few_capacities_are_probed()
    {
        var probed = new HashSet<long>();
        double Area(long c)
        {
            probed.Add(c);
            return 1e-7 + 0.45 * c;
        }

        var found = IsoAreaSearch.Find(Area, 1e-7 + (2816L << 10), 2816L << 10, 2048);

        ((double)found / (2816L << 10)).ShouldBe(2.22, 0.01);
        probed.Count.ShouldBeLessThanOrEqualTo(12);
    }

    [Fact]
    public void Stops_at_the_search_limit_when_area_never_reaches_the_budget()
    {
        var found = IsoAreaSearch.Find(_ => 0, 1, 1L << 20, 1024);
        found.ShouldBe(1L << 30);
    }
}
