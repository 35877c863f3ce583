using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DeepNvm.Files;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Nvsim;

/// <summary>An NVSim cache configuration translated to the model's inputs.</summary>
public sealed record NvsimConfiguration(
    CacheParameters Cache,
    CellParameters Cell,
    TechnologyNodeParameters Node,
    CacheModelOptions Options,
    string CellFile)
{
    /// <summary>Where the .cfg and .cell set each input: locates the cache model's diagnostics about them.</summary>
    public NvsimInputLocations? Locations { get; init; }
}

/// <summary>What reading an NVSim file produced: a value, or diagnostics (with file and line), never an exception.</summary>
public sealed class NvsimReadResult<T>
    where T : class
{
    internal NvsimReadResult(T? value, IReadOnlyList<NvsimDiagnostic> diagnostics)
    {
        Value = value;
        Diagnostics = diagnostics;
    }

    public T? Value { get; }
    public IReadOnlyList<NvsimDiagnostic> Diagnostics { get; }
    public bool Succeeded => Value is not null;
}

/// <summary>Reads NVSim's <c>.cfg</c> and <c>.cell</c> files (the vocabulary of SEAL-UCSB/NVSim's InputParameter.cpp and
/// MemCell.cpp). Stricter than NVSim: an unknown key, a unit the key does not take, a malformed number or an
/// option this model does not implement is an error located by file and line.</summary>
public static class NvsimReader
{
    private delegate void Apply(string value, Action<string> fail);

    public static NvsimReadResult<NvsimConfiguration> ReadConfiguration(string path)
    {
        var diagnostics = new List<NvsimDiagnostic>();
        if (!TryReadText(path, diagnostics, out var text))
        {
            return new NvsimReadResult<NvsimConfiguration>(null, diagnostics);
        }

        return ParseConfiguration(path, text, diagnostics);
    }

    public static NvsimReadResult<CellParameters> ReadCell(string path)
    {
        var diagnostics = new List<NvsimDiagnostic>();
        if (!TryReadText(path, diagnostics, out var text))
        {
            return new NvsimReadResult<CellParameters>(null, diagnostics);
        }

        var cell = ParseCell(path, text, diagnostics);
        return new NvsimReadResult<CellParameters>(HasErrors(diagnostics) ? null : cell, diagnostics);
    }

