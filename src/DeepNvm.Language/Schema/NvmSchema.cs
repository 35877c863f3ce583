using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Units;
using static DeepNvm.Language.Units.Dimension;

namespace DeepNvm.Language.Schema;

/// <summary>
/// The vocabulary of the language: every declaration kind, its properties, their types,
/// defaults and plausible ranges. The binder checks against it, the generator maps it onto the
/// runtime records, and docs/language.md lists it (a test keeps them in step). Cell parameter
/// names follow NVSim's .cell keys so published cells carry over.
/// </summary>
public static class NvmSchema
{
    /// <summary>The cell kinds a cell may derive from directly.</summary>
    public static readonly IReadOnlyList<string> CellKinds = new[] { "sram", "mtj", "sot", "resistive" };

    private static readonly PlausibleRange Resistance = new(1, 1e9, "1 ohm .. 1 GOhm");
    private static readonly PlausibleRange SenseVoltage = new(1e-4, 1, "0.1 mV .. 1 V");
    private static readonly PlausibleRange Width = new(1e-9, 2e-5, "1 nm .. 20 um (0.5 F .. 500 F)", 0.5, 500);

    public static readonly DeclarationSchema Node = new(
        "node", null, "A technology node: feature size, transistor flavour, supply and temperature.",
        new[]
        {
            new PropertyDefinition("feature_size", PropertyType.Of(LengthDim), "Feature size F; the runtime's node tables are looked up (and interpolated) at it.", Required: true, Range: new(3e-9, 250e-9, "3 nm .. 250 nm"), ModelMember: "FeatureSizeMeters"),
            new PropertyDefinition("device", PropertyType.OneOf("hp", "lstp", "lop"), "ITRS transistor flavour of the periphery (and of SRAM cells).", Default: "hp", ModelMember: "Device", ModelEnum: "DeviceFlavor"),
            new PropertyDefinition("vdd", PropertyType.Of(VoltageDim), "Supply voltage; when absent the node table's value is used.", Range: new(0.3, 2.5, "0.3 V .. 2.5 V"), ModelMember: "VddVolts"),
            new PropertyDefinition("temperature", PropertyType.Of(TemperatureDim), "Operating temperature (leakage grows steeply with it).", Default: "350 K", Range: new(200, 450, "200 K .. 450 K"), ModelMember: "TemperatureKelvin"),
            new PropertyDefinition("leakage_scale", PropertyType.Number, "Multiplies the transistors' off-current wherever leakage power is computed (cells, periphery, drivers), and nothing else: the node's leakage as an uncertain input. Public cache-level SRAM figures span about 3 mW/MB to 1.3 W/MB, 0.02x to 10x the 16 nm FinFET rows' (docs/model.md).", Default: "1", Range: new(1e-3, 1e3, "0.001 .. 1000"), ModelMember: "LeakageScale"),
        },
        new FlagBlockDefinition[0], "TechnologyNodeParameters", "Nodes");

    public static readonly DeclarationSchema SramCell = Cell("sram", "A 6T SRAM cell, sensed by voltage.", new[]
    {
        new PropertyDefinition("access_width", PropertyType.Of(LengthDim, feature: true), "Width of the pass-gate transistors.", Default: "1.31 F", Range: Width, ModelMember: "AccessWidth"),
        new PropertyDefinition("nmos_width", PropertyType.Of(LengthDim, feature: true), "Pull-down NMOS width.", Default: "2.08 F", Range: Width, ModelMember: "SramNmosWidth"),
        new PropertyDefinition("pmos_width", PropertyType.Of(LengthDim, feature: true), "Pull-up PMOS width.", Default: "1.23 F", Range: Width, ModelMember: "SramPmosWidth"),
        new PropertyDefinition("read.min_sense_voltage", PropertyType.Of(VoltageDim), "Smallest bitline swing the sense amplifier resolves.", Default: "80 mV", Range: SenseVoltage, ModelMember: "MinSenseVoltageVolts"),
    });

    public static readonly DeclarationSchema MtjCell = Cell("mtj", "An STT-MRAM 1T-1MTJ cell: read and write through the MTJ and one access transistor.", ResistiveProperties());

