using System;
using System.Globalization;
using System.Text;

namespace DeepNvm.Model.Nvsim;

/// <summary>Writes a cell as a <c>.nvm</c> declaration (the text <c>deepnvm import nvsim</c> produces).</summary>
public static class NvmCellWriter
{
    /// <summary>The .nvm text of a cell imported from <paramref name="sourceFile"/>. When the source's set and reset
    /// figures differ, a comment says that the worse of each was kept.</summary>
    public static string Write(CellParameters cell, string sourceFile, bool asymmetricSetReset)
    {
        var name = Identifier(cell.Name);
        var sb = new StringBuilder();
        sb.Append("// Imported from NVSim cell file ").Append(sourceFile).Append(" by `deepnvm import nvsim`.\n");
        sb.Append("// NVSim units were converted to SI; dimensions in F are relative to the node the cell is used at.\n");
        if (asymmetricSetReset)
        {
            sb.Append("// The source's SET and RESET figures differ: the write block keeps the worse (larger) of each,\n");
            sb.Append("// which is what NVSim itself uses for the write latency and energy.\n");
        }

        switch (cell.Kind)
        {
            case CellKind.Sram:
                sb.Append("cell ").Append(name).Append(" : sram {\n");
                Line(sb, "area", Feature(cell.Area));
                Line(sb, "aspect_ratio", Num(cell.AspectRatio));
                Line(sb, "access_width", Feature(cell.AccessWidth));
                Line(sb, "nmos_width", Feature(cell.SramNmosWidth));
                Line(sb, "pmos_width", Feature(cell.SramPmosWidth));
                sb.Append("  read { min_sense_voltage = ").Append(Volts(cell.MinSenseVoltageVolts)).Append(" }\n");
                break;
            default:
                sb.Append("cell ").Append(name).Append(" : ").Append(cell.Kind switch
                {
                    CellKind.Mtj => "mtj",
                    CellKind.Sot => "sot",
                    _ => "resistive",
                }).Append(" {\n");
                Line(sb, "area", Feature(cell.Area));
                Line(sb, "aspect_ratio", Num(cell.AspectRatio));
                Line(sb, "access_width", Feature(cell.AccessWidth));
                Line(sb, "resistance_on", Ohms(cell.ResistanceOnOhms));
                Line(sb, "resistance_off", Ohms(cell.ResistanceOffOhms));
                Line(sb, "access_voltage_drop", Volts(cell.AccessVoltageDropVolts));
                sb.Append("  read  { mode = ").Append(cell.ReadMode == SenseMode.Current ? "current" : "voltage");
                if (cell.ReadVoltageVolts is { } rv && rv > 0) { sb.Append("; voltage = ").Append(Volts(rv)); }
                if (cell.ReadCurrentAmperes is { } rc && rc > 0) { sb.Append("; current = ").Append(Amperes(rc)); }
                if (cell.ReadPowerWatts is { } rp && rp > 0) { sb.Append("; power = ").Append(Watts(rp)); }
                sb.Append("; min_sense_voltage = ").Append(Volts(cell.MinSenseVoltageVolts)).Append(" }\n");
                sb.Append("  write { current = ").Append(Amperes(cell.WriteCurrentAmperes)).Append("; pulse = ").Append(Seconds(cell.WritePulseSeconds));
                if (cell.WriteEnergyJoules is { } we && we > 0) { sb.Append("; energy = ").Append(Joules(we)); }
                if (cell.WriteVoltageVolts is { } wv && wv > 0) { sb.Append("; voltage = ").Append(Volts(wv)); }
                if (cell.Kind == CellKind.Sot)
                {
                    if (cell.WriteAccessWidth.Value > 0) { sb.Append("; access_width = ").Append(Feature(cell.WriteAccessWidth)); }
                    if (cell.WriteLineResistanceOhms is { } rl) { sb.Append("; line_resistance = ").Append(Ohms(rl)); }
                }

                sb.Append(" }\n");
                break;
        }

        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>A .nvm identifier from a file name: letters and digits, PascalCase, starting with a letter.</summary>
    public static string Identifier(string raw)
    {
        var sb = new StringBuilder();
        var upper = true;
        foreach (var ch in raw)
        {
            if (char.IsLetterOrDigit(ch) && ch < 128)
            {
                sb.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (sb.Length == 0 || !char.IsLetter(sb[0]))
        {
            sb.Insert(0, "Cell");
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, string key, string value) =>
        sb.Append("  ").Append(key.PadRight(19)).Append(" = ").Append(value).Append('\n');

    private static string Num(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string Feature(FeatureScaled v) => v.FeaturePower switch
    {
        0 => Num(v.Value * 1e9) + " nm",
        1 => Num(v.Value) + " F",
        _ => Num(v.Value) + " F^2",
    };

    private static string Scaled(double v, params (double Scale, string Unit)[] units)
    {
        foreach (var (scale, unit) in units)
        {
            if (Math.Abs(v) >= scale * 0.9999999 || scale == units[units.Length - 1].Scale)
            {
                return Num(v / scale) + " " + unit;
            }
        }

        return Num(v) + " " + units[0].Unit;
    }

    private static string Ohms(double v) => Scaled(v, (1e6, "MOhm"), (1e3, "kOhm"), (1, "ohm"));
    private static string Volts(double v) => Math.Abs(v) >= 0.1 ? Num(v) + " V" : Num(v * 1e3) + " mV";
    private static string Amperes(double v) => Scaled(v, (1e-3, "mA"), (1e-6, "uA"));
    private static string Watts(double v) => Scaled(v, (1e-3, "mW"), (1e-6, "uW"));
    private static string Seconds(double v) => Scaled(v, (1e-6, "us"), (1e-9, "ns"), (1e-12, "ps"));
    private static string Joules(double v) => Math.Abs(v) >= 0.01e-12 ? Num(v * 1e12) + " pJ" : Num(v * 1e15) + " fJ";
}
