using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>Bitline precharge and equalisation (two PMOS pull-ups of 6 F and an equaliser per column) with
/// an enable driver.</summary>
internal struct Precharger
{
    private int _numColumn;
    private double _capBitline;
    private double _resBitline;
    private double _voltagePrecharge;
    private double _widthInvN;
    private double _widthInvP;
    private double _widthEqual;
    private double _widthPrecharger;
    private double _capLoadInv;
    private double _capOutputPrecharger;
    private OutputDriver _driver;

    public static Precharger Create(ArrayContext c, double voltagePrecharge, int numColumn, double capBitline, double resBitline)
    {
        var tech = c.Tech;
        var f = tech.FeatureSize;
        var p = new Precharger
        {
            _numColumn = numColumn,
            _capBitline = capBitline,
            _resBitline = resBitline,
            _voltagePrecharge = voltagePrecharge,
            _widthInvN = Gate.MinNmosSize * f,
            _widthEqual = Gate.MinNmosSize * f,
            _widthPrecharger = 6 * f,
        };
        p._widthInvP = p._widthInvN * tech.PnSizeRatio;
        var capWirePerColumn = c.Cell.WidthF * f * c.LocalWire.CapPerMeter;
        p._capLoadInv = Gate.GateCap(p._widthEqual, tech) + 2 * Gate.GateCap(p._widthPrecharger, tech)
            + Gate.DrainCap(p._widthInvN, true, f * Gate.LogicRegionHeightF, tech) + Gate.DrainCap(p._widthInvP, false, f * Gate.LogicRegionHeightF, tech);
        p._capOutputPrecharger = Gate.DrainCap(p._widthPrecharger, false, f * Gate.LogicRegionHeightF, tech) + Gate.DrainCap(p._widthEqual, false, f * Gate.LogicRegionHeightF, tech);
        var capInputInv = Gate.GateCap(p._widthInvN, tech) + Gate.GateCap(p._widthInvP, tech);
        p._driver = OutputDriver.Create(c, 1, capInputInv, numColumn * (capInputInv + capWirePerColumn), 0, 0);
        return p;
    }

    /// <summary>Inverter load switched per column on every read (enable inverter and pull-up gates).</summary>
    public readonly double CapLoadPerColumn => _capLoadInv;

    public readonly void Area(Tech tech, out double height, out double width)
    {
        _driver.Area(tech, out var hd, out var wd);
        var columnHeight = ColumnArea(tech, out var columnWidth);
        width = Math.Max(columnWidth * _numColumn, wd);
        height = Math.Max(columnHeight, hd);
    }

    /// <summary>Height of the per-column pull-ups, equalizer and enable inverter, which every precharger has whatever
    /// its column count (the organization search's bounds use it); <paramref name="width"/> is one column's width.</summary>
    public readonly double ColumnArea(Tech tech, out double width)
    {
        var f = tech.FeatureSize;
        Gate.Area(GateType.Inv, 1, 0, _widthPrecharger, f * Gate.LogicRegionHeightF, tech, out var hp, out var wp);
        Gate.Area(GateType.Inv, 1, 0, _widthEqual, f * Gate.LogicRegionHeightF, tech, out var he, out var we);
        Gate.Area(GateType.Inv, 1, _widthInvN, _widthInvP, f * Gate.LogicRegionHeightF, tech, out var hi, out var wi);
        width = Math.Max(2 * wp + we, wi);
        return Math.Max(hp, he) + hi;
    }

    /// <summary>Leakage of one column (its enable inverter at Vdd and its pull-up at the precharge voltage), which every
    /// precharged column has whatever its bitline load: the organization search's leakage bound counts it per column.</summary>
    public readonly double ColumnLeakage(Tech tech) => tech.Vdd * EnableLeakage(tech) + _voltagePrecharge * PullUpLeakage(tech);

    private readonly double EnableLeakage(Tech tech) => Gate.Leakage(GateType.Inv, 1, _widthInvN, _widthInvP, tech);

    private readonly double PullUpLeakage(Tech tech) => Gate.Leakage(GateType.Inv, 1, 0, _widthPrecharger, tech);

    public readonly double Evaluate(Tech tech, double rampInput, out double energy, out double leakage)
    {
        _driver.Evaluate(tech, rampInput, out var rampDriver, out var de, out var dl);
        var rDown = Gate.OnResistance(_widthInvN, true, tech);
        var beta = 1 / (rDown * Gate.Transconductance(_widthInvN, true, tech));
        Gate.Horowitz(rDown * _capLoadInv, beta, rampDriver, out var rampInv);
        var rUp = Gate.OnResistance(_widthPrecharger, false, tech);
        var tau = rUp * (_capBitline + _capOutputPrecharger) + _resBitline * _capBitline / 2;
        beta = 1 / (rUp * Gate.Transconductance(_widthPrecharger, false, tech));
        var latency = Gate.Horowitz(tau, beta, rampInv);
        leakage = dl + _numColumn * tech.Vdd * EnableLeakage(tech) + _numColumn * _voltagePrecharge * PullUpLeakage(tech);
        energy = de + _capLoadInv * tech.Vdd * tech.Vdd * _numColumn;
        return latency;
    }
}