    public static readonly DeclarationSchema SotCell = Cell("sot", "An SOT-MRAM 2T-1MTJ cell: read through the MTJ, write through the heavy-metal line and its own transistor.", ResistiveProperties().Concat(new[]
    {
        new PropertyDefinition("write.access_width", PropertyType.Of(LengthDim, feature: true), "Width of the write transistor on the heavy-metal line; defaults to the read transistor's.", Default: "access_width", Range: Width, ModelMember: "WriteAccessWidth"),
        new PropertyDefinition("write.line_resistance", PropertyType.Of(ResistanceDim), "Resistance of the heavy-metal write line.", Range: Resistance, ModelMember: "WriteLineResistanceOhms"),
    }).ToArray());

    public static readonly DeclarationSchema ResistiveCell = Cell("resistive", "A generic two-state resistive cell (1T-1R) for a new technology.", ResistiveProperties());

    public static readonly DeclarationSchema Cache = new(
        "cache", null, "A cache organization: capacity, associativity, line and sector, node, cell and search target.",
        new[]
        {
            new PropertyDefinition("capacity", PropertyType.Bytes, "Data capacity (binary prefixes; non-powers of two such as 2.75 MB are allowed).", Required: true, Range: new(1024, 64.0 * 1024 * 1024 * 1024, "1 KB .. 64 GB"), ModelMember: "CapacityBytes"),
            new PropertyDefinition("associativity", PropertyType.Integer, "Ways per set.", Default: "16", Range: new(1, 1024, "1 .. 1024"), ModelMember: "Associativity", PowerOfTwo: true),
            new PropertyDefinition("line", PropertyType.Bytes, "Cache line (block) size.", Default: "128 B", Range: new(4, 4096, "4 B .. 4 KB"), ModelMember: "LineBytes", PowerOfTwo: true),
            new PropertyDefinition("sector", PropertyType.Bytes, "Transaction granularity of the workload's counts (32 B on NVIDIA GPUs).", Default: "32 B", Range: new(1, 4096, "1 B .. 4 KB"), ModelMember: "SectorBytes", PowerOfTwo: true),
            new PropertyDefinition("word", PropertyType.Bytes, "Data read or written per access; when absent, one whole line.", Range: new(1, 4096, "1 B .. 4 KB"), ModelMember: "AccessBits", PowerOfTwo: true, ModelScale: 8),
            new PropertyDefinition("slices", PropertyType.Integer, "Independent slices the capacity is split into (a GPU L2 has one per memory partition).", Default: "1", Range: new(1, 1024, "1 .. 1024"), ModelMember: "Slices"),
            new PropertyDefinition("node", PropertyType.NodeOrFeatureSize, "Technology node, as a node's name or a feature size; a study supplies the platform's when absent.", ModelMember: "Node"),
            new PropertyDefinition("cell", PropertyType.Ref("cell"), "The bitcell; a study supplies its cells when absent.", ModelMember: "Cell"),
            new PropertyDefinition("optimize", PropertyType.OneOf("read_latency", "write_latency", "read_energy", "write_energy", "read_edp", "write_edp", "leakage", "area"), "Target of the organization search.", Default: "read_edp", ModelMember: "Optimize", ModelEnum: "OptimizationTarget"),
            new PropertyDefinition("access_mode", PropertyType.OneOf("normal", "sequential", "fast"), "Tag/data access order, as in NVSim and CACTI.", Default: "normal", ModelMember: "AccessMode", ModelEnum: "CacheAccessMode"),
        },
        new FlagBlockDefinition[0], "CacheParameters", "Caches");

