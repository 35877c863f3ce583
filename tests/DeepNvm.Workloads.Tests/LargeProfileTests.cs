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
        // reads plus atomics and reductions
        profile.Totals.L2ReadSectors.ShouldBe(GeneratedNsightDetails.ExpectedSum(launches, i => GeneratedNsightDetails.ReadOf(i) + 2 * SyntheticNsightDetails.AtomicsOf(i)));
        GC.KeepAlive(profile);
    }
}

/// <summary>Streams a synthetic Nsight Compute details page launch by launch, never holding the whole text.</summary>
internal sealed class GeneratedNsightDetails : TextReader
{
    public const int DistinctKernels = SyntheticNsightDetails.DistinctKernels;
    private readonly int _launches;
    private readonly System.Text.StringBuilder _sb = new(4096);
    private int _next = -1;
    private string _chunk = "";
    private int _position;

    public GeneratedNsightDetails(int launches) => _launches = launches;

    public long CharsProduced { get; private set; }

    public static long ReadOf(int launch) => SyntheticNsightDetails.ReadOf(launch);

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
        if (_position == _chunk.Length && !NextChunk())
        {
            return 0;
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
            _chunk = SyntheticNsightDetails.Header;
            return true;
        }
        if (_next - 1 >= _launches)
        {
            return false;
        }
        _sb.Clear();
        SyntheticNsightDetails.AppendLaunch(_sb, _next - 1);
        _chunk = _sb.ToString();
        return true;
    }
}
