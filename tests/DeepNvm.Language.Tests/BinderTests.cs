using DeepNvm.Language.Bound;

namespace DeepNvm.Language.Tests;

public class BinderTests
{
    [Fact]
    public void Values_are_normalised_to_SI_and_defaults_filled_in()
    {
        var program = Nvm.Compile(Nvm.Mtj);
        program.Diagnostics.ShouldBeEmpty();
        var cell = program.Find("M").ShouldNotBeNull();

        cell.CellKind.ShouldBe("mtj");
        cell.Value("write.pulse")!.Number.ShouldBe(10e-9, 1e-21);
        cell.Value("area")!.FeaturePower.ShouldBe(2);
        cell.Find("read.mode")!.ShouldSatisfyAllConditions(
            p => p.Value.Text.ShouldBe("current"),
            p => p.IsDefault.ShouldBeTrue());
    }

    [Fact]
    public void A_derived_cell_inherits_and_overrides_and_late_binds_expressions()
    {
        var program = Nvm.Compile("""
            cell Base : sot {
              area = 72 F^2; access_width = 4 F
              resistance_on = 3 kOhm; resistance_off = 6 kOhm; read.voltage = 0.25 V
              write { current = 100 uA; pulse = 1 ns; energy = write.current * 0.5 V * write.pulse }
            }
            cell Fast : Base { write.pulse = 0.3 ns }
            """);

        program.Diagnostics.ShouldBeEmpty();
        var fast = program.Find("Fast")!;
        fast.CellKind.ShouldBe("sot");
        fast.Value("write.pulse")!.Number.ShouldBe(0.3e-9, 1e-21);
        fast.Value("write.energy")!.Number.ShouldBe(100e-6 * 0.5 * 0.3e-9, 1e-24);
        fast.Value("write.access_width")!.ShouldBe(ValueSpec.Quantity(4, 1));
        program.Find("Base")!.Value("write.energy")!.Number.ShouldBe(100e-6 * 0.5 * 1e-9, 1e-24);
    }

    [Fact]
    public void References_reach_properties_of_other_declarations()
    {
        var program = Nvm.Compile("""
            cache L2 { capacity = 2816 KB }
            cache Big : L2 { capacity = L2.capacity * 4 }
            """);
        program.Diagnostics.ShouldBeEmpty();
        program.Find("Big")!.Value("capacity")!.Number.ShouldBe(4 * 2816 * 1024);
    }

    [Fact]
    public void Ranges_expand_to_the_listed_capacities()
    {
        var program = Nvm.Compile(Nvm.Sram + """
            gpu G { node = 16 nm; sms = 28; clock = 1582 MHz; l2 = 2816 KB; dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit } }
            workload W { model = resnet50 }
            study St { platform = G; baseline = S; cells = [S]; workloads = [W]; scalability { capacities = 1 MB .. 128 MB by x2 } iso_capacity { } }
            """);
        program.Diagnostics.ShouldBeEmpty();
        var study = program.Find("St")!;
        study.Value("scalability.capacities")!.Items.Select(i => i.Number / (1024 * 1024)).ShouldBe(new double[] { 1, 2, 4, 8, 16, 32, 64, 128 });
        study.HasFlag("iso_capacity").ShouldBeTrue();
        study.HasFlag("iso_area").ShouldBeFalse();
        program.Find("G")!.Value("dram.bandwidth")!.Number.ShouldBe(484e9);
    }

    [Fact]
    public void A_wrong_dimension_names_what_was_expected_and_what_was_given()
    {
        var error = Nvm.Compile(Nvm.Mtj.Replace("pulse = 10 ns", "pulse = 10 uA")).Single("DNVM0302");
        error.Message.ShouldBe("'write.pulse' expects a time, got a current (10 uA)");
        (error.Span.Line, error.Span.Column).ShouldBe((7, 36));
    }

    [Fact]
    public void A_missing_unit_is_an_error_not_a_guess() =>
        Nvm.Compile("cache C { capacity = 4 }").Single("DNVM0303").Message.ShouldContain("write a unit, e.g. 2816 KB");

    [Fact]
    public void F_is_never_a_farad_nor_allowed_outside_cell_geometry() =>
        Nvm.Compile("node N { feature_size = 16 F }").Single("DNVM0306").Message.ShouldContain("only cell geometry");