    public static readonly DeclarationSchema Gpu = new(
        "gpu", null, "A GPU platform: node, SMs, clock, L2 and off-chip memory.",
        new[]
        {
            new PropertyDefinition("node", PropertyType.NodeOrFeatureSize, "Process node of the chip.", Required: true, ModelMember: "Node"),
            new PropertyDefinition("sms", PropertyType.Integer, "Streaming multiprocessors.", Required: true, Range: new(1, 1000, "1 .. 1000"), ModelMember: "StreamingMultiprocessors"),
            new PropertyDefinition("clock", PropertyType.Of(FrequencyDim), "Boost clock.", Required: true, Range: new(1e8, 1e10, "100 MHz .. 10 GHz"), ModelMember: "ClockHertz"),
            new PropertyDefinition("l2", PropertyType.BytesOrCache, "The L2: its capacity, or a cache declaration.", Required: true, Range: new(1024, 64.0 * 1024 * 1024 * 1024, "1 KB .. 64 GB"), ModelMember: "L2CapacityBytes", ModelReferenceMember: "L2"),
            new PropertyDefinition("l2_slices", PropertyType.Integer, "L2 slices (memory partitions).", Default: "1", Range: new(1, 1024, "1 .. 1024"), ModelMember: "L2Slices"),
            new PropertyDefinition("architecture", PropertyType.OneOf("generic", "pascal_gp100", "pascal_gp102", "volta", "turing", "ampere_ga100", "ampere_ga10x", "hopper"), "Micro-architecture, for the analytic model's per-SM throughput (generic: Volta-like rates).", Default: "generic", ModelMember: "Architecture", ModelEnum: "GpuArchitecture"),
            new PropertyDefinition("l2_latency", PropertyType.Of(TimeDim), "L2 access latency the platform tolerates (a budget for evaluation warnings).", Range: new(1e-10, 1e-5, "0.1 ns .. 10 us"), ModelMember: "L2LatencyBudgetSeconds"),
            new PropertyDefinition("dram.kind", PropertyType.OneOf("gddr5", "gddr5x", "gddr6", "gddr6x", "hbm2", "hbm2e", "hbm3", "hbm3e", "lpddr4", "lpddr4x", "lpddr5", "ddr4"), "Off-chip memory technology.", Required: true, ModelMember: "Dram.Kind", ModelEnum: "DramKind"),
            new PropertyDefinition("dram.bandwidth", PropertyType.Of(BandwidthDim), "Peak off-chip bandwidth (GB/s is decimal, as vendors quote it).", Required: true, Range: new(1e9, 1e14, "1 GB/s .. 100 TB/s"), ModelMember: "Dram.BandwidthBytesPerSecond"),
            new PropertyDefinition("dram.energy", PropertyType.Of(EnergyPerInformationDim), "Access energy per bit transferred.", Required: true, Range: new(0.1e-12 * 8, 200e-12 * 8, "0.1 pJ/bit .. 200 pJ/bit"), ModelMember: "Dram.EnergyJoulesPerBit", ModelScale: 0.125),
            new PropertyDefinition("dram.capacity", PropertyType.Bytes, "Off-chip memory capacity.", Range: new(1024.0 * 1024, 1024.0 * 1024 * 1024 * 1024 * 16, "1 MB .. 16 TB"), ModelMember: "Dram.CapacityBytes"),
        },
        new FlagBlockDefinition[0], "GpuParameters", "Gpus");

    public static readonly IReadOnlyList<string> BuiltInNetworks = new[]
    {
        "alexnet", "vgg16", "googlenet", "resnet18", "resnet50", "squeezenet", "mobilenet_v2", "bert_base", "llm_7b",
    };

    private static readonly PlausibleRange SectorCount = new(0, 1e18, "0 .. 1e18 sectors");

