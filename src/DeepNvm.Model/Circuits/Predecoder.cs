using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>A predecode block for n address bits: 2-to-4 / 3-to-8 basic decoders feeding one or two
/// levels of NAND row decoders (NVSim's PredecodeBlock structure). Up to 18 address bits.</summary>
internal struct Predecoder
{
    public bool Invalid;
    private int _numAddressBit;
    private BasicDecoder _a1;
    private BasicDecoder _a2;
    private BasicDecoder _b;
    private int _countA1;
    private int _countA2;
    private int _countB;
    private RowDecoder _stage1A;
    private RowDecoder _stage1B;
    private RowDecoder _stage2;
    private bool _hasStage1A;
    private bool _hasStage1B;
    private bool _hasStage2;

    public static Predecoder Create(ArrayContext c, int numAddressBit, double capLoad, double resLoad)
    {
        var p = new Predecoder { _numAddressBit = numAddressBit };
        if (numAddressBit == 0)
        {
            return p;
        }

        int n12 = 0, n24 = 0, n38 = 0;
        if (numAddressBit == 1)
        {
            n12 = 1;
        }
        else
        {
            var mod3 = numAddressBit % 3;
            n24 = mod3 == 2 ? 1 : mod3 == 1 ? 2 : 0;
            n38 = (numAddressBit - 2 * n24) / 3;
        }

        var numBasic = n12 + n24 + n38;
        var numOutput = 1 << numAddressBit;
        int nandA = 0, nandB = 0;
        if (numBasic > 6)
        {
            p.Invalid = true;
            return p;
        }

        if (numBasic >= 2 && numBasic <= 3)
        {
            nandA = numBasic;
            p._stage1A = RowDecoder.Create(c, numOutput, capLoad, resLoad, nandA == 3, 0);
            p._hasStage1A = true;
        }
        else if (numBasic > 3)
        {
            p._stage2 = RowDecoder.Create(c, numOutput, capLoad, resLoad, false, 0);
            p._hasStage2 = true;
            nandB = numBasic / 2;
            nandA = numBasic - nandB;
            var bitsA = 1 << (3 * nandA - n24);
            var bitsB = 1 << (3 * nandB);
            p._stage1A = RowDecoder.Create(c, bitsA, bitsB * p._stage2.CapNandInput, 0, nandA == 3, 0);
            p._stage1B = RowDecoder.Create(c, bitsB, bitsA * p._stage2.CapNandInput, 0, nandB == 3, 0);
            p._hasStage1A = true;
            p._hasStage1B = true;
        }

        if (p._hasStage1B)
        {
            var load = (nandB == 2 ? 8 : 64) * p._stage1B.CapNandInput;
            p._b = BasicDecoder.Create(c, 3, load, 0);
            p._countB = nandB;
        }

        if (p._hasStage1A)
        {
            var capNand = p._stage1A.CapNandInput;
            if (n24 == 0)
            {
                p._countA1 = nandA;
                p._a1 = BasicDecoder.Create(c, 3, (1 << (3 * (nandA - 1))) * capNand, 0);
            }
            else if (n24 == 1)
            {
                p._countA1 = 1;
                p._countA2 = nandA - 1;
                p._a1 = BasicDecoder.Create(c, 2, (1 << (3 * p._countA2)) * capNand, 0);
                p._a2 = BasicDecoder.Create(c, 3, (1 << (2 + 3 * (p._countA2 - 1))) * capNand, 0);
            }
            else if (nandA == 2)
            {
                p._countA1 = 2;
                p._a1 = BasicDecoder.Create(c, 2, 4 * capNand, 0);
            }
            else
            {
                p._countA1 = 2;
                p._countA2 = 1;
                p._a1 = BasicDecoder.Create(c, 2, 32 * capNand, 0);
                p._a2 = BasicDecoder.Create(c, 3, 16 * capNand, 0);
            }
        }
        else
        {
            p._countA1 = 1;
            p._a1 = BasicDecoder.Create(c, n12 == 1 ? 1 : n24 == 1 ? 2 : 3, capLoad, resLoad);
        }

        return p;
    }

    public readonly double Area(Tech tech)
    {
        if (_numAddressBit == 0)
        {
            return 0;
        }

        double width = 0, height = 0, h, w;
        _a1.Area(tech, out h, out w);
        width = Math.Max(width, w);
        height += _countA1 * h;
        if (_a2.Exists)
        {
            _a2.Area(tech, out h, out w);
            width = Math.Max(width, w);
            height += _countA2 * h;
        }

        if (_b.Exists)
        {
            _b.Area(tech, out h, out w);
            width = Math.Max(width, w);
            height += _countB * h;
        }

        double wTemp = 0, hTemp = 0;
        if (_hasStage1A)
        {
            _stage1A.Area(tech, out h, out w);
            wTemp = Math.Max(wTemp, w);
            hTemp += h;
            if (_hasStage1B)
            {
                _stage1B.Area(tech, out h, out w);
                wTemp = Math.Max(wTemp, w);
                hTemp += h;
            }

            if (_hasStage2)
            {
                _stage2.Area(tech, out h, out w);
                wTemp += w;
                hTemp = Math.Max(hTemp, h);
            }
        }

        width += wTemp;
        height = Math.Max(height, hTemp);
        return width * height;
    }

    /// <summary>Worst path delay, its output ramp, dynamic energy and leakage. As in NVSim, the second-level
    /// NAND stage is counted in the delay but not in energy or leakage.</summary>
    public readonly double Evaluate(Tech tech, double rampInput, out double rampOutput, out double energy, out double leakage)
    {
        energy = 0;
        leakage = 0;
        rampOutput = rampInput;
        if (_numAddressBit == 0)
        {
            return 0;
        }

        double e, l, ramp;
        var delayA1 = _a1.Evaluate(tech, rampInput, out var rampA1, out e, out l);
        var latencyA1 = delayA1;
        energy += e;
        leakage += l;
        var maxRamp = rampA1;
        if (_hasStage1A)
        {
            delayA1 += _stage1A.Evaluate(tech, rampA1, out ramp, out e, out l);
            energy += e;
            leakage += l;
            maxRamp = ramp;
            if (_hasStage2)
            {
                delayA1 += _stage2.Evaluate(tech, ramp, out ramp, out _, out _);
                maxRamp = ramp;
            }
        }

        rampOutput = maxRamp;
        var latency = delayA1;
        if (_a2.Exists)
        {
            var delayA2 = latencyA1; // NVSim adds the A1 decoder's delay on the A2 path too
            _a2.Evaluate(tech, rampInput, out var rampA2, out e, out l);
            energy += e;
            leakage += l;
            delayA2 += _stage1A.Evaluate(tech, rampA2, out ramp, out _, out _);
            if (_hasStage2)
            {
                delayA2 += _stage2.Evaluate(tech, ramp, out ramp, out _, out _);
            }

            rampOutput = Math.Max(rampOutput, ramp);
            latency = Math.Max(latency, delayA2);
        }

        if (_b.Exists)
        {
            var delayB = _b.Evaluate(tech, rampInput, out var rampB, out e, out l);
            energy += e;
            leakage += l;
            delayB += _stage1B.Evaluate(tech, rampB, out ramp, out e, out l);
            energy += e;
            leakage += l;
            delayB += _stage2.Evaluate(tech, ramp, out ramp, out _, out _);
            rampOutput = Math.Max(rampOutput, ramp);
            latency = Math.Max(latency, delayB);
        }

        return latency;
    }
}
