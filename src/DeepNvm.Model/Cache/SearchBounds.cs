using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>Per-search tables of the bounds, kept in the workspace so that a search allocates nothing.</summary>
internal sealed class BoundTables
{
    public readonly double[] SenseDelay = new double[SearchBounds.SenseTable];
    public readonly double[] SenseEnergy = new double[SearchBounds.SenseTable];
    public readonly double[] SenseHeight = new double[SearchBounds.SenseTable];
    public readonly double[] SenseLeakage = new double[SearchBounds.SenseTable];

    /// <summary>Minima over every range [a, b] of bitline-mux exponents (index a·16 + b).</summary>
    public readonly double[] MinDelay = new double[SearchBounds.SenseTable * SearchBounds.SenseTable];
    public readonly double[] MinEnergyPerColumn = new double[SearchBounds.SenseTable * SearchBounds.SenseTable];
    public readonly double[] MinHeight = new double[SearchBounds.SenseTable * SearchBounds.SenseTable];
    public readonly double[] MinLeakagePerColumn = new double[SearchBounds.SenseTable * SearchBounds.SenseTable];

    /// <summary>Each subarray shape's row decoder and precharger, sized once per search.</summary>
    public readonly ShapePeriphery Periphery = new();

    /// <summary>Each subarray laid out and evaluated at a step input, by shape and mux degrees, for the bound of one mux split.</summary>
    public readonly LaidOutSubarrays Subarrays = new();
}

/// <summary>What one subarray shape (its rows, columns and arrangement in the mat) puts under every organization built
/// from it, whatever the mat grid: the mat's least width and height, the subarray's least latency and energy per access,
/// its least leakage (<see cref="SearchBounds.ShapeFloor"/>).</summary>
internal struct ShapeFloor
{
    public double Width;
    public double Height;
    public double Latency;
    public double Energy;
    public double Leakage;
    public int RowSub;
    public int ColSub;
    public int ActiveSubs;
}