    public static readonly DeclarationSchema Workload = new(
        "workload", null, "A DL workload: a profile to import, a built-in network for the analytic model, or explicit counts.",
        new[]
        {
            new PropertyDefinition("profile", PropertyType.Text, "Path of an nvprof or Nsight Compute CSV, relative to this file.", ModelMember: "ProfilePath"),
            new PropertyDefinition("model", PropertyType.OneOf(BuiltInNetworks.ToArray()), "A built-in network: the analytic model's input; beside a profile, the network whose capacity curve scales the profile's DRAM traffic at other L2 sizes.", ModelMember: "Network"),
            new PropertyDefinition("phase", PropertyType.OneOf("inference", "training", "prefill", "decode"), "What runs: inference, a training step, or an LLM's prefill or decode.", Default: "inference", ModelMember: "Phase", ModelEnum: "WorkloadPhase"),
            new PropertyDefinition("batch", PropertyType.Integer, "Batch size.", Default: "1", Range: new(1, 65536, "1 .. 65536"), ModelMember: "Batch"),
            new PropertyDefinition("precision", PropertyType.OneOf("fp32", "tf32", "fp16", "bf16", "int8"), "Numeric precision.", Default: "fp32", ModelMember: "Precision", ModelEnum: "Precision"),
            new PropertyDefinition("l2_reads", PropertyType.Number, "L2 read transactions in 32-byte sectors (explicit counts).", Range: SectorCount, ModelMember: "L2ReadSectors"),
            new PropertyDefinition("l2_writes", PropertyType.Number, "L2 write transactions in 32-byte sectors (explicit counts).", Range: SectorCount, ModelMember: "L2WriteSectors"),
            new PropertyDefinition("dram_reads", PropertyType.Number, "DRAM read sectors (explicit counts).", Range: SectorCount, ModelMember: "DramReadSectors"),
            new PropertyDefinition("dram_writes", PropertyType.Number, "DRAM write sectors (explicit counts).", Range: SectorCount, ModelMember: "DramWriteSectors"),
            new PropertyDefinition("duration", PropertyType.Of(TimeDim), "Run time of the workload (explicit counts).", Range: new(1e-9, 1e7, "1 ns .. 1e7 s"), ModelMember: "DurationSeconds"),
        },
        new FlagBlockDefinition[0], "WorkloadParameters", "Workloads");

    public static readonly DeclarationSchema Study = new(
        "study", null, "A study: a platform, a baseline cell, the cells and workloads to compare, and the comparisons to run.",
        new[]
        {
            new PropertyDefinition("platform", PropertyType.Ref("gpu"), "The GPU whose L2 is replaced.", Required: true, ModelMember: "Platform"),
            new PropertyDefinition("baseline", PropertyType.Ref("cell"), "The reference technology (ratios are baseline ÷ technology).", Required: true, ModelMember: "Baseline"),
            new PropertyDefinition("cells", PropertyType.RefList("cell"), "The technologies compared against the baseline.", Required: true, ModelMember: "Cells"),
            new PropertyDefinition("workloads", PropertyType.RefList("workload"), "The workloads the comparison runs over.", Required: true, ModelMember: "Workloads"),
            new PropertyDefinition("cache", PropertyType.Ref("cache"), "The L2 organization template; the platform's L2 when absent.", ModelMember: "Cache"),
            new PropertyDefinition("delay", PropertyType.OneOf("access_latency", "run_time"), "What delay means in EDP: the summed L2 access latency, or the workload's run time.", Default: "access_latency", ModelMember: "Delay", ModelEnum: "DelayDefinition"),
            new PropertyDefinition("dram_energy", PropertyType.Boolean, "Whether DRAM access energy is added to the L2 energy.", Default: "false", ModelMember: "IncludeDramEnergy"),
            new PropertyDefinition("leakage_time", PropertyType.OneOf("run_time", "delay"), "How long the cache leaks: the workload's run time, or the EDP's delay.", Default: "run_time", ModelMember: "LeakageTime", ModelEnum: "LeakageTimeBase"),
            new PropertyDefinition("sector_energy", PropertyType.OneOf("scale_data_array", "scale_all", "whole_access"), "How a per-access energy maps to one 32-byte sector: tag in full and data array scaled by the bits moved, everything scaled, or a whole access per sector.", Default: "scale_data_array", ModelMember: "SectorEnergy", ModelEnum: "SectorEnergyMapping"),
            new PropertyDefinition("iso_area_own_traffic", PropertyType.Boolean, "Whether an iso-area capacity is evaluated with its own DRAM traffic (true) or the baseline capacity's (false: what profiling on a fixed GPU sees).", Default: "true", ModelMember: "IsoAreaOwnTraffic"),
            new PropertyDefinition("scenarios", PropertyType.RefList("scenario"), "Scenarios to run the study under, side by side, besides its own inputs.", ModelMember: "Scenarios"),
            new PropertyDefinition("uncertainty.samples", PropertyType.Integer, "Monte Carlo samples drawn of the uncertain inputs when the study runs (none when absent; `--samples` overrides).", Range: new(1, 1_000_000, "1 .. 1000000"), ModelMember: "UncertaintySamples"),
            new PropertyDefinition("uncertainty.seed", PropertyType.Integer, "Seed of the Monte Carlo draws: the same seed gives the same samples (`--seed` overrides).", Range: new(0, int.MaxValue, "0 .. 2147483647"), ModelMember: "UncertaintySeed"),
            new PropertyDefinition("scalability.capacities", PropertyType.BytesList, "Capacities of the scalability sweep, as a list or a range (1 MB .. 128 MB by x2).", Range: new(1024, 64.0 * 1024 * 1024 * 1024, "1 KB .. 64 GB"), ModelMember: "ScalabilityCapacities"),
        },
        new[]
        {
            new FlagBlockDefinition("iso_capacity", "Compare every technology at the baseline's capacity.", "IsoCapacity"),
            new FlagBlockDefinition("iso_area", "Give every technology the largest capacity that fits the baseline's area.", "IsoArea"),
        },
        "StudyParameters", "Studies");

