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
