namespace DeepNvm.Reports.Tests;

/// <summary>How reports print an input's value: SI prefixes where the unit has them, three significant digits.</summary>
public class NumbersTests
{
    [Theory]
    [InlineData(1.5e-13, "J", "150 fJ")]
    [InlineData(1.45e-9, "s", "1.45 ns")]
    [InlineData(7.34e-10, "s", "734 ps")]
    [InlineData(9.996e-13, "J", "1 pJ")]
    [InlineData(9.99e-13, "J", "999 fJ")]
    [InlineData(3e-5, "W", "30 µW")]
    [InlineData(6000, "ohm", "6 kohm")]
    [InlineData(72, "F^2", "72 F^2")]
    [InlineData(0.023, "", "0.023")]
    [InlineData(0, "s", "0 s")]
    public void A_quantity_takes_the_prefix_that_puts_it_between_1_and_1000(double value, string unit, string expected) =>
        Assert.Equal(expected, Numbers.Quantity(value, unit));

    [Fact]
    public void A_missing_quantity_is_a_dash() => Assert.Equal("—", Numbers.Quantity(double.NaN, "s"));
}