    /// <summary>A design space: axes whose full factorial product are the design points, the workloads every
    /// point is evaluated on, constraints (<c>where</c>) and objectives (<c>minimize</c>). Not a runtime record of
    /// the generated catalogs: <c>deepnvm explore</c> evaluates it.</summary>
    public static readonly DeclarationSchema Space = new(
        "space", null, "A design space: each axis is one value, a list or a range; the points are their full product, in axis order (the last axis varies fastest). `where METRIC OP value` lines are constraints, `minimize a, b` the objectives of the Pareto front.",
        new[]
        {
            Axis(Gpu, null, "gpu", PropertyType.Ref("gpu"), "The platforms (their DRAM and, where `node` is absent, their node).", required: true),
            Axis(Cache, "node", "node", null, "Technology nodes; the platform's when absent."),
            Axis(Cache, "cell", "cell", PropertyType.Ref("cell"), "The bitcells.", required: true),
            Axis(Cache, "capacity", "capacity", null, "L2 capacities.", required: true),
            Axis(Cache, "associativity", "associativity", null, "Ways per set."),
            Axis(Cache, "line", "line", null, "Cache line sizes."),
            Axis(Cache, "access_mode", "access_mode", null, "Tag/data access orders."),
            Axis(Cache, "optimize", "optimize", null, "Targets of the organization search."),
            Axis(Cache, "slices", "slices", null, "Slice counts."),
            new PropertyDefinition("workload", PropertyType.Ref("workload"), "The workloads every point is evaluated on (not an axis: each point's row has every workload's energy, delay and EDP, and their geometric means).", Required: true, Axis: true),
            new PropertyDefinition("samples", PropertyType.Integer, "Monte Carlo samples of the program's uncertain inputs, the slowest axis: every design is evaluated under every sample (one row per design and sample, numbered by `design` and `sample`); none when absent.", Range: new(1, 1_000_000, "1 .. 1000000")),
            new PropertyDefinition("seed", PropertyType.Integer, "Seed of the samples' draws, as a study's `uncertainty.seed`: the same seed gives the same samples (0 when absent).", Range: new(0, int.MaxValue, "0 .. 2147483647")),
        },
        new FlagBlockDefinition[0], "SpaceParameters", "Spaces");

    private static PropertyDefinition Axis(DeclarationSchema owner, string? path, string name, PropertyType? type, string description, bool required = false)
    {
        var source = path is null ? null : owner.Find(path);
        return new PropertyDefinition(name, type ?? source!.Type, description, Required: required, Default: required ? null : source?.Default,
            Range: source?.Range, PowerOfTwo: source?.PowerOfTwo ?? false, Axis: true);
    }

    /// <summary>The figures of merit a space's <c>where</c> and <c>minimize</c> lines name, with their dimension.
    /// Energy, delay and EDP are geometric means over the space's workloads.</summary>
    public static readonly IReadOnlyList<(string Metric, Dimension Dimension, string Description)> SpaceMetrics = new[]
    {
        ("area", AreaDim, "area of the whole L2 (all slices)"),
        ("read_latency", TimeDim, "hit (read) latency of one access"),
        ("write_latency", TimeDim, "write latency of one access"),
        ("read_energy", EnergyDim, "energy of one read access"),
        ("write_energy", EnergyDim, "energy of one write access"),
        ("leakage", PowerDim, "leakage power of the whole L2"),
        ("energy", EnergyDim, "energy per workload run, geometric mean over the workloads"),
        ("delay", TimeDim, "delay per workload run, geometric mean over the workloads"),
        ("edp", EnergyDim * TimeDim, "energy-delay product, geometric mean over the workloads"),
    };

