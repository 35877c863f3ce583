using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Banks;

/// <summary>Scratch arrays for the H-tree routing of one bank, reused across candidates so that the
/// organization search allocates nothing per candidate.</summary>
internal sealed class HtreeWorkspace
{
    public const int MaxLevels = 16;

    // One entry per level of the bank's H-tree, H for the horizontal levels (splitting the mat columns), V for the
    // vertical ones (splitting the mat rows), level 0 nearest the bank's port, as NVSim's BankWithHtree keeps them.

    /// <summary>Address bits a horizontal level carries (one fewer after each level that selects rather than activates).</summary>
    public readonly int[] HAddress = new int[MaxLevels];

    /// <summary>Data bits a horizontal level carries that are split between its two halves (halved at each level that
    /// activates both halves).</summary>
    public readonly int[] HDistribute = new int[MaxLevels];

    /// <summary>Data bits a horizontal level carries to both halves alike (broadcast: a tag's bits, a data set's way select).</summary>
    public readonly int[] HBroadcast = new int[MaxLevels];

    /// <summary>Copies of a horizontal level's wire bundle that run in parallel across the bank (for the area of repeated wires).</summary>
    public readonly int[] HWires = new int[MaxLevels];

    /// <summary>Segments of a horizontal level in the whole tree (doubling per level): what its leakage is multiplied by.</summary>
    public readonly int[] HSum = new int[MaxLevels];

    /// <summary>Segments of a horizontal level switched by one access (doubling where both halves are active): what its
    /// dynamic energy is multiplied by.</summary>
    public readonly int[] HActive = new int[MaxLevels];

    /// <summary>Length of a horizontal level's segment, m (set when the mat's size is known).</summary>
    public readonly double[] HLength = new double[MaxLevels];

    /// <summary>As <see cref="HAddress"/>, for a vertical level.</summary>
    public readonly int[] VAddress = new int[MaxLevels];

    /// <summary>As <see cref="HDistribute"/>, for a vertical level.</summary>
    public readonly int[] VDistribute = new int[MaxLevels];

    /// <summary>As <see cref="HBroadcast"/>, for a vertical level.</summary>
    public readonly int[] VBroadcast = new int[MaxLevels];

    /// <summary>As <see cref="HWires"/>, for a vertical level.</summary>
    public readonly int[] VWires = new int[MaxLevels];

    /// <summary>As <see cref="HSum"/>, for a vertical level.</summary>
    public readonly int[] VSum = new int[MaxLevels];

    /// <summary>As <see cref="HActive"/>, for a vertical level.</summary>
    public readonly int[] VActive = new int[MaxLevels];

    /// <summary>As <see cref="HLength"/>, for a vertical level.</summary>
    public readonly double[] VLength = new double[MaxLevels];

    /// <summary>Mats evaluated so far in this search.</summary>
    public readonly MatCache Mats = new();

    /// <summary>The predecoders of the mats evaluated on this thread, by bits and load, for the latest context.</summary>
    public readonly PredecoderMemo Predecoders = new();
}

