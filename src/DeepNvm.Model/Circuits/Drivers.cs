using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>An inverter chain sized by logical effort (Sutherland, Sproull and Harris) for a stage effort
/// of 4, driving a load; the last stage can be forced wide enough for a minimum drive current.
/// Stage widths follow W_i = max(W_min, W_last / f^(n-1-i)), so nothing is stored per stage.</summary>
internal struct OutputDriver
{
    public bool Invalid;
    public int NumStage;
    private double _widthLast;
    private double _stageEffort;
    private double _widthFirstUnclamped;
    private double _outputCap;
    private double _outputRes;

    public static OutputDriver Create(ArrayContext c, double logicEffort, double inputCap, double outputCap, double outputRes,
        double minDriverCurrent, BufferDesign design = BufferDesign.Latency)
    {
        var tech = c.Tech;
        var d = new OutputDriver { _outputCap = outputCap, _outputRes = outputRes };
        var minWidth = Gate.MinNmosSize * tech.FeatureSize;
        var minDriverWidth = Math.Max(minWidth, minDriverCurrent / tech.IonN);
        if (minDriverWidth > c.MaxNmosSize)
        {
            d.Invalid = true;
            return d;
        }

        if (design == BufferDesign.Area)
        {
            // Area first (NVSim's area_first): one inverter, just wide enough for the drive current; NVSim caps it at
            // AREA_OPT_CONSTRAIN (1) × MaxNmosSize, which the check above already enforces.
            d.NumStage = 1;
            d._widthLast = minDriverWidth;
            d._stageEffort = 1;
            d._widthFirstUnclamped = minDriverWidth;
            return d;
        }

        double totalEffort;
        int n;
        if (design == BufferDesign.Latency)
        {
            // Latency first: n stages (odd, the chain inverts) with effort f = F^(1/(n+1)).
            totalEffort = Math.Max(1, logicEffort * outputCap / inputCap);
            n = Math.Max(0, (int)(Math.Log(totalEffort) / Math.Log(Gate.OptimalFanout) + 0.5) - 1);
            if (n % 2 == 0)
            {
                n += 1;
            }

            n = Math.Min(n, Gate.MaxInverterChain);
            var f = Math.Pow(totalEffort, 1.0 / (n + 1));
            var last = Math.Max(minWidth, outputCap / f / Gate.GateCap(1, tech) / (1.0 + tech.PnSizeRatio));
            if (last > c.MaxNmosSize)
            {
                last = c.MaxNmosSize;
                var capLast = Gate.GateCap((1 + tech.PnSizeRatio) * c.MaxNmosSize, tech);
                f = Math.Pow(logicEffort * capLast / inputCap, 1.0 / n);
            }

            if (last >= minDriverWidth)
            {
                d.NumStage = n;
                d._widthLast = last;
                d._stageEffort = f;
                d._widthFirstUnclamped = last / Math.Pow(f, n - 1);
                return d;
            }
        }

        // Balanced (NVSim's latency_area_trade_off), or a latency-first last stage that cannot supply the current:
        // the last stage is sized for the current (at least the minimum width) and the chain is sized up to it.
        var newOutputCap = Gate.GateCap(minDriverWidth, tech) * (1.0 + tech.PnSizeRatio);
        totalEffort = Math.Max(1, logicEffort * newOutputCap / inputCap);
        n = Math.Max(0, (int)(Math.Log(totalEffort) / Math.Log(Gate.OptimalFanout) + 0.5) - 1);
        if (n % 2 == 1)
        {
            n += 1;
        }

        n = Math.Min(n, Gate.MaxInverterChain);
        d.NumStage = n + 1;
        d._widthLast = minDriverWidth;
        d._stageEffort = Math.Pow(totalEffort, 1.0 / (n + 1));
        d._widthFirstUnclamped = minDriverWidth / Math.Pow(d._stageEffort, n);
        return d;
    }

    public readonly double WidthN(int i, Tech tech) =>
        Math.Max(Gate.MinNmosSize * tech.FeatureSize, i == 0 ? _widthFirstUnclamped : _widthLast / Math.Pow(_stageEffort, NumStage - 1 - i));

    /// <summary>Input capacitance of the first stage.</summary>
    public readonly double CapInput(Tech tech)
    {
        if (NumStage == 0)
        {
            return 0;
        }

        var w = WidthN(0, tech);
        return Gate.GateCap(w, tech) + Gate.GateCap(w * tech.PnSizeRatio, tech);
    }

    public readonly void Area(Tech tech, out double height, out double width)
    {
        height = 0;
        width = 0;
        var minWidth = Gate.MinNmosSize * tech.FeatureSize;
        var u = _widthFirstUnclamped;
        for (var i = 0; i < NumStage; i++, u *= _stageEffort)
        {
            var w = Math.Max(minWidth, u);
            Gate.Area(GateType.Inv, 1, w, w * tech.PnSizeRatio, tech.FeatureSize * 40, tech, out var h, out var wd);
            height = Math.Max(height, h);
            width += wd;
        }
    }

    /// <summary>Delay of the chain (Horowitz per stage, the last stage into the load's distributed RC), its
    /// switching energy per transition and its leakage power.</summary>
    public readonly double Evaluate(Tech tech, double rampInput, out double rampOutput, out double energy, out double leakage)
    {
        var latency = 0.0;
        energy = 0;
        leakage = 0;
        rampOutput = rampInput;
        if (NumStage == 0)
        {
            return 0;
        }

        var vdd2 = tech.Vdd * tech.Vdd;
        var hRegion = tech.FeatureSize * Gate.MaxTransistorHeight;
        var minWidth = Gate.MinNmosSize * tech.FeatureSize;
        var u = _widthFirstUnclamped;
        var w = Math.Max(minWidth, u);
        Gate.Capacitance(GateType.Inv, 1, w, w * tech.PnSizeRatio, hRegion, tech, out _, out var capOut);
        var ramp = rampInput;
        for (var i = 0; i < NumStage; i++)
        {
            leakage += Gate.Leakage(GateType.Inv, 1, w, w * tech.PnSizeRatio, tech) * tech.Vdd;
            var r = Gate.OnResistance(w, true, tech);
            var beta = 1 / (r * Gate.Transconductance(w, true, tech));
            if (i < NumStage - 1)
            {
                u *= _stageEffort;
                var wNext = Math.Max(minWidth, u);
                Gate.Capacitance(GateType.Inv, 1, wNext, wNext * tech.PnSizeRatio, hRegion, tech, out var capInNext, out var capOutNext);
                var load = capOut + capInNext;
                latency += Gate.Horowitz(r * load, beta, ramp, out ramp);
                energy += load * vdd2;
                w = wNext;
                capOut = capOutNext;
            }
            else
            {
                var load = capOut + _outputCap;
                var tr = r * load + _outputCap * _outputRes / 2;
                latency += Gate.Horowitz(tr, beta, ramp, out ramp);
                energy += load * vdd2;
            }
        }

        rampOutput = ramp;
        return latency;
    }
}

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
            Gate.Area(GateType.Nand, NumNandInput, _widthNandN, _widthNandP, tech.FeatureSize * 40, tech, out var hn, out var wn);
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
            Gate.Area(GateType.Nand, _numNandInput, _widthNandN, _widthNandP, tech.FeatureSize * 40, tech, out var hn, out var wn);
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