    /// <summary>Parse a configuration's text; the cell file is resolved against the configuration's folder (then the
    /// working directory, where NVSim looks).</summary>
    public static NvsimReadResult<NvsimConfiguration> ParseConfiguration(string path, string text, List<NvsimDiagnostic> diagnostics)
    {
        // NVSim's defaults (InputParameter.cpp): read latency is the target when -OptimizationTarget is absent, and an absent
        // buffer or wire key leaves that choice to NVSim's search.
        var cache = new CacheParameters { LineBytes = 64, Associativity = 1, AccessMode = CacheAccessMode.Normal, Optimize = OptimizationTarget.ReadLatency };
        var node = new TechnologyNodeParameters { TemperatureKelvin = 350 };
        var options = new CacheModelOptions { DataBufferDesign = null };
        WireKind? localWire = null, globalWire = null;
        WireRepeaters? globalRepeaters = null;
        bool? globalLowSwing = null;
        var cactiAssumption = false;
        int currentLine = 0, repeaterLine = 0;
        long? capacity = null;
        int? wordBits = null;
        int? processNode = null;
        string? cellFile = null;
        int cellLine = 0;
        ForcedOrganization? force = null;
        var ram = false;

        var keys = new Dictionary<string, (string? Unit, Apply Apply)>(StringComparer.Ordinal)
        {
            ["DesignTarget"] = (null, (v, fail) =>
            {
                if (v == "cache") { ram = false; }
                else if (v == "RAM") { ram = true; }
                else { fail("design target '" + v + "' is not supported (cache or RAM)"); }
            }),
            ["CacheAccessMode"] = (null, (v, fail) => cache = cache with { AccessMode = Enum(v, fail, ("Normal", CacheAccessMode.Normal), ("Fast", CacheAccessMode.Fast), ("Sequential", CacheAccessMode.Sequential)) }),
            ["OptimizationTarget"] = (null, (v, fail) => cache = cache with
            {
                Optimize = Enum(v, fail, ("ReadLatency", OptimizationTarget.ReadLatency), ("WriteLatency", OptimizationTarget.WriteLatency),
                    ("ReadDynamicEnergy", OptimizationTarget.ReadEnergy), ("WriteDynamicEnergy", OptimizationTarget.WriteEnergy),
                    ("ReadEDP", OptimizationTarget.ReadEdp), ("WriteEDP", OptimizationTarget.WriteEdp),
                    ("LeakagePower", OptimizationTarget.Leakage), ("Area", OptimizationTarget.Area)),
            }),
            ["OutputFilePrefix"] = (null, (v, fail) => { }),
            ["EnablePruning"] = (null, (v, fail) => { }),
            ["ProcessNode"] = (null, (v, fail) => processNode = Integer(v, fail, 1, 1000)),
            ["Capacity B"] = ("B", (v, fail) => capacity = Integer(v, fail, 1, int.MaxValue)),
            ["Capacity KB"] = ("KB", (v, fail) => capacity = Integer(v, fail, 1, int.MaxValue) * 1024L),
            ["Capacity MB"] = ("MB", (v, fail) => capacity = Integer(v, fail, 1, int.MaxValue) * 1024L * 1024L),
            ["WordWidth"] = ("bit", (v, fail) =>
            {
                wordBits = Integer(v, fail, 1, 1 << 20);
                if (wordBits % 8 != 0)
                {
                    fail(v + " bits is not a whole number of bytes (the line is -WordWidth / 8 bytes)");
                }
            }),
            ["Associativity"] = ("for cache only", (v, fail) =>
            {
                var a = Integer(v, fail, 1, 1 << 16);
                if ((a & (a - 1)) != 0) { fail("associativity " + a + " is not a power of two"); }
                cache = cache with { Associativity = a };
            }),
            ["Temperature"] = ("K", (v, fail) => node = node with { TemperatureKelvin = Integer(v, fail, 300, 400) }),
            ["DeviceRoadmap"] = (null, (v, fail) => node = node with { Device = Enum(v, fail, ("HP", DeviceFlavor.Hp), ("LSTP", DeviceFlavor.Lstp), ("LOP", DeviceFlavor.Lop)) }),
            ["LocalWireType"] = (null, (v, fail) => localWire = WireType(v, fail)),
            ["GlobalWireType"] = (null, (v, fail) => globalWire = WireType(v, fail)),
            // A local wire enters an array only through its r and c per metre (NVSim's SubArray, Mat, Precharger): its
            // repeaters and swing change nothing, in NVSim as here.
            ["LocalWireRepeaterType"] = (null, (v, fail) => Repeaters(v, fail)),
            ["GlobalWireRepeaterType"] = (null, (v, fail) => { globalRepeaters = Repeaters(v, fail); repeaterLine = currentLine; }),
            ["LocalWireUseLowSwing"] = (null, (v, fail) => YesNo(v, fail)),
            ["GlobalWireUseLowSwing"] = (null, (v, fail) => globalLowSwing = YesNo(v, fail)),
            ["Routing"] = (null, (v, fail) => Only(v, "H-tree", "non-H-tree routing (BankWithoutHtree)", fail)),
            ["InternalSensing"] = (null, (v, fail) => Only(v, "true", "external sensing", fail)),
            ["MemoryCellInputFile"] = (null, (v, fail) => cellFile = v),
            ["MaxNmosSize"] = ("F", (v, fail) => options = options with { MaxNmosSizeF = Number(v, fail, 1, 10000) }),
            ["MaxDriverCurrent"] = ("uA", (v, fail) => Number(v, fail, 0, 1e9)),
            ["BufferDesignOptimization"] = (null, (v, fail) => options = options with
            {
                DataBufferDesign = Enum(v, fail, ("latency", BufferDesign.Latency), ("balanced", BufferDesign.Balanced), ("area", BufferDesign.Area)),
            }),
            ["UseCactiAssumption"] = (null, (v, fail) => cactiAssumption = YesNo(v, fail)),
            ["ForceBank"] = ("Total AxB, Active CxD", (v, fail) =>
            {
                if (Grid(v, fail, out var a, out var b, out var c, out var d))
                {
                    force = (force ?? new ForcedOrganization()) with { RowMats = a, ColumnMats = b, ActiveRowMats = c, ActiveColumnMats = d };
                }
            }),
            ["ForceMat"] = ("Total AxB, Active CxD", (v, fail) =>
            {
                if (Grid(v, fail, out var a, out var b, out var c, out var d))
                {
                    force = (force ?? new ForcedOrganization()) with { RowSubarrays = a, ColumnSubarrays = b, ActiveRowSubarrays = c, ActiveColumnSubarrays = d };
                }
            }),
            ["ForceMuxSenseAmp"] = (null, (v, fail) => force = (force ?? new ForcedOrganization()) with { MuxSenseAmp = PowerOfTwo(v, fail) }),
            ["ForceMuxOutputLev1"] = (null, (v, fail) => force = (force ?? new ForcedOrganization()) with { MuxLev1 = PowerOfTwo(v, fail) }),
            ["ForceMuxOutputLev2"] = (null, (v, fail) => force = (force ?? new ForcedOrganization()) with { MuxLev2 = PowerOfTwo(v, fail) }),
            ["WriteScheme"] = (null, (v, fail) => Only(v, "normal", "write schemes other than normal", fail)),
        };

        var configKeys = ApplyLines(path, text, diagnostics, keys, "configuration", line =>
        {
            if (line.Key == "Capacity")
            {
                return "Capacity " + (line.Unit ?? "");
            }

            if (line.Key == "MemoryCellInputFile")
            {
                cellLine = line.Line;
            }

            currentLine = line.Line;
            return line.Key;
        });
        void Missing(string key) => diagnostics.Add(new NvsimDiagnostic(path, 1, 1, ModelDiagnosticIds.MissingProperty, ModelSeverity.Error,
            "required key '-" + key + "' is missing"));

        if (globalRepeaters is { } r && r != WireRepeaters.None && globalLowSwing == true)
        {
            diagnostics.Add(new NvsimDiagnostic(path, repeaterLine, 1, ModelDiagnosticIds.NvsimOptionsContradict, ModelSeverity.Error,
                "a low-swing global wire cannot have repeaters (NVSim stops on this combination too)"));
        }

        if (processNode is null) { Missing("ProcessNode"); }
        if (capacity is null) { Missing("Capacity (MB)"); }
        if (wordBits is null) { Missing("WordWidth (bit)"); }
        if (cellFile is null) { Missing("MemoryCellInputFile"); }
        if (HasErrors(diagnostics))
        {
            return new NvsimReadResult<NvsimConfiguration>(null, diagnostics);
        }

        var cellPath = ResolveCellPath(path, cellFile!);
        if (!File.Exists(cellPath))
        {
            diagnostics.Add(new NvsimDiagnostic(path, cellLine, 1, ModelDiagnosticIds.FileNotFound, ModelSeverity.Error,
                "cell file '" + cellFile + "' not found (looked in the configuration's folder and the working directory)"));
            return new NvsimReadResult<NvsimConfiguration>(null, diagnostics);
        }

        if (!TryReadText(cellPath, diagnostics, out var cellText))
        {
            return new NvsimReadResult<NvsimConfiguration>(null, diagnostics);
        }

        var cell = ParseCell(cellPath, cellText, diagnostics, out var cellKeys);
        if (HasErrors(diagnostics))
        {
            return new NvsimReadResult<NvsimConfiguration>(null, diagnostics);
        }

        // NVSim's cache word is the line: -WordWidth is the line size in bits.
        var lineBytes = Math.Max(1, wordBits!.Value / 8);
        cache = cache with
        {
            Name = Path.GetFileNameWithoutExtension(path),
            CapacityBytes = capacity!.Value,
            LineBytes = ram ? lineBytes : lineBytes,
            Associativity = ram ? 1 : cache.Associativity,
        };
        node = node with
        {
            Name = processNode + "nm",
            FeatureSizeMeters = processNode!.Value * 1e-9,
        };
        if (cactiAssumption)
        {
            // NVSim's -UseCactiAssumption: every mat of a row active, one row of mats, 2 x 2 subarrays all active.
            force = (force ?? new ForcedOrganization()) with
            {
                AllMatsOfARowActive = true, ActiveRowMats = 1, RowSubarrays = 2, ColumnSubarrays = 2, ActiveRowSubarrays = 2, ActiveColumnSubarrays = 2,
            };
        }

        options = options with
        {
            WithoutTag = ram,
            Force = force,
            LocalWire = localWire ?? WireKind.LocalAggressive,
            GlobalWire = globalWire ?? WireKind.GlobalAggressive,
            GlobalRepeaters = globalRepeaters ?? WireRepeaters.None,
            GlobalLowSwing = globalLowSwing ?? false,
            DataWireExploration = localWire is not null && globalWire is not null && globalRepeaters is not null && globalLowSwing is not null
                ? null
                : new WireExploration
                {
                    // An absent key: NVSim's default range (InputParameter.cpp), searched from its basic wire and refined after.
                    LocalKinds = localWire is { } lw ? new[] { lw } : new[] { WireKind.LocalAggressive, WireKind.LocalConservative },
                    GlobalKinds = globalWire is { } gw ? new[] { gw } : new[] { WireKind.GlobalAggressive, WireKind.GlobalConservative },
                    GlobalRepeaters = globalRepeaters is { } gr ? new[] { gr } : WireExploration.AllRepeaters,
                    GlobalLowSwing = globalLowSwing is { } gl ? new[] { gl } : new[] { false, true },
                },
        };
        return new NvsimReadResult<NvsimConfiguration>(new NvsimConfiguration(cache, cell, node, options, cellPath)
        {
            Locations = new NvsimInputLocations(path, configKeys, cellPath, cellKeys),
        }, diagnostics);
    }

