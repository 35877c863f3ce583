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
        int numWay, int activeSubarrayPerRow, int activeSubarrayPerColumn, int muxSenseAmp, int muxLev1, int muxLev2)
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
        var row1 = Predecoder.Create(c, rowBits1, capRow, 0);
        var row2 = Predecoder.Create(c, rowBits2, capRow, 0);
        Split(Log2(muxSenseAmp), out var b1, out var b2);
        var mux1 = Predecoder.Create(c, b1, capMux, 0);
        var mux2 = Predecoder.Create(c, b2, capMux, 0);
        Split(Log2(muxLev1), out b1, out b2);
        var lev1a = Predecoder.Create(c, b1, capMux, 0);
        var lev1b = Predecoder.Create(c, b2, capMux, 0);
        Split(Log2(muxLev2), out b1, out b2);
        var lev2a = Predecoder.Create(c, b1, capMux, 0);
        var lev2b = Predecoder.Create(c, b2, capMux, 0);
        if (row1.Invalid || row2.Invalid)
        {
            m.Invalid = true;
            return m;
        }

        var predecoderArea = row1.Area(tech) + row2.Area(tech) + mux1.Area(tech) + mux2.Area(tech) + lev1a.Area(tech) + lev1b.Area(tech)
            + lev2a.Area(tech) + lev2b.Area(tech);
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

        const double step = Gate.StepInput;
        double energy = 0, leakage = 0, e, l;
        var predecoderLatency = row1.Evaluate(tech, step, out var ramp1, out e, out l);
        energy += e;
        leakage += l;
        predecoderLatency = Math.Max(predecoderLatency, row2.Evaluate(tech, step, out var ramp2, out e, out l));
        energy += e;
        leakage += l;
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, mux1, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, mux2, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, lev1a, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, lev1b, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, lev2a, ref energy, ref leakage));
        predecoderLatency = Math.Max(predecoderLatency, Accumulate(tech, lev2b, ref energy, ref leakage));

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

    private static double Accumulate(Technology.Tech tech, in Predecoder p, ref double energy, ref double leakage)
    {
        var latency = p.Evaluate(tech, Gate.StepInput, out _, out var e, out var l);
        energy += e;
        leakage += l;
        return latency;
    }

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
