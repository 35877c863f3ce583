using System.Globalization;
using System.Text;
using System.Text.Json;
using DeepNvm.Workloads;

namespace DeepNvm.Cli.Commands;

/// <summary>Prints a workload's totals, as the JSON object both `profile` and `traffic` emit or as text.</summary>
internal static class TrafficReport
{
    /// <summary>One JSON object: kernels, l2ReadSectors, l2WriteSectors, dramReadSectors, dramWriteSectors,
    /// durationNs (null when unknown), metricFamily.</summary>
    public static string Json(WorkloadTraffic t)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("kernels", t.Kernels);
            w.WriteNumber("l2ReadSectors", t.L2ReadSectors);
            w.WriteNumber("l2WriteSectors", t.L2WriteSectors);
            w.WriteNumber("dramReadSectors", t.DramReadSectors);
            w.WriteNumber("dramWriteSectors", t.DramWriteSectors);
            if (t.DurationSeconds is { } s)
            {
                w.WriteNumber("durationNs", Math.Round(s * 1e9, 3));
            }
            else
            {
                w.WriteNull("durationNs");
            }
            w.WriteString("metricFamily", t.Family.ToId());
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Aligned text lines, one per total.</summary>
    public static void Text(TextWriter output, WorkloadTraffic t)
    {
        output.WriteLine(Line("kernels", t.Kernels.ToString("N0", CultureInfo.InvariantCulture), "launches"));
        output.WriteLine(Line("L2 reads", Sectors(t.L2ReadSectors), Bytes(t.L2ReadSectors)));
        output.WriteLine(Line("L2 writes", Sectors(t.L2WriteSectors), Bytes(t.L2WriteSectors)));
        output.WriteLine(Line("DRAM reads", Sectors(t.DramReadSectors), Bytes(t.DramReadSectors)));
        output.WriteLine(Line("DRAM writes", Sectors(t.DramWriteSectors), Bytes(t.DramWriteSectors)));
        output.WriteLine(Line("duration", t.DurationSeconds is { } s ? Duration(s) : "unknown", ""));
        output.WriteLine(Line("metric family", t.Family.ToId(), ""));
    }

    private static string Line(string label, string value, string note) =>
        (label.PadRight(14) + value.PadLeft(20) + (note.Length > 0 ? "  " + note : "")).TrimEnd();

    private static string Sectors(double sectors) => sectors.ToString("N0", CultureInfo.InvariantCulture);

    private static string Bytes(double sectors)
    {
        var bytes = sectors * WorkloadTraffic.SectorBytes;
        string[] units = { "B", "KiB", "MiB", "GiB", "TiB" };
        var u = 0;
        while (bytes >= 1024 && u < units.Length - 1)
        {
            bytes /= 1024;
            u++;
        }
        return "sectors (" + bytes.ToString(u == 0 ? "0" : "0.0", CultureInfo.InvariantCulture) + " " + units[u] + ")";
    }

    private static string Duration(double seconds) =>
        seconds >= 1 ? seconds.ToString("0.000", CultureInfo.InvariantCulture) + " s"
        : seconds >= 1e-3 ? (seconds * 1e3).ToString("0.000", CultureInfo.InvariantCulture) + " ms"
        : (seconds * 1e6).ToString("0.000", CultureInfo.InvariantCulture) + " us";

    /// <summary>Writes a workload error in MSBuild form and returns the diagnostics exit code.</summary>
    public static int Fail(TextWriter error, WorkloadException e)
    {
        error.WriteLine(e.Format());
        return ExitCodes.Diagnostics;
    }

    /// <summary>Writes a usage error and returns the usage exit code.</summary>
    public static int Usage(TextWriter error, string message)
    {
        error.WriteLine("deepnvm: " + message);
        return ExitCodes.Usage;
    }
}
