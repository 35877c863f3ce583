using System.Collections.Generic;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>What one subarray, laid out and evaluated at a step input, puts under every mat built from it.</summary>
internal readonly struct SubarrayFloor
{
    /// <summary>Nothing known: the bound keeps its other terms. A field, so that a bound without a floor passes a reference
    /// rather than a zeroed copy on every call.</summary>
    public static readonly SubarrayFloor None = default;

    /// <summary>False: nothing known (the bound keeps its other terms).</summary>
    public readonly bool Known;
    public readonly double Width;
    public readonly double Height;
    public readonly double ReadLatency;
    public readonly double WriteLatency;
    public readonly double ReadEnergy;
    public readonly double WriteEnergy;
    public readonly double Leakage;

    /// <summary>A floor from its figures (<see cref="MatFloor"/>).</summary>
    public static SubarrayFloor Of(double width, double height, double readLatency, double writeLatency, double readEnergy, double writeEnergy,
        double leakage) => new(width, height, readLatency, writeLatency, readEnergy, writeEnergy, leakage);

    private SubarrayFloor(double width, double height, double readLatency, double writeLatency, double readEnergy, double writeEnergy, double leakage)
    {
        Known = true;
        Width = width;
        Height = height;
        ReadLatency = readLatency;
        WriteLatency = writeLatency;
        ReadEnergy = readEnergy;
        WriteEnergy = writeEnergy;
        Leakage = leakage;
    }

    public SubarrayFloor(in SubArray s)
        : this(s.Width, s.Height, s.ReadLatency, s.WriteLatency, s.ReadEnergy, s.WriteEnergy, s.Leakage)
    {
    }
}

/// <summary>A mat's floor from its subarray's (<see cref="MatPredecoders"/>).</summary>
internal static class MatFloor
{
    /// <summary>The floor of a mat of <paramref name="rowSub"/> × <paramref name="colSub"/> of these subarrays with these predecoders,
    /// as a per-subarray floor: the mat's outline (<see cref="MatPredecoders.Outline"/>, what Mat.Evaluate lays out before a tag's
    /// comparators) shared out over its subarrays, the predecoders' delay added to the latencies and their energy shared out over
    /// the <paramref name="activeSubs"/> active subarrays. A bound built from it exceeds one built from the mat itself by a rounding
    /// at most, which the search's relative margin covers. Unknown predecoders (the mat is then invalid) leave the floor as it is.</summary>
    public static SubarrayFloor WithMat(this SubarrayFloor s, in MatPredecoders p, int rowSub, int colSub, int activeSubs)
    {
        if (!s.Known || !p.Known)
        {
            return s;
        }

        MatPredecoders.Outline(s.Width, s.Height, rowSub, colSub, p.Area, out var width, out var height);
        return SubarrayFloor.Of(width / colSub, height / rowSub, s.ReadLatency + p.Latency, s.WriteLatency + p.Latency,
            s.ReadEnergy + p.Energy / activeSubs, s.WriteEnergy + p.Energy / activeSubs, s.Leakage);
    }
}

/// <summary>
/// Each subarray of a search laid out (<see cref="SubArray.Layout"/>) and evaluated at a step input, by shape and mux
/// degrees, for the bound of one mux split. A mat is its subarrays side by side plus the predecoders (and a tag's
/// comparators): <see cref="Mat.Evaluate"/> only adds to the subarray's width and height, adds the predecoders' delay to its
/// latency, and multiplies its energy by the active subarrays and its leakage by all of them. The subarray's own figures
/// at a step input are at most what it shows in any mat, since Horowitz's delay grows as the input ramp slows and a faster
/// stage hands the next a steeper ramp, and no energy or leakage depends on the ramp. So these figures bound every
/// candidate of the split, and leave out none of the subarray's periphery: in a search of an 8 MB SRAM array for read
/// latency in Sequential mode, the shape bound sat at 0.83-0.87 of the candidates' latency, most of the gap being the
/// mux decoders and the sense amplifiers' pitch. Laid out once per shape, mux degrees and search.
/// </summary>
internal sealed class LaidOutSubarrays
{
    private readonly Dictionary<long, SubarrayFloor> _floors = new();
    private ArrayContext? _context;

    /// <summary>Whether this search's splits take a floor.</summary>
    public bool Enabled { get; private set; }

    /// <summary>Starts a search in <paramref name="c"/>. The layout depends on the buffer design, so when the bounds must
    /// hold for several designs (<paramref name="designs"/>) the table answers nothing; nor for the leakage target, whose
    /// shape bound already holds the row decoder and precharger and which the floor slowed by 4-14 % (mux decoders and
    /// sense amplifiers leak little beside the cells).</summary>
    public void Reset(ArrayContext c, BufferDesign[] designs, OptimizationTarget target)
    {
        _context = c;
        Enabled = designs.Length == 1 && designs[0] == c.BufferDesign && target != OptimizationTarget.Leakage;
        _floors.Clear();
    }

    /// <summary>The subarray of <paramref name="numRow"/> × <paramref name="numColumn"/> cells with these mux degrees (as
    /// <see cref="Mat.Evaluate"/> passes them: each level's degree times the route's extra degree). Unknown when the table
    /// is off or the layout is invalid (the model then rejects the candidate; no bound should).</summary>
    public SubarrayFloor Of(int numRow, long numColumn, int muxSenseAmp, int muxLev1, int muxLev2)
    {
        if (!Enabled || numColumn > 1 << 20 || numRow > 1 << 20)
        {
            return default;
        }

        var key = ((long)numRow << 42) | (numColumn << 20) | ((long)Mat.Log2(muxSenseAmp) << 12) | ((long)Mat.Log2(muxLev1) << 6) | (long)Mat.Log2(muxLev2);
        if (!_floors.TryGetValue(key, out var floor))
        {
            var c = _context!;
            var s = SubArray.Layout(c, numRow, (int)numColumn, muxSenseAmp, muxLev1, muxLev2, out var parts);
            if (!s.Invalid)
            {
                s.Evaluate(c, ref parts, Gate.StepInput);
                floor = new SubarrayFloor(in s);
            }

            _floors[key] = floor;
        }

        return floor;
    }
}
