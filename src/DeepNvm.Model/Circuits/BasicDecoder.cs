using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>A 1-to-2, 2-to-4 or 3-to-8 predecoder (inverters, or 4/8 NAND gates with drivers).</summary>
internal struct BasicDecoder
{
    public bool Exists;
    private int _numNandInput;
    private int _numNandGate;
    private double _widthNandN;
    private double _widthNandP;
    private OutputDriver _driver;
    private double _capNandOutput;

    public static BasicDecoder Create(ArrayContext c, int numAddressBit, double capLoad, double resLoad)
    {
        var tech = c.Tech;
        var f = tech.FeatureSize;
        var d = new BasicDecoder { Exists = true };
        d._numNandInput = numAddressBit == 1 ? 0 : numAddressBit;
        if (d._numNandInput == 0)
        {
            var wn = Gate.MinNmosSize * f;
            var cap = Gate.GateCap(wn, tech) + Gate.GateCap(tech.PnSizeRatio * wn, tech);
            d._driver = OutputDriver.Create(c, 1, cap, capLoad, resLoad, 0);
        }
        else
        {
            d._numNandGate = d._numNandInput == 2 ? 4 : 8;
            d._widthNandN = d._numNandInput * Gate.MinNmosSize * f;
            d._widthNandP = tech.PnSizeRatio * Gate.MinNmosSize * f;
            var logicEffort = (d._numNandInput + tech.PnSizeRatio) / (1 + tech.PnSizeRatio);
            var cap = Gate.GateCap(d._widthNandN, tech) + Gate.GateCap(d._widthNandP, tech);
            d._driver = OutputDriver.Create(c, logicEffort, cap, capLoad, resLoad, 0);
            Gate.Capacitance(GateType.Nand, d._numNandInput, d._widthNandN, d._widthNandP, f * Gate.MaxTransistorHeight, tech,
                out _, out d._capNandOutput);
        }

        return d;
    }

    public readonly void Area(Tech tech, out double height, out double width)
    {
        _driver.Area(tech, out var hd, out var wd);
        if (_numNandInput == 0)
        {
            height = 2 * hd;
            width = wd;
        }
        else
        {
            Gate.Area(GateType.Nand, _numNandInput, _widthNandN, _widthNandP, tech.FeatureSize * Gate.LogicRegionHeightF, tech, out var hn, out var wn);
            height = Math.Max(hn, hd) * _numNandGate;
            width = wn + wd;
        }
    }

    public readonly double Evaluate(Tech tech, double rampInput, out double rampOutput, out double energy, out double leakage)
    {
        var vdd2 = tech.Vdd * tech.Vdd;
        double latency;
        if (_numNandInput == 0)
        {
            latency = _driver.Evaluate(tech, rampInput, out rampOutput, out var de, out var dl);
            leakage = 2 * dl;
            var w = _driver.WidthN(0, tech);
            Gate.Capacitance(GateType.Inv, 1, w, w * tech.PnSizeRatio, tech.FeatureSize * Gate.MaxTransistorHeight, tech, out var ci, out var co);
            energy = (ci + co) * vdd2 + de;
        }
        else
        {
            var r = Gate.OnResistance(_widthNandN, true, tech) * _numNandInput;
            var load = _capNandOutput + _driver.CapInput(tech);
            var beta = 1 / (r * Gate.Transconductance(_widthNandN, true, tech));
            latency = Gate.Horowitz(r * load, beta, rampInput, out var rampDriver);
            latency += _driver.Evaluate(tech, rampDriver, out rampOutput, out var de, out var dl);
            leakage = (Gate.Leakage(GateType.Nand, _numNandInput, _widthNandN, _widthNandP, tech) * tech.Vdd + dl) * _numNandGate;
            energy = load * vdd2 + de;
        }

        return latency;
    }
}