    /// <summary>Parse a <c>.cell</c> file's text. Set and reset figures become the symmetric write of the model: the
    /// worse of the two (NVSim itself takes the larger pulse for the write latency and the larger energy).</summary>
    public static CellParameters ParseCell(string path, string text, List<NvsimDiagnostic> diagnostics) => ParseCell(path, text, diagnostics, out _);

    /// <param name="where">Each key's line and value column; the write figures also under <c>WriteCurrent</c>,
    /// <c>WritePulse</c> and <c>WriteEnergy</c>, at the set or reset line the cell took its value from.</param>
    private static CellParameters ParseCell(string path, string text, List<NvsimDiagnostic> diagnostics, out Dictionary<string, (int, int)> where)
    {
        var cell = new CellParameters { Name = Path.GetFileNameWithoutExtension(path), Kind = CellKind.Sram, AspectRatio = 1, ReadMode = SenseMode.Voltage };
        double setCurrent = 0, resetCurrent = 0, setPulse = 0, resetPulse = 0;
        double? setEnergy = null, resetEnergy = null, setVoltage = null, resetVoltage = null;
        var typeSeen = false;
        var keys = new Dictionary<string, (string? Unit, Apply Apply)>(StringComparer.Ordinal)
        {
            ["MemCellType"] = (null, (v, fail) =>
            {
                typeSeen = true;
                cell = cell with { Kind = Enum(v, fail, ("SRAM", CellKind.Sram), ("MRAM", CellKind.Mtj), ("PCRAM", CellKind.Resistive), ("memristor", CellKind.Resistive)) };
                if (cell.Kind != CellKind.Sram && cell.AccessWidth.Value == 0) { cell = cell with { AccessWidth = new FeatureScaled(4, 1) }; }
                if (cell.Kind == CellKind.Sram && cell.AccessWidth.Value == 0) { cell = cell with { AccessWidth = new FeatureScaled(1.31, 1) }; }
            }),
            ["ProcessNode"] = (null, (v, fail) => Number(v, fail, 1, 1000)),
            ["CellArea"] = ("F^2", (v, fail) => cell = cell with { Area = new FeatureScaled(Number(v, fail, 1e-3, 1e6), 2) }),
            ["CellAspectRatio"] = (null, (v, fail) => cell = cell with { AspectRatio = Number(v, fail, 1e-3, 1e3) }),
            ["ResistanceOn"] = ("ohm", (v, fail) => cell = cell with { ResistanceOnOhms = Number(v, fail, 1e-3, 1e12) }),
            ["ResistanceOff"] = ("ohm", (v, fail) => cell = cell with { ResistanceOffOhms = Number(v, fail, 1e-3, 1e12) }),
            ["ReadMode"] = (null, (v, fail) => cell = cell with { ReadMode = Enum(v, fail, ("voltage", SenseMode.Voltage), ("current", SenseMode.Current)) }),
            ["ReadVoltage"] = ("V", (v, fail) => cell = cell with { ReadVoltageVolts = Number(v, fail, 0, 10) }),
            ["ReadCurrent"] = ("uA", (v, fail) => cell = cell with { ReadCurrentAmperes = Number(v, fail, 0, 1e5) / 1e6 }),
            ["ReadPower"] = ("uW", (v, fail) => cell = cell with { ReadPowerWatts = Number(v, fail, 0, 1e5) / 1e6 }),
            ["MinSenseVoltage"] = ("mV", (v, fail) => cell = cell with { MinSenseVoltageVolts = Number(v, fail, 1e-3, 1e3) / 1e3 }),
            ["WordlineBoostRatio"] = (null, (v, fail) => { if (Number(v, fail, 0, 10) != 1) { fail(NotModelledMark + "NVSim's wordline boost is not modelled here; only 1 is (see docs/model.md §11)"); } }),
            ["ResetMode"] = (null, (v, fail) => Only(v, "current", "voltage-mode writes", fail)),
            ["SetMode"] = (null, (v, fail) => Only(v, "current", "voltage-mode writes", fail)),
            ["ResetVoltage"] = ("V", (v, fail) => resetVoltage = Number(v, fail, 0, 10)),
            ["SetVoltage"] = ("V", (v, fail) => setVoltage = Number(v, fail, 0, 10)),
            // Prefixed units are divided out (30 uW = 30 / 1e6 W), as the front end scales them, so an imported cell reads back
            // as exactly this record.
            ["ResetCurrent"] = ("uA", (v, fail) => resetCurrent = Number(v, fail, 0, 1e5) / 1e6),
            ["SetCurrent"] = ("uA", (v, fail) => setCurrent = Number(v, fail, 0, 1e5) / 1e6),
            ["ResetPulse"] = ("ns", (v, fail) => resetPulse = Number(v, fail, 0, 1e9) / 1e9),
            ["SetPulse"] = ("ns", (v, fail) => setPulse = Number(v, fail, 0, 1e9) / 1e9),
            ["ResetEnergy"] = ("pJ", (v, fail) => resetEnergy = Number(v, fail, 0, 1e6) / 1e12),
            ["SetEnergy"] = ("pJ", (v, fail) => setEnergy = Number(v, fail, 0, 1e6) / 1e12),
            ["AccessType"] = (null, (v, fail) => Only(v, "CMOS", "access devices other than CMOS", fail)),
            ["AccessCMOSWidth"] = ("F", (v, fail) => cell = cell with { AccessWidth = new FeatureScaled(Number(v, fail, 0.1, 1000), 1) }),
            ["VoltageDropAccessDevice"] = ("V", (v, fail) => cell = cell with { AccessVoltageDropVolts = Number(v, fail, 0, 10) }),
            ["LeakageCurrentAccessDevice"] = ("uA", (v, fail) => { if (Number(v, fail, 0, 1e5) != 0) { fail("access-device leakage is not modelled (CMOS access only)"); } }),
            ["SRAMCellNMOSWidth"] = ("F", (v, fail) => cell = cell with { SramNmosWidth = new FeatureScaled(Number(v, fail, 0.1, 1000), 1) }),
            ["SRAMCellPMOSWidth"] = ("F", (v, fail) => cell = cell with { SramPmosWidth = new FeatureScaled(Number(v, fail, 0.1, 1000), 1) }),
        };

        var lines = ApplyLines(path, text, diagnostics, keys, "cell", line => line.Key);
        void Written(string what, double set, double reset)
        {
            if (lines.TryGetValue(set >= reset ? "Set" + what : "Reset" + what, out var at) || lines.TryGetValue("Set" + what, out at) || lines.TryGetValue("Reset" + what, out at))
            {
                lines["Write" + what] = at;
            }
        }

        Written("Current", setCurrent, resetCurrent);
        Written("Pulse", setPulse, resetPulse);
        Written("Energy", setEnergy ?? 0, resetEnergy ?? 0);
        where = lines;

        if (!typeSeen)
        {
            diagnostics.Add(new NvsimDiagnostic(path, 1, 1, ModelDiagnosticIds.MissingProperty, ModelSeverity.Error, "required key '-MemCellType' is missing"));
        }

        if (cell.Kind != CellKind.Sram)
        {
            cell = cell with
            {
                WriteCurrentAmperes = Math.Max(setCurrent, resetCurrent),
                WritePulseSeconds = Math.Max(setPulse, resetPulse),
                WriteEnergyJoules = setEnergy is null && resetEnergy is null ? null : Math.Max(setEnergy ?? 0, resetEnergy ?? 0),
                WriteVoltageVolts = setVoltage is null && resetVoltage is null ? null : Math.Max(setVoltage ?? 0, resetVoltage ?? 0),
            };
        }

        return cell;
    }