/// <summary>The organization of one bank (data or tag array).</summary>
public readonly struct ArrayOrganization : IEquatable<ArrayOrganization>
{
    public ArrayOrganization(int rowMats, int columnMats, int activeRowMats, int activeColumnMats, int rowSubarrays, int columnSubarrays,
        int activeRowSubarrays, int activeColumnSubarrays, int muxSenseAmp, int muxLev1, int muxLev2, int subarrayRows, int subarrayColumns)
    {
        RowMats = rowMats;
        ColumnMats = columnMats;
        ActiveRowMats = activeRowMats;
        ActiveColumnMats = activeColumnMats;
        RowSubarrays = rowSubarrays;
        ColumnSubarrays = columnSubarrays;
        ActiveRowSubarrays = activeRowSubarrays;
        ActiveColumnSubarrays = activeColumnSubarrays;
        MuxSenseAmp = muxSenseAmp;
        MuxLev1 = muxLev1;
        MuxLev2 = muxLev2;
        SubarrayRows = subarrayRows;
        SubarrayColumns = subarrayColumns;
    }

    /// <summary>Mats stacked vertically in the bank.</summary>
    public int RowMats { get; }
    /// <summary>Mats side by side in the bank.</summary>
    public int ColumnMats { get; }
    /// <summary>Mats active per access, vertically.</summary>
    public int ActiveRowMats { get; }
    /// <summary>Mats active per access, horizontally.</summary>
    public int ActiveColumnMats { get; }
    public int RowSubarrays { get; }
    public int ColumnSubarrays { get; }
    public int ActiveRowSubarrays { get; }
    public int ActiveColumnSubarrays { get; }
    public int MuxSenseAmp { get; }
    public int MuxLev1 { get; }
    public int MuxLev2 { get; }
    /// <summary>Rows of one subarray.</summary>
    public int SubarrayRows { get; }
    /// <summary>Columns of one subarray.</summary>
    public int SubarrayColumns { get; }

    /// <summary>NVSim's notation: "mats; active; subarrays/mat; rows×cols; mux".</summary>
    public override string ToString() =>
        $"{RowMats}x{ColumnMats}; {ActiveRowMats}x{ActiveColumnMats}; {RowSubarrays}x{ColumnSubarrays}; {SubarrayRows}x{SubarrayColumns}; {MuxSenseAmp}/{MuxLev1}/{MuxLev2}";

    public bool Equals(ArrayOrganization other) =>
        RowMats == other.RowMats && ColumnMats == other.ColumnMats && ActiveRowMats == other.ActiveRowMats && ActiveColumnMats == other.ActiveColumnMats
        && RowSubarrays == other.RowSubarrays && ColumnSubarrays == other.ColumnSubarrays && ActiveRowSubarrays == other.ActiveRowSubarrays
        && ActiveColumnSubarrays == other.ActiveColumnSubarrays && MuxSenseAmp == other.MuxSenseAmp && MuxLev1 == other.MuxLev1
        && MuxLev2 == other.MuxLev2 && SubarrayRows == other.SubarrayRows && SubarrayColumns == other.SubarrayColumns;

    public override bool Equals(object? obj) => obj is ArrayOrganization o && Equals(o);

    public override int GetHashCode() =>
        ((((RowMats * 31 + ColumnMats) * 31 + ActiveRowMats * 7 + ActiveColumnMats) * 31 + SubarrayRows) * 31 + SubarrayColumns) * 31
        + MuxSenseAmp * 5 + MuxLev1 * 3 + MuxLev2;
}

/// <summary>Why a candidate organization was rejected; the search reports the reason of the last ones.</summary>
internal enum Rejection
{
    None,
    Partitioning,
    Routing,
    SubarrayShape,
    BitlineLeakage,
    DriverSize,
    SenseAmpPitch,
    AspectRatio,
    Constraint,
}

/// <summary>The H-tree routing of one mat grid: what reaches each mat.</summary>
internal struct HtreeRoute
{
    public bool Valid;
    public int NumRowMat;
    public int NumColumnMat;
    public int LevelH;
    public int LevelV;
    public int Address;
    public long MatBlockSize;
    public int NumWay;
    public int ExtraSense;
    public int ExtraLev1;
    public int ExtraLev2;
    public int ActiveMats;
}

/// <summary>A bank of mats connected by an H-tree (address and data in, data out), unrepeated global wires.</summary>
internal struct Bank
{
    public bool Invalid;
    public Rejection Rejection;
    public double Height;
    public double Width;
    public double Area;
    public double ReadLatency;
    public double WriteLatency;
    public double ReadEnergy;
    public double WriteEnergy;
    public double Leakage;
    public MatSummary Mat;

    public static Bank Evaluate(ArrayContext c, HtreeWorkspace ws, bool tag, int numRowMat, int numColumnMat, long capacityBits, long blockSize,
        int associativity, int activeMatPerRow, int activeMatPerColumn, int muxSenseAmp, int muxLev1, int muxLev2,
        int numRowSubarray, int numColumnSubarray, int activeSubarrayPerRow, int activeSubarrayPerColumn)
    {
        var route = Route(ws, tag, numRowMat, numColumnMat, capacityBits, blockSize, associativity, activeMatPerRow, activeMatPerColumn);
        if (!route.Valid)
        {
            return new Bank { Invalid = true, Rejection = Rejection.Routing };
        }

        return EvaluateRouted(c, ws, tag, in route, muxSenseAmp, muxLev1, muxLev2, numRowSubarray, numColumnSubarray, activeSubarrayPerRow,
            activeSubarrayPerColumn);
    }

