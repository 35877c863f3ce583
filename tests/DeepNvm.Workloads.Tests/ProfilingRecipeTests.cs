using System.Runtime.CompilerServices;
using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

/// <summary>The recipe in tools/profiling must collect exactly what the importer reads.</summary>
public class ProfilingRecipeTests
{
    private static string Tool(string name, [CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "tools", "profiling", name));

    [Fact]
    public void The_Nsight_Compute_script_collects_every_metric_of_the_importer()
    {
        var script = File.ReadAllText(Tool("ncu_profile.sh"));

        foreach (var metric in ProfileMetrics.NsightComputeRecipe)
        {
            script.ShouldContain(metric);
        }
        script.ShouldContain("--csv");
        script.ShouldContain("--profile-from-start off");
    }

    [Fact]
    public void The_trimming_tool_keeps_every_metric_of_the_recipe()
    {
        var tool = File.ReadAllText(Tool("trim_ncu_raw.py"));

        foreach (var metric in ProfileMetrics.NsightComputeRecipe)
        {
            tool.ShouldContain("\"" + metric + "\"");
        }
    }

    [Fact]
    public void The_nvprof_script_collects_every_nvprof_metric_of_the_importer()
    {
        var script = File.ReadAllText(Tool("nvprof_profile.sh"));

        foreach (var pair in ProfileMetrics.Names)
        {
            if (pair.Key.EndsWith("_transactions", StringComparison.Ordinal))
            {
                script.ShouldContain(pair.Key);
            }
        }
    }
}