    [Fact]
    public void Unknown_properties_get_a_suggestion() =>
        Nvm.Compile("cache C { capacty = 4 MB }").Single("DNVM0208").Message.ShouldBe("cache has no property 'capacty'; did you mean 'capacity'?");

    [Fact]
    public void Missing_required_properties_are_reported_at_the_declaration_name()
    {
        var error = Nvm.Compile("cell X : mtj { area = 54 F^2 }").Diagnostics.Where(d => d.Id == "DNVM0209").ToArray();
        error.Select(e => e.Message).ShouldContain("cell (mtj) 'X' needs 'write.pulse' (a time)");
        error.ShouldAllBe(e => e.Span.Column == 6);
    }

    [Fact]
    public void A_property_set_twice_is_an_error() =>
        Nvm.Compile("cache C { capacity = 4 MB; capacity = 8 MB }").Single("DNVM0210");

    [Fact]
    public void Unknown_enum_words_list_the_valid_ones() =>
        Nvm.Compile("cache C { capacity = 4 MB; optimize = speed }").Single("DNVM0211").Message
            .ShouldBe("'speed' is not a valid value of 'optimize'; expected one of: read_latency, write_latency, read_energy, write_energy, read_edp, write_edp, leakage, area");

    [Fact]
    public void Names_are_checked_for_existence_and_kind()
    {
        var program = Nvm.Compile(Nvm.Sram + """
            cache C { capacity = 4 MB }
            gpu G { node = 16 nm; sms = 28; clock = 1 GHz; l2 = C; dram { kind = hbm2; bandwidth = 900 GB/s; energy = 3.9 pJ/bit } }
            workload W { model = alexnet }
            study St { platform = G; baseline = C; cells = [Sx]; workloads = [W] }
            """);
        program.Single("DNVM0206").Message.ShouldBe("'C' is a cache; 'baseline' expects a cell");
        program.Single("DNVM0205").Message.ShouldBe("unknown name 'Sx'; did you mean 'S'?");
        program.Find("St")!.HasErrors.ShouldBeTrue();
        program.Find("G")!.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void Duplicate_declarations_point_to_the_first_one() =>
        Nvm.Compile(("/project/a.nvm", Nvm.Sram), ("/project/b.nvm", Nvm.Sram)).Single("DNVM0201").Message.ShouldBe("'S' is already declared at a.nvm(1,6)");

    [Fact]
    public void Names_from_files_that_are_not_imported_are_not_visible()
    {
        var program = Nvm.Compile(
            ("/project/cells.nvm", Nvm.Sram),
            ("/project/caches.nvm", "cache C { capacity = 1 MB; cell = S }"));
        program.Single("DNVM0205").Message.ShouldBe("unknown name 'S'; it is declared in cells.nvm: add 'import \"cells.nvm\"'");

        Nvm.Compile(
            ("/project/cells.nvm", Nvm.Sram),
            ("/project/caches.nvm", "import \"cells.nvm\"\ncache C { capacity = 1 MB; cell = S }")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Imports_are_resolved_relative_to_the_importing_file_and_transitively()
    {
        var program = Nvm.Compile(
            ("/project/lib/cells.nvm", Nvm.Sram),
            ("/project/lib/all.nvm", "import \"cells.nvm\""),
            ("/project/studies/c.nvm", "import \"../lib/all.nvm\"\ncache C { capacity = 1 MB; cell = S }"));
        program.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Import_problems_each_get_a_clear_error()
    {
        var program = Nvm.Compile(
            ("/project/a.nvm", "import \"b.nvm\"\nimport \"missing.nvm\"\nimport \"../outside.nvm\""),
            ("/project/b.nvm", "import \"a.nvm\""));
        program.Diagnostics.Select(d => d.Id).OrderBy(i => i).ShouldBe(new[] { "DNVM0202", "DNVM0203", "DNVM0204" });
        program.Single("DNVM0204").Message.ShouldBe("import cycle: a.nvm -> b.nvm -> a.nvm");
    }

    [Fact]
    public void Standard_library_files_are_imported_by_scheme_and_only_take_part_when_imported()
    {
        var options = new Binding.BindOptions("/project", "/opt/deepnvm/stdlib");
        var files = new[]
        {
            new NvmSource("/opt/deepnvm/stdlib/cells.nvm", Nvm.Sram),
            new NvmSource("/opt/deepnvm/stdlib/caches.nvm", "cache Unused { capacity = 1 MB }"),
            new NvmSource("/project/study.nvm", "import \"deepnvm:cells.nvm\"\ncache C { capacity = 1 MB; cell = S }\ncache Unused { capacity = 2 MB }"),
        };

        var program = NvmFrontEnd.Compile(files, options);

        program.Diagnostics.ShouldBeEmpty();
        program.Declarations.Select(d => d.Name).ShouldBe(new[] { "S", "C", "Unused" }, ignoreOrder: true);
        program.Find("Unused")!.Value("capacity")!.Number.ShouldBe(2 * 1024 * 1024);
    }

    [Fact]
    public void A_library_import_without_a_library_is_reported() =>
        Nvm.Compile("import \"deepnvm:gpus.nvm\"").Single("DNVM0202").Message.ShouldContain("standard library is not available");

    [Fact]
    public void Inheritance_cycles_and_bad_bases_are_errors()
    {
        Nvm.Compile("cache A : B { capacity = 1 MB }\ncache B : A { }").Diagnostics.Select(d => d.Id).ShouldContain("DNVM0207");
        Nvm.Compile("cell X { area = 1 F^2 }").Single("DNVM0212").Message.ShouldContain("needs a kind");
        Nvm.Compile("cell X : flash { area = 1 F^2 }").Single("DNVM0212").Message.ShouldContain("sram, mtj, sot, resistive");
    }

    [Fact]
    public void A_value_that_depends_on_itself_is_an_error() =>
        Nvm.Compile("cache C { capacity = line * 1024; line = capacity / 1024 }").Diagnostics.Select(d => d.Id).ShouldContain("DNVM0215");

    [Fact]
    public void A_current_sensed_cell_needs_its_read_voltage() =>
        Nvm.Compile(Nvm.Mtj.Replace("read { voltage = 0.25 V }", "")).Single("DNVM0209").Message
            .ShouldBe("cell (mtj) 'M' needs 'read.voltage' (current sensing biases the cell with a read voltage)");

    [Fact]
    public void Assigning_a_value_to_a_switch_block_says_how_to_turn_it_on() =>
        Nvm.Compile(Nvm.Mtj + "cache C { capacity = 1 MB }\nworkload W { model = alexnet }\nstudy S { platform = C; baseline = M; cells = [M]; workloads = [W]; iso_capacity = 1 }")
            .Diagnostics.ShouldContain(d => d.Message == "'iso_capacity' is a block; write 'iso_capacity { }' to turn it on");

    [Fact]
    public void Sense_amplifier_figures_on_a_voltage_sensed_cell_are_an_error_at_the_figure() =>
        Nvm.Compile(Nvm.Mtj.Replace("read { voltage = 0.25 V }", "read { mode = voltage; voltage = 0.25 V; sense_energy = 20 fJ }"))
            .Single("DNVM0213").Message
            .ShouldBe("'read.sense_energy' describes the current-sensing amplifier, but cell 'M' reads with 'read.mode = voltage'");

    [Fact]
    public void A_current_sensed_cell_may_bring_its_own_sense_amplifier_figures() =>
        Nvm.Compile(Nvm.Mtj.Replace("read { voltage = 0.25 V }", "read { voltage = 0.25 V; sense_delay = 0.3 ns; sense_energy = 20 fJ; sense_leakage = 10 nW }"))
            .Diagnostics.ShouldBeEmpty();

    [Theory]
    [InlineData("resistance_off = 6 kOhm", "resistance_off = 2 kOhm", "DNVM0402")]
    [InlineData("resistance_on = 3 kOhm", "resistance_on = -3 kOhm", "DNVM0401")]
    [InlineData("pulse = 10 ns", "pulse = 2 s", "DNVM0401")]
    public void Physically_implausible_cells_are_errors(string from, string to, string id) =>
        Nvm.Compile(Nvm.Mtj.Replace(from, to)).Diagnostics.Select(d => d.Id).ShouldContain(id);

    [Theory]
    [InlineData("cache C { capacity = 4 MB; associativity = 12 }", "DNVM0403")]
    [InlineData("cache C { capacity = 4 MB; associativity = 2.5 }", "DNVM0404")]
    [InlineData("cache C { capacity = 4 MB; sector = 256 B }", "DNVM0405")]
    [InlineData("cache C { capacity = 1 KB; associativity = 16 }", "DNVM0213")]
    [InlineData("cache C { capacity = 1 KB; associativity = 1; line = 128 B; slices = 16 }", "DNVM0213")]
    [InlineData("workload W { }", "DNVM0213")]
    [InlineData("workload W { model = alexnet; l2_reads = 1; l2_writes = 1 }", "DNVM0213")]
    [InlineData("workload W { profile = \"a.csv\"; l2_reads = 1; l2_writes = 1 }", "DNVM0213")]
    [InlineData("study S { scalability { capacities = 8 MB .. 1 MB by x2 } }", "DNVM0406")]
    [InlineData("cache C { capacity = 4 MB * 1 ns }", "DNVM0302")]
    [InlineData("cache C { capacity = 4 MB + 1 ns }", "DNVM0305")]
    [InlineData("cache C { capacity = 4 MB / 0 }", "DNVM0307")]
    [InlineData("cache C { read { } capacity = 4 MB }", "DNVM0208")]
    [InlineData("cache C { capacity { } }", "DNVM0216")]
    public void Inconsistent_declarations_are_errors(string text, string id) =>
        Nvm.Compile(text).Diagnostics.Select(d => d.Id).ShouldContain(id);

    [Fact]
    public void A_cache_whose_slices_each_hold_a_set_is_accepted_and_one_whose_slices_do_not_is_located_at_its_capacity()
    {
        Nvm.Compile("cache C { capacity = 2 KB; associativity = 1; line = 128 B; slices = 16 }").Diagnostics.ShouldBeEmpty();
        var d = Nvm.Compile("cache C { capacity = 1 KB; associativity = 1; line = 128 B; slices = 16 }").Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("DNVM0213");
        d.Message.ShouldBe("capacity per slice (1024 B / 16 slices) is smaller than one set (line 128 B × 1 ways)");
        d.Span.Start.ShouldBe("cache C { capacity = ".Length);
    }

    [Theory]
    [InlineData("l2 = 1 KB", "the L2's capacity (1024 B) is smaller than one set of the default cache (line 128 B × 16 ways); give a larger l2 or a cache declaration as l2")]
    [InlineData("l2 = 64 KB; l2_slices = 1024", "the L2's capacity per slice (65536 B / 1024 l2_slices) is smaller than one set of the default cache (line 128 B × 16 ways); give a larger l2, fewer l2_slices or a cache declaration as l2")]
    public void A_platform_whose_bare_l2_cannot_hold_a_default_set_per_slice_is_located_at_its_l2(string l2, string message)
    {
        var text = "gpu G { sms = 4; clock = 1 GHz; " + l2 + "; node = 16 nm; dram { kind = gddr5; bandwidth = 100 GB/s; energy = 14 pJ/bit } }";
        var d = Nvm.Compile(text).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("DNVM0213");
        d.Message.ShouldBe(message);
        d.Span.Start.ShouldBe(text.IndexOf("l2 = ", StringComparison.Ordinal) + "l2 = ".Length);
        Nvm.Compile(text.Replace(l2, "l2 = 2 KB; l2_slices = 1")).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("cache = C", "2 KB .. 64 KB by x2", "the sweep's capacity 2048 B is smaller than one set (2048 B) in each of the 2 slice(s) of cache 'C'; start the sweep at 4096 B or more")]
    [InlineData("", "1 KB .. 64 KB by x2", "the sweep's capacity 1024 B is smaller than one set (2048 B) in each of the 1 slice(s) of cache 'G's L2'; start the sweep at 2048 B or more")]
    public void A_sweep_capacity_that_cannot_hold_a_set_per_slice_of_the_studys_cache_is_located_at_the_sweep(string cache, string sweep, string message)
    {
        var text = Nvm.Sram + Nvm.Mtj + """
            cache C { capacity = 1 MB; slices = 2 }
            gpu G { sms = 4; clock = 1 GHz; l2 = 1 MB; node = 16 nm; dram { kind = gddr5; bandwidth = 100 GB/s; energy = 14 pJ/bit } }
            workload W { model = alexnet }
            study Sweep { platform = G; baseline = S; cells = [M]; workloads = [W]; CACHE
              scalability { capacities = SWEEP } }
            """.Replace("CACHE", cache).Replace("SWEEP", sweep);
        var d = Nvm.Compile(text).Diagnostics.ShouldHaveSingleItem();
        d.Id.ShouldBe("DNVM0213");
        d.Message.ShouldBe(message);
        d.Span.Start.ShouldBe(text.IndexOf(sweep, StringComparison.Ordinal));
        Nvm.Compile(text.Replace(sweep, "4 KB .. 64 KB by x2")).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_profile_may_name_the_network_it_profiles()
    {
        var program = Nvm.Compile("workload W { profile = \"profiles/alexnet.csv\"; model = alexnet; phase = training }");
        program.Diagnostics.ShouldBeEmpty();
        program.Find("W")!.Value("model")!.Text.ShouldBe("alexnet");
    }

    [Fact]
    public void A_declaration_that_failed_to_parse_is_not_reported_again_as_unknown()
    {
        var program = Nvm.Compile("cell S : sram { area = = 146 F^2 }\ncache C { capacity = 1 MB; cell = S }");
        program.Diagnostics.Select(d => d.Id).ShouldBe(new[] { "DNVM0101" });
        program.Find("C")!.HasErrors.ShouldBeTrue();
    }

    [Fact]
    public void Binding_twice_gives_equal_programs()
    {
        Nvm.Compile(Nvm.Mtj).ShouldBe(Nvm.Compile(Nvm.Mtj));
    }
}

public class ExpectationTests
{
    private const string Study = Nvm.Sram + Nvm.Mtj + """
        gpu G { node = 16 nm; sms = 28; clock = 1582 MHz; l2 = 2816 KB; dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit } }
        workload W { model = resnet50 }
        study St {
          platform = G; baseline = S; cells = [M]; workloads = [W]
          iso_capacity { }
          expect iso_capacity.edp_reduction(M) >= 3.0
          expect iso_area.capacity_ratio(M) > 1 + 1
        }
        """;

    [Fact]
    public void Expect_lines_bind_to_a_metric_a_compared_cell_a_comparison_and_a_threshold()
    {
        var program = Nvm.Compile(Study);
        program.Diagnostics.ShouldBeEmpty();
        var expectations = program.Find("St")!.Expectations;

        expectations.Count.ShouldBe(2);
        expectations[0].ShouldSatisfyAllConditions(
            e => e.Metric.ShouldBe("iso_capacity.edp_reduction"),
            e => e.Technology.ShouldBe("M"),
            e => e.Operator.ShouldBe(">="),
            e => e.Threshold.ShouldBe(3.0),
            e => e.SourceText.ShouldBe("expect iso_capacity.edp_reduction(M) >= 3.0"),
            e => (e.Span.Line, e.Span.Column).ShouldBe((15, 10)));
        expectations[1].Threshold.ShouldBe(2);
    }

    [Theory]
    [InlineData("expect iso_capacity.edp_reduction(M) >= 3.0", "expect iso_capacity.speedup(M) >= 3.0", "DNVM0208")]
    [InlineData("expect iso_capacity.edp_reduction(M) >= 3.0", "expect iso_capacity.edp_reduction(S) >= 3.0", "DNVM0213")]
    [InlineData("expect iso_capacity.edp_reduction(M) >= 3.0", "expect iso_capacity.edp_reduction(M) >= 3 ns", "DNVM0214")]
    [InlineData("expect iso_capacity.edp_reduction(M) >= 3.0", "expect iso_capacity.edp_reduction(M) = 3.0", "DNVM0101")]
    [InlineData("cells = [M]", "cells = [M]\n  scalability { expect iso_capacity.edp_reduction(M) >= 3.0 }", "DNVM0216")]
    public void Malformed_expectations_are_located_errors(string from, string to, string id) =>
        Nvm.Compile(Study.Replace(from, to)).Diagnostics.Select(d => d.Id).ShouldContain(id);
}
