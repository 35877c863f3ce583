using System.Collections.Generic;
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
/// and mats built from the same subarrays share their row predecoders. Kept per thread in the workspace; a new context
/// starts it afresh.
/// </summary>
internal sealed class PredecoderMemo
{
    private readonly Dictionary<(int Bits, double Load), PredecoderFigures> _figures = new();
    private ArrayContext? _context;

    public PredecoderFigures Of(ArrayContext c, int bits, double capLoad)
    {
        if (!ReferenceEquals(c, _context))
        {
            _figures.Clear();
            _context = c;
        }

        if (!_figures.TryGetValue((bits, capLoad), out var figures))
        {
            figures = PredecoderFigures.Of(c, bits, capLoad);
            _figures[(bits, capLoad)] = figures;
        }

        return figures;
    }
}
