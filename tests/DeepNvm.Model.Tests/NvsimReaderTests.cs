using DeepNvm.Model.Technology;
using DeepNvm.Model.Nvsim;

namespace DeepNvm.Model.Tests;

/// <summary>The NVSim reader: NVSim's vocabulary, SI units, and — unlike NVSim — errors with file and line for
/// anything it does not understand.</summary>
public class NvsimReaderTests
{
    private static NvsimReadResult<NvsimConfiguration> Parse(string text)
    {
        var diagnostics = new List<NvsimDiagnostic>();
        return NvsimReader.ParseConfiguration(Path.Combine(NvsimReference.Folder, "test.cfg"), text, diagnostics);
    }

    private const string Good = "-DesignTarget: cache\n-ProcessNode: 22\n-Capacity (MB): 4\n-WordWidth (bit): 1024\n" +
        "-Associativity (for cache only): 16\n-MemoryCellInputFile: stt_1t1mtj.cell\n";

    [Fact]
    public void A_reference_configuration_becomes_the_models_inputs()
    {
        var c = NvsimReference.Configuration("stt_4M_128B.cfg");
        c.Cache.CapacityBytes.ShouldBe(4L << 20);
        c.Cache.LineBytes.ShouldBe(128);
        c.Cache.Associativity.ShouldBe(16);
        c.Cache.Optimize.ShouldBe(OptimizationTarget.ReadEdp);
        c.Node.FeatureSizeMeters.ShouldBe(22e-9, 1e-15);
        c.Node.TemperatureKelvin.ShouldBe(350);
        c.Cell.Kind.ShouldBe(CellKind.Mtj);
        c.Cell.ResistanceOnOhms.ShouldBe(3000);
        c.Cell.WriteCurrentAmperes.ShouldBe(80e-6, 1e-12);
        c.Cell.WritePulseSeconds.ShouldBe(10e-9, 1e-15);
        c.Cell.WriteEnergyJoules!.Value.ShouldBe(1e-12, 1e-18);
        c.Cell.MinSenseVoltageVolts.ShouldBe(0.025, 1e-12);
    }

    [Fact]
    public void An_unknown_key_and_a_wrong_unit_are_errors_on_their_lines()
    {
        var r = Parse(Good + "-Capacity (GB): 1\n-Assoc: 16\n-Temperature (C): 77\n");
        r.Succeeded.ShouldBeFalse();
        r.Diagnostics.ShouldContain(d => d.Line == 7 && d.Id == ModelDiagnosticIds.UnknownUnit);
        r.Diagnostics.ShouldContain(d => d.Line == 8 && d.Id == ModelDiagnosticIds.UnknownProperty);
        r.Diagnostics.ShouldContain(d => d.Line == 9 && d.Id == ModelDiagnosticIds.UnknownUnit);
    }

    [Fact]
    public void Free_text_is_a_syntax_error_not_a_comment()
    {
        var r = Parse("// a comment\n# another\nthis is not a key\n" + Good);
        r.Diagnostics.ShouldContain(d => d.Line == 3 && d.Id == ModelDiagnosticIds.SyntaxError);
    }

    [Fact]
    public void An_unknown_optimization_target_is_an_error_not_a_silent_exploration()
    {
        var r = Parse(Good + "-OptimizationTarget: EDP\n");
        r.Diagnostics.ShouldContain(d => d.Line == 7 && d.Id == ModelDiagnosticIds.OutOfRange && d.Message.Contains("ReadEDP"));
    }

    [Fact]
    public void Options_out_of_the_models_scope_are_said_to_be_so_on_their_lines()
    {
        var r = Parse(Good + "-Routing: non-H-tree\n-InternalSensing: false\n");
        r.Diagnostics.ShouldContain(d => d.Line == 7 && d.Id == ModelDiagnosticIds.NvsimOptionNotModelled && d.Message.Contains("non-H-tree"));
        r.Diagnostics.ShouldContain(d => d.Line == 8 && d.Id == ModelDiagnosticIds.NvsimOptionNotModelled && d.Message.Contains("external sensing"));
    }

    [Fact]
    public void A_low_swing_global_wire_with_repeaters_is_refused_as_nvsim_refuses_it()
    {
        var r = Parse(Good + "-GlobalWireRepeaterType: RepeatedOpt\n-GlobalWireUseLowSwing: Yes\n");
        r.Diagnostics.ShouldContain(d => d.Line == 7 && d.Id == ModelDiagnosticIds.NvsimOptionsContradict);
    }

