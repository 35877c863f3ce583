using DeepNvm.Language.Units;

namespace DeepNvm.Language.Tests;

public class UnitTests
{
    [Theory]
    [InlineData("ns", 1e-9)]
    [InlineData("MHz", 1e6)]
    [InlineData("kOhm", 1e3)]
    [InlineData("uA", 1e-6)]
    [InlineData("µA", 1e-6)]
    [InlineData("fF", 1e-15)]
    [InlineData("KB", 1024)]
    [InlineData("MB", 1024 * 1024)]
    [InlineData("MiB", 1024 * 1024)]
    [InlineData("bit", 0.125)]
    [InlineData("%", 0.01)]
    public void Units_are_normalised_to_SI(string unit, double factor)
    {
        var value = UnitExpression.Parse(unit).Value.ShouldNotBeNull();
        value.Factor.ShouldBe(factor, factor * 1e-12);
    }

    [Fact]
    public void Capacities_are_binary_but_bandwidths_are_decimal_as_vendors_quote_them()
    {
        UnitExpression.Parse("GB").Value!.Value.Factor.ShouldBe(1024d * 1024 * 1024);
        var bandwidth = UnitExpression.Parse("GB/s").Value!.Value;
        bandwidth.Factor.ShouldBe(1e9);
        bandwidth.Dimension.ShouldBe(Dimension.BandwidthDim);
        UnitExpression.Parse("GiB/s").Value!.Value.Factor.ShouldBe(1024d * 1024 * 1024);
    }

    [Fact]
    public void F_is_the_feature_size_and_its_powers_are_kept_pending()
    {
        var area = UnitExpression.Parse("F^2").Value!.Value;
        area.Dimension.ShouldBe(Dimension.AreaDim);
        area.FeaturePower.ShouldBe(2);
        UnitExpression.Parse("fF").Value!.Value.Dimension.ShouldBe(Dimension.CapacitanceDim);
    }

    [Fact]
    public void Compound_units_combine_dimensions_left_to_right()
    {
        UnitExpression.Parse("pJ/bit").Value!.Value.Dimension.ShouldBe(Dimension.EnergyPerInformationDim);
        UnitExpression.Parse("pJ/bit").Value!.Value.Factor.ShouldBe(8e-12, 1e-24);
        UnitExpression.Parse("um^2").Value!.Value.Factor.ShouldBe(1e-12, 1e-24);
        UnitExpression.Parse("W/m^2*s").Value!.Value.Dimension.ShouldBe(Dimension.EnergyDim / Dimension.AreaDim);
    }

    [Fact]
    public void An_unknown_unit_is_an_error_with_a_suggestion()
    {
        var result = UnitExpression.Parse("nz");
        result.Value.ShouldBeNull();
        result.IsUnknownUnit.ShouldBeTrue();
        result.Error.ShouldNotBeNull().ShouldContain("did you mean");
    }

    [Fact]
    public void Lower_case_kB_is_read_as_binary_with_a_warning()
    {
        var result = UnitExpression.Parse("kB");
        result.Value!.Value.Factor.ShouldBe(1024);
        result.Warning.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("s^0")]
    [InlineData("s^x")]
    [InlineData("ns/")]
    public void Malformed_unit_expressions_are_errors(string unit) =>
        UnitExpression.Parse(unit).Error.ShouldNotBeNull();
}
