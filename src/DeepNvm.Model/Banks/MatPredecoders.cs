using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Banks;

/// <summary>
/// A mat's eight predecoder blocks (two for the row address, two for each of the three mux levels) and what they add to
/// the mat: their area at the mat's centre, the slowest block's delay, their energy and leakage, and the row blocks' output
/// ramp, which drives the subarrays. They depend only on the subarray's outline, the subarrays per mat, the mat's address
/// bits and its mux degrees, so a latency search's split bound (<c>SubarrayFloor.WithMat</c>) takes them from the subarray
/// it lays out before the mat is evaluated, and <see cref="Mat.Evaluate"/> takes them from here too: one computation, the
/// same figures.
/// </summary>
internal struct MatPredecoders
{
    /// <summary>False: not computed, or a row block cannot be sized (the mat is then invalid).</summary>
    public bool Known;
    public double Area;
    public double Latency;
    public double Ramp;
    public double Energy;
    public double Leakage;

    /// <param name="numAddressBit">The mat's address bits, less those that select among its subarrays.</param>
    /// <param name="muxSenseAmp">Each mux level's degree as the subarray has it (the route's extra degree included).</param>
    public static MatPredecoders Of(ArrayContext c, PredecoderMemo? memo, double subarrayWidth, double subarrayHeight, int numRowSubarray,
        int numColumnSubarray, int numAddressBit, int muxSenseAmp, int muxLev1, int muxLev2)
    {
        var p = new MatPredecoders();
        var rowBits1 = numAddressBit - Mat.Log2(muxSenseAmp * muxLev1 * muxLev2);
        if (rowBits1 < 0)
        {
            return p;
        }

        Split(rowBits1, out rowBits1, out var rowBits2);
        var cap = c.LocalWire.CapPerMeter;
        var sh = subarrayHeight;
        var sw = subarrayWidth;
        var capRow = sh * cap * numRowSubarray / 2 + sw * cap * numColumnSubarray / 2;
        var capMux = Math.Max(0, sh * cap * (numRowSubarray - 2) / 2) + Math.Max(0, sw * cap * (numColumnSubarray - 2) / 2);
        var row1 = Predecode(c, memo, rowBits1, capRow);
        var row2 = Predecode(c, memo, rowBits2, capRow);
        Split(Mat.Log2(muxSenseAmp), out var b1, out var b2);
        var mux1 = Predecode(c, memo, b1, capMux);
        var mux2 = Predecode(c, memo, b2, capMux);
        Split(Mat.Log2(muxLev1), out b1, out b2);
        var lev1a = Predecode(c, memo, b1, capMux);
        var lev1b = Predecode(c, memo, b2, capMux);
        Split(Mat.Log2(muxLev2), out b1, out b2);
        var lev2a = Predecode(c, memo, b1, capMux);
        var lev2b = Predecode(c, memo, b2, capMux);
        if (row1.Invalid || row2.Invalid)
        {
            return p;
        }

        p.Known = true;
        p.Area = row1.Area + row2.Area + mux1.Area + mux2.Area + lev1a.Area + lev1b.Area + lev2a.Area + lev2b.Area;
        p.Ramp = Math.Min(row1.Ramp, row2.Ramp);
        p.Latency = row1.Latency;
        p.Energy += row1.Energy;
        p.Leakage += row1.Leakage;
        p.Latency = Math.Max(p.Latency, row2.Latency);
        p.Energy += row2.Energy;
        p.Leakage += row2.Leakage;
        p.Accumulate(in mux1);
        p.Accumulate(in mux2);
        p.Accumulate(in lev1a);
        p.Accumulate(in lev1b);
        p.Accumulate(in lev2a);
        p.Accumulate(in lev2b);
        return p;
    }

    /// <summary>The mat's outline before a tag's comparators: its subarrays side by side, the predecoders' area (as a square's
    /// side) added to the longer side.</summary>
    public static void Outline(double subarrayWidth, double subarrayHeight, int numRowSubarray, int numColumnSubarray, double predecoderArea,
        out double width, out double height)
    {
        width = subarrayWidth * numColumnSubarray;
        height = subarrayHeight * numRowSubarray;
        if (width > height)
        {
            width += Math.Sqrt(predecoderArea);
        }
        else
        {
            height += Math.Sqrt(predecoderArea);
        }
    }

    private void Accumulate(in PredecoderFigures block)
    {
        Energy += block.Energy;
        Leakage += block.Leakage;
        Latency = Math.Max(Latency, block.Latency);
    }

    /// <summary>A block's figures, from the search's memo when there is one (the same either way).</summary>
    private static PredecoderFigures Predecode(ArrayContext c, PredecoderMemo? memo, int bits, double capLoad) =>
        memo is null ? PredecoderFigures.Of(c, bits, capLoad) : memo.Of(c, bits, capLoad);

    /// <summary>Address bits over two blocks: up to three in one, more split in halves (NVSim's Mat::Initialize).</summary>
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
}
