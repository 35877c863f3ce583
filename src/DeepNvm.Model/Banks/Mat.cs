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

        var p = MatPredecoders.Of(c, predecoders, m.SubArray.Width, m.SubArray.Height, numRowSubarray, numColumnSubarray, numAddressBit,
            muxSenseAmp, muxLev1, muxLev2);
        if (!p.Known)
        {
            m.Invalid = true;
            return m;
        }

        MatPredecoders.Outline(m.SubArray.Width, m.SubArray.Height, numRowSubarray, numColumnSubarray, p.Area, out m.Width, out m.Height);
        var comparator = default(ComparatorFigures);
        if (tag)
        {
            comparator = ComparatorOf(c, (int)numDataBit);
            m.Height += numWay * comparator.Area / m.Width;
        }

        m.SubArray.Evaluate(c, ref parts, p.Ramp);
        m.ReadLatency = p.Latency + m.SubArray.ReadLatency;
        m.WriteLatency = p.Latency + m.SubArray.WriteLatency;
        var active = activeSubarrayPerRow * activeSubarrayPerColumn;
        m.ReadEnergy = p.Energy + m.SubArray.ReadEnergy * active;
        m.WriteEnergy = p.Energy + m.SubArray.WriteEnergy * active;
        m.Leakage = p.Leakage + m.SubArray.Leakage * numRowSubarray * numColumnSubarray;
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
