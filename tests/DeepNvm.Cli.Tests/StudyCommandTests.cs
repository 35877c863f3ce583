using System.Text.Json;
using System.Xml.Linq;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class StudyCommandTests
{
    private static (int Code, string Out, string Err) Run(StudyOptions options, bool rich = false)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(options, output, error, rich);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_has_the_documented_fields()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new StudyOptions(project.File) { Json = true });

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.GetProperty("baseline").GetString().ShouldBe("Sram6T");
        var stt = root.GetProperty("technologies").EnumerateArray().Single();
        stt.GetProperty("name").GetString().ShouldBe("SttMram");
        stt.GetProperty("kind").GetString().ShouldBe("mtj");
        var iso = stt.GetProperty("isoCapacity");
        iso.GetProperty("edpReductionMax").GetDouble().ShouldBeGreaterThanOrEqualTo(iso.GetProperty("edpReductionGeomean").GetDouble());
        iso.GetProperty("areaReduction").GetDouble().ShouldBeGreaterThan(0);
        var area = stt.GetProperty("isoArea");
        area.GetProperty("capacityRatio").GetDouble().ShouldBeGreaterThan(0);
        area.GetProperty("edpReductionMax").GetDouble().ShouldBeGreaterThan(0);
        area.GetProperty("edpReductionGeomean").GetDouble().ShouldBeGreaterThan(0);
        var sweep = stt.GetProperty("scalability").EnumerateArray().ToArray();
        sweep.Select(p => p.GetProperty("capacityBytes").GetInt64()).ShouldBe(new[] { 256L << 10, 512L << 10, 1L << 20 });
        sweep.ShouldAllBe(p => p.GetProperty("edpReductionGeomean").GetDouble() > 0);
    }

    /// <summary>A one-line, direct-mapped 1 KB cache passes `check` (each property is plausible, the capacity holds a
    /// set), but the cache model finds no legal partition of it: the study says so at the cache's declaration.</summary>
    [Fact]
    public void A_cache_the_model_cannot_organize_is_reported_at_its_declaration_by_study_eval_sweep_and_the_build()
    {
        const string Small = "cache Small { capacity = 512 KB; associativity = 16; line = 128 B; node = N16 }";
        var text = StudyTestProject.Text.Replace(Small, "cache Small { capacity = 1 KB; associativity = 1; line = 1 KB; sector = 32 B; node = N16 }")
            .Replace("  iso_area     { }\n", "").Replace("  scalability  { capacities = 256 KB .. 1 MB by x2 }\n", "");
        using var project = new StudyTestProject(text);
        var line = text[..text.IndexOf("cache Small", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var (code, output, error) = Run(new StudyOptions(project.File) { Json = true });

        code.ShouldBe(ExitCodes.Diagnostics);
        output.ShouldBeEmpty();
        error.ShouldStartWith($"{project.File}({line},7): error DNVM0502: cache 'Small' cannot be built for study 'SmallStudy': ");
        error.ShouldContain("no valid organization");

        // the build's evaluator (`deepnvm project`, run by dotnet build) reports it at the same place
        var built = new StringWriter();
        ProjectCommand.Run(project.Directory, Path.Combine(project.Directory, "reports"), null, new StringWriter(), built).ShouldBe(ExitCodes.Diagnostics);
        built.ToString().ShouldStartWith($"{project.File}({line},7): error DNVM0502: cache 'Small' cannot be built for study 'SmallStudy': ");

        // eval and sweep evaluate the same cache, and say so at the same place
        var evaluated = new StringWriter();
        EvalCommand.Run(new EvalOptions(project.File), new StringWriter(), evaluated).ShouldBe(ExitCodes.Diagnostics);
        evaluated.ToString().ShouldStartWith($"{project.File}({line},7): error DNVM0502: cache 'Small' cannot be built: ");
        var swept = new StringWriter();
        SweepCommand.Run(new SweepOptions(project.File) { Capacities = "1KB,2KB" }, new StringWriter(), swept).ShouldBe(ExitCodes.Diagnostics);
        swept.ToString().ShouldStartWith($"{project.File}({line},7): error DNVM0502: cache 'Small' cannot be built: ");
    }

    [Fact]
    public void Out_writes_tables_charts_and_one_self_contained_page()
    {
        using var project = new StudyTestProject();
        var folder = Path.Combine(project.Directory, "report");
        var (code, output, error) = Run(new StudyOptions(project.File) { Out = folder, Deterministic = true });

        code.ShouldBe(ExitCodes.Ok, error);
        output.ShouldContain("Report:");
        foreach (var name in new[] { "summary.md", "summary.csv", "iso-capacity.csv", "iso-area.md", "scalability.csv", "report.json", "report.md",
                     "normalized-edp.svg", "energy-breakdown.svg", "iso-area.svg", "scalability.svg", "index.html" })
        {
            File.Exists(Path.Combine(folder, name)).ShouldBeTrue(name);
        }

        foreach (var svg in Directory.GetFiles(folder, "*.svg"))
        {
            XDocument.Parse(File.ReadAllText(svg)).Root!.Name.LocalName.ShouldBe("svg");
        }

        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        html.ShouldContain("<svg");
        html.Replace("http://www.w3.org/2000/svg", "").ShouldNotContain("http");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("src=");
        Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.json"))).RootElement.GetProperty("study").GetString().ShouldBe("SmallStudy");
    }

    [Fact]
    public void Reports_carry_provenance_and_deterministic_ones_are_byte_identical()
    {
        using var project = new StudyTestProject();
        var first = Path.Combine(project.Directory, "a");
        var second = Path.Combine(project.Directory, "b");
        var dated = Path.Combine(project.Directory, "dated");
        Run(new StudyOptions(project.File) { Out = first, Deterministic = true }).Code.ShouldBe(ExitCodes.Ok);
        Run(new StudyOptions(project.File) { Out = second, Deterministic = true }).Code.ShouldBe(ExitCodes.Ok);
        Run(new StudyOptions(project.File) { Out = dated }).Code.ShouldBe(ExitCodes.Ok);

        foreach (var file in Directory.GetFiles(first).Select(Path.GetFileName))
        {
            File.ReadAllBytes(Path.Combine(second, file!)).ShouldBe(File.ReadAllBytes(Path.Combine(first, file!)), file);
        }

        var provenance = JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "report.json"))).RootElement.GetProperty("provenance");
        provenance.GetProperty("tool").GetString().ShouldBe("deepnvm");
        provenance.GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        provenance.GetProperty("inputsSha256").GetString()!.Length.ShouldBe(64);
        provenance.GetProperty("settings").GetProperty("delay").GetString().ShouldNotBeNullOrEmpty();
        provenance.TryGetProperty("generatedUtc", out _).ShouldBeFalse();
        JsonDocument.Parse(File.ReadAllText(Path.Combine(first, "provenance.json"))).RootElement.GetProperty("inputsSha256").GetString()
            .ShouldBe(provenance.GetProperty("inputsSha256").GetString());

        var when = JsonDocument.Parse(File.ReadAllText(Path.Combine(dated, "provenance.json"))).RootElement.GetProperty("generatedUtc").GetString()!;
        DateTimeOffset.Parse(when, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddHours(-1));
        File.ReadAllText(Path.Combine(dated, "index.html")).ShouldContain("UTC; inputs SHA-256 " + provenance.GetProperty("inputsSha256").GetString());
    }

    [Fact]
    public void Tables_print_as_plain_text_or_through_Spectre()
    {
        using var project = new StudyTestProject();
        var plain = Run(new StudyOptions(project.File));
        plain.Code.ShouldBe(ExitCodes.Ok, plain.Err);
        plain.Out.ShouldContain("Iso-capacity (512 KB)");
        plain.Out.ShouldContain("SttMram");
        plain.Out.ShouldContain("Ratios are Sram6T ÷ technology");

        var rich = Run(new StudyOptions(project.File), rich: true);
        rich.Code.ShouldBe(ExitCodes.Ok, rich.Err);
        rich.Out.ShouldContain("SttMram");
        rich.Out.ShouldContain("╭");
    }

    [Fact]
    public void Settings_on_the_command_line_override_the_study()
    {
        using var project = new StudyTestProject();
        var (code, output, error) = Run(new StudyOptions(project.File) { Json = true, Delay = "run_time", LeakageTime = "delay", DramEnergy = true, SectorEnergy = "whole_access", Slices = 2 });

        code.ShouldBe(ExitCodes.Ok, error);
        var root = JsonDocument.Parse(output).RootElement;
        var settings = root.GetProperty("settings");
        settings.GetProperty("delay").GetString().ShouldBe("run_time");
        settings.GetProperty("leakageTime").GetString().ShouldBe("delay");
        settings.GetProperty("dramEnergy").GetBoolean().ShouldBeTrue();
        settings.GetProperty("sectorEnergy").GetString().ShouldBe("whole_access");
        root.GetProperty("slices").GetInt32().ShouldBe(2);
    }

    [Fact]
    public void Exit_codes_say_what_went_wrong()
    {
        Run(new StudyOptions("/no/such/file.nvm")).Code.ShouldBe(ExitCodes.Usage);

        using var project = new StudyTestProject();
        var unknown = Run(new StudyOptions(project.File) { Study = "Nope" });
        unknown.Code.ShouldBe(ExitCodes.Usage);
        unknown.Err.ShouldContain("Small");
        Run(new StudyOptions(project.File) { Delay = "forever" }).Code.ShouldBe(ExitCodes.Usage);
        Run(new StudyOptions(project.File) { Slices = 0 }).Code.ShouldBe(ExitCodes.Usage);

        using var broken = new StudyTestProject(StudyTestProject.Text.Replace("area = 54 F^2", "area = 54 V"));
        var bad = Run(new StudyOptions(broken.File));
        bad.Code.ShouldBe(ExitCodes.Diagnostics);
        bad.Err.ShouldContain("DNVM");
    }

    [Fact]
    public void A_workload_that_cannot_be_evaluated_is_exit_code_1_with_its_name()
    {
        using var project = new StudyTestProject(StudyTestProject.Text.Replace(
            "workload ReadHeavy  { l2_reads = 1e8; l2_writes = 1e6; dram_reads = 2e7; dram_writes = 1e5; duration = 2 ms }",
            "workload ReadHeavy  { profile = \"missing.ncu.csv\" }"));

        var (code, _, error) = Run(new StudyOptions(project.File) { Json = true });

        code.ShouldBe(ExitCodes.Diagnostics);
        error.ShouldContain("ReadHeavy");
        error.ShouldContain("missing.ncu.csv");
    }
}