    /// <summary>The study results an <c>expect</c> line can test, per technology (ratios are baseline ÷
    /// technology, so above 1 is better than the baseline; geometric means over the workloads).</summary>
    public static readonly IReadOnlyList<(string Metric, string Description)> ExpectationMetrics = new[]
    {
        ("iso_capacity.edp_reduction", "EDP reduction at the baseline's capacity, geometric mean over workloads"),
        ("iso_capacity.edp_reduction_max", "EDP reduction at the baseline's capacity, largest over workloads"),
        ("iso_capacity.energy_reduction", "energy reduction at the baseline's capacity, geometric mean"),
        ("iso_capacity.delay_reduction", "delay reduction at the baseline's capacity, geometric mean"),
        ("iso_capacity.area_reduction", "area reduction at the baseline's capacity"),
        ("iso_area.capacity_ratio", "capacity that fits the baseline's area, over the baseline's capacity"),
        ("iso_area.edp_reduction", "EDP reduction at that capacity, geometric mean over workloads"),
        ("iso_area.edp_reduction_max", "EDP reduction at that capacity, largest over workloads"),
    };

    /// <summary>Every declaration schema (cells once per kind).</summary>
    public static readonly IReadOnlyList<DeclarationSchema> All = new[] { Node, SramCell, MtjCell, SotCell, ResistiveCell, Cache, Gpu, Workload, Study };

    /// <summary>The top-level keywords, in the order the docs list them.</summary>
    public static readonly IReadOnlyList<string> Keywords = new[] { "node", "cell", "cache", "gpu", "workload", "study" };

    /// <summary>A scenario: a named set of values for properties of other declarations
    /// (<c>Tsmc16.device = lop</c>). It has no properties of its own and no runtime record; a study
    /// lists the scenarios it runs under in <c>scenarios = [...]</c>.</summary>
    public static readonly DeclarationSchema Scenario = new(
        "scenario", null, "A named set of values for properties of other declarations, run side by side by a study.",
        new PropertyDefinition[0], new FlagBlockDefinition[0], "", "");

    /// <summary>The schema of a keyword (and, for cells, a kind).</summary>
    public static DeclarationSchema? For(string keyword, string? cellKind = null) =>
        keyword == Scenario.Keyword ? Scenario : keyword == Space.Keyword ? Space : All.FirstOrDefault(s => s.Keyword == keyword && (keyword != "cell" || s.CellKind == cellKind));

    private static DeclarationSchema Cell(string kind, string description, IEnumerable<PropertyDefinition> specific) => new(
        "cell", kind, description,
        new[]
        {
            new PropertyDefinition("area", PropertyType.Of(AreaDim, feature: true), "Cell footprint, usually in F^2.", Required: true, Range: new(1e-16, 1e-9, "0.0001 um^2 .. 1000 um^2 (1 F^2 .. 10000 F^2)", 1, 10000), ModelMember: "Area"),
            new PropertyDefinition("aspect_ratio", PropertyType.Number, "Cell height ÷ width.", Default: "1", Range: new(0.05, 20, "0.05 .. 20"), ModelMember: "AspectRatio"),
        }.Concat(specific).ToArray(),
        new FlagBlockDefinition[0], "CellParameters", "Cells");

