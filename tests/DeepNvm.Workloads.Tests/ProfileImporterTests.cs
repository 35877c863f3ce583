using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

public class ProfileImporterTests
{
    private static ImportedProfile Import(string name, ProfileImportOptions? options = null) =>
        ProfileImporter.Import(TestFiles.Path(name), options);

    private static WorkloadException ImportFails(string name, ProfileImportOptions? options = null) =>
        Should.Throw<WorkloadException>(() => ProfileImporter.Import(TestFiles.Path(name), options));

    [Fact]
    public void Nvprof_summary_multiplies_the_average_by_the_invocations_and_skips_banner_lines()
    {
        var profile = Import("nvprof-summary.csv");

        profile.Format.ShouldBe(ProfileFormat.NvprofSummary);
        profile.Family.ShouldBe(MetricFamily.L2AllClients);
        profile.Kernels.Count.ShouldBe(2);
        var gemm = profile.Kernels[0];
        gemm.Name.ShouldBe("void sgemm_kernel<float, 128, 64>(float const*, float*, int)");
        gemm.Invocations.ShouldBe(4);
        gemm.L2ReadSectors.ShouldBe(1200 * 4);
        gemm.DramReadSectors.ShouldBe(600.5 * 4);
        profile.Totals.Kernels.ShouldBe(6);
        profile.Totals.L2ReadSectors.ShouldBe(1200 * 4 + 300 * 2);
        profile.Totals.L2WriteSectors.ShouldBe(100 * 4 + 300 * 2);
        profile.Totals.DramWriteSectors.ShouldBe(50 * 4 + 310 * 2);
        profile.Totals.DurationSeconds.ShouldBeNull("an nvprof metric summary carries no time");
    }

    [Fact]
    public void Nvprof_gpu_trace_reads_one_row_per_launch_with_the_units_row_and_skips_memcpy()
    {
        var profile = Import("nvprof-trace.csv");

        profile.Format.ShouldBe(ProfileFormat.NvprofTrace);
        profile.Kernels.Select(k => k.Name).ShouldBe(new[] { "void conv2d<float, 3, 3>(float const*, float*)", "add_kernel" });
        var conv = profile.Kernels[0];
        conv.Invocations.ShouldBe(2);
        conv.L2ReadSectors.ShouldBe(1024 + 1000);
        conv.DramReadSectors.ShouldBe(2048 + 2000);
        conv.DurationNs!.Value.ShouldBe((25.5 + 24.5) * 1000, 1e-6);
        profile.Totals.DurationSeconds!.Value.ShouldBe((25.5 + 24.5 + 3.0) * 1e-6, 1e-15);
    }

    [Fact]
    public void Nsight_details_groups_rows_by_launch_and_adds_atomics_and_reductions_to_match_nvprof()
    {
        var profile = Import("ncu-details.csv");

        profile.Format.ShouldBe(ProfileFormat.NsightComputeDetails);
        profile.Kernels.Count.ShouldBe(2);
        var spmm = profile.Kernels[0];
        spmm.Name.ShouldBe("void csrmm_alg2_kernel<float, int, 128>(int, int const*, float*)");
        spmm.Invocations.ShouldBe(2);
        spmm.L2ReadSectors.ShouldBe(157_911 + 10 + 2 + 157_000);
        spmm.L2WriteSectors.ShouldBe(158 + 10 + 2 + 160);
        spmm.DramReadSectors.ShouldBe(9_268 + 9_000);
        spmm.DramWriteSectors.ShouldBe(2 * 3_200 / 32.0, 1e-9, "3.20 Kbyte is 3200 bytes, 100 sectors");
        spmm.DurationNs!.Value.ShouldBe(12_500 + 12_000, 1e-6);
        var elementwise = profile.Kernels[1];
        elementwise.DramWriteSectors.ShouldBe(32_000 / 32.0);
        elementwise.DurationNs.ShouldBe(4_096);
        profile.Totals.Kernels.ShouldBe(3);
    }

    [Fact]
    public void A_European_locale_file_gives_the_same_totals_as_the_English_one()
    {
        var english = Import("ncu-details.csv").Totals;
        var european = Import("ncu-details-eu.csv").Totals;

        european.ShouldBe(english);
    }

    [Fact]
    public void A_German_raw_export_reads_every_value_in_the_format_the_file_shows_also_the_ones_before_the_evidence()
    {
        // "309,461" µs comes first and reads either way; "1.454.731" two lines below says ',' is the decimal separator
        var german = Import("ncu-raw-de.csv").Totals;
        var english = Import("ncu-raw-en.csv").Totals;

        german.ShouldBe(english);
        german.DurationSeconds!.Value.ShouldBe((309.461 + 1_024.5 + 12.25) * 1e-6, 1e-15, "309,461 µs is 309.461 µs, not 309461 µs");
        german.DramReadSectors.ShouldBe((2_048 + 1_454_731 + 64_000) / 32.0, 1e-9);
    }

