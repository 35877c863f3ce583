using System;
using System.Collections.Generic;

namespace DeepNvm.Model.Nvsim;

/// <summary>Where an NVSim .cfg/.cell pair set each model input, so a diagnostic of the cache model about one input
/// (<see cref="ModelDiagnostic.Subject"/>) points at the line that set it: a cell's write current at the .cell's
/// <c>-SetCurrent</c> line, not at the .cfg's first line.</summary>
public sealed class NvsimInputLocations
{
    /// <summary>Model input (<c>Record.Member</c>) → the NVSim keys that set it, in the order they are looked for.</summary>
    private static readonly Dictionary<string, string[]> Keys = new(StringComparer.Ordinal)
    {
        ["Node.FeatureSizeMeters"] = new[] { "ProcessNode" },
        ["Node.TemperatureKelvin"] = new[] { "Temperature" },
        ["Cache.CapacityBytes"] = new[] { "Capacity" },
        ["Cache.Associativity"] = new[] { "Associativity" },
        ["Cache.LineBytes"] = new[] { "WordWidth" },
        ["Cell.Area"] = new[] { "CellArea" },
        ["Cell.AspectRatio"] = new[] { "CellAspectRatio" },
        ["Cell.AccessWidth"] = new[] { "AccessCMOSWidth", "SRAMCellNMOSWidth" },
        ["Cell.MinSenseVoltageVolts"] = new[] { "MinSenseVoltage" },
        ["Cell.ResistanceOnOhms"] = new[] { "ResistanceOn" },
        ["Cell.ResistanceOffOhms"] = new[] { "ResistanceOff" },
        ["Cell.WriteCurrentAmperes"] = new[] { "WriteCurrent" },
        ["Cell.WritePulseSeconds"] = new[] { "WritePulse" },
        ["Cell.WriteEnergyJoules"] = new[] { "WriteEnergy" },
        ["Cell.ReadVoltageVolts"] = new[] { "ReadVoltage", "ReadMode" },
        ["Cell.ReadPowerWatts"] = new[] { "ReadPower" },
        ["Cell.AccessVoltageDropVolts"] = new[] { "VoltageDropAccessDevice" },
    };

    private readonly string _configFile;
    private readonly string _cellFile;
    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _configKeys;
    private readonly IReadOnlyDictionary<string, (int Line, int Column)> _cellKeys;

    /// <param name="cellKeys">The .cell's keys with their lines; the write figures under <c>WriteCurrent</c>,
    /// <c>WritePulse</c> and <c>WriteEnergy</c>, at the set or reset line whose value the cell took.</param>
    internal NvsimInputLocations(string configFile, IReadOnlyDictionary<string, (int, int)> configKeys, string cellFile, IReadOnlyDictionary<string, (int, int)> cellKeys)
    {
        _configFile = configFile;
        _configKeys = configKeys;
        _cellFile = cellFile;
        _cellKeys = cellKeys;
    }

    /// <summary>The model's diagnostic at the line that set its input: in the .cell for a cell's input (its first line when
    /// no key set it), in the .cfg otherwise (its first line when the diagnostic names no input the .cfg set).</summary>
    public NvsimDiagnostic Locate(ModelDiagnostic d)
    {
        var inCell = d.Subject?.StartsWith("Cell.", StringComparison.Ordinal) == true;
        var (file, keys) = inCell ? (_cellFile, _cellKeys) : (_configFile, _configKeys);
        if (d.Subject is { } subject && Keys.TryGetValue(subject, out var names))
        {
            foreach (var name in names)
            {
                if (keys.TryGetValue(name, out var at))
                {
                    return new NvsimDiagnostic(file, at.Line, at.Column, d.Id, d.Severity, d.Message);
                }
            }
        }

        return new NvsimDiagnostic(file, 1, 1, d.Id, d.Severity, d.Message);
    }
}
