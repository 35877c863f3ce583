using System.Collections.Generic;
using System.Globalization;

namespace DeepNvm.Model.Cache;

/// <summary>Physical-range checks on the model's inputs (DNVM04xx); the .nvm front end locates them. Every
/// bound is at least as wide as the language's plausible range for the same property, inclusive where the
/// language's is (a test in DeepNvm.Cli.Tests applies each of the language's bounds here), so a value
/// `check` accepts is never refused by `study`.</summary>
internal static class InputChecks
{
    public static void Check(CacheParameters cache, CellParameters cell, TechnologyNodeParameters node, List<ModelDiagnostic> d)
    {
        // each diagnostic names the input it is about (Subject), so the NVSim reader can point at the line that set it
        void Bad(string subject, string message) => d.Add(new ModelDiagnostic(ModelDiagnosticIds.OutOfRange, ModelSeverity.Error, message) { Subject = subject });
        void NotPow2(string subject, string message) => d.Add(new ModelDiagnostic(ModelDiagnosticIds.NotPowerOfTwo, ModelSeverity.Error, message) { Subject = subject });
        string G(double v) => v.ToString("G4", CultureInfo.InvariantCulture);

        if (!(node.FeatureSizeMeters > 0.5e-9 && node.FeatureSizeMeters < 1e-6))
        {
            Bad("Node.FeatureSizeMeters", "feature size " + G(node.FeatureSizeMeters * 1e9) + " nm is outside 0.5-1000 nm");
        }

        if (!(node.TemperatureKelvin >= 200 && node.TemperatureKelvin <= 500))
        {
            Bad("Node.TemperatureKelvin", "temperature " + G(node.TemperatureKelvin) + " K is outside 200-500 K");
        }

        if (!(node.LeakageScale > 0 && node.LeakageScale < 1e6))
        {
            Bad("Node.LeakageScale", "leakage scale " + G(node.LeakageScale) + " must be positive and finite");
        }

        if (node.VddVolts is { } vdd && !(vdd > 0.1 && vdd < 5))
        {
            Bad("Node.VddVolts", "supply " + G(vdd) + " V is outside 0.1-5 V");
        }

        if (cache.CapacityBytes <= 0)
        {
            Bad("Cache.CapacityBytes", "capacity must be positive");
        }

        if (!IsPow2(cache.Associativity))
        {
            NotPow2("Cache.Associativity", "associativity " + cache.Associativity + " is not a power of two");
        }

        if (!IsPow2(cache.LineBytes))
        {
            NotPow2("Cache.LineBytes", "line size " + cache.LineBytes + " B is not a power of two");
        }

        if (cache.AccessBits is { } bits && !IsPow2(bits))
        {
            NotPow2("Cache.AccessBits", "access width " + bits + " bits is not a power of two");
        }

        if (cache.Slices < 1)
        {
            Bad("Cache.Slices", "slice count must be at least 1");
        }

        if (!(cell.Area.Value > 0))
        {
            Bad("Cell.Area", "cell area must be positive");
        }

        if (!(cell.AspectRatio > 0 && cell.AspectRatio < 100))
        {
            Bad("Cell.AspectRatio", "cell aspect ratio " + G(cell.AspectRatio) + " is outside (0, 100)");
        }

        if (!(cell.AccessWidth.Value >= 0) || !(cell.WriteAccessWidth.Value >= 0))
        {
            Bad("Cell.AccessWidth", "transistor widths must not be negative");
        }

        if (!(cell.MinSenseVoltageVolts > 0 && cell.MinSenseVoltageVolts <= 1))
        {
            Bad("Cell.MinSenseVoltageVolts", "minimum sense voltage " + G(cell.MinSenseVoltageVolts) + " V is outside (0, 1] V");
        }

        if (cell.Kind == CellKind.Sram)
        {
            return;
        }

        if (!(cell.ResistanceOnOhms > 0))
        {
            Bad("Cell.ResistanceOnOhms", "R_on " + G(cell.ResistanceOnOhms) + " ohm must be positive");
        }

        if (!(cell.ResistanceOffOhms > cell.ResistanceOnOhms))
        {
            d.Add(new ModelDiagnostic(ModelDiagnosticIds.ResistanceOrder, ModelSeverity.Error, "R_off " + G(cell.ResistanceOffOhms) + " ohm must exceed R_on " + G(cell.ResistanceOnOhms) + " ohm (TMR > 0)")
            {
                Subject = "Cell.ResistanceOffOhms",
            });
        }

        if (!(cell.WriteCurrentAmperes > 0 && cell.WriteCurrentAmperes <= 0.01))
        {
            Bad("Cell.WriteCurrentAmperes", "write current " + G(cell.WriteCurrentAmperes * 1e6) + " uA is outside (0, 10 mA]");
        }

        if (!(cell.WritePulseSeconds > 0 && cell.WritePulseSeconds <= 1e-3))
        {
            Bad("Cell.WritePulseSeconds", "write pulse " + G(cell.WritePulseSeconds) + " s is outside (0, 1 ms]");
        }

        if (cell.WriteEnergyJoules is { } e && !(e >= 0 && e <= 1e-9))
        {
            Bad("Cell.WriteEnergyJoules", "write energy " + G(e) + " J per bit is outside [0, 1 nJ]");
        }

        if (cell.ReadMode == SenseMode.Current && !(cell.ReadVoltageVolts > 0))
        {
            Bad("Cell.ReadVoltageVolts", "current sensing needs a positive read voltage");
        }

        if (cell.ReadMode == SenseMode.Voltage && !(cell.ReadVoltageVolts > 0) && !(cell.ReadCurrentAmperes > 0))
        {
            Bad("Cell.ReadVoltageVolts", "voltage sensing of a resistive cell needs a read voltage or a read current");
        }

        if ((cell.SenseDelaySeconds is { } sd && !(sd > 0 && sd < 1e-6))
            || (cell.SenseEnergyJoules is { } se && !(se >= 0 && se < 1e-10))
            || (cell.SenseLeakageWatts is { } sl && !(sl >= 0 && sl < 1e-2)))
        {
            Bad("Cell.SenseDelaySeconds", "sense-amplifier figures must be a delay in (0, 1 us), an energy in [0, 100 pJ) and a leakage in [0, 10 mW)");
        }

        if (cell.ReadPowerWatts is { } p && !(p >= 0 && p <= 1e-2))
        {
            Bad("Cell.ReadPowerWatts", "read power " + G(p) + " W is outside [0, 10 mW]");
        }

        if (!(cell.AccessVoltageDropVolts >= 0 && cell.AccessVoltageDropVolts < 5))
        {
            Bad("Cell.AccessVoltageDropVolts", "access-device voltage drop " + G(cell.AccessVoltageDropVolts) + " V is outside [0, 5 V)");
        }

        if (cell.Kind == CellKind.Sot && cell.WriteLineResistanceOhms is { } rl && !(rl >= 0))
        {
            Bad("Cell.WriteLineResistanceOhms", "heavy-metal line resistance must not be negative");
        }
    }

    private static bool IsPow2(long n) => n > 0 && (n & (n - 1)) == 0;
}