/// <summary>Lower bounds on a bank's figures, cheap enough to compute before any circuit is sized. Each bound
/// keeps only terms that the full model adds unchanged (cell-array wire and access-device RC, bitline and
/// wordline charge, the current-sense converter, the write pulse, H-tree wires over at least the cell
/// array; for a grid the cells with the narrowest decoder and the shortest precharger; for a subarray shape
/// the cells with that shape's own row decoder and precharger (<see cref="ShapePeriphery"/>) and the shortest
/// sense amplifier and mux rows; for leakage the cells, the least leaky sense amplifier share per column and, per grid,
/// one minimum wordline driver per row and one precharger column, per shape its own decoder and precharger) and drops the rest, so bound ≤ figure holds for every
/// candidate and branch-and-bound pruning returns the same optimum as the exhaustive search.</summary>
internal readonly partial struct SearchBounds
{
    private const double HorowitzFloor = 0.6931471805599453; // |ln 0.5|: Horowitz's delay is at least tr·|ln vs|
    private readonly OptimizationTarget _target;
    private readonly bool _sram;
    private readonly double _cellW;
    private readonly double _cellH;
    private readonly double _cLocal;
    private readonly double _rLocal;
    private readonly double _rcGlobal;
    private readonly double _cGlobalV2;
    private readonly double _vdd2;
    private readonly double _capAccess;
    private readonly double _gateAccess;
    private readonly double _resBitlinePath;
    private readonly double _vpre2;
    private readonly double _lnSense;
    private readonly double _resCellOff;
    private readonly double _senseDelay0;
    private readonly double _readPower;
    private readonly double _cellWriteEnergy;
    private readonly double _pulse;
    private readonly double _cellLeakage;
    private readonly double _cellArea;
    private readonly double _assocDivisor;
    private readonly double _beta;
    private readonly int _minColumns;
    private readonly double _prechargeHeight;
    private readonly double _prechargeEnergyPerColumn;
    private readonly double _decoderWidthSmall;
    private readonly double _decoderWidthLarge;
    private readonly double[] _senseDelay;
    private readonly double[] _senseEnergy;
    private readonly double[] _senseHeight;
    private readonly double[] _minDelay;
    private readonly double[] _minEnergyPerColumn;
    private readonly double[] _minHeight;
    private readonly double[] _minLeakagePerColumn;
    private readonly double _minSenseEnergy;
    private readonly double _rowLeakageSmall;
    private readonly double _rowLeakageLarge;
    private readonly double _prechargeLeakagePerColumn;
    public const int SenseTable = 16;
    private readonly ShapePeriphery _periphery;
    private readonly double _muxGatePerColumn;
    private readonly double _muxHeight;

    // What the target scores: reads or writes, latency, energy or both, or area, or leakage.
    private readonly bool _scoresReads;
    private readonly bool _scoresLatency;
    private readonly bool _scoresEnergy;

    /// <param name="anyBufferDesign">Bound every buffer design at once (the narrowest, fastest and least leaky row decoders of
    /// the three), so the bounds do not depend on the context's design: what lets the later designs replay the first one's
    /// passed groups (<see cref="PassedGroups"/>).</param>
    public SearchBounds(ArrayContext c, OptimizationTarget target, BoundTables tables, bool anyBufferDesign = false)
    {
        var tech = c.Tech;
        var cell = c.Cell;
        var f = tech.FeatureSize;
        _target = target;
        _periphery = tables.Periphery;

        _scoresReads = target is OptimizationTarget.ReadLatency or OptimizationTarget.ReadEnergy or OptimizationTarget.ReadEdp;
        _scoresLatency = target is OptimizationTarget.ReadLatency or OptimizationTarget.WriteLatency or OptimizationTarget.ReadEdp or OptimizationTarget.WriteEdp;
        _scoresEnergy = target is OptimizationTarget.ReadEnergy or OptimizationTarget.WriteEnergy or OptimizationTarget.ReadEdp or OptimizationTarget.WriteEdp;
        var designs = anyBufferDesign ? BufferDesignSearch.All : BufferDesignSearch.Of(c.BufferDesign);
        _periphery.Reset(c, designs, _scoresLatency, target == OptimizationTarget.Leakage);
        tables.Subarrays.Reset(c, designs, target);
        _sram = cell.IsSram;
        _cellW = cell.WidthF * f;
        _cellH = cell.HeightF * f;
        _cLocal = c.LocalWire.CapPerMeter;
        _rLocal = c.LocalWire.ResPerMeter;
        // The wire's own delay and energy per unit length (delay ∝ L², energy ∝ L), not a re-typed formula.
        _rcGlobal = c.GlobalWire.Delay(1);
        _cGlobalV2 = c.GlobalWire.Energy(1, tech.Vdd);
        _vdd2 = tech.Vdd * tech.Vdd;
        _capAccess = Gate.DrainCap(cell.AccessWidth, true, cell.WidthF * f, tech);
        _gateAccess = (_sram ? 2 : 1) * Gate.GateCap(cell.AccessWidth, tech);
        var resAccess = Gate.OnResistance(cell.AccessWidth, true, tech);
        _assocDivisor = c.AccessMode != CacheAccessMode.Sequential ? c.Associativity : 1;
        _beta = c.AccessMode == CacheAccessMode.Fast ? c.Associativity : 1;
        _minColumns = c.AccessMode != CacheAccessMode.Sequential ? c.Associativity : 1;
        _cellArea = cell.WidthF * cell.HeightF * f * f;

        // Periphery every subarray has whatever its organization: the precharger row below the array, a wordline
        // driver (and, above 8 rows, a NAND2) beside it, one sense amplifier per bitline-mux group.
        var precharger = Precharger.Create(c, tech.Vdd, 1, 0, 0);
        _prechargeEnergyPerColumn = precharger.CapLoadPerColumn * tech.Vdd * tech.Vdd;
        _prechargeHeight = precharger.ColumnArea(tech, out _);
        _prechargeLeakagePerColumn = precharger.ColumnLeakage(tech);
        var maxBitlineCurrent = cell.IsResistive ? cell.WriteCurrent : 0;
        _muxGatePerColumn = Gate.GateCap(Banks.SubArray.MinBitlineMuxWidth(c), tech);
        _muxHeight = Mux.Create(c, 2, 1, 0, 0, maxBitlineCurrent).Height(tech);

        // The narrowest row decoders: a driver into no load (one minimum inverter), with a NAND2 above 8 rows.
        // Their leakage per row is the least any row has: a driver into a load is at least one minimum inverter.
        _decoderWidthSmall = _decoderWidthLarge = _rowLeakageSmall = _rowLeakageLarge = double.MaxValue;
        foreach (var design in designs)
        {
            var small = RowDecoder.Create(c, 8, 0, 0, false, 0, design);
            var large = RowDecoder.Create(c, 16, 0, 0, false, 0, design);
            small.Area(tech, out _, out var widthSmall);
            large.Area(tech, out _, out var widthLarge);
            _decoderWidthSmall = Math.Min(_decoderWidthSmall, widthSmall);
            _decoderWidthLarge = Math.Min(_decoderWidthLarge, widthLarge);
            if (target == OptimizationTarget.Leakage)
            {
                small.Evaluate(tech, Gate.StepInput, out _, out _, out var leakageSmall);
                large.Evaluate(tech, Gate.StepInput, out _, out _, out var leakageLarge);
                _rowLeakageSmall = Math.Min(_rowLeakageSmall, leakageSmall / 8);
                _rowLeakageLarge = Math.Min(_rowLeakageLarge, leakageLarge / 16);
            }
        }

        if (target != OptimizationTarget.Leakage)
        {
            _rowLeakageSmall = _rowLeakageLarge = 0; // read by the grid's leakage bound only
        }

        _senseDelay = tables.SenseDelay;
        _senseEnergy = tables.SenseEnergy;
        _senseHeight = tables.SenseHeight;
        var senseLeakage = tables.SenseLeakage;
        for (var j = 0; j < SenseTable; j++)
        {
            var amp = SenseAmp.Create(c, 1, !cell.IsSram && !cell.VoltageSense, cell.MinSenseVoltage, _cellW * (1 << j));
            if (amp.Invalid)
            {
                _senseDelay[j] = double.MaxValue;
                continue;
            }

            _senseDelay[j] = amp.Evaluate(tech, out _senseEnergy[j], out senseLeakage[j]);
            _senseHeight[j] = amp.Height(tech);
        }

        var minSenseEnergy = double.MaxValue;
        for (var j = 0; j < SenseTable; j++)
        {
            if (_senseDelay[j] != double.MaxValue)
            {
                minSenseEnergy = Math.Min(minSenseEnergy, _senseEnergy[j]);
            }
        }

        _minSenseEnergy = minSenseEnergy == double.MaxValue ? 0 : minSenseEnergy;
        _minDelay = tables.MinDelay;
        _minEnergyPerColumn = tables.MinEnergyPerColumn;
        _minHeight = tables.MinHeight;
        _minLeakagePerColumn = tables.MinLeakagePerColumn;
        for (var a = 0; a < SenseTable; a++)
        {
            double d = double.MaxValue, e = double.MaxValue, h = double.MaxValue, l = double.MaxValue;
            for (var b = 0; b < SenseTable; b++)
            {
                if (b >= a && _senseDelay[b] != double.MaxValue)
                {
                    d = Math.Min(d, _senseDelay[b]);
                    e = Math.Min(e, _senseEnergy[b] / (1 << b));
                    h = Math.Min(h, _senseHeight[b]);
                    l = Math.Min(l, senseLeakage[b] / (1 << b));
                }

                _minDelay[a * SenseTable + b] = d == double.MaxValue ? 0 : d;
                _minEnergyPerColumn[a * SenseTable + b] = e == double.MaxValue ? 0 : e;
                _minHeight[a * SenseTable + b] = h == double.MaxValue ? 0 : h;
                _minLeakagePerColumn[a * SenseTable + b] = l == double.MaxValue ? 0 : l;
            }
        }
        if (_sram)
        {
            _resBitlinePath = resAccess + Gate.OnResistance(cell.SramNmosWidth, true, tech);
            var vpre = tech.Vdd / 2;
            _vpre2 = vpre * vpre;
            _lnSense = Math.Log(vpre / (vpre - cell.MinSenseVoltage / 2));
            _cellLeakage = Gate.Leakage(GateType.Inv, 1, cell.SramNmosWidth, cell.SramPmosWidth, tech) * tech.Vdd * 2
                + Gate.Leakage(GateType.Inv, 1, cell.AccessWidth, 0, tech) * tech.Vdd;
        }
        else
        {
            _resCellOff = resAccess + cell.ResistanceOff;
            if (!cell.VoltageSense)
            {
                _senseDelay0 = cell.ConverterDelay;
            }

            _readPower = cell.ReadPower > 0 ? cell.ReadPower : 0;
            _cellWriteEnergy = cell.WriteEnergy;
            _pulse = cell.WritePulse;
        }
    }

    /// <summary>H-tree coefficients of a routed grid: delay = a·W² + b·H², energy = c1·W + c2·H (per unit of the
    /// global wire's r·c and c·Vdd²), W and H the mat's width and height.</summary>
    public static void HtreeCoefficients(Banks.HtreeWorkspace ws, int levelH, int levelV, out double a, out double b, out double c1, out double c2)
    {
        a = b = c1 = c2 = 0;
        var scale = 1.0;
        for (var i = levelH - 1; i >= 0; i--)
        {
            a += scale * scale;
            c1 += scale * ws.HActive[i] * (ws.HAddress[i] + ws.HDistribute[i] + ws.HBroadcast[i]);
            scale *= 2;
        }

        scale = 0.5;
        for (var i = levelV - 1; i >= 0; i--)
        {
            b += scale * scale;
            c2 += scale * ws.VActive[i] * (ws.VAddress[i] + ws.VDistribute[i] + ws.VBroadcast[i]);
            scale *= 2;
        }
    }

    /// <summary>Bound for every organization of one routed mat grid: the mats hold at least their cells.</summary>
    public double RouteBound(long cellsPerMat, int numMats, int activeMats, long selectedPerMat, long minColumns, double a, double b, double c1, double c2,
        double matLatency, double matEnergy)
    {
        if (_target is OptimizationTarget.Area or OptimizationTarget.Leakage)
        {
            return AreaOrLeakageBound(cellsPerMat, numMats);
        }

        // Every subarray of the grid has at least minColumns columns (its share of the delivered bits, with the
        // ways of a set in one row) and one row; the mat holds at least its cells.
        minColumns = Math.Max(minColumns, _minColumns);
        var areaMat = cellsPerMat * _cellArea;
        var lenWordline = minColumns * _cellW;
        var wMin = lenWordline + _decoderWidthSmall;
        var hMin = _cellH + _prechargeHeight;

        // H-tree: a·W² + b·H² and c1·W + c2·H over W ≥ wMin, H ≥ hMin, W·H ≥ area.
        var delay = a * wMin * wMin + b * hMin * hMin;
        if (a > 0 && b > 0)
        {
            var w0 = Math.Sqrt(Math.Sqrt(b / a) * areaMat);
            var w = Math.Max(w0, wMin);
            delay = Math.Max(delay, a * w * w + b * (areaMat / w) * (areaMat / w));
        }

        var energy = c1 * wMin + c2 * hMin;
        if (c1 > 0 && c2 > 0)
        {
            var w = Math.Max(Math.Sqrt(c2 * areaMat / c1), wMin);
            energy = Math.Max(energy, c1 * w + c2 * areaMat / w);
        }

        delay *= _rcGlobal;
        energy *= _cGlobalV2;

        // Each active mat reads at least one subarray row: wordline, mux decoders, precharge, sense amplifiers.
        var capWordline = lenWordline * _cLocal + _gateAccess * minColumns;
        var wordlineDelay = WordlineRc(capWordline, lenWordline * _rLocal);
        var muxDecoders = 3 * (_muxGatePerColumn * minColumns + lenWordline * _cLocal) * _vdd2;
        var sense = _minDelay[SenseTable - 1];
        var perMat = capWordline * _vdd2 + muxDecoders + _prechargeEnergyPerColumn * minColumns + selectedPerMat * _minSenseEnergy;
        double readE, writeE, readLat, writeLat;
        if (_sram)
        {
            readE = activeMats * ((cellsPerMat / 4.0) * (_capAccess / 2 + _cLocal * _cellH) * _vpre2 + perMat);
            writeE = activeMats * (capWordline * _vdd2 + muxDecoders);
            readLat = wordlineDelay + sense;
            writeLat = readLat;
        }
        else
        {
            sense = Math.Max(sense, _senseDelay0);
            readE = activeMats * (selectedPerMat * 2 * _readPower * sense + perMat);
            writeE = activeMats * (selectedPerMat * _cellWriteEnergy / _assocDivisor + capWordline * _vdd2 + muxDecoders);
            readLat = wordlineDelay + sense;
            writeLat = wordlineDelay + _pulse;
        }

        return Score(readLat + matLatency + 2 * delay, writeLat + delay, readE + matEnergy * activeMats + energy,
            writeE + matEnergy * activeMats + energy / _beta);
    }

    /// <summary>The area or leakage bound of a routed grid, before the subarray shape is known.</summary>
    private double AreaOrLeakageBound(long cellsPerMat, int numMats)
    {
        // Each of a mat's (at most four) subarrays of R × C cells takes at least (C·w + decoder)·(R·h + precharger) and leaks
        // at least through R row drivers and C precharger and sense-amplifier columns. By AM-GM R·x + C·y ≥ 2√(R·C·x·y), and
        // the square roots over the subarrays sum to at least the square root of their sum, the mat's cells.
        if (_target == OptimizationTarget.Area)
        {
            var periphery = Math.Min(_decoderWidthSmall, _decoderWidthLarge) * _prechargeHeight;
            return numMats * (cellsPerMat * _cellArea + 2 * Math.Sqrt(cellsPerMat * _cellArea * periphery));
        }

        var perRow = Math.Min(_rowLeakageSmall, _rowLeakageLarge);
        var perColumn = _prechargeLeakagePerColumn + _minLeakagePerColumn[SenseTable - 1];
        return numMats * (cellsPerMat * _cellLeakage + 2 * Math.Sqrt(cellsPerMat * perRow * perColumn));
    }

    /// <summary>Bound for the organizations of a grid with a given subarray shape (rows × columns per subarray).</summary>
    public double GroupBound(int numRow, long numColumn, int rowSub, int colSub, int activeSubs, int numMats, int activeMats, long selectedPerSubarray,
        double a, double b, double c1, double c2, int senseMuxMin, int senseMuxMax,
        double matLatency, double matEnergy, in SubarrayFloor subarray, int activeMuxLevels = 0)
    {
        var shape = ShapeFloor(numRow, numColumn, rowSub, colSub, activeSubs, selectedPerSubarray, senseMuxMin, senseMuxMax, in subarray, activeMuxLevels);
        return GridBound(in shape, numMats, activeMats, a, b, c1, c2, matLatency, matEnergy);
    }

    /// <summary>The part of <see cref="GroupBound"/> that the subarray shape alone fixes: every grid whose mats hold the same
    /// subarrays shares it (<see cref="GroupFamilies"/>).</summary>
    public ShapeFloor ShapeFloor(int numRow, long numColumn, int rowSub, int colSub, int activeSubs, long selectedPerSubarray,
        int senseMuxMin, int senseMuxMax, in SubarrayFloor subarray, int activeMuxLevels = 0)
    {
        var floor = new ShapeFloor { RowSub = rowSub, ColSub = colSub, ActiveSubs = activeSubs };
        var lenWordline = numColumn * _cellW;
        var lenBitline = numRow * _cellH;

        // The cheapest sense-amplifier arrangement the mux degrees allow (pitch = cell width × bitline mux).
        var range = Math.Min(senseMuxMin, SenseTable - 1) * SenseTable + Math.Min(senseMuxMax, SenseTable - 1);
        ref readonly var periphery = ref _periphery.Of(numRow, numColumn);
        if (_target == OptimizationTarget.Leakage)
        {
            // Every subarray's cells, its shape's row decoder and precharger, and a sense-amplifier share per column.
            floor.Leakage = Math.Max((double)numRow * numColumn * _cellLeakage + periphery.DecoderLeakage + periphery.PrechargeLeakage
                + numColumn * _minLeakagePerColumn[range], subarray.Leakage);
            return floor;
        }

        var senseDelay = _minDelay[range];
        var senseHeight = _minHeight[range];

        // A mat is at least its subarrays: cells with this shape's row decoder beside and its precharger, the shortest sense
        // amplifier and mux rows below them; for one mux split, the subarray as laid out (LaidOutSubarrays).
        floor.Width = Math.Max(lenWordline + periphery.DecoderWidth, subarray.Width) * colSub;
        floor.Height = Math.Max(lenBitline + periphery.PrechargeHeight + senseHeight + activeMuxLevels * _muxHeight, subarray.Height) * rowSub;
        if (_target == OptimizationTarget.Area)
        {
            return floor;
        }

        var capWordline = lenWordline * _cLocal + _gateAccess * numColumn;
        var capBitline = lenBitline * _cLocal + _capAccess * numRow / 2;
        var resBitline = lenBitline * _rLocal;
        if (_scoresLatency)
        {
            var wordlineDelay = periphery.RowDelay; // the shape's row decoder, wordline RC included
            // The subarray's own latency: its row decoder, bitline and sense amplifier (for a split, all of it, SubarrayFloor).
            if (_sram)
            {
                var tau = (_resBitlinePath * (_capAccess + capBitline) + resBitline * capBitline / 2) * _lnSense;
                floor.Latency = Math.Max(wordlineDelay + HorowitzFloor * tau + senseDelay, subarray.ReadLatency);
            }
            else if (_scoresReads)
            {
                var tau = resBitline * capBitline / 2 * (_resCellOff + resBitline / 3) / (_resCellOff + resBitline);
                floor.Latency = Math.Max(wordlineDelay + HorowitzFloor * tau + Math.Max(_senseDelay0, senseDelay), subarray.ReadLatency);
            }
            else
            {
                floor.Latency = Math.Max(wordlineDelay + _pulse, subarray.WriteLatency);
            }
        }

        if (_scoresEnergy)
        {
            var muxDecoders = 3 * (_muxGatePerColumn * numColumn + lenWordline * _cLocal) * _vdd2;
            double sub;
            if (_scoresReads)
            {
                var senseEnergy = _minEnergyPerColumn[range] * numColumn;
                sub = _sram
                    ? (_capAccess + capBitline) * _vpre2 * numColumn + capWordline * _vdd2 + _prechargeEnergyPerColumn * numColumn + senseEnergy + muxDecoders
                    : 2 * _readPower * Math.Max(_senseDelay0, senseDelay) * selectedPerSubarray + capWordline * _vdd2
                        + _prechargeEnergyPerColumn * numColumn + senseEnergy + muxDecoders;
                floor.Energy = Math.Max(sub, subarray.ReadEnergy);
            }
            else
            {
                sub = _sram
                    ? (_capAccess + capBitline) * _vpre2 * selectedPerSubarray / _assocDivisor + capWordline * _vdd2 + muxDecoders
                    : (_cellWriteEnergy + (_capAccess + capBitline) * _vdd2) * selectedPerSubarray / _assocDivisor + capWordline * _vdd2 + muxDecoders;
                floor.Energy = Math.Max(sub, subarray.WriteEnergy);
            }
        }

        return floor;
    }

    /// <summary>The bound of a subarray shape's organizations in one routed grid: the shape's floor with the grid's H-tree
    /// (coefficients <paramref name="a"/>, <paramref name="b"/>, <paramref name="c1"/>, <paramref name="c2"/>), its mats
    /// and its comparators. Nondecreasing in each of the floor's figures.</summary>
    public double GridBound(in ShapeFloor shape, int numMats, int activeMats, double a, double b, double c1, double c2, double matLatency, double matEnergy)
    {
        if (_target == OptimizationTarget.Leakage)
        {
            return shape.Leakage * shape.RowSub * shape.ColSub * numMats;
        }

        var w = shape.Width;
        var h = shape.Height;
        if (_target == OptimizationTarget.Area)
        {
            return numMats * w * h;
        }

        double latency = 0, energy = 0;
        if (_scoresLatency)
        {
            var delay = _rcGlobal * (a * w * w + b * h * h);
            latency = _scoresReads ? shape.Latency + matLatency + 2 * delay : shape.Latency + delay;
        }

        if (_scoresEnergy)
        {
            var htree = _cGlobalV2 * (c1 * w + c2 * h);
            var active = (double)shape.ActiveSubs * activeMats;
            energy = _scoresReads
                ? shape.Energy * active + matEnergy * activeMats + htree
                : shape.Energy * active + matEnergy * activeMats + htree / _beta;
        }

        return _scoresLatency && _scoresEnergy ? latency * energy : _scoresLatency ? latency : energy;
    }

    /// <summary>A wordline's own distributed RC delay (the least any driver into it takes; the row decoder's delay includes it).</summary>
    public static double WordlineRc(double capWordline, double resWordline) => HorowitzFloor * capWordline * resWordline / 2;

    private double Score(double readLatency, double writeLatency, double readEnergy, double writeEnergy)
    {
        return _target switch
        {
            OptimizationTarget.ReadLatency => readLatency,
            OptimizationTarget.WriteLatency => writeLatency,
            OptimizationTarget.ReadEnergy => readEnergy,
            OptimizationTarget.WriteEnergy => writeEnergy,
            OptimizationTarget.ReadEdp => readLatency * readEnergy,
            OptimizationTarget.WriteEdp => writeLatency * writeEnergy,
            _ => 0, // area and leakage: AreaOrLeakageBound
        };
    }
}
