using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>A row (or mux) decoder: NAND2/NAND3 of predecoded lines (none for ≤ 8 rows) and a wordline
/// driver chain.</summary>
internal struct RowDecoder
{
    public bool Invalid;
    public int NumRow;
    public int NumNandInput;
    private double _widthNandN;
    private double _widthNandP;
    public OutputDriver Driver;
    public double CapNandInput;
    private double _capNandOutput;

    /// <summary>A decoder; <paramref name="design"/> sizes its driver (NVSim passes the bank's buffer design to the
    /// subarray's wordline and mux decoders only; predecoders stay latency-first).</summary>
    public static RowDecoder Create(ArrayContext c, int numRow, double capLoad, double resLoad, bool multipleRowPerSet, double minDriverCurrent,
        BufferDesign design = BufferDesign.Latency)
    {
        var tech = c.Tech;
        var d = new RowDecoder { NumRow = numRow };
        d.NumNandInput = numRow <= 8 ? (multipleRowPerSet ? 2 : 0) : (multipleRowPerSet ? 3 : 2);
        var f = tech.FeatureSize;
        double logicEffort, capGate;
        if (d.NumNandInput > 0)
        {
            d._widthNandN = d.NumNandInput * Gate.MinNmosSize * f;
            logicEffort = (d.NumNandInput + tech.PnSizeRatio) / (1 + tech.PnSizeRatio);
        }
        else
        {
            d._widthNandN = Gate.MinNmosSize * f;
            logicEffort = 1;
        }

        d._widthNandP = tech.PnSizeRatio * Gate.MinNmosSize * f;
        capGate = Gate.GateCap(d._widthNandN, tech) + Gate.GateCap(d._widthNandP, tech);
        d.Driver = OutputDriver.Create(c, logicEffort, capGate, capLoad, resLoad, minDriverCurrent, design);
        d.Invalid = d.Driver.Invalid;
        if (d.NumNandInput > 0)
        {
            Gate.Capacitance(GateType.Nand, d.NumNandInput, d._widthNandN, d._widthNandP, f * Gate.MaxTransistorHeight, tech,
                out d.CapNandInput, out d._capNandOutput);
        }

        return d;
    }

    public readonly void Area(Tech tech, out double height, out double width)
    {
        Driver.Area(tech, out var hd, out var wd);
        if (NumNandInput == 0)
        {
            height = hd;
            width = wd;
        }
        else
        {
            Gate.Area(GateType.Nand, NumNandInput, _widthNandN, _widthNandP, tech.FeatureSize * Gate.LogicRegionHeightF, tech, out var hn, out var wn);
            height = Math.Max(hn, hd);
            width = wn + wd;
        }

        height *= NumRow;
    }

    /// <summary>Delay, output ramp, energy of one activated row, and leakage of all rows.</summary>
    public readonly double Evaluate(Tech tech, double rampInput, out double rampOutput, out double energy, out double leakage)
    {
        double latency;
        if (NumNandInput == 0)
        {
            latency = Driver.Evaluate(tech, rampInput, out rampOutput, out energy, out leakage);
        }
        else
        {
            var r = Gate.OnResistance(_widthNandN, true, tech) * NumNandInput;
            var load = _capNandOutput + Driver.CapInput(tech);
            var beta = 1 / (r * Gate.Transconductance(_widthNandN, true, tech));
            latency = Gate.Horowitz(r * load, beta, rampInput, out var rampDriver);
            latency += Driver.Evaluate(tech, rampDriver, out rampOutput, out var driverEnergy, out leakage);
            leakage += Gate.Leakage(GateType.Nand, NumNandInput, _widthNandN, _widthNandP, tech) * tech.Vdd;
            energy = load * tech.Vdd * tech.Vdd + driverEnergy;
        }

        leakage *= NumRow;
        return latency;
    }
}