    /// <summary>Route address and data bits through the H-tree levels (NVSim's BankWithHtree scheme): each
    /// level halves the data bits while active mats remain to be split, otherwise consumes an address bit.</summary>
    public static HtreeRoute Route(HtreeWorkspace ws, bool tag, int numRowMat, int numColumnMat, long capacityBits, long blockSize,
        int associativity, int activeMatPerRow, int activeMatPerColumn)
    {
        var b = new HtreeRoute { NumRowMat = numRowMat, NumColumnMat = numColumnMat, ExtraSense = 1, ExtraLev1 = 1, ExtraLev2 = 1 };
        var numAddressBit = Banks.Mat.Log2(capacityBits / blockSize / associativity);
        int numDataDistributeBit, numDataBroadcastBit;
        if (!tag)
        {
            numDataDistributeBit = (int)blockSize;
            numDataBroadcastBit = Banks.Mat.Log2(associativity);
        }
        else
        {
            numDataDistributeBit = associativity;
            numDataBroadcastBit = (int)blockSize;
        }

        activeMatPerRow = Math.Min(activeMatPerRow, numColumnMat);
        activeMatPerColumn = Math.Min(activeMatPerColumn, numRowMat);
        var levelH = Banks.Mat.Log2(numColumnMat);
        var levelV = Banks.Mat.Log2(numRowMat);
        var h = levelH;
        var v = levelV;
        var rowToActive = activeMatPerColumn;
        var columnToActive = activeMatPerRow;
        var address = numAddressBit;
        var distribute = numDataDistributeBit;
        var broadcast = numDataBroadcastBit;

        bool Stuck() => distribute + broadcast == 0 || address == 0;

        if (h > 0)
        {
            if (Stuck())
            {
                return Reject(b, Rejection.Routing);
            }

            ws.HAddress[0] = address;
            ws.HDistribute[0] = distribute;
            ws.HBroadcast[0] = broadcast;
            ws.HWires[0] = 1;
            ws.HSum[0] = 1;
            ws.HActive[0] = 1;
            h--;
        }

        int hTemp = 1, vTemp = 1;
        while (h > v)
        {
            if (Stuck())
            {
                return Reject(b, Rejection.Routing);
            }

            var i = levelH - h;
            if (columnToActive > 1)
            {
                distribute /= 2;
                columnToActive /= 2;
                ws.HActive[i] = 2 * ws.HActive[i - 1];
            }
            else
            {
                address--;
                ws.HActive[i] = ws.HActive[i - 1];
            }

            ws.HAddress[i] = address;
            ws.HDistribute[i] = distribute;
            ws.HBroadcast[i] = broadcast;
            ws.HWires[i] = 1;
            ws.HSum[i] = 2 * ws.HSum[i - 1];
            h--;
            vTemp *= 2;
        }

        while (v > h)
        {
            if (Stuck())
            {
                return Reject(b, Rejection.Routing);
            }

            var i = levelV - v;
            if (rowToActive > 1)
            {
                distribute /= 2;
                rowToActive /= 2;
                ws.VActive[i] = v == levelV ? 2 : 2 * ws.VActive[i - 1];
            }
            else
            {
                address--;
                ws.VActive[i] = v == levelV ? 1 : ws.VActive[i - 1];
            }

            ws.VAddress[i] = address;
            ws.VDistribute[i] = distribute;
            ws.VBroadcast[i] = broadcast;
            ws.VWires[i] = 1;
            ws.VSum[i] = v == levelV ? 2 : 2 * ws.VSum[i - 1];
            v--;
            hTemp *= 2;
        }

        while (h > 0)
        {
            if (Stuck())
            {
                return Reject(b, Rejection.Routing);
            }

            var ih = levelH - h;
            var iv = levelV - v;
            if (columnToActive > 1)
            {
                distribute /= 2;
                columnToActive /= 2;
                ws.HActive[ih] = v == levelV ? 2 * ws.HActive[ih - 1] : 2 * ws.VActive[iv - 1];
            }
            else
            {
                address--;
                ws.HActive[ih] = v == levelV ? ws.HActive[ih - 1] : ws.VActive[iv - 1];
            }

            ws.HAddress[ih] = address;
            ws.HDistribute[ih] = distribute;
            ws.HBroadcast[ih] = broadcast;
            ws.HWires[ih] = hTemp;
            ws.HSum[ih] = v == levelV ? 2 * ws.HSum[ih - 1] : 2 * ws.VSum[iv - 1];
            if (Stuck())
            {
                return Reject(b, Rejection.Routing);
            }

            if (rowToActive > 1)
            {
                distribute /= 2;
                rowToActive /= 2;
                ws.VActive[iv] = 2 * ws.HActive[ih];
            }
            else
            {
                address--;
                ws.VActive[iv] = ws.HActive[ih];
            }

            ws.VAddress[iv] = address;
            ws.VDistribute[iv] = distribute;
            ws.VBroadcast[iv] = broadcast;
            ws.VWires[iv] = levelH == 2 ? vTemp : 2 * vTemp;
            ws.VSum[iv] = 2 * ws.HSum[ih];
            h--;
            v--;
            hTemp *= 2;
            vTemp *= 2;
        }

        if (Stuck())
        {
            return Reject(b, Rejection.Routing);
        }

        if (columnToActive > 1)
        {
            distribute /= 2;
        }
        else if (levelH > 0)
        {
            address--;
        }

        if (!tag)
        {
            b.MatBlockSize = distribute;
            b.NumWay = 1 << broadcast;
            if (b.NumWay > 1)
            {
                // All ways of a set share a row: the extra ways become extra mux degree.
                var log = Banks.Mat.Log2(b.NumWay);
                b.ExtraLev2 = 1 << (log / 3);
                b.ExtraLev1 = b.ExtraLev2;
                b.ExtraSense = b.NumWay / b.ExtraLev1 / b.ExtraLev2;
            }
        }
        else
        {
            if (distribute == 0)
            {
                return Reject(b, Rejection.Routing);
            }

            b.MatBlockSize = broadcast;
            b.NumWay = distribute;
        }

        b.Address = address;
        b.LevelH = levelH;
        b.LevelV = levelV;
        b.ActiveMats = activeMatPerRow * activeMatPerColumn;
        b.Valid = true;
        return b;
    }

