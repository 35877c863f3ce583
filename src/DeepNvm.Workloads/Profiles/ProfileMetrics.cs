using System;
using System.Collections.Generic;

namespace DeepNvm.Workloads.Profiles;

/// <summary>The quantities the importer reads, whatever the profiler calls them.</summary>
internal enum Quantity
{
    L2Read,
    L2Write,
    L2Atom,
    L2Red,
    L2TexRead,
    L2TexWrite,
    DramRead,
    DramWrite,
    DramReadBytes,
    DramWriteBytes,
    Duration,
}

/// <summary>Metric names of nvprof and Nsight Compute mapped to <see cref="Quantity"/>, and unit conversion.
/// The pairing of names is profilers.md §3a (CUPTI, Nsight Compute, Accel-Sim's correlator).</summary>
internal static class ProfileMetrics
{
    public const int QuantityCount = 11;

    /// <summary>Metric name → quantity. Names are matched exactly (a typo such as
    /// <c>dram__sector_read.sum</c> is not silently accepted).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, Quantity>> Names = new[]
    {
        // nvprof (CC ≤ 7.x)
        Pair("l2_read_transactions", Quantity.L2Read),
        Pair("l2_write_transactions", Quantity.L2Write),
        Pair("l2_tex_read_transactions", Quantity.L2TexRead),
        Pair("l2_tex_write_transactions", Quantity.L2TexWrite),
        Pair("dram_read_transactions", Quantity.DramRead),
        Pair("dram_write_transactions", Quantity.DramWrite),
        Pair("dram_read_bytes", Quantity.DramReadBytes),
        Pair("dram_write_bytes", Quantity.DramWriteBytes),
        Pair("Duration", Quantity.Duration),
        // Nsight Compute (CC ≥ 7.0)
        Pair("lts__t_sectors_op_read.sum", Quantity.L2Read),
        Pair("lts__t_sectors_op_write.sum", Quantity.L2Write),
        Pair("lts__t_sectors_op_atom.sum", Quantity.L2Atom),
        Pair("lts__t_sectors_op_red.sum", Quantity.L2Red),
        Pair("lts__t_sectors_srcunit_tex_op_read.sum", Quantity.L2TexRead),
        Pair("lts__t_sectors_srcunit_tex_op_write.sum", Quantity.L2TexWrite),
        Pair("dram__sectors_read.sum", Quantity.DramRead),
        Pair("dram__sectors_write.sum", Quantity.DramWrite),
        Pair("dram__bytes_read.sum", Quantity.DramReadBytes),
        Pair("dram__bytes_write.sum", Quantity.DramWriteBytes),
        Pair("gpu__time_duration.sum", Quantity.Duration),
    };

    /// <summary>The metrics the recipe collects with Nsight Compute (tools/profiling).</summary>
    public static readonly string[] NsightComputeRecipe =
    {
        "lts__t_sectors_op_read.sum", "lts__t_sectors_op_write.sum", "lts__t_sectors_op_atom.sum",
        "lts__t_sectors_op_red.sum", "lts__t_sectors_srcunit_tex_op_read.sum", "lts__t_sectors_srcunit_tex_op_write.sum",
        "dram__sectors_read.sum", "dram__sectors_write.sum", "gpu__time_duration.sum",
    };

    private static KeyValuePair<string, Quantity> Pair(string name, Quantity q) => new(name, q);

    /// <summary>The quantity a metric name stands for, by exact match of the characters.</summary>
    public static bool TryLookup(char[] chars, int start, int length, out Quantity quantity)
    {
        foreach (var pair in Names)
        {
            var name = pair.Key;
            if (name.Length != length)
            {
                continue;
            }
            var same = true;
            for (var i = 0; i < length; i++)
            {
                if (chars[start + i] != name[i])
                {
                    same = false;
                    break;
                }
            }
            if (same)
            {
                quantity = pair.Value;
                return true;
            }
        }
        quantity = default;
        return false;
    }

    public static bool TryLookup(string name, out Quantity quantity) => TryLookup(name.ToCharArray(), 0, name.Length, out quantity);

    /// <summary>The profiler's name for a quantity, for messages.</summary>
    public static string NameOf(Quantity quantity, bool nsightCompute)
    {
        foreach (var pair in Names)
        {
            if (pair.Value == quantity && pair.Key.Contains("__") == nsightCompute)
            {
                return pair.Key;
            }
        }
        return quantity == Quantity.Duration ? (nsightCompute ? "gpu__time_duration.sum" : "Duration") : quantity.ToString();
    }

    public static bool IsTime(Quantity q) => q == Quantity.Duration;

    /// <summary>Factor that converts a value in <paramref name="unit"/> to the canonical unit of
    /// <paramref name="quantity"/>: sectors for counts (bytes / 32), nanoseconds for time. Null when the
    /// unit cannot be converted. An empty unit means the profiler's base unit (sectors, bytes, or the
    /// <paramref name="defaultTimeUnitNs"/>).</summary>
    public static double? Factor(Quantity quantity, string unit, double defaultTimeUnitNs)
    {
        unit = unit.Trim();
        if (IsTime(quantity))
        {
            switch (unit)
            {
                case "": return defaultTimeUnitNs;
                case "ns": case "nsecond": case "nsec": return 1;
                case "us": case "usecond": case "usec": case "\u00B5s": return 1e3;
                case "ms": case "msecond": case "msec": return 1e6;
                case "s": case "second": case "sec": return 1e9;
                default: return null;
            }
        }
        var bytesQuantity = quantity == Quantity.DramReadBytes || quantity == Quantity.DramWriteBytes;
        switch (unit)
        {
            case "":
                return bytesQuantity ? 1.0 / WorkloadTraffic.SectorBytes : 1;
            case "sector": case "sectors": return 1;
            case "Ksector": return 1e3;
            case "Msector": return 1e6;
            case "Gsector": return 1e9;
            case "byte": case "bytes": case "B": return 1.0 / WorkloadTraffic.SectorBytes;
            case "Kbyte": case "KB": return 1e3 / WorkloadTraffic.SectorBytes;
            case "Mbyte": case "MB": return 1e6 / WorkloadTraffic.SectorBytes;
            case "Gbyte": case "GB": return 1e9 / WorkloadTraffic.SectorBytes;
            case "Tbyte": case "TB": return 1e12 / WorkloadTraffic.SectorBytes;
            default: return null;
        }
    }

    /// <summary>Whether a quantity's values are whole numbers in their base unit (helps read "1,234").</summary>
    public static bool IsIntegerValued(Quantity quantity, string unit) =>
        !IsTime(quantity) ? unit.Length == 0 || unit.IndexOf("sector", StringComparison.Ordinal) >= 0 || unit == "byte"
                          : unit == "nsecond" || unit == "ns";
}
