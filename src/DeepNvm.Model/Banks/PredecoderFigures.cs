using System;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Banks;

/// <summary>What a mat reads of one predecoder block: its area, and its delay, output ramp, energy and leakage at a step
/// input (every predecoder of a mat is driven by one). A function of the context, the address bits and the load alone.</summary>
internal readonly struct PredecoderFigures
{
    public readonly bool Invalid;
    public readonly double Area;
    public readonly double Latency;
    public readonly double Ramp;
    public readonly double Energy;
    public readonly double Leakage;

    private PredecoderFigures(bool invalid, double area, double latency, double ramp, double energy, double leakage)
    {
        Invalid = invalid;
        Area = area;
        Latency = latency;
        Ramp = ramp;
        Energy = energy;
        Leakage = leakage;
    }

    /// <summary>The predecoder of <paramref name="bits"/> address bits into <paramref name="capLoad"/>, sized and evaluated.</summary>
    public static PredecoderFigures Of(ArrayContext c, int bits, double capLoad)
    {
        var p = Predecoder.Create(c, bits, capLoad, 0);
        if (p.Invalid)
        {
            return new PredecoderFigures(true, 0, 0, 0, 0, 0);
        }

        var tech = c.Tech;
        var latency = p.Evaluate(tech, Gate.StepInput, out var ramp, out var energy, out var leakage);
        return new PredecoderFigures(false, p.Area(tech), latency, ramp, energy, leakage);
    }
}

/// <summary>
/// Predecoder figures by address bits and load, for one context. The mats of a search share most of their predecoders: the
/// mux predecoders of a mat of at most 2 × 2 subarrays drive no wire (their load is 0), so they differ only in their bits,
/// and mats built from the same subarrays share their row predecoders. A direct-mapped table of 2¹⁰ slots, each holding the
/// last predecoder that hashed there, stamped with the context's generation: a new context (every buffer design and wire
/// trial makes one) starts afresh in constant time, and a slot taken by another predecoder only costs an evaluation.
/// Kept per thread in the workspace.
/// </summary>
internal sealed class PredecoderMemo
{
    private const int Bits = 10;
    private readonly int[] _bits = new int[1 << Bits];
    private readonly double[] _loads = new double[1 << Bits];
    private readonly int[] _generations = new int[1 << Bits];
    private readonly PredecoderFigures[] _figures = new PredecoderFigures[1 << Bits];
    private ArrayContext? _context;
    private int _generation;

    public PredecoderFigures Of(ArrayContext c, int bits, double capLoad)
    {
        if (!ReferenceEquals(c, _context))
        {
            _context = c;
            if (++_generation == int.MaxValue)
            {
                // as MatCache: a wrapped counter would meet the stamps of long-gone contexts again
                Array.Clear(_generations, 0, _generations.Length);
                _generation = 1;
            }
        }

        var hash = (ulong)(BitConverter.DoubleToInt64Bits(capLoad) ^ ((long)bits << 52)) * 0x9E3779B97F4A7C15UL;
        var slot = (int)(hash >> (64 - Bits));
        if (_generations[slot] == _generation && _bits[slot] == bits && _loads[slot].Equals(capLoad))
        {
            return _figures[slot];
        }

        var figures = PredecoderFigures.Of(c, bits, capLoad);
        _generations[slot] = _generation;
        _bits[slot] = bits;
        _loads[slot] = capLoad;
        _figures[slot] = figures;
        return figures;
    }
}