    private static HtreeRoute Reject(HtreeRoute r, Rejection why)
    {
        r.Valid = false;
        return r;
    }

    /// <summary>Evaluate a routed bank for one mat organization.</summary>
    public static Bank EvaluateRouted(ArrayContext c, HtreeWorkspace ws, bool tag, in HtreeRoute route, int muxSenseAmp, int muxLev1, int muxLev2,
        int numRowSubarray, int numColumnSubarray, int activeSubarrayPerRow, int activeSubarrayPerColumn)
    {
        var b = new Bank();
        var numRowMat = route.NumRowMat;
        var numColumnMat = route.NumColumnMat;
        var levelH = route.LevelH;
        var levelV = route.LevelV;
        var key = MatCache.Key(tag, numRowSubarray, numColumnSubarray, activeSubarrayPerRow, activeSubarrayPerColumn, route.Address,
            route.MatBlockSize, route.NumWay, muxSenseAmp, muxLev1, muxLev2);
        if (!ws.Mats.TryGet(key, out b.Mat))
        {
            var mat = Banks.Mat.Evaluate(c, tag, numRowSubarray, numColumnSubarray, route.Address, route.MatBlockSize, route.NumWay,
                activeSubarrayPerRow, activeSubarrayPerColumn, muxSenseAmp * route.ExtraSense, muxLev1 * route.ExtraLev1, muxLev2 * route.ExtraLev2,
                ws.Predecoders);
            b.Mat = MatSummary.Of(in mat);
            ws.Mats.Add(key, in b.Mat);
        }
        if (b.Mat.Invalid)
        {
            return Reject(b, Rejection.SubarrayShape);
        }

        b.Height = b.Mat.Height * numRowMat;
        b.Width = b.Mat.Width * numColumnMat;

        // Repeated wires take silicon beside the H-tree (NVSim's BankWithHtree::CalculateArea); unrepeated wires run on
        // another metal layer (pitch 0), so lengths and area are the mats' alone.
        var route0 = c.GlobalRoute;
        var pitch = route0.EffectivePitch;
        var sharing = route0.SharingWidth;
        if (pitch > 0)
        {
            for (var i = 0; i < levelH; i++)
            {
                b.Height += Math.Ceiling((double)(ws.HAddress[i] + ws.HDistribute[i] + ws.HBroadcast[i]) * ws.HWires[i] / sharing) * pitch;
            }

            for (var i = 0; i < levelV; i++)
            {
                b.Width += Math.Ceiling((double)(ws.VAddress[i] + ws.VDistribute[i] + ws.VBroadcast[i]) * ws.VWires[i] / sharing) * pitch;
            }
        }

        if (!tag && (b.Height / b.Width > 10 || b.Width / b.Height > 10))
        {
            return Reject(b, Rejection.AspectRatio);
        }

        b.Area = b.Height * b.Width;

        // Wire lengths of each H-tree level (NVSim: each level twice the next, plus the repeated wires routed across it).
        var hh = levelH - 1;
        var vv = levelV - 1;
        while (vv > hh)
        {
            ws.VLength[vv] = vv == levelV - 1 ? b.Mat.Height / 2 : ws.VLength[vv + 1] * 2;
            vv--;
        }

        while (vv >= 0)
        {
            if (vv == levelV - 1)
            {
                ws.VLength[vv] = b.Mat.Height / 2;
            }
            else if (hh == levelH - 1)
            {
                ws.VLength[vv] = ws.VLength[vv + 1] * 2;
            }
            else
            {
                ws.VLength[vv] = ws.VLength[vv + 1] * 2
                    + Math.Ceiling((double)(ws.HAddress[hh + 1] + ws.HDistribute[hh + 1] + ws.HBroadcast[hh + 1]) / sharing) * pitch / 2;
            }

            if (hh == levelH - 1)
            {
                ws.HLength[hh] = b.Mat.Width;
                for (var i = vv; i < levelV; i++)
                {
                    ws.HLength[hh] += Math.Ceiling((double)(ws.VAddress[i] + ws.VDistribute[i] + ws.VBroadcast[i]) / sharing) * pitch / 2;
                }
            }
            else
            {
                ws.HLength[hh] = ws.HLength[hh + 1] * 2
                    + Math.Ceiling((double)(ws.VAddress[vv] + ws.VDistribute[vv] + ws.VBroadcast[vv]) / sharing) * pitch / 2;
            }

            vv--;
            hh--;
        }

        while (hh >= 0)
        {
            ws.HLength[hh] = hh == levelH - 1 ? b.Mat.Width : ws.HLength[hh + 1] * 2;
            hh--;
        }

        var activeMats = route.ActiveMats;
        var beta = c.AccessMode == CacheAccessMode.Fast ? c.Associativity : 1;
        b.ReadLatency = b.Mat.ReadLatency;
        b.WriteLatency = b.Mat.WriteLatency;
        b.ReadEnergy = b.Mat.ReadEnergy * activeMats;
        b.WriteEnergy = b.Mat.WriteEnergy * activeMats;
        b.Leakage = b.Mat.Leakage * numRowMat * numColumnMat;
        for (var i = 0; i < levelH; i++)
        {
            var bits = ws.HAddress[i] + ws.HDistribute[i] + ws.HBroadcast[i];
            var delay = route0.Evaluate(ws.HLength[i], out var wireEnergy, out var wireLeakage);
            var energy = wireEnergy * ws.HActive[i] * bits;
            b.ReadLatency += 2 * delay;
            b.WriteLatency += delay;
            b.ReadEnergy += energy;
            b.WriteEnergy += energy / beta;
            b.Leakage += wireLeakage * ws.HSum[i] * bits;
        }

        for (var i = 0; i < levelV; i++)
        {
            var bits = ws.VAddress[i] + ws.VDistribute[i] + ws.VBroadcast[i];
            var delay = route0.Evaluate(ws.VLength[i], out var wireEnergy, out var wireLeakage);
            var energy = wireEnergy * ws.VActive[i] * bits;
            b.ReadLatency += 2 * delay;
            b.WriteLatency += delay;
            b.ReadEnergy += energy;
            b.WriteEnergy += energy / beta;
            b.Leakage += wireLeakage * ws.VSum[i] * bits;
        }

        return b;
    }

    private static Bank Reject(Bank b, Rejection why)
    {
        b.Invalid = true;
        b.Rejection = why;
        return b;
    }
}
