using System.Text.Json;
using System.Xml.Linq;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>`deepnvm sensitivity` and `deepnvm solve` through their command entry points, on the small study
/// project with three uncertain inputs (the sense converter's energy, the write pulse, the node's leakage).</summary>
public class AnalysisCommandTests
{
    /// <summary>The small project with ranges whose nominal values are the project's own.</summary>
    public static readonly string Uncertain = StudyTestProject.Text
        .Replace("node N16 { feature_size = 16 nm; device = hp; temperature = 350 K }",
            "node N16 { feature_size = 16 nm; device = hp; temperature = 350 K; leakage_scale ~ loguniform(0.1, 10, nominal = 1) }")
        .Replace("read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }",
            "read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV; sense_energy ~ loguniform(8 fJ, 375 fJ, nominal = 150 fJ) }")
        .Replace("write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }", "write { current = 80 uA; pulse = 2 ns .. 20 ns; energy = 1 pJ }");

    private static (int Code, string Out, string Err) Sensitivity(StudyTestProject project, string metric = "iso_capacity.edp_reduction",
        string technology = "SttMram", string? samples = null, string[]? sets = null, string? outFolder = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var study = new StudyOptions(project.File) { Sets = sets ?? Array.Empty<string>(), Samples = samples, Seed = samples is null ? null : "3" };
        var code = SensitivityCommand.Run(new SensitivityOptions(study, technology, metric) { Json = outFolder is null, Out = outFolder }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static (int Code, string Out, string Err) Solve(StudyTestProject project, string vary, string target, string? range = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SolveCommand.Run(new SolveOptions(new StudyOptions(project.File), vary, target) { Range = range, Json = true }, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static double StudyMetric(StudyTestProject project, string set)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        StudyCommand.Run(new StudyOptions(project.File) { Json = true, Sets = new[] { set } }, output, error).ShouldBe(ExitCodes.Ok, error.ToString());
        using var doc = JsonDocument.Parse(output.ToString());
        return doc.RootElement.GetProperty("technologies")[0].GetProperty("isoCapacity").GetProperty("edpReductionGeomean").GetDouble();
    }

    [Fact]
    public void Sensitivity_json_lists_every_input_with_its_ends_and_swing_largest_first()
    {
        using var project = new StudyTestProject(Uncertain);
        var (code, output, error) = Sensitivity(project);

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("metric").GetString().ShouldBe("iso_capacity.edp_reduction");
        root.GetProperty("technology").GetString().ShouldBe("SttMram");
        root.GetProperty("nominal").GetDouble().ShouldBe(StudyMetric(project, "SttMram.read.sense_energy=150 fJ"), 1e-12);
        var inputs = root.GetProperty("inputs").EnumerateArray().ToArray();
        inputs.Select(i => i.GetProperty("name").GetString()).OrderBy(n => n, StringComparer.Ordinal)
            .ShouldBe(new[] { "N16.leakage_scale", "SttMram.read.sense_energy", "SttMram.write.pulse" });
        var swings = inputs.Select(i => i.GetProperty("swing").GetDouble()).ToArray();
        swings.ShouldBe(swings.OrderByDescending(s => s).ToArray());
        foreach (var input in inputs)
        {
            input.EnumerateObject().Select(p => p.Name).ShouldBe(new[] { "name", "low", "high", "metricAtLow", "metricAtHigh", "swing" });
            input.GetProperty("swing").GetDouble().ShouldBe(Math.Abs(input.GetProperty("metricAtHigh").GetDouble() - input.GetProperty("metricAtLow").GetDouble()), 1e-12);
        }

        var pulse = inputs.Single(i => i.GetProperty("name").GetString() == "SttMram.write.pulse");
        pulse.GetProperty("low").GetDouble().ShouldBe(2e-9, 1e-18);
        pulse.GetProperty("metricAtLow").GetDouble().ShouldBe(StudyMetric(project, "SttMram.write.pulse=2 ns"), 1e-12);
    }

    [Fact]
    public void Sensitivity_with_samples_adds_a_spearman_correlation_per_input_and_writes_a_chart()
    {
        using var project = new StudyTestProject(Uncertain);
        var folder = Path.Combine(project.Directory, "out");
        var (code, output, error) = Sensitivity(project, samples: "12", outFolder: folder);

        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Spearman");
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "sensitivity.json")));
        foreach (var input in doc.RootElement.GetProperty("inputs").EnumerateArray())
        {
            input.GetProperty("spearman").GetDouble().ShouldBeInRange(-1, 1);
        }

        // More node leakage can only help the MRAM against SRAM.
        doc.RootElement.GetProperty("inputs").EnumerateArray().Single(i => i.GetProperty("name").GetString() == "N16.leakage_scale")
            .GetProperty("spearman").GetDouble().ShouldBeGreaterThan(0);
        XDocument.Parse(File.ReadAllText(Path.Combine(folder, "sensitivity.svg"))).Root!.Name.LocalName.ShouldBe("svg");
        File.ReadAllText(Path.Combine(folder, "sensitivity.md")).ShouldContain("| SttMram.read.sense_energy | 8 fJ | 375 fJ |"); // SI prefixes, as the units read
        File.ReadAllText(Path.Combine(folder, "sensitivity.md")).ShouldContain("| SttMram.write.pulse | 2 ns | 20 ns |");
    }

