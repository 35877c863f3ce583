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
            + Gate.DrainCap(p._widthInvN, true, f * 40, tech) + Gate.DrainCap(p._widthInvP, false, f * 40, tech);
        p._capOutputPrecharger = Gate.DrainCap(p._widthPrecharger, false, f * 40, tech) + Gate.DrainCap(p._widthEqual, false, f * 40, tech);
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
        Gate.Area(GateType.Inv, 1, 0, _widthPrecharger, f * 40, tech, out var hp, out var wp);
        Gate.Area(GateType.Inv, 1, 0, _widthEqual, f * 40, tech, out var he, out var we);
        Gate.Area(GateType.Inv, 1, _widthInvN, _widthInvP, f * 40, tech, out var hi, out var wi);
        width = Math.Max(2 * wp + we, wi);
        return Math.Max(hp, he) + hi;
    }

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
        leakage = dl + _numColumn * tech.Vdd * Gate.Leakage(GateType.Inv, 1, _widthInvN, _widthInvP, tech)
            + _numColumn * _voltagePrecharge * Gate.Leakage(GateType.Inv, 1, 0, _widthPrecharger, tech);
        energy = de + _capLoadInv * tech.Vdd * tech.Vdd * _numColumn;
        return latency;
    }
}

/// <summary>Latch-type voltage sense amplifier (CACTI 6.5 sizing); current sensing adds an I-V converter
/// with NVSim's HSPICE-characterised delay, energy and leakage, or the cell's own figures.</summary>
internal struct SenseAmp
{
    public bool Invalid;
    private int _numColumn;
    private bool _currentSense;
    private double _senseVoltage;
    private double _pitch;
    private double _converterDelay;
    private double _converterEnergy;
    private double _converterLeakage;
    public double CapLoad;

    public const double WidthP = 7.5;
    public const double WidthN = 3.75;
    public const double WidthIso = 12.5;
    public const double WidthEnable = 5.0;
    public const double WidthMux = 9.0;
    public const double IvConverterAreaF2 = 50000;

    public static SenseAmp Create(ArrayContext c, int numColumn, bool currentSense, double senseVoltage, double pitch)
    {
        var tech = c.Tech;
        var f = tech.FeatureSize;
        var s = new SenseAmp
        {
            _numColumn = numColumn, _currentSense = currentSense, _senseVoltage = senseVoltage, _pitch = pitch,
            _converterDelay = c.Cell.ConverterDelay, _converterEnergy = c.Cell.ConverterEnergy, _converterLeakage = c.Cell.ConverterLeakage,
        };
        if (pitch <= f * 2)
        {
            s.Invalid = true;
            return s;
        }

        s.CapLoad = LoadCapacitance(tech, pitch);
        return s;
    }

    /// <summary>The latch's load on its input at a given pitch (gates plus drains).</summary>
    public static double LoadCapacitance(Tech tech, double pitch)
    {
        var f = tech.FeatureSize;
        return Gate.GateCap((WidthP + WidthN) * f, tech)
            + Gate.DrainCap(WidthN * f, true, pitch, tech) + Gate.DrainCap(WidthP * f, false, pitch, tech)
            + Gate.DrainCap(WidthIso * f, false, pitch, tech) + Gate.DrainCap(WidthMux * f, true, pitch, tech);
    }

    public readonly double Height(Tech tech)
    {
        var f = tech.FeatureSize;
        double width = 0, height = 0;
        Gate.Area(GateType.Inv, 1, 0, WidthP * f, _pitch, tech, out var tw, out var th);
        width = Math.Max(width, tw);
        height += 2 * th;
        Gate.Area(GateType.Inv, 1, 0, WidthIso * f, _pitch, tech, out tw, out th);
        width = Math.Max(width, tw);
        height += th;
        height += 2 * Gate.MinGapBetweenSameTypeDiffs * f;
        Gate.Area(GateType.Inv, 1, WidthN * f, 0, _pitch, tech, out tw, out th);
        width = Math.Max(width, tw);
        height += 2 * th;
        Gate.Area(GateType.Inv, 1, WidthEnable * f, 0, _pitch, tech, out tw, out th);
        width = Math.Max(width, tw);
        height += th;
        height += 2 * Gate.MinGapBetweenSameTypeDiffs * f;
        height += Gate.MinGapBetweenPAndN * f;
        height = height * width / _pitch;
        if (_currentSense)
        {
            height += IvConverterAreaF2 * f * f / _pitch;
        }

        return height;
    }

    /// <summary>NVSim's HSPICE figures for the current-to-voltage converter of a current-sensing amplifier, per
    /// node: delay (s), energy per sense (J), leakage (W).</summary>
    public static void CurrentSenseFigures(double f, out double delay, out double energy, out double leakage)
    {
        if (f >= 119e-9) { delay = 0.49e-9; energy = 8.52e-14; leakage = 1.40e-8; }
        else if (f >= 89e-9) { delay = 0.53e-9; energy = 8.72e-14; leakage = 1.87e-8; }
        else if (f >= 64e-9) { delay = 0.62e-9; energy = 9.00e-14; leakage = 2.57e-8; }
        else if (f >= 44e-9) { delay = 0.80e-9; energy = 10.26e-14; leakage = 4.41e-9; }
        else if (f >= 31e-9) { delay = 1.07e-9; energy = 12.56e-14; leakage = 12.54e-8; }
        else { delay = 1.45e-9; energy = 15e-14; leakage = 15e-8; }
    }

    public readonly double Evaluate(Tech tech, out double energy, out double leakage)
    {
        var f = tech.FeatureSize;
        var latency = 0.0;
        energy = 0;
        leakage = 0;
        if (_currentSense)
        {
            latency += _converterDelay;
            energy += _converterEnergy;
            leakage += _converterLeakage;
        }

        var gm = Gate.Transconductance(WidthN * f, true, tech) + Gate.Transconductance(WidthP * f, false, tech);
        latency += CapLoad / gm * Math.Log(tech.Vdd / _senseVoltage);
        energy += CapLoad * tech.Vdd * tech.Vdd;
        leakage += Gate.Leakage(GateType.Inv, 1, WidthEnable * f, 0, tech) * tech.Vdd * tech.Vdd;
        energy *= _numColumn;
        leakage *= _numColumn;
        return latency;
    }
}

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

        m.CapNmosPass = Gate.DrainCap(m._width, true, f * 40, tech);
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

        Gate.Area(GateType.Inv, 1, _width, 0, tech.FeatureSize * 40, tech, out var h, out _);
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
            Gate.Area(GateType.Inv, 1, WidthNInv[i] * f, WidthPInv[i] * f, f * 40, tech, out var h, out var w);
            totalHeight = Math.Max(totalHeight, h);
            totalWidth += w;
        }

        Gate.Area(GateType.Nand, 2, WidthNComp * f, 0, f * 40, tech, out var hc, out var wc);
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
        Gate.Capacitance(GateType.Nand, 2, WidthNComp * f, 0, f * 40, tech, out _, out var capComp);
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
