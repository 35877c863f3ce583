using DeepNvm.Workloads.Profiles;

namespace DeepNvm.Workloads.Tests;

public class LargeProfileTests
{
    [Fact]
    public void A_large_details_file_streams_in_bounded_memory_and_sums_every_launch()
    {
        const int launches = 40_000;
        var reader = new GeneratedNsightDetails(launches);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var profile = ProfileImporter.Import(reader, "generated.csv");

        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
        reader.CharsProduced.ShouldBeGreaterThan(50_000_000L);
        retained.ShouldBeLessThan(2_000_000L, "memory must not grow with the file");
        profile.Totals.Kernels.ShouldBe(launches);
        profile.Kernels.Count.ShouldBe(GeneratedNsightDetails.DistinctKernels);
        // reads plus atomics and reductions (each launch % 5 in the generator)
        profile.Totals.L2ReadSectors.ShouldBe(GeneratedNsightDetails.ExpectedSum(launches, i => GeneratedNsightDetails.ReadOf(i) + 2 * (i % 5)));
        GC.KeepAlive(profile);
    }
}

/// <summary>Writes an Nsight Compute details page on the fly, launch after launch, without keeping it.</summary>
internal sealed class GeneratedNsightDetails : TextReader
{
    public const int DistinctKernels = 7;
    private static readonly string[] Metrics =
    {
        "lts__t_sectors_op_read.sum", "lts__t_sectors_op_write.sum", "lts__t_sectors_op_atom.sum", "lts__t_sectors_op_red.sum",
        "dram__sectors_read.sum", "dram__sectors_write.sum", "gpu__time_duration.sum",
    };
    private readonly int _launches;
    private int _next = -1;
    private string _chunk = "";
    private int _position;

    public GeneratedNsightDetails(int launches) => _launches = launches;

    public long CharsProduced { get; private set; }

    public static long ReadOf(int launch) => 1_000 + launch % 997;

    public static double ExpectedSum(int launches, Func<int, long> f)
    {
        double sum = 0;
        for (var i = 0; i < launches; i++)
        {
            sum += f(i);
        }
        return sum;
    }

    public override int Read(char[] buffer, int index, int count)
    {
        if (_position == _chunk.Length)
        {
            if (!NextChunk())
            {
                return 0;
            }
        }
        var n = Math.Min(count, _chunk.Length - _position);
        _chunk.CopyTo(_position, buffer, index, n);
        _position += n;
        CharsProduced += n;
        return n;
    }

    private bool NextChunk()
    {
        _next++;
        _position = 0;
        if (_next == 0)
        {
            _chunk = "==PROF== Connected to process 1 (generated)\n\"ID\",\"Process ID\",\"Process Name\",\"Host Name\",\"Kernel Name\",\"Context\",\"Stream\",\"Block Size\",\"Grid Size\",\"Device\",\"CC\",\"Section Name\",\"Metric Name\",\"Metric Unit\",\"Metric Value\"\n";
            return true;
        }
        var launch = _next - 1;
        if (launch >= _launches)
        {
            return false;
        }
        var sb = new System.Text.StringBuilder(2048);
        var kernel = "void at::native::vectorized_elementwise_kernel<4, at::native::FillFunctor<float>, at::detail::Array<char*, " + (launch % DistinctKernels) + ">>(int, float*)";
        foreach (var metric in Metrics)
        {
            var value = metric.StartsWith("lts__t_sectors_op_read", StringComparison.Ordinal) ? ReadOf(launch)
                : metric.StartsWith("gpu__", StringComparison.Ordinal) ? 2_048 + launch % 13 : launch % 5;
            var unit = metric.StartsWith("gpu__", StringComparison.Ordinal) ? "nsecond" : "sector";
            sb.Append('"').Append(launch).Append("\",\"4242\",\"python3\",\"127.0.0.1\",\"").Append(kernel)
              .Append("\",\"1\",\"7\",\"(128, 1, 1)\",\"(1024, 1, 1)\",\"0\",\"8.0\",\"Command line profiler metrics\",\"")
              .Append(metric).Append("\",\"").Append(unit).Append("\",\"").Append(value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)).Append("\"\n");
        }
        _chunk = sb.ToString();
        return true;
    }
}
