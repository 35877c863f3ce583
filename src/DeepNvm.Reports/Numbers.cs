using System.Globalization;
using System.Text.Json;

namespace DeepNvm.Reports;

/// <summary>How a report prints numbers: invariant culture, a few significant digits.</summary>
public static class Numbers
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>A ratio with two decimals (<c>3.81</c>); NaN as an em dash.</summary>
    public static string Ratio(double value) => double.IsNaN(value) || double.IsInfinity(value) ? "—" : value.ToString("0.00", Inv);

    /// <summary>Four significant digits in SI-friendly form (<c>0.1234</c>, <c>1.234E-05</c>).</summary>
    public static string G(double value) => double.IsNaN(value) ? "—" : value.ToString("G4", Inv);

    /// <summary>A value scaled to a unit (<c>Scaled(2e-9, 1e9)</c> = "2.000").</summary>
    public static string Fixed(double value, double scale, int decimals = 3) =>
        double.IsNaN(value) ? "—" : (value * scale).ToString("F" + decimals, Inv);

    private static readonly string[] SiUnits = { "s", "J", "W", "A", "V", "m", "Hz", "ohm", "Ω" };
    private static readonly (double Scale, string Prefix)[] Prefixes =
    {
        (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1, ""), (1e-3, "m"), (1e-6, "µ"), (1e-9, "n"), (1e-12, "p"), (1e-15, "f"), (1e-18, "a"),
    };

    /// <summary>A quantity with three significant digits and, for an SI unit, the prefix that puts it in [1, 1000):
    /// <c>Quantity(1.5e-13, "J")</c> = "150 fJ", <c>Quantity(7.34e-10, "s")</c> = "734 ps"; other units (F^2, none)
    /// as the number and the unit ("72 F^2").</summary>
    public static string Quantity(double value, string unit)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return "—";
        }

        if (Array.IndexOf(SiUnits, unit) >= 0 && value != 0)
        {
            foreach (var (scale, prefix) in Prefixes)
            {
                if (Math.Abs(value) >= scale * 0.9995 || scale == 1e-18)
                {
                    return (value / scale).ToString("G3", Inv) + " " + prefix + unit;
                }
            }
        }

        return value.ToString("G3", Inv) + (unit.Length > 0 ? " " + unit : "");
    }

    /// <summary>Bytes with a binary prefix: 2816 KB, 4 MB, 5.5 MB.</summary>
    public static string Bytes(long bytes)
    {
        if (bytes >= 1L << 30 && bytes % (1L << 20) == 0 && bytes % (1L << 30) == 0)
        {
            return (bytes >> 30).ToString(Inv) + " GB";
        }

        if (bytes >= 1L << 20)
        {
            var mb = bytes / (double)(1L << 20);
            return Math.Abs(mb - Math.Round(mb)) < 1e-9 ? ((long)mb).ToString(Inv) + " MB"
                : bytes % 1024 == 0 && mb < 16 ? (bytes / 1024).ToString(Inv) + " KB" : mb.ToString("0.##", Inv) + " MB";
        }

        return bytes % 1024 == 0 ? (bytes / 1024).ToString(Inv) + " KB" : bytes.ToString(Inv) + " B";
    }

    /// <summary>A number in JSON, which has no NaN or infinity: those become null. With a null
    /// <paramref name="name"/> it is written as an array element.</summary>
    internal static void JsonNumber(Utf8JsonWriter w, string? name, double value)
    {
        if (name is not null)
        {
            w.WritePropertyName(name);
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            w.WriteNullValue();
        }
        else
        {
            w.WriteNumberValue(value);
        }
    }
}
