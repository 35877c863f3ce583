using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Tests;

/// <summary>The node tables: published rows are used as they are, nodes between rows are interpolated, nodes
/// outside the table are extrapolated and flagged.</summary>
public class TechnologyTests
{
    [Fact]
    public void The_22_nm_hp_row_is_nvsims_mastar_row()
    {
        var tech = Tech.Create(22, DeviceFlavor.Hp, 300);
        tech.Vdd.ShouldBe(0.9, 1e-12);
        tech.IonN.ShouldBe(2029.9, 1e-9);
        tech.IoffN.ShouldBe(1.52e-7 * 3.93e6, 1e-9);
        tech.OutsideTable.ShouldBeFalse();
    }

    [Fact]
    public void A_node_between_rows_is_interpolated()
    {
        var at22 = Tech.Create(22, DeviceFlavor.Hp, 350);
        var at27 = Tech.Create(27, DeviceFlavor.Hp, 350);
        var at32 = Tech.Create(32, DeviceFlavor.Hp, 350);
        at27.Vdd.ShouldBe((at22.Vdd + at32.Vdd) / 2, 1e-12);
        at27.IoffN.ShouldBe(Math.Sqrt(at22.IoffN * at32.IoffN), at27.IoffN * 1e-9); // log-linear
        at27.OutsideTable.ShouldBeFalse();
    }

    [Theory]
    [InlineData(16, 0.80)]
    [InlineData(14, 0.80)]
    [InlineData(10, 0.75)]
    [InlineData(7, 0.70)]
    public void FinFet_nodes_take_the_itrs_and_asap7_supplies(double nm, double vdd)
    {
        var tech = Tech.Create(nm, DeviceFlavor.Hp, 350);
        tech.Vdd.ShouldBe(vdd, 1e-12);
        tech.IoffN.ShouldBeLessThan(Tech.Create(22, DeviceFlavor.Hp, 350).IoffN);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(250)]
    public void Nodes_outside_the_table_are_flagged(double nm)
    {
        Tech.Create(nm, DeviceFlavor.Hp, 350).OutsideTable.ShouldBeTrue();
    }

    [Fact]
    public void Leakage_grows_with_temperature()
    {
        Tech.Create(22, DeviceFlavor.Hp, 400).IoffN.ShouldBeGreaterThan(Tech.Create(22, DeviceFlavor.Hp, 300).IoffN);
    }

    [Fact]
    public void Wires_are_more_resistive_at_smaller_nodes()
    {
        Wire.Create(WireKind.LocalAggressive, 7, 350).ResPerMeter.ShouldBeGreaterThan(Wire.Create(WireKind.LocalAggressive, 22, 350).ResPerMeter);
        Wire.Create(WireKind.GlobalAggressive, 22, 350).ResPerMeter.ShouldBeLessThan(Wire.Create(WireKind.LocalAggressive, 22, 350).ResPerMeter);
    }
}
