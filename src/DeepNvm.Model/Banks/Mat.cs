using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Banks;

/// <summary>A mat: rows × columns of identical subarrays sharing row and mux predecoders at its centre; a
/// tag mat adds one comparator per way.</summary>
internal struct Mat
{
    public bool Invalid;
    public double Height;
    public double Width;
    public double ReadLatency;
    public double WriteLatency;
    public double ReadEnergy;
    public double WriteEnergy;
    public double Leakage;
    public SubArray SubArray;

    public static Mat Evaluate(ArrayContext c, bool tag, int numRowSubarray, int numColumnSubarray, int numAddressBit, long numDataBit,
        int numWay, int activeSubarrayPerRow, int activeSubarrayPerColumn, int muxSenseAmp, int muxLev1, int muxLev2,
        PredecoderMemo? predecoders = null)
    {
        var tech = c.Tech;
        var m = new Mat();
        activeSubarrayPerRow = Math.Min(activeSubarrayPerRow, numColumnSubarray);
        activeSubarrayPerColumn = Math.Min(activeSubarrayPerColumn, numRowSubarray);
        var gating = Log2(numRowSubarray * numColumnSubarray / activeSubarrayPerColumn / activeSubarrayPerRow);
        numAddressBit -= gating;
        var muxProduct = muxSenseAmp * muxLev1 * muxLev2;
        if (numAddressBit <= 0 || numAddressBit > 40)
        {
            m.Invalid = true;
            return m;
        }

        var numRow = 1L << numAddressBit;
        if (!tag)
        {
            numRow *= numWay;
        }

        numRow /= muxProduct;
        var numColumn = numDataBit / (activeSubarrayPerRow * activeSubarrayPerColumn);
        if (numRow == 0 || numColumn == 0 || numRow > 1 << 20)
        {
            m.Invalid = true;
            return m;
        }

        numColumn *= muxProduct;
        if (tag)
        {
            numColumn *= numWay;
        }

        if (numColumn > 1 << 20)
        {
            m.Invalid = true;
            return m;
        }

        m.SubArray = SubArray.Layout(c, (int)numRow, (int)numColumn, muxSenseAmp, muxLev1, muxLev2, out var parts);
        if (m.SubArray.Invalid)
        {
            m.Invalid = true;
            return m;
        }

        var rowBits1 = numAddressBit - Log2(muxProduct);
        if (rowBits1 < 0)
        {
            m.Invalid = true;
            return m;
        }

        var rowBits2 = 0;
        if (rowBits1 > 3)
        {
            rowBits2 = rowBits1 / 2;
            rowBits1 -= rowBits2;
        }

        var cap = c.LocalWire.CapPerMeter;
        var sh = m.SubArray.Height;
        var sw = m.SubArray.Width;
        var capRow = sh * cap * numRowSubarray / 2 + sw * cap * numColumnSubarray / 2;
        var capMux = Math.Max(0, sh * cap * (numRowSubarray - 2) / 2) + Math.Max(0, sw * cap * (numColumnSubarray - 2) / 2);
        var row1 = Predecode(c, predecoders, rowBits1, capRow);
        var row2 = Predecode(c, predecoders, rowBits2, capRow);
        Split(Log2(muxSenseAmp), out var b1, out var b2);
        var mux1 = Predecode(c, predecoders, b1, capMux);
        var mux2 = Predecode(c, predecoders, b2, capMux);
        Split(Log2(muxLev1), out b1, out b2);
        var lev1a = Predecode(c, predecoders, b1, capMux);
        var lev1b = Predecode(c, predecoders, b2, capMux);
        Split(Log2(muxLev2), out b1, out b2);
        var lev2a = Predecode(c, predecoders, b1, capMux);
        var lev2b = Predecode(c, predecoders, b2, capMux);
        if (row1.Invalid || row2.Invalid)
        {
            m.Invalid = true;
            return m;
        }

        var predecoderArea = row1.Area + row2.Area + mux1.Area + mux2.Area + lev1a.Area + lev1b.Area + lev2a.Area + lev2b.Area;
        m.Width = sw * numColumnSubarray;
        m.Height = sh * numRowSubarray;
        if (m.Width > m.Height)
        {
            m.Width += Math.Sqrt(predecoderArea);
        }
        else
        {
            m.Height += Math.Sqrt(predecoderArea);
        }

        var comparator = default(ComparatorFigures);
        if (tag)
        {
            comparator = ComparatorOf(c, (int)numDataBit);
            m.Height += numWay * comparator.Area / m.Width;
        }

        double energy = 0, leakage = 0;
        var predecoderLatency = row1.Latency;
        var ramp1 = row1.Ramp;
        energy += row1.Energy;
        leakage += row1.Leakage;
        predecoderLatency = Math.Max(predecoderLatency, row2.Latency);
        var ramp2 = row2.Ramp;
        energy += row2.Energy;
        leakage += row2.Leakage;
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in mux1, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in mux2, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in lev1a, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in lev1b, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in lev2a, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(in lev2b, ref energy, ref leakage));

        m.SubArray.Evaluate(c, ref parts, Math.Min(ramp1, ramp2));
        m.ReadLatency = predecoderLatency + m.SubArray.ReadLatency;
        m.WriteLatency = predecoderLatency + m.SubArray.WriteLatency;
        var active = activeSubarrayPerRow * activeSubarrayPerColumn;
        m.ReadEnergy = energy + m.SubArray.ReadEnergy * active;
        m.WriteEnergy = energy + m.SubArray.WriteEnergy * active;
        m.Leakage = leakage + m.SubArray.Leakage * numRowSubarray * numColumnSubarray;
        if (tag)
        {
            m.ReadLatency += comparator.Latency;
            m.ReadEnergy += comparator.Energy * numWay;
            m.WriteEnergy += comparator.Energy * numWay;
            m.Leakage += comparator.Leakage * numWay;
        }

        return m;
    }

    /// <summary>A tag comparator's figures, computed once per tag width and context.</summary>
    public static ComparatorFigures ComparatorOf(ArrayContext c, int tagBits)
    {
        if (tagBits >= 0 && tagBits < c.Comparators.Length && c.Comparators[tagBits].Known)
        {
            return c.Comparators[tagBits];
        }

        var comparator = Comparator.Create(tagBits);
        var figures = new ComparatorFigures { Known = true, Area = comparator.Area(c.Tech) };
        figures.Latency = comparator.Evaluate(c.Tech, Gate.StepInput, out figures.Energy, out figures.Leakage);
        if (tagBits >= 0 && tagBits < c.Comparators.Length)
        {
            c.Comparators[tagBits] = figures;
        }

        return figures;
    }

    private static double Accumulate(in PredecoderFigures p, ref double energy, ref double leakage)
    {
        energy += p.Energy;
        leakage += p.Leakage;
        return p.Latency;
    }

    /// <summary>A predecoder's figures, from the search's memo when there is one (the same either way).</summary>
    private static PredecoderFigures Predecode(ArrayContext c, PredecoderMemo? memo, int bits, double capLoad) =>
        memo is null ? PredecoderFigures.Of(c, bits, capLoad) : memo.Of(c, bits, capLoad);

    private static void Split(int bits, out int block1, out int block2)
    {
        block1 = bits;
        block2 = 0;
        if (block1 > 3)
        {
            block2 = block1 / 2;
            block1 -= block2;
        }
    }

    public static int Log2(long n)
    {
        var r = 0;
        while (n > 1)
        {
            n >>= 1;
            r++;
        }

        return r;
    }
}
