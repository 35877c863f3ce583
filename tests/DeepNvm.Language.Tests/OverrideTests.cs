using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;

namespace DeepNvm.Language.Tests;

/// <summary>BindOptions.Overrides and the <c>--set NAME=VALUE</c> reader: an override acts as if written
/// where the property is declared, inheritors follow, and everything is checked as in the language.</summary>
public class OverrideTests
{
    private const string Cells = Nvm.Mtj + """
        cell Fast : M { write.pulse = 2 ns }
        cell Slow : M { }
        node N16 { feature_size = 16 nm }
        cache L2 { capacity = 2816 KB }
        cache Big : L2 { capacity = L2.capacity * 4 }

        """;

    private static ProgramSpec Bind(string text, params InputOverride[] overrides) =>
        NvmFrontEnd.Compile(new[] { new NvmSource("/project/main.nvm", text) },
            new BindOptions("/project") { Overrides = overrides.ToEquatableArray() });

    private static InputOverride Set(string text, string program = Cells)
    {
        var result = NvmFrontEnd.ParseOverride(text, Nvm.Compile(program));
        result.Error.ShouldBeNull();
        return result.Override!;
    }

    private static string Refused(string text)
    {
        var result = NvmFrontEnd.ParseOverride(text, Nvm.Compile(Cells));
        result.Override.ShouldBeNull();
        return result.Error!;
    }

    [Fact]
    public void An_override_replaces_the_value_for_the_declaration_and_its_inheritors()
    {
        var program = Bind(Cells, new InputOverride("M", "write.pulse", ValueSpec.Quantity(5e-9)));

        program.Diagnostics.ShouldBeEmpty();
        program.Find("M")!.Value("write.pulse")!.Number.ShouldBe(5e-9);
        program.Find("Slow")!.Value("write.pulse")!.Number.ShouldBe(5e-9);
    }

    [Fact]
    public void A_child_that_sets_the_property_itself_keeps_its_own_value()
    {
        var program = Bind(Cells, new InputOverride("M", "write.pulse", ValueSpec.Quantity(5e-9)));

        program.Find("Fast")!.Value("write.pulse")!.Number.ShouldBe(2e-9);
    }

    [Fact]
    public void Overriding_a_child_leaves_its_base_alone()
    {
        var program = Bind(Cells, new InputOverride("Slow", "write.pulse", ValueSpec.Quantity(5e-9)));

        program.Find("Slow")!.Value("write.pulse")!.Number.ShouldBe(5e-9);
        program.Find("M")!.Value("write.pulse")!.Number.ShouldBe(10e-9);
    }

    [Fact]
    public void A_defaulted_property_can_be_overridden_and_reads_as_written()
    {
        var program = Bind(Cells, new InputOverride("N16", "device", ValueSpec.Enum("lop")) { SourceText = "lop" });

        var device = program.Find("N16")!.Find("device")!;
        device.Value.Text.ShouldBe("lop");
        device.IsDefault.ShouldBeFalse();
        device.SourceText.ShouldBe("lop");
    }

    [Fact]
    public void Expressions_that_read_an_overridden_property_follow_it()
    {
        var program = Bind(Cells, new InputOverride("L2", "capacity", ValueSpec.Quantity(4 * 1024 * 1024)));

        program.Find("Big")!.Value("capacity")!.Number.ShouldBe(16 * 1024 * 1024);
    }

    [Fact]
    public void An_unknown_declaration_is_reported_at_the_command_line_with_a_suggestion()
    {
        var error = Bind(Cells, new InputOverride("Fastt", "write.pulse", ValueSpec.Quantity(5e-9))).Single("DNVM0205");

        error.FilePath.ShouldBe("--set");
        error.Message.ShouldBe("unknown name 'Fastt'; did you mean 'Fast'?");
    }

    [Fact]
    public void An_unknown_property_is_reported_with_a_suggestion()
    {
        var error = Bind(Cells, new InputOverride("M", "write.pulsee", ValueSpec.Quantity(5e-9))).Single("DNVM0208");

        error.FilePath.ShouldBe("--set");
        error.Message.ShouldBe("cell (mtj) 'M' has no property 'write.pulsee'; did you mean 'write.pulse'?");
    }

