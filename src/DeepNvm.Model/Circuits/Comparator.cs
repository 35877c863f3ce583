using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>The tag comparator: four quarter comparators, each an inverter chain and an XOR/NAND tree.</summary>
internal struct Comparator
{
    private int _numTagBits;

    public static Comparator Create(int numTagBits) => new() { _numTagBits = numTagBits / 4 };

    private static readonly double[] WidthNInv = { 7.5, 15, 30, 50 };
    private static readonly double[] WidthPInv = { 12.5, 25, 50, 100 };
    private const double WidthNComp = 12.5;
    private const double WidthPComp = 37.5;

    public readonly double Area(Tech tech)
    {
        var f = tech.FeatureSize;
        double totalHeight = 0, totalWidth = 0;
        for (var i = 0; i < 4; i++)
        {
            Gate.Area(GateType.Inv, 1, WidthNInv[i] * f, WidthPInv[i] * f, f * Gate.LogicRegionHeightF, tech, out var h, out var w);
            totalHeight = Math.Max(totalHeight, h);
            totalWidth += w;
        }

        Gate.Area(GateType.Nand, 2, WidthNComp * f, 0, f * Gate.LogicRegionHeightF, tech, out var hc, out var wc);
        totalHeight += hc;
        totalWidth = Math.Max(totalWidth, _numTagBits * wc);
        return totalHeight * totalWidth * 4;
    }

    public readonly double Evaluate(Tech tech, double rampInput, out double energy, out double leakage)
    {
        var f = tech.FeatureSize;
        var hRegion = f * Gate.MaxTransistorHeight;
        var vdd2 = tech.Vdd * tech.Vdd;
        double latency = 0;
        energy = 0;
        leakage = 0;
        var ramp = rampInput;
        for (var i = 0; i < 4; i++)
        {
            leakage += Gate.Leakage(GateType.Inv, 1, WidthNInv[i] * f, WidthPInv[i] * f, tech) * tech.Vdd;
        }

        for (var i = 0; i < 3; i++)
        {
            Gate.Capacitance(GateType.Inv, 1, WidthNInv[i] * f, WidthPInv[i] * f, hRegion, tech, out _, out var co);
            Gate.Capacitance(GateType.Inv, 1, WidthNInv[i + 1] * f, WidthPInv[i + 1] * f, hRegion, tech, out var ciNext, out _);
            var r = Gate.OnResistance(WidthNInv[i] * f, true, tech);
            var beta = 1 / (r * Gate.Transconductance(WidthNInv[i] * f, true, tech));
            latency += Gate.Horowitz(r * (co + ciNext), beta, ramp, out ramp);
            energy += (co + ciNext) * vdd2;
        }

        Gate.Capacitance(GateType.Inv, 1, WidthNInv[3] * f, WidthPInv[3] * f, hRegion, tech, out _, out var coLast);
        Gate.Capacitance(GateType.Nand, 2, WidthNComp * f, 0, f * Gate.LogicRegionHeightF, tech, out _, out var capComp);
        var capBottom = coLast + _numTagBits * capComp;
        var capTop = _numTagBits * capComp + Gate.DrainCap(WidthPComp * f, false, hRegion, tech);
        var resBottom = Gate.OnResistance(WidthNInv[3] * f, true, tech);
        var resTop = 2 * Gate.OnResistance(WidthNComp * f, true, tech);
        latency += Gate.Horowitz(resBottom * capBottom + (resBottom + resTop) * capTop, 0, ramp);
        energy += (capBottom + capTop) * vdd2;
        leakage += _numTagBits * Gate.Leakage(GateType.Nand, 2, WidthNComp * f, 0, tech) * tech.Vdd;
        energy *= 4;
        leakage *= 4;
        return latency;
    }
}
