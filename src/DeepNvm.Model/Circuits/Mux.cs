using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>An NMOS pass-gate multiplexer level (bitline mux or sense-amp output mux).</summary>
internal struct Mux
{
    private int _numInput;
    private int _numMux;
    private double _capLoad;
    private double _capInputNextStage;
    private double _width;
    public double CapNmosPass;
    public double ResNmosPass;
    public double CapForPreviousDelay;
    public double CapForPreviousPower;
    private double _capOutput;

    public readonly bool Active => _numInput > 1 && _numMux > 0;

    public static Mux Create(ArrayContext c, int numInput, int numMux, double capLoad, double capInputNextStage, double minDriverCurrent)
    {
        var tech = c.Tech;
        var f = tech.FeatureSize;
        var m = new Mux { _numInput = numInput, _numMux = numMux, _capLoad = capLoad, _capInputNextStage = capInputNextStage };
        if (!m.Active)
        {
            return m;
        }

        var minWidth = minDriverCurrent / tech.IonN;
        if (c.Cell.IsResistive)
        {
            // The pass gate must be small against the cell: R_pass <= 0.2 R_on (IR-drop tolerance).
            var maxRes = c.Cell.ResistanceOn * 0.2;
            var w = Gate.OnResistance(f, true, tech) * f / maxRes;
            w = Math.Min(w, c.MaxNmosSize);
            m._width = Math.Max(Math.Max(w, minWidth), 6 * Gate.MinNmosSize * f);
        }
        else
        {
            m._width = Math.Max(6 * Gate.MinNmosSize * f, minWidth);
        }

        m.CapNmosPass = Gate.DrainCap(m._width, true, f * Gate.LogicRegionHeightF, tech);
        m.CapForPreviousPower = m.CapNmosPass;
        m._capOutput = numInput * m.CapNmosPass;
        m.CapForPreviousDelay = m._capOutput + m.CapNmosPass + capLoad;
        m.ResNmosPass = Gate.OnResistance(m._width, true, tech);
        return m;
    }

    public readonly double Height(Tech tech)
    {
        if (!Active)
        {
            return 0;
        }

        Gate.Area(GateType.Inv, 1, _width, 0, tech.FeatureSize * Gate.LogicRegionHeightF, tech, out var h, out _);
        return h;
    }

    public readonly double Evaluate(Tech tech, out double energy)
    {
        if (!Active)
        {
            energy = 0;
            return 0;
        }

        energy = (_capOutput + _capInputNextStage) * tech.Vdd * (tech.Vdd - tech.Vth) * _numMux;
        return 2.3 * ResNmosPass * (_capOutput + _capLoad);
    }
}
