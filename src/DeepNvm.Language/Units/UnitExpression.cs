using System.Collections.Generic;
using System.Globalization;

namespace DeepNvm.Language.Units;

/// <summary>The meaning of a unit expression such as <c>pJ/bit</c>, <c>F^2</c> or <c>GB/s</c>.</summary>
public readonly record struct UnitValue(double Factor, Dimension Dimension, int FeaturePower);

/// <summary>The outcome of reading a unit expression: a value, or an error message (and maybe a warning).</summary>
public sealed record UnitParseResult(UnitValue? Value, string? Error, string? Warning, bool IsUnknownUnit);

/// <summary>
/// Reads unit expressions: factors separated by <c>*</c>, <c>·</c> or <c>/</c>, read left to
/// right (<c>a/b*c</c> is (a/b)·c), each an atom with an optional integer power (<c>um^2</c>,
/// <c>s^-1</c>).
/// </summary>
public static class UnitExpression
{
    public static UnitParseResult Parse(string text)
    {
        var factor = 1.0;
        var rateFactor = 1.0;
        var dimension = Dimension.None;
        var featurePower = 0;
        string? warning = null;
        var position = 0;
        var divide = false;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && text[position] != '^' && text[position] != '*' && text[position] != '/' && text[position] != '·')
            {
                position++;
            }

            var symbol = text.Substring(start, position - start);
            var power = 1;
            if (position < text.Length && text[position] == '^')
            {
                position++;
                var powerStart = position;
                if (position < text.Length && (text[position] == '-' || text[position] == '+'))
                {
                    position++;
                }

                while (position < text.Length && char.IsDigit(text[position]))
                {
                    position++;
                }

                var powerText = text.Substring(powerStart, position - powerStart);
                if (!int.TryParse(powerText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out power) || power == 0 || power > 9 || power < -9)
                {
                    return new UnitParseResult(null, $"'{text}' has an invalid power '^{powerText}'; write a whole number from -9 to 9, not 0", null, false);
                }
            }

            if (symbol.Length == 0)
            {
                return new UnitParseResult(null, $"'{text}' is missing a unit symbol", null, false);
            }

            if (!UnitTable.TryGet(symbol, out var atom))
            {
                var suggestion = UnitTable.Suggest(symbol);
                var hint = suggestion is null ? "" : $"; did you mean '{suggestion}'?";
                return new UnitParseResult(null, $"unknown unit '{symbol}'{hint}", null, true);
            }

            warning ??= atom.Warning;
            var signedPower = divide ? -power : power;
            factor *= System.Math.Pow(atom.Factor, signedPower);
            rateFactor *= System.Math.Pow(atom.RateFactor ?? atom.Factor, signedPower);
            dimension *= atom.Dimension.Pow(signedPower);
            if (atom.IsFeatureSize)
            {
                featurePower += signedPower;
            }

            if (position < text.Length)
            {
                divide = text[position] == '/';
                position++;
                if (position == text.Length)
                {
                    return new UnitParseResult(null, $"'{text}' ends with an operator", null, false);
                }
            }
        }

        // Vendors quote bandwidth in decimal GB/s while capacities are binary.
        var chosen = dimension == Dimension.BandwidthDim ? rateFactor : factor;
        return new UnitParseResult(new UnitValue(chosen, dimension, featurePower), null, warning, false);
    }

    /// <summary>Symbols the grammar accepts as the characters of a unit token.</summary>
    public static bool IsUnitStart(char c) => char.IsLetter(c) || c == 'µ' || c == 'Ω' || c == '%';

    public static bool IsUnitPart(char c) => IsUnitStart(c) || char.IsDigit(c) || c == '^' || c == '*' || c == '/' || c == '·' || c == '-' || c == '+';

    /// <summary>The unit an SI value of <paramref name="dimension"/> is written in so that the language
    /// reads it back unchanged ("J", "Ohm", "m^2"; "F^2" for a value in feature sizes; "" for a plain number).</summary>
    public static string SiSymbol(Dimension dimension, int featurePower = 0)
    {
        if (featurePower != 0)
        {
            return featurePower == 1 ? "F" : "F^" + featurePower.ToString(CultureInfo.InvariantCulture);
        }

        var symbols = new Dictionary<Dimension, string>
        {
            [Dimension.None] = "",
            [Dimension.LengthDim] = "m",
            [Dimension.AreaDim] = "m^2",
            [Dimension.TimeDim] = "s",
            [Dimension.FrequencyDim] = "Hz",
            [Dimension.EnergyDim] = "J",
            [Dimension.PowerDim] = "W",
            [Dimension.CurrentDim] = "A",
            [Dimension.VoltageDim] = "V",
            [Dimension.ResistanceDim] = "Ohm",
            [Dimension.CapacitanceDim] = "farad",
            [Dimension.TemperatureDim] = "K",
            [Dimension.InformationDim] = "B",
            [Dimension.BandwidthDim] = "B/s",
            [Dimension.EnergyPerInformationDim] = "J/B",
        };
        return symbols.TryGetValue(dimension, out var symbol) ? symbol : throw new System.ArgumentException("no SI symbol for " + dimension.Describe(), nameof(dimension));
    }

    /// <summary>Units for a dimension, for messages like "write a unit, e.g. ns".</summary>
    public static string ExampleFor(Dimension dimension, bool allowsFeatureSize = true)
    {
        if (dimension == Dimension.LengthDim && !allowsFeatureSize)
        {
            return "16 nm";
        }

        var examples = new Dictionary<Dimension, string>
        {
            [Dimension.LengthDim] = "16 nm or 8 F",
            [Dimension.AreaDim] = "146 F^2 or 0.05 um^2",
            [Dimension.TimeDim] = "5 ns",
            [Dimension.FrequencyDim] = "1582 MHz",
            [Dimension.EnergyDim] = "1 pJ",
            [Dimension.PowerDim] = "30 uW",
            [Dimension.CurrentDim] = "40 uA",
            [Dimension.VoltageDim] = "0.25 V",
            [Dimension.ResistanceDim] = "6 kOhm",
            [Dimension.CapacitanceDim] = "1 fF",
            [Dimension.TemperatureDim] = "350 K",
            [Dimension.InformationDim] = "2816 KB",
            [Dimension.BandwidthDim] = "484 GB/s",
            [Dimension.EnergyPerInformationDim] = "14 pJ/bit",
        };
        return examples.TryGetValue(dimension, out var example) ? example : "a unit of " + dimension.Describe();
    }
}