    [Fact]
    public void A_German_raw_export_that_cannot_be_read_twice_is_refused_at_the_value_read_before_the_evidence()
    {
        var text = File.ReadAllText(TestFiles.Path("ncu-raw-de.csv"));

        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(text), "de.csv"));

        error.Id.ShouldBe(WorkloadDiagnosticIds.AmbiguousNumberFormat);
        error.Format().ShouldStartWith("de.csv(4,");
        error.Message.ShouldContain("'309,461' reads as 309461 or 309.461; the file shows its number format only at line 5 ('1.454.731')");
    }

    [Fact]
    public void A_file_whose_numbers_read_two_ways_and_never_say_which_is_a_located_error_not_a_guess()
    {
        var error = ImportFails("ncu-raw-ambiguous.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.AmbiguousNumberFormat);
        error.Line.ShouldBe(3);
        error.Column.ShouldBeGreaterThan(1);
        error.Message.ShouldStartWith("'309,461' reads as 309461 or 309.461 and no number in the file says which");
    }

    [Fact]
    public void A_file_mixing_1_234_5_and_1_234_comma_5_is_a_located_error()
    {
        var error = ImportFails("ncu-raw-mixed.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.MixedNumberFormats);
        error.Line.ShouldBe(4);
        error.Message.ShouldBe("'1.234,5' writes numbers as 1.234,5 but line 3 ('1,454,731') writes them as 1,234.5; a file must use one number format");
    }

    [Fact]
    public void Nsight_raw_page_reads_the_units_row_and_converts_bytes_and_seconds()
    {
        var profile = Import("ncu-raw.csv");

        profile.Format.ShouldBe(ProfileFormat.NsightComputeRaw);
        var gemm = profile.Kernels[0];
        gemm.DramReadSectors.ShouldBe(10_240_000 / 32.0);
        gemm.DurationNs!.Value.ShouldBe(40_000, 1e-6);
        var add = profile.Kernels[1];
        add.Name.ShouldBe("void at::native::elementwise_kernel<128, 4, at::native::add_kernel>(int, float*)");
        add.L2ReadSectors.ShouldBe(2_000 + 8 + 4);
        add.L2WriteSectors.ShouldBe(2_000 + 8 + 4);
    }

    [Fact]
    public void Nsight_Compute_2025_raw_page_with_its_297_columns_reads_only_the_sum_metrics()
    {
        // the first six launches of a real export (ncu 2025.3.1 on an H200, examples/h200-profiles), untrimmed:
        // ==WARNING== banners, every device attribute, .avg/.min/.max beside each .sum, time in "ns"
        var profile = Import("ncu2025-raw-h200-excerpt.csv");
        var tex = Import("ncu2025-raw-h200-excerpt.csv", new ProfileImportOptions { Family = MetricFamily.L2Tex });

        profile.Format.ShouldBe(ProfileFormat.NsightComputeRaw);
        profile.Totals.Kernels.ShouldBe(6);
        profile.Kernels.Select(k => k.Name).ShouldBe(new[] { "nchwToNhwcKernel",
            "sm80_xmma_fprop_implicit_gemm_indexed_wo_smem_f16f16_f16f32_f32_nhwckrsc_nhwc_tilesize128x32x16_stage1_warpsize4x1x1_g1_tensor16x8x16_aligna2_alignc4_execute_kernel__5x_cudnn",
            "nhwcToNchwKernel", "elementwise_kernel", "vectorized_elementwise_kernel" });
        profile.Kernels[0].Invocations.ShouldBe(2);
        profile.Totals.L2ReadSectors.ShouldBe(7_059_688);
        profile.Totals.L2WriteSectors.ShouldBe(7_757_201);
        profile.Totals.DramReadSectors.ShouldBe(1_744_576);
        profile.Totals.DramWriteSectors.ShouldBe(2_145_520);
        profile.Totals.DurationSeconds!.Value.ShouldBe(441_248e-9, 1e-15);
        tex.Totals.L2ReadSectors.ShouldBe(5_456_041);
        tex.Totals.L2WriteSectors.ShouldBe(5_168_726);
    }

    [Fact]
    public void The_tex_family_can_be_chosen_and_is_recorded()
    {
        var profile = Import("ncu-raw.csv", new ProfileImportOptions { Family = MetricFamily.L2Tex });

        profile.Family.ShouldBe(MetricFamily.L2Tex);
        profile.Kernels.ShouldAllBe(k => k.Family == MetricFamily.L2Tex);
        profile.Totals.L2ReadSectors.ShouldBe(390_000 + 1_990);
        profile.Totals.L2WriteSectors.ShouldBe(60 + 1_996);
    }

    [Fact]
    public void Missing_atomics_and_reductions_are_an_error_naming_them_unless_allowed()
    {
        var error = ImportFails("ncu-raw-no-atomics.csv");
        error.Id.ShouldBe(WorkloadDiagnosticIds.MissingMetrics);
        error.Message.ShouldContain("lts__t_sectors_op_atom.sum");
        error.Message.ShouldContain("lts__t_sectors_op_red.sum");

        var relaxed = Import("ncu-raw-no-atomics.csv", new ProfileImportOptions { RequireAtomicsAndReductions = false });
        relaxed.Totals.L2ReadSectors.ShouldBe(400_000 + 2_000);
    }

    [Fact]
    public void A_launch_whose_rows_stop_early_is_an_error_naming_the_missing_metrics()
    {
        var error = ImportFails("ncu-cut-at-line.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.MissingMetrics);
        error.Message.ShouldContain("vectorized_elementwise_kernel");
        error.Message.ShouldContain("gpu__time_duration.sum");
        error.Line.ShouldBe(14);
    }

    [Fact]
    public void A_truncated_line_is_an_error_with_file_and_line()
    {
        var error = ImportFails("ncu-truncated.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.MalformedCsv);
        error.Line.ShouldBe(13);
        error.Format().ShouldStartWith(TestFiles.Path("ncu-truncated.csv") + "(13,");
    }

    [Fact]
    public void A_file_of_another_tool_is_not_taken_for_a_profile()
    {
        ImportFails("other-tool.csv").Id.ShouldBe(WorkloadDiagnosticIds.NotAProfile);
    }

    [Fact]
    public void A_negative_count_is_an_error_on_its_line()
    {
        var error = ImportFails("ncu-negative.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.InvalidValue);
        error.Line.ShouldBe(7);
        error.Message.ShouldContain("lts__t_sectors_op_write.sum");
    }

    [Fact]
    public void A_zero_duration_kernel_is_an_error_on_its_launch()
    {
        var error = ImportFails("ncu-zero-duration.csv");

        error.Id.ShouldBe(WorkloadDiagnosticIds.InvalidValue);
        error.Message.ShouldContain("zero duration");
        error.Line.ShouldBe(14);
    }

    [Fact]
    public void A_missing_file_is_reported_as_such()
    {
        ImportFails("no-such-file.csv").Id.ShouldBe(WorkloadDiagnosticIds.ProfileNotFound);
    }

    [Fact]
    public void Garbage_in_a_value_is_a_malformed_csv_error_with_its_column()
    {
        var text = File.ReadAllText(TestFiles.Path("ncu-details.csv")).Replace("\"9,268\"", "\"9,2x8\"");

        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(text), "mem.csv"));

        error.Id.ShouldBe(WorkloadDiagnosticIds.MalformedCsv);
        error.Line.ShouldBe(10);
        error.Column.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void A_duration_in_cycles_cannot_be_converted_and_says_so()
    {
        var text = File.ReadAllText(TestFiles.Path("ncu-details.csv")).Replace("\"nsecond\",\"4,096\"", "\"cycle\",\"4,096\"");

        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(text), "cycles.csv"));

        error.Id.ShouldBe(WorkloadDiagnosticIds.UnknownUnit);
        error.Message.ShouldContain("cycle");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_change_nothing()
    {
        var text = File.ReadAllText(TestFiles.Path("ncu-raw.csv")).Replace("\n", "\r\n");
        var path = Path.Combine(Path.GetTempPath(), "deepnvm-crlf-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        try
        {
            ProfileImporter.Import(path).Totals.ShouldBe(Import("ncu-raw.csv").Totals);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Binary_garbage_is_not_taken_for_a_profile()
    {
        var random = new Random(7);
        var chars = new char[20_000];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(1, 255);
        }

        Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(new string(chars)), "garbage.bin"))
            .Id.ShouldBe(WorkloadDiagnosticIds.NotAProfile);
    }

    [Fact]
    public void A_header_without_rows_is_an_error()
    {
        var header = File.ReadAllLines(TestFiles.Path("ncu-details.csv"))[4];

        var error = Should.Throw<WorkloadException>(() => ProfileImporter.Import(new StringReader(header + "\n"), "empty.csv"));

        error.Id.ShouldBe(WorkloadDiagnosticIds.MalformedCsv);
        error.Message.ShouldContain("no kernel rows");
    }
}
