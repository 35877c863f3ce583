using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>A bitcell resolved at a node: dimensions in F, electrical figures in SI.</summary>
internal sealed class CellModel
{
    public CellKind Kind;
    public double WidthF;
    public double HeightF;
    public double AreaF2;
    public double AccessWidth;
    public double SramNmosWidth;
    public double SramPmosWidth;
    public double ResistanceOn;
    public double ResistanceOff;
    public bool VoltageSense;
    public double ReadVoltage;
    public double ReadCurrent;
    public double ReadPower;
    public double MinSenseVoltage;
    /// <summary>Current sensing: the I-V converter's delay, energy per sense and leakage (NVSim's HSPICE
    /// figures for the node unless the cell brings its own).</summary>
    public double ConverterDelay;
    public double ConverterEnergy;
    public double ConverterLeakage;
    public double WriteCurrent;
    public double WritePulse;
    public double WriteEnergy;
    public double WriteVoltage;
    public bool WriteVoltageMode;
    public double AccessVoltageDrop;
    public double WriteAccessWidth;
    public double WriteLineResistance;

    public bool IsSram => Kind == CellKind.Sram;

    /// <summary>MTJ, SOT and generic resistive cells share NVSim's "MRAM with CMOS access" array model.</summary>
    public bool IsResistive => Kind != CellKind.Sram;
}

/// <summary>What every circuit of one array needs: the node, the cell, the wires and the cache options.</summary>
internal sealed class ArrayContext
{
    public ArrayContext(Tech tech, CellModel cell, Wire localWire, Wire globalWire, int associativity,
        CacheAccessMode accessMode, double maxNmosSizeF, BufferDesign bufferDesign = BufferDesign.Latency, GlobalWireModel? globalRoute = null,
        WireKind localKind = WireKind.LocalAggressive)
        : this(tech, cell, localWire, globalWire, associativity, accessMode, maxNmosSizeF, bufferDesign, globalRoute, localKind, new ComparatorTable())
    {
    }

    private ArrayContext(Tech tech, CellModel cell, Wire localWire, Wire globalWire, int associativity, CacheAccessMode accessMode,
        double maxNmosSizeF, BufferDesign bufferDesign, GlobalWireModel? globalRoute, WireKind localKind, ComparatorTable comparators)
    {
        _comparators = comparators;
        BufferDesign = bufferDesign;
        LocalKind = localKind;
        Tech = tech;
        Cell = cell;
        LocalWire = localWire;
        GlobalWire = globalWire;
        Associativity = associativity;
        AccessMode = accessMode;
        MaxNmosSizeF = maxNmosSizeF;
        MaxNmosSize = maxNmosSizeF * tech.FeatureSize;
        GlobalRoute = globalRoute ?? new GlobalWireModel(tech, cell, MaxNmosSize, globalWire, WireKind.GlobalAggressive, WireRepeaters.None, false);
    }

    /// <summary>The H-tree's wire with its repeaters or low-swing transmitters (the bank's latency, energy, leakage
    /// and routing area); <see cref="GlobalWire"/> is its bare RC.</summary>
    public GlobalWireModel GlobalRoute { get; }

    /// <summary>The local wire's class (reported with the organization).</summary>
    public WireKind LocalKind { get; }

    /// <summary>How the subarray's wordline and mux decoder drivers are sized (NVSim's BufferDesignTarget).</summary>
    public BufferDesign BufferDesign { get; }

    public Tech Tech { get; }
    public CellModel Cell { get; }
    public Wire LocalWire { get; }
    public Wire GlobalWire { get; }
    public int Associativity { get; }
    public CacheAccessMode AccessMode { get; }

    /// <summary>The same limit in F.</summary>
    public double MaxNmosSizeF { get; }

    /// <summary>Largest NMOS width a driver or mux may use, m (NVSim's MaxNmosSize, default 100 F).</summary>
    public double MaxNmosSize { get; }

    /// <summary>The same array with its decoder drivers sized for another buffer design.</summary>
    public ArrayContext WithBufferDesign(BufferDesign design) =>
        design == BufferDesign ? this : new ArrayContext(Tech, Cell, LocalWire, GlobalWire, Associativity, AccessMode, MaxNmosSizeF, design,
            GlobalRoute, LocalKind, _comparators);

    /// <summary>The same array with other local and global wires (NVSim's post-search wire refinement).</summary>
    public ArrayContext WithWires(Wire local, WireKind localKind, GlobalWireModel global) =>
        new(Tech, Cell, local, global.Wire, Associativity, AccessMode, MaxNmosSizeF, BufferDesign, global, localKind, _comparators);

    /// <summary>Tag comparators evaluated so far, by tag bits per mat. A comparator depends on the node alone, not on the
    /// organization, the buffer design or the wires, so every context derived from this one (<see cref="WithBufferDesign"/>,
    /// <see cref="WithWires"/>) shares the table, which is made when a tag first asks (a data array never does): one table per
    /// context was a third of what a characterization allocated (the wire refinement's contexts).</summary>
    public ComparatorFigures[] Comparators => _comparators.Figures ??= new ComparatorFigures[96];

    private readonly ComparatorTable _comparators;

    private sealed class ComparatorTable
    {
        public ComparatorFigures[]? Figures;
    }
}

/// <summary>Area, delay (step input), energy and leakage of one tag comparator.</summary>
internal struct ComparatorFigures
{
    public bool Known;
    public double Area;
    public double Latency;
    public double Energy;
    public double Leakage;
}
