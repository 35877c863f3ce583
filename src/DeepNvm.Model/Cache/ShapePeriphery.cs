using System;
using System.Collections.Generic;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>
/// The periphery a subarray of a given shape (rows × columns) has whatever the mat around it: its row decoder, sized for
/// its wordline, and its precharger, sized for its bitlines. <see cref="SubArray.Layout"/> builds both from the loads of
/// <see cref="SubArray.Lines"/>, and so does this table, so the decoder's width and the precharger's height are exact
/// lower bounds on what the subarray adds beside and below its cells (the layout only widens the decoder when it is taller
/// than the array, and takes the widest of it and the mux decoders). Computed once per shape and search: a search visits a
/// few hundred shapes and bounds each of them thousands of times.
/// </summary>
internal sealed class ShapePeriphery
{
    private const int Side = 21; // log₂ rows and columns up to 2²⁰, the search's limit
    private readonly Slot[] _powersOfTwo = new Slot[Side * Side];
    private readonly Dictionary<long, int> _otherIndex = new();
    private Slot[] _others = new Slot[16];
    private int _generation;
    private ArrayContext? _context;
    private BufferDesign[] _designs = Array.Empty<BufferDesign>();
    private bool _withRowDelay;
    private bool _withLeakage;

    /// <summary>What one shape's periphery contributes to the bounds.</summary>
    public struct Slot
    {
        /// <summary>The search that computed the slot (<see cref="Reset"/> starts a new one): a stamp, so that a search starts
        /// afresh without clearing the table (clearing it took about 1 % of the example design space's run).</summary>
        public int Generation;

        /// <summary>The narrowest of the designs' row decoders for this wordline (m).</summary>
        public double DecoderWidth;

        /// <summary>The precharger's height for these bitlines (m).</summary>
        public double PrechargeHeight;

        /// <summary>The least leaky of the designs' row decoders, every row (W), when the bounds take leakage.</summary>
        public double DecoderLeakage;

        /// <summary>The precharger's leakage, its driver and every column (W), when the bounds take leakage.</summary>
        public double PrechargeLeakage;

        /// <summary>The fastest of the designs' row decoders' delay at a step input (s), when the bounds take it: at most the decoder's delay in
        /// any mat, since Horowitz's delay grows as the input ramp slows and a faster stage hands the next a steeper ramp. It
        /// includes the wordline's own RC.</summary>
        public double RowDelay;
    }

    /// <summary>Starts a search: shapes are sized in <paramref name="c"/> for each of <paramref name="designs"/> (the bound must
    /// hold for all of them), with the row decoder's delay when <paramref name="withRowDelay"/> and the decoder's and precharger's
    /// leakage when <paramref name="withLeakage"/>.</summary>
    public void Reset(ArrayContext c, BufferDesign[] designs, bool withRowDelay, bool withLeakage)
    {
        _context = c;
        _designs = designs;
        _withRowDelay = withRowDelay;
        _withLeakage = withLeakage;
        if (++_generation == int.MaxValue)
        {
            Array.Clear(_powersOfTwo, 0, _powersOfTwo.Length); // a wrapped counter would meet stale stamps again
            _generation = 1;
        }

        _otherIndex.Clear();
    }

    /// <summary>The periphery of a subarray of <paramref name="numRow"/> × <paramref name="numColumn"/> cells (a data array's
    /// shapes are powers of two and take an array slot; a tag's columns need not be).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ref readonly Slot Of(int numRow, long numColumn)
    {
        if (IsPowerOfTwo(numRow) && IsPowerOfTwo(numColumn) && numRow < 1 << Side && numColumn < 1L << Side)
        {
            ref var slot = ref _powersOfTwo[Log2(numRow) * Side + Log2(numColumn)];
            if (slot.Generation == _generation)
            {
                return ref slot;
            }

            slot = Compute(numRow, numColumn);
            return ref slot;
        }

        return ref OfOther(numRow, numColumn);
    }

    /// <summary>A shape that is not a power of two each way (a tag's columns), by dictionary.</summary>
    private ref readonly Slot OfOther(int numRow, long numColumn)
    {
        var key = ((long)numRow << 32) | numColumn;
        if (!_otherIndex.TryGetValue(key, out var index))
        {
            index = _otherIndex.Count;
            if (index == _others.Length)
            {
                Array.Resize(ref _others, index * 2);
            }

            _others[index] = Compute(numRow, numColumn);
            _otherIndex[key] = index;
        }

        return ref _others[index];
    }

    private Slot Compute(int numRow, long numColumn)
    {
        var c = _context!;
        var tech = c.Tech;
        SubArray.Lines(c, numRow, numColumn, out _, out var capWordline, out var resWordline, out _, out var capBitline, out var resBitline);
        double width = double.MaxValue, delay = double.MaxValue, leakage = double.MaxValue;
        foreach (var design in _designs)
        {
            var decoder = RowDecoder.Create(c, numRow, capWordline, resWordline, false, 0, design);
            if (decoder.Invalid)
            {
                continue;
            }

            decoder.Area(tech, out _, out var w);
            width = Math.Min(width, w);
            if (_withRowDelay || _withLeakage)
            {
                var d = decoder.Evaluate(tech, Gate.StepInput, out _, out _, out var l);
                delay = Math.Min(delay, d);
                leakage = Math.Min(leakage, l);
            }
        }

        // No design sizes a decoder for this wordline: the subarray is invalid whatever its mat, so any bound holds; keep the
        // wordline's own RC and nothing else.
        var slot = new Slot
        {
            Generation = _generation,
            DecoderWidth = width == double.MaxValue ? 0 : width,
            RowDelay = delay == double.MaxValue ? SearchBounds.WordlineRc(capWordline, resWordline) : delay,
            DecoderLeakage = leakage == double.MaxValue ? 0 : leakage,
        };
        if (numColumn <= int.MaxValue)
        {
            var precharger = Precharger.Create(c, tech.Vdd, (int)numColumn, capBitline, resBitline);
            precharger.Area(tech, out slot.PrechargeHeight, out _);
            if (_withLeakage)
            {
                precharger.Evaluate(tech, Gate.StepInput, out _, out slot.PrechargeLeakage);
            }
        }

        return slot;
    }

    private static bool IsPowerOfTwo(long n) => n > 0 && (n & (n - 1)) == 0;

    // rows are at most 2²⁰ (the search's limit), so a power of two's exponent indexes the table
#if NETSTANDARD2_0
    private static int Log2(long n) => Mat.Log2(n);
#else
    private static int Log2(long n) => System.Numerics.BitOperations.Log2((ulong)n);
#endif
}
