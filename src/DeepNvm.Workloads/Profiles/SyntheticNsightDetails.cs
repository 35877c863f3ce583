using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace DeepNvm.Workloads.Profiles;

/// <summary>
/// Writes an Nsight Compute details page of synthetic launches, for the streaming tests and the import
/// benchmark: a banner, the header, then 7 metric rows per launch over a few templated kernel names
/// (thousands separators, quoted names with commas). Values are deterministic functions of the launch index.
/// </summary>
internal static class SyntheticNsightDetails
{
    public const int DistinctKernels = 7;

    public const string Header =
        "==PROF== Connected to process 1 (generated)\n\"ID\",\"Process ID\",\"Process Name\",\"Host Name\",\"Kernel Name\",\"Context\",\"Stream\",\"Block Size\",\"Grid Size\",\"Device\",\"CC\",\"Section Name\",\"Metric Name\",\"Metric Unit\",\"Metric Value\"\n";

    private static readonly string[] Metrics =
    {
        "lts__t_sectors_op_read.sum", "lts__t_sectors_op_write.sum", "lts__t_sectors_op_atom.sum", "lts__t_sectors_op_red.sum",
        "dram__sectors_read.sum", "dram__sectors_write.sum", "gpu__time_duration.sum",
    };

    /// <summary>L2 read sectors (op_read) of a launch.</summary>
    public static long ReadOf(int launch) => 1_000 + launch % 997;

    /// <summary>Atomic and reduction sectors of a launch (each).</summary>
    public static long AtomicsOf(int launch) => launch % 5;

    /// <summary>Appends the rows of one launch.</summary>
    public static void AppendLaunch(StringBuilder sb, int launch)
    {
        var kernel = "void at::native::vectorized_elementwise_kernel<4, at::native::FillFunctor<float>, at::detail::Array<char*, "
            + (launch % DistinctKernels).ToString(CultureInfo.InvariantCulture) + ">>(int, float*)";
        foreach (var metric in Metrics)
        {
            var time = metric.StartsWith("gpu__", StringComparison.Ordinal);
            var value = metric == "lts__t_sectors_op_read.sum" ? ReadOf(launch) : time ? 2_048 + launch % 13 : AtomicsOf(launch);
            sb.Append('"').Append(launch.ToString(CultureInfo.InvariantCulture)).Append("\",\"4242\",\"python3\",\"127.0.0.1\",\"").Append(kernel)
              .Append("\",\"1\",\"7\",\"(128, 1, 1)\",\"(1024, 1, 1)\",\"0\",\"8.0\",\"Command line profiler metrics\",\"")
              .Append(metric).Append("\",\"").Append(time ? "nsecond" : "sector").Append("\",\"")
              .Append(value.ToString("N0", CultureInfo.InvariantCulture)).Append("\"\n");
        }
    }

    /// <summary>Writes launches until the file reaches <paramref name="bytes"/>; returns the launch count.</summary>
    public static int WriteFile(string path, long bytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(Header);
        var sb = new StringBuilder(4096);
        long written = Header.Length;
        var launch = 0;
        while (written < bytes)
        {
            sb.Clear();
            AppendLaunch(sb, launch++);
            writer.Write(sb);
            written += sb.Length;
        }
        return launch;
    }
}