    /// <summary>The three files go in as one report folder (issue 14): a run over an existing report replaces it whole,
    /// with the manifest; a destination that is not a report folder is refused before the sweep and left as it was.</summary>
    [Fact]
    public void Sensitivity_writes_its_files_as_one_report_folder_and_never_into_a_folder_that_is_not_one()
    {
        using var project = new StudyTestProject(Uncertain);
        var folder = Path.Combine(project.Directory, "out");
        Sensitivity(project, outFolder: folder).Code.ShouldBe(ExitCodes.Ok);
        File.ReadAllLines(Path.Combine(folder, ".deepnvm-report")).ShouldBe(new[] { "sensitivity.md", "sensitivity.json", "sensitivity.svg", "sensitivity.png" });
        Directory.GetFileSystemEntries(project.Directory, "*.tmp").ShouldBeEmpty();

        var notes = Path.Combine(project.Directory, "notes");
        Directory.CreateDirectory(notes);
        File.WriteAllText(Path.Combine(notes, "todo.txt"), "mine");
        var refused = Sensitivity(project, outFolder: notes);
        refused.Code.ShouldBe(ExitCodes.Usage);
        refused.Err.ShouldContain("deepnvm sensitivity: --out: ");
        Directory.GetFiles(notes).Select(Path.GetFileName).ShouldBe(new[] { "todo.txt" });

        var onAFile = Sensitivity(project, outFolder: project.File);
        onAFile.Code.ShouldBe(ExitCodes.Usage);
        File.ReadAllText(project.File).ShouldBe(Uncertain);
    }

    [Fact]
    public void Sensitivity_without_uncertain_inputs_or_with_a_wrong_metric_says_so()
    {
        using var plain = new StudyTestProject();
        var none = Sensitivity(plain);
        none.Code.ShouldBe(ExitCodes.Diagnostics);
        none.Err.ShouldContain("DNVM0535");

        using var project = new StudyTestProject(Uncertain);
        Sensitivity(project, metric: "iso_capacity.edp").Code.ShouldBe(ExitCodes.Usage);
        Sensitivity(project, technology: "Sram6T").Err.ShouldContain("no technology 'Sram6T'");
    }

    [Fact]
    public void The_solved_value_fed_back_with_set_gives_the_target_within_one_percent()
    {
        using var project = new StudyTestProject(Uncertain);
        var (code, output, error) = Solve(project, "N16.leakage_scale", "iso_capacity.edp_reduction(SttMram) = 0.018");

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("vary").GetString().ShouldBe("N16.leakage_scale");
        root.GetProperty("unit").GetString().ShouldBe(""); // a plain number
        var value = root.GetProperty("value").GetDouble();
        root.GetProperty("achieved").GetDouble().ShouldBe(0.018, 0.018 * 0.01);

        var fedBack = StudyMetric(project, "N16.leakage_scale=" + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        fedBack.ShouldBe(0.018, 0.018 * 0.01);
    }

    [Fact]
    public void Solve_on_a_command_line_range_with_units_reads_them_with_the_language()
    {
        using var project = new StudyTestProject(StudyTestProject.Text);
        var (code, output, error) = Solve(project, "SttMram.write.pulse", "iso_capacity.edp_reduction(SttMram) = 0.02", "1 ns..30 ns");

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("unit").GetString().ShouldBe("s");
        var value = doc.RootElement.GetProperty("value").GetDouble();
        value.ShouldBeInRange(1e-9, 30e-9);
        StudyMetric(project, "SttMram.write.pulse=" + value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " s").ShouldBe(0.02, 0.02 * 0.01);
    }

    [Fact]
    public void An_unreachable_target_gives_null_the_reason_with_both_ends_and_a_located_error()
    {
        using var project = new StudyTestProject(Uncertain);
        var (code, output, error) = Solve(project, "SttMram.read.sense_energy", "iso_capacity.edp_reduction(SttMram) = 50");

        code.ShouldBe(ExitCodes.Diagnostics);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("value").ValueKind.ShouldBe(JsonValueKind.Null);
        doc.RootElement.GetProperty("reason").GetString()!.ShouldContain("no value in 8e-15 .. 3.75e-13 reaches 50");
        error.ShouldContain("--target: error DNVM0537");
    }

    [Theory]
    [InlineData("SttMram.write.pulse", "iso_capacity.edp_reduction(SttMram) = 1", "30 ns..1 ns", ExitCodes.Usage, "DNVM0410")]
    [InlineData("SttMram.write.pulse", "iso_capacity.edp_reduction(SttMram) = 1", "1 pJ..3 pJ", ExitCodes.Diagnostics, "time")]
    [InlineData("SttMram.write.pulse", "iso_capacity.edp_reduction(SttMram) = 1", "1 ns", ExitCodes.Usage, "lo..hi")]
    [InlineData("SttMram.write.pulse", "edp(SttMram) > 1", null, ExitCodes.Usage, "METRIC(TECHNOLOGY) = VALUE")]
    [InlineData("SttMram.resistance_on", "iso_capacity.edp_reduction(SttMram) = 1", null, ExitCodes.Diagnostics, "DNVM0536")]
    public void Solve_mistakes_are_clear_with_their_exit_codes(string vary, string target, string? range, int expected, string hint)
    {
        using var project = new StudyTestProject(Uncertain);
        var (code, _, error) = Solve(project, vary, target, range);
        code.ShouldBe(expected);
        error.ShouldContain(hint);
    }
}
