using System.Collections.Generic;
using System.Text;

namespace DeepNvm.Language.Units;

/// <summary>
/// A physical dimension as exponents of base quantities: the SI bases this domain needs (length,
/// mass, time, current, temperature) plus information, kept separate so a memory capacity never
/// mixes silently with a plain count.
/// </summary>
public readonly record struct Dimension(sbyte Length, sbyte Mass, sbyte Time, sbyte Current, sbyte Temperature, sbyte Information)
{
    public static readonly Dimension None = default;
    public static readonly Dimension LengthDim = new(1, 0, 0, 0, 0, 0);
    public static readonly Dimension AreaDim = new(2, 0, 0, 0, 0, 0);
    public static readonly Dimension TimeDim = new(0, 0, 1, 0, 0, 0);
    public static readonly Dimension FrequencyDim = new(0, 0, -1, 0, 0, 0);
    public static readonly Dimension EnergyDim = new(2, 1, -2, 0, 0, 0);
    public static readonly Dimension PowerDim = new(2, 1, -3, 0, 0, 0);
    public static readonly Dimension CurrentDim = new(0, 0, 0, 1, 0, 0);
    public static readonly Dimension VoltageDim = new(2, 1, -3, -1, 0, 0);
    public static readonly Dimension ResistanceDim = new(2, 1, -3, -2, 0, 0);
    public static readonly Dimension CapacitanceDim = new(-2, -1, 4, 2, 0, 0);
    public static readonly Dimension TemperatureDim = new(0, 0, 0, 0, 1, 0);
    public static readonly Dimension InformationDim = new(0, 0, 0, 0, 0, 1);
    public static readonly Dimension BandwidthDim = new(0, 0, -1, 0, 0, 1);
    public static readonly Dimension EnergyPerInformationDim = new(2, 1, -2, 0, 0, -1);

    private static readonly Dictionary<Dimension, string> Names = new()
    {
        [None] = "a plain number",
        [LengthDim] = "a length",
        [AreaDim] = "an area",
        [TimeDim] = "a time",
        [FrequencyDim] = "a frequency",
        [EnergyDim] = "an energy",
        [PowerDim] = "a power",
        [CurrentDim] = "a current",
        [VoltageDim] = "a voltage",
        [ResistanceDim] = "a resistance",
        [CapacitanceDim] = "a capacitance",
        [TemperatureDim] = "a temperature",
        [InformationDim] = "a data size",
        [BandwidthDim] = "a bandwidth",
        [EnergyPerInformationDim] = "an energy per bit",
    };

    public bool IsDimensionless => this == None;

    public static Dimension operator *(Dimension a, Dimension b) => new(
        Add(a.Length, b.Length), Add(a.Mass, b.Mass), Add(a.Time, b.Time),
        Add(a.Current, b.Current), Add(a.Temperature, b.Temperature), Add(a.Information, b.Information));

    public static Dimension operator /(Dimension a, Dimension b) => a * b.Pow(-1);

    public Dimension Pow(int power) => new(
        Mul(Length, power), Mul(Mass, power), Mul(Time, power),
        Mul(Current, power), Mul(Temperature, power), Mul(Information, power));

    /// <summary>A readable name: "a time", or the base exponents for unnamed combinations.</summary>
    public string Describe()
    {
        if (Names.TryGetValue(this, out var name))
        {
            return name;
        }

        var text = new StringBuilder("a quantity of dimension ");
        Append(text, "m", Length);
        Append(text, "kg", Mass);
        Append(text, "s", Time);
        Append(text, "A", Current);
        Append(text, "K", Temperature);
        Append(text, "B", Information);
        return text.ToString().TrimEnd('·');
    }

    private static void Append(StringBuilder text, string symbol, sbyte exponent)
    {
        if (exponent == 0)
        {
            return;
        }

        text.Append(symbol);
        if (exponent != 1)
        {
            text.Append('^').Append(exponent);
        }

        text.Append('·');
    }

    private static sbyte Add(sbyte a, sbyte b) => checked((sbyte)(a + b));

    private static sbyte Mul(sbyte a, int b) => checked((sbyte)(a * b));
}
