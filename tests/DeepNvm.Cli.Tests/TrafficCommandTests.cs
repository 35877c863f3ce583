using System.Text.Json;
using DeepNvm.Cli.Commands;
using DeepNvm.Workloads.Analytic;

namespace DeepNvm.Cli.Tests;

public class TrafficCommandTests
{
    private static (int Code, string Out, string Err) Run(string network, string phase = "infer", int batch = 1, string precision = "fp32",
        string gpu = "gtx1080ti", string? l2 = null, bool json = true)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = TrafficCommand.Run(network, phase, batch, precision, gpu, l2, null, json, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static TheoryData<string> Networks() => new(BuiltInNetworks.Ids);

    [Theory]
    [MemberData(nameof(Networks))]
    public void Every_built_in_network_prints_the_same_totals_as_profile(string network)
    {
        var (code, output, error) = Run(network, precision: network == "llm_7b" ? "fp16" : "fp32");

        code.ShouldBe(ExitCodes.Ok, error);
        using var doc = JsonDocument.Parse(output);
        doc.RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(new[]
        {
            "kernels", "l2ReadSectors", "l2WriteSectors", "dramReadSectors", "dramWriteSectors", "durationNs", "metricFamily",
        });
        doc.RootElement.GetProperty("l2ReadSectors").GetDouble().ShouldBeGreaterThan(0);
        doc.RootElement.GetProperty("durationNs").GetDouble().ShouldBeGreaterThan(0);
        doc.RootElement.GetProperty("metricFamily").GetString().ShouldBe("analytic");
    }

    [Fact]
    public void A_bigger_L2_reads_less_from_DRAM()
    {
        static double Dram(string output) => JsonDocument.Parse(output).RootElement.GetProperty("dramReadSectors").GetDouble();

        var small = Dram(Run("resnet50", "train", 16, "fp16", "v100", "6MB").Out);
        var large = Dram(Run("resnet50", "train", 16, "fp16", "v100", "512MB").Out);

        large.ShouldBeLessThan(small);
    }

    [Theory]
    [InlineData("6MB", 6L << 20)]
    [InlineData("2816KB", 2816L << 10)]
    [InlineData("40 MiB", 40L << 20)]
    [InlineData("1.5GB", 3L << 29)]
    [InlineData("1048576B", 1L << 20)]
    [InlineData("64 gib", 64L << 30)]
    public void Capacities_are_read_with_binary_prefixes(string text, long bytes)
    {
        CliValues.TryCapacity(text, out var parsed, out var problem).ShouldBeTrue(problem);
        parsed.ShouldBe(bytes);
    }

    [Theory]
    [InlineData("4", "has no unit; write one, e.g. 4MB or 4KB")]
    [InlineData("1048576", "has no unit")]
    [InlineData("3B", "outside the capacities a cache can have (1 KB .. 64 GB)")]
    [InlineData("65GB", "outside the capacities")]
    [InlineData("4 NB", "unknown unit 'NB'")]
    [InlineData("4MBB", "did you mean 'MB'?")]
    [InlineData("-4MB", "is not a capacity")]
    [InlineData("1e3MB", "unknown unit 'e3MB'")]
    public void A_capacity_needs_a_unit_and_a_size_a_cache_can_have(string text, string problem)
    {
        CliValues.TryCapacity(text, out _, out var why).ShouldBeFalse();
        why.ShouldContain(problem);
    }

    [Fact]
    public void Unknown_networks_and_gpus_and_bad_options_are_usage_errors()
    {
        Run("resnet51").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet51").Err.ShouldContain("did you mean 'resnet50'?");
        Run("resnet50", gpu: "gtx480").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet50", phase: "decode").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet50", phase: "fly").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet50", precision: "fp8").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet50", l2: "six").Code.ShouldBe(ExitCodes.Usage);
        Run("resnet50", "train", precision: "int8").Code.ShouldBe(ExitCodes.Diagnostics);
    }

    [Fact]
    public void Text_output_names_the_workload_and_the_platform()
    {
        var (code, output, _) = Run("llm_7b", "decode", 1, "fp16", "h100", json: false);

        code.ShouldBe(ExitCodes.Ok);
        output.ShouldContain("llm_7b decode batch 1 fp16 on H100");
        output.ShouldContain("DRAM reads");
    }
}