    [Fact]
    public void Plausible_ranges_apply_to_an_override_and_name_it_as_written()
    {
        var error = Bind(Cells, new InputOverride("M", "write.pulse", ValueSpec.Quantity(5)) { SourceText = "5 s" }).Single("DNVM0401");

        error.FilePath.ShouldBe("--set");
        error.Message.ShouldBe("'write.pulse' = 5 s is outside the plausible range 1 ps .. 1 us");
    }

    [Fact]
    public void Rules_between_properties_run_on_the_overridden_values()
    {
        var program = Bind(Cells, new InputOverride("M", "resistance_off", ValueSpec.Quantity(2000)));

        program.Single("DNVM0402").FilePath.ShouldBe("--set");
        program.Find("M")!.HasErrors.ShouldBeTrue();
        program.Find("Slow")!.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Set_reads_quantities_in_the_language_units()
    {
        var energy = Set("M.read.sense_energy=42 fJ");

        energy.ShouldSatisfyAllConditions(
            o => o.Declaration.ShouldBe("M"),
            o => o.Path.ShouldBe("read.sense_energy"),
            o => o.Name.ShouldBe("M.read.sense_energy"),
            o => o.Value.Number.ShouldBe(42e-15, 1e-27),
            o => o.SourceText.ShouldBe("42 fJ"));
        Set("L2.capacity = 4 MB").Value.Number.ShouldBe(4 * 1024 * 1024);
        Set("M.area=60 F^2").Value.ShouldBe(ValueSpec.Quantity(60, 2));
        Set("M.write.pulse=2 * 1.5 ns").Value.Number.ShouldBe(3e-9, 1e-21);
    }

    [Fact]
    public void Set_reads_words_and_declaration_names()
    {
        Set("N16.device=lop").Value.ShouldBe(ValueSpec.Enum("lop"));
        Set("L2.cell=Fast").Value.ShouldBe(ValueSpec.Reference("cell", "Fast"));
        Set("L2.node=N16").Value.ShouldBe(ValueSpec.Reference("node", "N16"));
        Set("L2.node=22 nm").Value.Number.ShouldBe(22e-9, 1e-20);
    }

    [Theory]
    [InlineData("M.write.pulse=10 uA", "'write.pulse' expects a time, got a current (10 uA)")]
    [InlineData("M.write.pulse=10", "'write.pulse' expects a time; write a unit, e.g. 5 ns")]
    [InlineData("M.write.pulse=10 nss", "unknown unit 'nss'; did you mean 'ns'?")]
    [InlineData("M.read.voltage=3 F", "'read.voltage' cannot use the feature size F; write an absolute unit, e.g. 0.25 V")]
    [InlineData("Mm.write.pulse=10 ns", "unknown declaration 'Mm'; did you mean 'M'?")]
    [InlineData("M.write.puls=10 ns", "cell (mtj) 'M' has no property 'write.puls'; did you mean 'write.pulse'?")]
    [InlineData("N16.device=lp", "'lp' is not a valid value of 'device'; expected one of: hp, lstp, lop")]
    [InlineData("L2.cell=N16", "'N16' is a node; 'cell' expects a cell")]
    [InlineData("L2.associativity=2.5", "'associativity' = 2.5 must be a whole number")]
    [InlineData("M.write.pulse", "'M.write.pulse' is not NAME=VALUE; write e.g. 'SttMram.read.sense_energy=42 fJ'")]
    [InlineData("pulse=10 ns", "'pulse' is not a property name; write Declaration.property, e.g. 'SttMram.read.sense_energy'")]
    [InlineData("M.write.pulse=", "'M.write.pulse' has no value; write e.g. 'M.write.pulse=5 ns'")]
    [InlineData("M.write.pulse=1 ns .. 2 ns", "'write.pulse' expects a time; an override takes a single value (write a range or a distribution in the .nvm file)")]
    [InlineData("M.write.pulse=(1 ns", "the value of 'M.write.pulse' is not a value: it ends too early")]
    public void Set_refuses_bad_text_with_the_language_message(string text, string message) =>
        Refused(text).ShouldBe(message);

    [Fact]
    public void A_parsed_override_binds_to_the_same_value_as_writing_it_in_the_file()
    {
        var program = Bind(Cells, Set("M.write.pulse=3 ns"));
        var written = Nvm.Compile(Cells.Replace("pulse = 10 ns", "pulse = 3 ns"));

        program.Find("Slow")!.Value("write.pulse").ShouldBe(written.Find("Slow")!.Value("write.pulse"));
        program.Find("M")!.Value("write.energy").ShouldBe(written.Find("M")!.Value("write.energy"));
    }
}