    /// <summary>Check every line's key and unit against the vocabulary and apply its value; problems become located
    /// diagnostics. <paramref name="lookup"/> maps a line to its vocabulary entry (Capacity's unit selects the entry).</summary>
    /// <returns>Each key applied, with its line and value column.</returns>
    private static Dictionary<string, (int, int)> ApplyLines(string path, string text, List<NvsimDiagnostic> diagnostics, Dictionary<string, (string? Unit, Apply Apply)> keys,
        string what, Func<NvsimLine, string> lookup)
    {
        var seen = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        foreach (var line in NvsimLines.Read(path, text, diagnostics))
        {
            var name = lookup(line);
            if (!keys.TryGetValue(name, out var spec))
            {
                var unitProblem = line.Key == "Capacity";
                diagnostics.Add(new NvsimDiagnostic(path, line.Line, 2, unitProblem ? ModelDiagnosticIds.UnknownUnit : ModelDiagnosticIds.UnknownProperty,
                    ModelSeverity.Error, unitProblem
                        ? "Capacity takes (B), (KB) or (MB), not (" + line.Unit + ")"
                        : "unknown NVSim " + what + " key '-" + line.Key + "'"));
                continue;
            }

            if (!string.Equals(spec.Unit, line.Unit, StringComparison.Ordinal))
            {
                diagnostics.Add(new NvsimDiagnostic(path, line.Line, 2, ModelDiagnosticIds.UnknownUnit, ModelSeverity.Error,
                    "'-" + line.Key + "' takes " + (spec.Unit is null ? "no unit" : "(" + spec.Unit + ")") + ", not " + (line.Unit is null ? "none" : "(" + line.Unit + ")")));
                continue;
            }

            if (seen.TryGetValue(line.Key, out var first))
            {
                // NVSim keeps the last; a second value is far more likely a mistake than an override
                diagnostics.Add(new NvsimDiagnostic(path, line.Line, 2, ModelDiagnosticIds.DuplicateProperty, ModelSeverity.Error,
                    "'-" + line.Key + "' is already set at line " + first.Line));
                continue;
            }

            seen.Add(line.Key, (line.Line, line.ValueColumn));
            var l = line;
            spec.Apply(line.Value, message => diagnostics.Add(message.StartsWith(NotModelledMark, StringComparison.Ordinal)
                ? new NvsimDiagnostic(path, l.Line, l.ValueColumn, ModelDiagnosticIds.NvsimOptionNotModelled, ModelSeverity.Error,
                    message.Substring(NotModelledMark.Length))
                : new NvsimDiagnostic(path, l.Line, l.ValueColumn, ModelDiagnosticIds.OutOfRange, ModelSeverity.Error, message)));
        }

        return seen;
    }

