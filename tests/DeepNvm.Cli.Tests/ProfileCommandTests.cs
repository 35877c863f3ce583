using System.Runtime.CompilerServices;
using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public class ProfileCommandTests
{
    internal static string Profile(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "TestData", "profiles", name);

    private static (int Code, string Out, string Err) Run(string file, bool json = false, string? family = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ProfileCommand.Run(Profile(file), json, family, false, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_output_is_one_object_with_the_totals_and_the_metric_family()
    {
        var (code, output, _) = Run("ncu-details.csv", json: true);

        code.ShouldBe(ExitCodes.Ok);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(new[]
        {
            "kernels", "l2ReadSectors", "l2WriteSectors", "dramReadSectors", "dramWriteSectors", "durationNs", "metricFamily",
        });
        root.GetProperty("kernels").GetInt64().ShouldBe(3);
        root.GetProperty("l2ReadSectors").GetDouble().ShouldBe(157_911 + 10 + 2 + 157_000 + 2_000);
        root.GetProperty("durationNs").GetDouble().ShouldBe(12_500 + 12_000 + 4_096);
        root.GetProperty("metricFamily").GetString().ShouldBe("l2");
    }

    [Fact]
    public void Every_profiler_format_imports()
    {
        foreach (var file in new[] { "nvprof-summary.csv", "nvprof-trace.csv", "ncu-details.csv", "ncu-details-eu.csv", "ncu-raw.csv" })
        {
            var (code, output, error) = Run(file);
            code.ShouldBe(ExitCodes.Ok, file + ": " + error);
            output.ShouldContain("L2 reads");
        }
    }

    [Fact]
    public void An_nvprof_summary_has_no_duration_and_says_null()
    {
        var (_, output, _) = Run("nvprof-summary.csv", json: true);

        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("durationNs").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void The_tex_family_is_selectable()
    {
        var (_, output, _) = Run("ncu-raw.csv", json: true, family: "l2_tex");

        using var doc = JsonDocument.Parse(output);
        doc.RootElement.GetProperty("metricFamily").GetString().ShouldBe("l2_tex");
    }

    [Fact]
    public void A_truncated_file_prints_a_located_error_and_exits_1()
    {
        var (code, output, error) = Run("ncu-truncated.csv");

        code.ShouldBe(ExitCodes.Diagnostics);
        output.ShouldBeEmpty();
        error.ShouldStartWith(Profile("ncu-truncated.csv") + "(13,");
        error.ShouldContain("error DNVM0511:");
    }

    [Fact]
    public void A_file_of_another_tool_is_rejected()
    {
        var (code, _, error) = Run("other-tool.csv");

        code.ShouldBe(ExitCodes.Diagnostics);
        error.ShouldContain("DNVM0515");
    }

    [Fact]
    public void The_command_line_binds_the_file_and_options()
    {
        var command = ProfileCommand.Create();
        var parse = command.Parse(new[] { Profile("ncu-raw.csv"), "--json", "--family", "l2_tex" });

        parse.Errors.ShouldBeEmpty();
        command.Parse(new[] { Profile("ncu-raw.csv"), "--family", "l3" }).Errors.ShouldNotBeEmpty();
    }

    [Fact]
    public void Profile_and_traffic_are_registered_subcommands()
    {
        var names = CliCommands.All().Select(c => c.Name).ToList();

        names.ShouldContain("profile");
        names.ShouldContain("traffic");
    }
}
