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
            Gate.Area(GateType.Inv, 1, w, w * tech.PnSizeRatio, tech.FeatureSize * Gate.LogicRegionHeightF, tech, out var h, out var wd);
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
