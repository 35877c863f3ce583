namespace DeepNvm.Model.Tests;

/// <summary>Inputs outside physical ranges give a diagnostic, never an exception, NaN or infinity.</summary>
public class BadInputTests
{
    private static CacheModelResult Run(CellParameters cell, CacheParameters? cache = null, double nm = 22) =>
        CacheModel.Characterize(cache ?? Cells.Cache(1), cell, Cells.Node(nm));

    [Fact]
    public void Negative_resistance_is_out_of_range()
    {
        var r = Run(Cells.Stt with { ResistanceOnOhms = -3000 });
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.OutOfRange);
    }

    [Fact]
    public void R_off_not_above_R_on_is_a_resistance_order_error()
    {
        var r = Run(Cells.Stt with { ResistanceOffOhms = 3000 });
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.ResistanceOrder);
    }

    [Fact]
    public void A_write_pulse_of_seconds_is_out_of_range()
    {
        var r = Run(Cells.Stt with { WritePulseSeconds = 2 });
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.OutOfRange && d.Message.Contains("pulse"));
    }

    [Fact]
    public void Associativity_must_be_a_power_of_two()
    {
        var r = Run(Cells.Sram, Cells.Cache(1) with { Associativity = 12 });
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.NotPowerOfTwo);
    }

    [Fact]
    public void Nan_inputs_are_rejected_not_propagated()
    {
        var r = Run(Cells.Stt with { WriteCurrentAmperes = double.NaN });
        r.Succeeded.ShouldBeFalse();
        r.Characteristics.ShouldBeNull();
    }

    [Fact]
    public void A_node_outside_the_table_warns_and_still_characterizes()
    {
        var r = Run(Cells.Sram, nm: 5);
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.NodeOutsideTable && d.Severity == ModelSeverity.Warning);
        r.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void An_impossible_constraint_names_the_constraint_that_removed_the_last_candidates()
    {
        var options = new CacheModelOptions { Constraints = new CacheConstraints { MaxReadLatencySeconds = 1e-12 } };
        var r = CacheModel.Characterize(Cells.Cache(1), Cells.Sram, Cells.Node(22), options);
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.NoValidOrganization);
        r.EliminatingConstraint!.ShouldContain("read latency");
    }

    public static TheoryData<string> ExtremeCells => new() { "tiny", "huge", "strong", "weak", "leaky-node", "cold" };

    [Theory]
    [MemberData(nameof(ExtremeCells))]
    public void Extreme_but_legal_inputs_give_finite_figures_or_a_diagnostic_never_an_exception(string which)
    {
        var (cell, nm) = which switch
        {
            "tiny" => (Cells.Stt with { Area = new FeatureScaled(4, 2), AccessWidth = new FeatureScaled(1, 1) }, 22.0),
            "huge" => (Cells.Sram with { Area = new FeatureScaled(5000, 2), AspectRatio = 20 }, 22.0),
            "strong" => (Cells.Stt with { WriteCurrentAmperes = 5e-3, WritePulseSeconds = 1e-3 }, 22.0),
            "weak" => (Cells.Stt with { ResistanceOnOhms = 1e6, ResistanceOffOhms = 1.01e6, ReadPowerWatts = null }, 22.0),
            "leaky-node" => (Cells.Sram, 200.0),
            _ => (Cells.Sot, 7.0),
        };

        var result = Should.NotThrow(() => CacheModel.Characterize(Cells.Cache(0.5), cell, Cells.Node(nm)));
        if (result.Succeeded)
        {
            var c = result.Characteristics!;
            foreach (var v in new[] { c.HitLatencySeconds, c.WriteLatencySeconds, c.HitEnergyJoules, c.WriteEnergyJoules, c.LeakageWatts, c.AreaSquareMeters })
            {
                double.IsFinite(v).ShouldBeTrue();
                v.ShouldBeGreaterThanOrEqualTo(0);
            }
        }
        else
        {
            result.Diagnostics.ShouldNotBeEmpty();
        }
    }
}

/// <summary>An exception inside the model is a bug, reported as one: DNVM0001 with the exception's type, never
/// "non-physical result" (DNVM0503) or "no valid organization" (DNVM0502), which would blame the inputs.</summary>
public class InternalFailureTests
{
    [Fact]
    public void An_exception_inside_the_model_is_DNVM0001_naming_its_type()
    {
        // no .nvm file or reader can produce a transistor flavour outside the enum: only a bug can get it this far
        var result = CacheModel.Characterize(Cells.Cache(1), Cells.Sram, Cells.Node(22) with { Device = (DeviceFlavor)42 });

        result.Succeeded.ShouldBeFalse();
        var error = result.Diagnostics.ShouldHaveSingleItem();
        error.Id.ShouldBe(ModelDiagnosticIds.InternalError);
        error.Message.ShouldStartWith("internal error in the cache model (System.");
        error.Message.ShouldContain(" at ");
    }
}
