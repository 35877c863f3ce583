using System;
using System.Collections.Generic;
using System.Linq;

namespace DeepNvm.Language.Units;

/// <summary>One unit symbol: its factor to SI and its dimension.</summary>
/// <param name="RateFactor">For byte units with a decimal meaning in rates (GB/s is 10⁹ B/s, as
/// vendors quote bandwidth), the factor used when the whole unit is a bandwidth.</param>
/// <param name="Warning">A note to surface when the symbol is used (e.g. the ambiguous 'kB').</param>
public sealed record UnitAtom(string Symbol, double Factor, Dimension Dimension, bool IsFeatureSize = false, double? RateFactor = null, string? Warning = null);

/// <summary>
/// The unit symbols .nvm files may use. <c>F</c> is the feature size, never the farad (write
/// capacitance as aF, fF, pF, nF, uF or farad). Byte prefixes are binary (1 KB = 1024 B), as NVSim
/// reads capacities; KiB/MiB/GiB are accepted as synonyms.
/// </summary>
public static class UnitTable
{
    private static readonly Dictionary<string, UnitAtom> Atoms = Build();

    /// <summary>Every symbol, for documentation and suggestions.</summary>
    public static IReadOnlyCollection<UnitAtom> All => Atoms.Values;

    public static bool TryGet(string symbol, out UnitAtom atom) => Atoms.TryGetValue(symbol, out atom!);

    /// <summary>The closest known symbol to a misspelt one, or null when none is close. A symbol that differs
    /// only in case from exactly one known symbol (<c>NS</c> for <c>ns</c>) suggests that one: case carries
    /// meaning in units (mS vs MS), so it is never silently accepted, but it is the likeliest slip.</summary>
    public static string? Suggest(string symbol)
    {
        var sameLetters = Atoms.Keys.Where(k => string.Equals(k, symbol, StringComparison.OrdinalIgnoreCase)).ToArray();
        return sameLetters.Length == 1 ? sameLetters[0] : EditDistance.Closest(Atoms.Keys, symbol, Math.Max(1, symbol.Length / 3));
    }

    private static Dictionary<string, UnitAtom> Build()
    {
        var atoms = new Dictionary<string, UnitAtom>(StringComparer.Ordinal);
        void Add(string symbol, double factor, Dimension dimension, bool feature = false, double? rate = null, string? warning = null) =>
            atoms.Add(symbol, new UnitAtom(symbol, factor, dimension, feature, rate, warning));

        void Prefixed(string baseSymbol, Dimension dimension, string prefixes)
        {
            foreach (var prefix in prefixes.Split(' '))
            {
                Add(prefix == "1" ? baseSymbol : prefix + baseSymbol, PrefixFactor(prefix), dimension);
            }
        }

        Prefixed("m", Dimension.LengthDim, "1 c m u µ n p");
        Add("F", 1, Dimension.LengthDim, feature: true);
        Prefixed("s", Dimension.TimeDim, "1 m u µ n p f");
        Prefixed("Hz", Dimension.FrequencyDim, "1 k M G T");
        Prefixed("J", Dimension.EnergyDim, "1 m u µ n p f a");
        Prefixed("W", Dimension.PowerDim, "1 k m u µ n p");
        Prefixed("A", Dimension.CurrentDim, "1 m u µ n p");
        Prefixed("V", Dimension.VoltageDim, "1 k m u µ");
        Prefixed("ohm", Dimension.ResistanceDim, "1 k M G");
        Prefixed("Ohm", Dimension.ResistanceDim, "1 k M G");
        Prefixed("Ω", Dimension.ResistanceDim, "1 k M G");
        Add("farad", 1, Dimension.CapacitanceDim);
        foreach (var prefix in new[] { "a", "f", "p", "n", "u", "µ" })
        {
            Add(prefix + "F", PrefixFactor(prefix), Dimension.CapacitanceDim);
        }

        Add("K", 1, Dimension.TemperatureDim);
        Add("%", 0.01, Dimension.None);

        Add("B", 1, Dimension.InformationDim);
        Add("b", 0.125, Dimension.InformationDim);
        Add("bit", 0.125, Dimension.InformationDim);
        var binary = new[] { ("K", 1), ("M", 2), ("G", 3), ("T", 4) };
        foreach (var (prefix, power) in binary)
        {
            var factor = Math.Pow(1024, power);
            var decimalFactor = Math.Pow(1000, power);
            Add(prefix + "B", factor, Dimension.InformationDim, rate: decimalFactor);
            Add(prefix + "iB", factor, Dimension.InformationDim);
            Add(prefix + "bit", factor / 8, Dimension.InformationDim, rate: decimalFactor / 8);
            Add(prefix + "b", factor / 8, Dimension.InformationDim, rate: decimalFactor / 8);
        }

        Add("kB", 1024, Dimension.InformationDim, rate: 1000,
            warning: "'kB' is read as 1024 bytes (capacities are binary, as in NVSim); write 'KB' or 'KiB' to say so");
        return atoms;
    }

    private static double PrefixFactor(string prefix) => prefix switch
    {
        "1" => 1,
        "T" => 1e12,
        "G" => 1e9,
        "M" => 1e6,
        "k" => 1e3,
        "c" => 1e-2,
        "m" => 1e-3,
        "u" or "µ" => 1e-6,
        "n" => 1e-9,
        "p" => 1e-12,
        "f" => 1e-15,
        "a" => 1e-18,
        _ => throw new ArgumentOutOfRangeException(nameof(prefix), prefix, "unknown SI prefix"),
    };
}
