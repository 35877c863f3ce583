using System.Globalization;
using System.Text;
using System.Text.Json;
using DeepNvm.Model;
using DeepNvm.Model.Banks;

namespace DeepNvm.Cli.Nvsim;

/// <summary>Formats a characterized cache the way NVSim's cache summary does (fixed units: mm², ns, nJ, mW),
/// as text or as one JSON object.</summary>
internal static class NvsimReport
{
    private static string F(double v, string format = "F3") => v.ToString(format, CultureInfo.InvariantCulture);

    public static void Text(TextWriter output, string source, CacheParameters cache, CacheCharacteristics c)
    {
        output.WriteLine("CACHE DESIGN -- SUMMARY  (" + source + ")");
        output.WriteLine("Access Mode: " + cache.AccessMode + ", " + cache.Associativity + "-way, " + cache.CapacityBytes / 1024 + " KB, "
            + cache.LineBytes * 8 + "-bit lines, optimized for " + cache.Optimize);
        output.WriteLine("Area:");
        output.WriteLine(" - Total Area = " + F(c.AreaSquareMeters * 1e6) + "mm^2");
        output.WriteLine(" |--- Data Array Area = " + F(c.DataAreaSquareMeters * 1e6) + "mm^2");
        output.WriteLine(" |--- Tag Array Area  = " + F(c.TagAreaSquareMeters * 1e6) + "mm^2");
        output.WriteLine("Timing:");
        output.WriteLine(" - Cache Hit Latency   = " + F(c.HitLatencySeconds * 1e9) + "ns");
        output.WriteLine(" - Cache Miss Latency  = " + F(c.MissLatencySeconds * 1e9) + "ns");
        output.WriteLine(" - Cache Write Latency = " + F(c.WriteLatencySeconds * 1e9) + "ns");
        output.WriteLine("Power:");
        output.WriteLine(" - Cache Hit Dynamic Energy   = " + F(c.HitEnergyJoules * 1e9) + "nJ per access");
        output.WriteLine(" - Cache Miss Dynamic Energy  = " + F(c.MissEnergyJoules * 1e9) + "nJ per access");
        output.WriteLine(" - Cache Write Dynamic Energy = " + F(c.WriteEnergyJoules * 1e9) + "nJ per access");
        output.WriteLine(" - Cache Total Leakage Power  = " + F(c.LeakageWatts * 1e3) + "mW");
        output.WriteLine(" |--- Cache Data Array Leakage Power = " + F(c.DataLeakageWatts * 1e3) + "mW");
        output.WriteLine(" |--- Cache Tag Array Leakage Power  = " + F(c.TagLeakageWatts * 1e3) + "mW");
        if (c.Data is { } d)
        {
            Organization(output, "Data array", d.Organization);
        }

        if (c.Tag is { } t)
        {
            Organization(output, "Tag array", t.Organization);
        }

        if (c.Note is { } note)
        {
            output.WriteLine("Note: " + note);
        }
    }

    private static void Organization(TextWriter output, string what, ArrayOrganization o)
    {
        output.WriteLine(what + ": " + o.RowMats + " x " + o.ColumnMats + " mats, " + o.ActiveRowMats + " x " + o.ActiveColumnMats + " active; "
            + o.RowSubarrays + " x " + o.ColumnSubarrays + " subarrays per mat (" + o.ActiveRowSubarrays + " x " + o.ActiveColumnSubarrays
            + " active) of " + o.SubarrayRows + " rows x " + o.SubarrayColumns + " columns; mux " + o.MuxSenseAmp + "/" + o.MuxLev1 + "/" + o.MuxLev2);
    }

    public static string Json(CacheCharacteristics c)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("areaMm2", Round(c.AreaSquareMeters * 1e6));
            w.WriteNumber("hitLatencyNs", Round(c.HitLatencySeconds * 1e9));
            w.WriteNumber("missLatencyNs", Round(c.MissLatencySeconds * 1e9));
            w.WriteNumber("writeLatencyNs", Round(c.WriteLatencySeconds * 1e9));
            w.WriteNumber("hitEnergyNj", Round(c.HitEnergyJoules * 1e9));
            w.WriteNumber("missEnergyNj", Round(c.MissEnergyJoules * 1e9));
            w.WriteNumber("writeEnergyNj", Round(c.WriteEnergyJoules * 1e9));
            w.WriteNumber("leakageMw", Round(c.LeakageWatts * 1e3));
            if (c.Data is { } d)
            {
                w.WritePropertyName("organization");
                Organization(w, d.Organization);
            }

            if (c.Tag is { } t)
            {
                w.WritePropertyName("tagOrganization");
                Organization(w, t.Organization);
            }

            w.WriteNumber("slices", c.Slices);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static double Round(double v) => double.Parse(v.ToString("G6", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void Organization(Utf8JsonWriter w, ArrayOrganization o)
    {
        w.WriteStartObject();
        w.WriteString("bankMats", o.RowMats + "x" + o.ColumnMats);
        w.WriteString("activeMats", o.ActiveRowMats + "x" + o.ActiveColumnMats);
        w.WriteString("matSubarrays", o.RowSubarrays + "x" + o.ColumnSubarrays);
        w.WriteString("activeSubarrays", o.ActiveRowSubarrays + "x" + o.ActiveColumnSubarrays);
        w.WriteString("subarray", o.SubarrayRows + "x" + o.SubarrayColumns);
        w.WriteString("mux", o.MuxSenseAmp + "/" + o.MuxLev1 + "/" + o.MuxLev2);
        w.WriteEndObject();
    }
}