    private static PropertyDefinition[] ResistiveProperties() => new[]
    {
        new PropertyDefinition("access_width", PropertyType.Of(LengthDim, feature: true), "Width of the access (read) transistor.", Required: true, Range: Width, ModelMember: "AccessWidth"),
        new PropertyDefinition("resistance_on", PropertyType.Of(ResistanceDim), "Low-resistance (parallel) state.", Required: true, Range: Resistance, ModelMember: "ResistanceOnOhms"),
        new PropertyDefinition("resistance_off", PropertyType.Of(ResistanceDim), "High-resistance (antiparallel) state; must exceed resistance_on.", Required: true, Range: Resistance, ModelMember: "ResistanceOffOhms"),
        new PropertyDefinition("access_voltage_drop", PropertyType.Of(VoltageDim), "Voltage lost across the access device.", Default: "0 V", Range: new(0, 2, "0 V .. 2 V"), ModelMember: "AccessVoltageDropVolts"),
        new PropertyDefinition("read.mode", PropertyType.OneOf("current", "voltage"), "Sensing scheme.", Default: "current", ModelMember: "ReadMode", ModelEnum: "SenseMode"),
        new PropertyDefinition("read.voltage", PropertyType.Of(VoltageDim), "Read bias across the cell.", Range: new(0.01, 2, "10 mV .. 2 V"), ModelMember: "ReadVoltageVolts"),
        new PropertyDefinition("read.current", PropertyType.Of(CurrentDim), "Read current.", Range: new(1e-8, 1e-3, "10 nA .. 1 mA"), ModelMember: "ReadCurrentAmperes"),
        new PropertyDefinition("read.power", PropertyType.Of(PowerDim), "Per-cell read power; fixes the cell read energy when given.", Range: new(1e-9, 1e-2, "1 nW .. 10 mW"), ModelMember: "ReadPowerWatts"),
        new PropertyDefinition("read.min_sense_voltage", PropertyType.Of(VoltageDim), "Smallest input the sense amplifier resolves.", Default: "80 mV", Range: SenseVoltage, ModelMember: "MinSenseVoltageVolts"),
        new PropertyDefinition("read.sense_delay", PropertyType.Of(TimeDim), "Current sensing: delay of the sense amplifier's current-to-voltage converter, e.g. from your own SPICE run; NVSim's HSPICE figure for the node when absent (1.45 ns at 22 nm and below).", Range: new(1e-12, 1e-7, "1 ps .. 100 ns"), ModelMember: "SenseDelaySeconds"),
        new PropertyDefinition("read.sense_energy", PropertyType.Of(EnergyDim), "Current sensing: energy of the converter per sensed bit; NVSim's figure when absent (150 fJ at 22 nm and below).", Range: new(1e-18, 1e-11, "1 aJ .. 10 pJ"), ModelMember: "SenseEnergyJoules"),
        new PropertyDefinition("read.sense_leakage", PropertyType.Of(PowerDim), "Current sensing: leakage of one converter; NVSim's figure when absent (150 nW at 22 nm and below).", Range: new(0, 1e-3, "0 W .. 1 mW"), ModelMember: "SenseLeakageWatts"),
        new PropertyDefinition("write.current", PropertyType.Of(CurrentDim), "Switching current.", Required: true, Range: new(1e-7, 1e-2, "100 nA .. 10 mA"), ModelMember: "WriteCurrentAmperes"),
        new PropertyDefinition("write.pulse", PropertyType.Of(TimeDim), "Switching pulse width.", Required: true, Range: new(1e-12, 1e-6, "1 ps .. 1 us"), ModelMember: "WritePulseSeconds"),
        new PropertyDefinition("write.energy", PropertyType.Of(EnergyDim), "Switching energy per bit; derived from current, voltage and pulse when absent.", Range: new(1e-18, 1e-9, "1 aJ .. 1 nJ"), ModelMember: "WriteEnergyJoules"),
        new PropertyDefinition("write.voltage", PropertyType.Of(VoltageDim), "Write voltage; derived from current and resistance when absent.", Range: new(0.01, 5, "10 mV .. 5 V"), ModelMember: "WriteVoltageVolts"),
        new PropertyDefinition("retention", PropertyType.Of(TimeDim), "Data retention time (informational).", Range: new(1e-9, 1e11, "1 ns .. 1e11 s"), ModelMember: "RetentionSeconds"),
        new PropertyDefinition("endurance", PropertyType.Number, "Write endurance in cycles (informational).", Range: new(1, 1e20, "1 .. 1e20"), ModelMember: "EnduranceCycles"),
    };
}