    [Fact]
    public void Buffer_designs_repeaters_low_swing_wires_and_the_cacti_assumption_are_read()
    {
        var r = Parse(Good + "-BufferDesignOptimization: balanced\n-LocalWireType: LocalConservative\n-LocalWireRepeaterType: RepeatedOpt\n"
            + "-LocalWireUseLowSwing: Yes\n-GlobalWireType: GlobalConservative\n-GlobalWireRepeaterType: Repeated20%Penalty\n"
            + "-GlobalWireUseLowSwing: No\n-UseCactiAssumption: Yes\n");
        r.Diagnostics.ShouldBeEmpty();
        var o = r.Value!.Options;
        o.DataBufferDesign.ShouldBe(BufferDesign.Balanced);
        o.LocalWire.ShouldBe(WireKind.LocalConservative);
        o.GlobalWire.ShouldBe(WireKind.GlobalConservative);
        o.GlobalRepeaters.ShouldBe(WireRepeaters.Delay20Percent);
        o.GlobalLowSwing.ShouldBeFalse();
        o.DataWireExploration.ShouldBeNull(); // every wire key pinned: nothing left to refine
        o.Force!.AllMatsOfARowActive.ShouldBeTrue();
        o.Force.ActiveRowMats.ShouldBe(1);
        (o.Force.RowSubarrays, o.Force.ColumnSubarrays, o.Force.ActiveRowSubarrays, o.Force.ActiveColumnSubarrays).ShouldBe((2, 2, 2, 2));
    }

    [Fact]
    public void Absent_keys_take_nvsims_defaults_read_latency_and_an_explored_buffer_and_wire_design()
    {
        var r = Parse(Good);
        r.Diagnostics.ShouldBeEmpty();
        var c = r.Value!;
        c.Cache.Optimize.ShouldBe(OptimizationTarget.ReadLatency);
        c.Options.DataBufferDesign.ShouldBeNull();
        var x = c.Options.DataWireExploration!;
        x.LocalKinds.ShouldBe(new[] { WireKind.LocalAggressive, WireKind.LocalConservative });
        x.GlobalKinds.ShouldBe(new[] { WireKind.GlobalAggressive, WireKind.GlobalConservative });
        x.GlobalRepeaters.Count.ShouldBe(8);
        x.GlobalLowSwing.ShouldBe(new[] { false, true });
        c.Options.GlobalWire.ShouldBe(WireKind.GlobalAggressive); // the search starts from NVSim's basic wire
        c.Options.GlobalRepeaters.ShouldBe(WireRepeaters.None);
    }

    [Fact]
    public void Missing_keys_and_a_missing_cell_file_are_reported()
    {
        Parse("-ProcessNode: 22\n").Diagnostics.Count(d => d.Id == ModelDiagnosticIds.MissingProperty).ShouldBe(3);
        Parse(Good.Replace("stt_1t1mtj.cell", "nope.cell")).Diagnostics.ShouldContain(d => d.Id == ModelDiagnosticIds.FileNotFound && d.Line == 6);
    }

    [Fact]
    public void Set_and_reset_become_one_write_with_the_worse_of_each()
    {
        var diagnostics = new List<NvsimDiagnostic>();
        var cell = NvsimReader.ParseCell("a.cell", "-MemCellType: MRAM\n-CellArea (F^2): 40\n-ResistanceOn (ohm): 2000\n-ResistanceOff (ohm): 5000\n" +
            "-ResetCurrent (uA): 90\n-SetCurrent (uA): 60\n-ResetPulse (ns): 8\n-SetPulse (ns): 12\n-ResetEnergy (pJ): 0.8\n-SetEnergy (pJ): 0.6\n", diagnostics);
        diagnostics.ShouldBeEmpty();
        cell.WriteCurrentAmperes.ShouldBe(90e-6, 1e-12);
        cell.WritePulseSeconds.ShouldBe(12e-9, 1e-15);
        cell.WriteEnergyJoules!.Value.ShouldBe(0.8e-12, 1e-18);
    }

    [Fact]
    public void Force_keys_pin_the_data_organization()
    {
        var r = Parse(Good + "-ForceBank (Total AxB, Active CxD): 8x4, 2x4\n-ForceMat (Total AxB, Active CxD): 2x2, 1x2\n-ForceMuxSenseAmp: 2\n");
        r.Diagnostics.ShouldBeEmpty();
        var force = r.Value!.Options.Force!;
        (force.RowMats, force.ColumnMats, force.ActiveRowMats, force.ActiveColumnMats).ShouldBe((8, 4, 2, 4));
        (force.RowSubarrays, force.ColumnSubarrays, force.ActiveRowSubarrays, force.ActiveColumnSubarrays).ShouldBe((2, 2, 1, 2));
        force.MuxSenseAmp.ShouldBe(2);
        force.MuxLev1.ShouldBeNull();
    }

    [Fact]
    public void A_malformed_force_is_an_error_on_its_line()
    {
        var r = Parse(Good + "-ForceBank (Total AxB, Active CxD): 8x3, 1x1\n");
        r.Diagnostics.ShouldContain(d => d.Line == 7 && d.Message.Contains("power of two"));
    }
}