    /// <summary>Whether the set and reset figures of a cell file differ (the importer says so in a comment).</summary>
    public static bool IsAsymmetric(string text)
    {
        var d = new List<NvsimDiagnostic>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in NvsimLines.Read("", text, d))
        {
            values[line.Key] = line.Value;
        }

        foreach (var what in new[] { "Current", "Pulse", "Energy", "Voltage" })
        {
            values.TryGetValue("Set" + what, out var s);
            values.TryGetValue("Reset" + what, out var r);
            if (s != r)
            {
                return true;
            }
        }

        return false;
    }

    private static string ResolveCellPath(string configPath, string cellFile)
    {
        if (Path.IsPathRooted(cellFile))
        {
            return cellFile;
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".";
        var beside = Path.Combine(dir, cellFile);
        return File.Exists(beside) ? beside : Path.GetFullPath(cellFile);
    }

    private static bool TryReadText(string path, List<NvsimDiagnostic> diagnostics, out string text)
    {
        text = "";
        try
        {
            if (FileGate.WhyNotReadable(path, MaxFileBytes) is { } refused)
            {
                diagnostics.Add(new NvsimDiagnostic(path, 1, 1, ModelDiagnosticIds.FileNotFound, ModelSeverity.Error, refused == "the file does not exist" ? "file not found" : refused));
                return false;
            }

            text = System.Text.Encoding.UTF8.GetString(FileGate.ReadAllBytes(path, MaxFileBytes));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new NvsimDiagnostic(path, 1, 1, ModelDiagnosticIds.FileNotFound, ModelSeverity.Error, "cannot read the file: " + e.Message));
            return false;
        }
    }

    /// <summary>NVSim files are a few dozen lines; anything larger is not one.</summary>
    private const long MaxFileBytes = 1 << 20;

    private static bool HasErrors(List<NvsimDiagnostic> diagnostics) => diagnostics.Exists(d => d.Severity == ModelSeverity.Error);

    private static double Number(string value, Action<string> fail, double min, double max)
    {
        if (!NvsimLines.TryNumber(value, out var x))
        {
            fail("'" + value + "' is not a number");
            return 0;
        }

        if (x < min || x > max)
        {
            fail(string.Format(CultureInfo.InvariantCulture, "{0} is outside [{1}, {2}]", value, min, max));
        }

        return x;
    }

    private static int Integer(string value, Action<string> fail, long min, long max)
    {
        if (!long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var x))
        {
            fail("'" + value + "' is not an integer");
            return (int)Math.Max(min, 1);
        }

        if (x < min || x > max)
        {
            fail(string.Format(CultureInfo.InvariantCulture, "{0} is outside [{1}, {2}]", value, min, max));
            return (int)Math.Max(min, 1);
        }

        return (int)x;
    }

    /// <summary>NVSim's "AxB, CxD" (totals, then active ones), powers of two with the active ones within the totals.</summary>
    private static bool Grid(string value, Action<string> fail, out int a, out int b, out int c, out int d)
    {
        a = b = c = d = 0;
        var parts = value.Split(',');
        if (parts.Length != 2 || !Pair(parts[0], out a, out b) || !Pair(parts[1], out c, out d))
        {
            fail("'" + value + "' is not 'AxB, CxD'");
            return false;
        }

        foreach (var n in new[] { a, b, c, d })
        {
            if (n < 1 || (n & (n - 1)) != 0)
            {
                fail("'" + value + "': every count must be a power of two");
                return false;
            }
        }

        if (c > a || d > b)
        {
            fail("'" + value + "': more active than total");
            return false;
        }

        return true;
    }

    private static bool Pair(string text, out int first, out int second)
    {
        first = second = 0;
        var xy = text.Trim().Split('x');
        return xy.Length == 2 && int.TryParse(xy[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out first)
            && int.TryParse(xy[1].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out second);
    }

    private static int PowerOfTwo(string value, Action<string> fail)
    {
        var n = Integer(value, fail, 1, 1 << 16);
        if ((n & (n - 1)) != 0)
        {
            fail(value + " is not a power of two");
        }

        return n;
    }

    private static T Enum<T>(string value, Action<string> fail, params (string Name, T Value)[] choices)
    {
        foreach (var (name, v) in choices)
        {
            if (string.Equals(name, value, StringComparison.Ordinal))
            {
                return v;
            }
        }

        var names = new List<string>();
        foreach (var c in choices)
        {
            names.Add(c.Name);
        }

        fail("'" + value + "' is not one of " + string.Join(", ", names));
        return choices[0].Value;
    }

    private static WireKind WireType(string value, Action<string> fail) => Enum(value, fail,
        ("LocalAggressive", WireKind.LocalAggressive), ("LocalConservative", WireKind.LocalConservative),
        ("SemiAggressive", WireKind.SemiAggressive), ("SemiConservative", WireKind.SemiConservative),
        ("GlobalAggressive", WireKind.GlobalAggressive), ("GlobalConservative", WireKind.GlobalConservative));

    /// <summary>Marks a failure as an NVSim option this model does not implement (DNVM0550) rather than a bad value.</summary>
    private const string NotModelledMark = "\u0001not-modelled:";

    /// <summary>An NVSim option outside this model's scope: said so with its own id (DNVM0550), never "unknown key".</summary>
    private static void Only(string value, string supported, string what, Action<string> fail)
    {
        if (!string.Equals(value, supported, StringComparison.Ordinal))
        {
            fail(NotModelledMark + "NVSim's " + what + " ('" + value + "') is not modelled here; only '" + supported
                + "' is (see docs/model.md §11)");
        }
    }

    private static WireRepeaters Repeaters(string value, Action<string> fail) => Enum(value, fail,
        ("RepeatedNone", WireRepeaters.None), ("RepeatedOpt", WireRepeaters.Optimal), ("Repeated5%Penalty", WireRepeaters.Delay5Percent),
        ("Repeated10%Penalty", WireRepeaters.Delay10Percent), ("Repeated20%Penalty", WireRepeaters.Delay20Percent),
        ("Repeated30%Penalty", WireRepeaters.Delay30Percent), ("Repeated40%Penalty", WireRepeaters.Delay40Percent),
        ("Repeated50%Penalty", WireRepeaters.Delay50Percent));

    private static bool YesNo(string value, Action<string> fail) => Enum(value, fail, ("Yes", true), ("No", false));
}
