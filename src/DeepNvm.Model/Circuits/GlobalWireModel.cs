using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

/// <summary>The bank's global (H-tree) wire as NVSim models it (`Wire::CalculateLatencyAndPower`): unrepeated
/// full swing (distributed RC), repeated (delay, energy and leakage per metre of an inverter every
/// <c>spacing</c> metres; the repeaters take silicon beside the wires), or low swing (CACTI 6.5's transmitter,
/// a NAND2 and an inverter driving an NMOS pull-up/pull-down pair over the wire into a sense amplifier).</summary>
internal sealed class GlobalWireModel
{
    private const double ResistanceAdjust = 8.6;   // NVSim/CACTI RES_ADJ
    private const double LowSwingVolts = 0.1;      // NVSim VOL_SWING
    private const double LowSwingOverdrive = 0.4;  // "0.4 V is the over drive voltage" (NVSim)
    private const double StepInput = 1e20;         // NVSim's "infinite" input slope: a step
    private const double PenaltySpacingStep = 100e-6;

    private readonly Tech _tech;
    private readonly double _repeaterSize;
    private readonly double _repeaterSpacing;
    private readonly double _unitDelay;
    private readonly double _unitEnergy;
    private readonly double _unitLeakage;
    private readonly double _senseAmpCap;
    private readonly double _maxNmosSize;

    public GlobalWireModel(ArrayContext c, Wire wire, WireKind kind, WireRepeaters repeaters, bool lowSwing)
        : this(c.Tech, c.Cell, c.MaxNmosSize, wire, kind, repeaters, lowSwing)
    {
    }

    public GlobalWireModel(Tech tech, CellModel cell, double maxNmosSize, Wire wire, WireKind kind, WireRepeaters repeaters, bool lowSwing)
    {
        if (lowSwing && repeaters != WireRepeaters.None)
        {
            throw new ArgumentException("NVSim supports no low-swing wire with repeaters");
        }

        _tech = tech;
        Wire = wire;
        Kind = kind;
        Repeaters = repeaters;
        LowSwing = lowSwing;
        _maxNmosSize = maxNmosSize;
        if (lowSwing)
        {
            // NVSim sizes the receiving sense amplifier with a 1 m pitch "for test" and never evaluates its delay,
            // energy or leakage (they stay 0): only its load counts.
            _senseAmpCap = SenseAmp.LoadCapacitance(tech, 1);
        }

        if (repeaters == WireRepeaters.None)
        {
            SharingWidth = 1;
            return;
        }

        // Delay-optimal repeaters (findOptimalRepeater), from a minimum inverter.
        var n = Gate.MinNmosSize * _tech.FeatureSize;
        var p = n * _tech.PnSizeRatio;
        var inputCap = Gate.GateCap(n, _tech) + Gate.GateCap(p, _tech);
        var outputCap = Gate.DrainCap(n, true, 1, _tech) + Gate.DrainCap(p, false, 1, _tech);
        var outputRes = Gate.OnResistance(n, true, _tech) + Gate.OnResistance(p, false, _tech);
        _repeaterSize = Math.Sqrt(outputRes * wire.CapPerMeter / inputCap / wire.ResPerMeter);
        _repeaterSpacing = Math.Sqrt(2 * outputRes * (outputCap + inputCap) / (wire.ResPerMeter * wire.CapPerMeter));
        if (repeaters != WireRepeaters.Optimal)
        {
            Penalize(Penalty(repeaters), ref _repeaterSize, ref _repeaterSpacing);
        }

        _unitDelay = UnitDelay(_repeaterSize, _repeaterSpacing);
        _unitEnergy = UnitEnergy(_repeaterSize, _repeaterSpacing);
        _unitLeakage = UnitLeakage(_repeaterSize, _repeaterSpacing);
        var w = _repeaterSize * n;
        Gate.Area(GateType.Inv, 1, w, w * _tech.PnSizeRatio, Gate.UnlimitedHeight, _tech, out var h, out var wd);
        var repeaterWidth = Math.Max(h, wd);
        var repeaterHeight = Math.Min(h, wd);
        EffectivePitch = wire.Pitch + repeaterWidth;
        SharingWidth = (int)Math.Floor(_repeaterSpacing / repeaterHeight);
    }

    public Wire Wire { get; }
    public WireKind Kind { get; }
    public WireRepeaters Repeaters { get; }
    public bool LowSwing { get; }

    /// <summary>Unrepeated full-swing: the quadratic distributed-RC wire the organization search's bounds assume.</summary>
    public bool IsPlain => Repeaters == WireRepeaters.None && !LowSwing;

    /// <summary>Silicon pitch per routed wire (0: unrepeated wires run on another metal layer).</summary>
    public double EffectivePitch { get; }

    /// <summary>Wires that share one repeater's height (NVSim's numWireSharingWidth).</summary>
    public int SharingWidth { get; }

    public override string ToString() =>
        Kind + (Repeaters != WireRepeaters.None ? ", repeaters " + Repeaters : "") + (LowSwing ? ", low swing" : "");

    /// <summary>Delay, switching energy and leakage of one wire of the given length.</summary>
    public double Evaluate(double length, out double energy, out double leakage)
    {
        if (LowSwing)
        {
            return LowSwingWire(length, out energy, out leakage);
        }

        if (Repeaters == WireRepeaters.None)
        {
            energy = Wire.Energy(length, _tech.Vdd);
            leakage = 0;
            return Wire.Delay(length);
        }

        energy = _unitEnergy * length;
        leakage = _unitLeakage * length;
        return _unitDelay * length;
    }

    private static double Penalty(WireRepeaters r) => r switch
    {
        WireRepeaters.Delay5Percent => 0.05,
        WireRepeaters.Delay10Percent => 0.10,
        WireRepeaters.Delay20Percent => 0.20,
        WireRepeaters.Delay30Percent => 0.30,
        WireRepeaters.Delay40Percent => 0.40,
        _ => 0.50,
    };

    /// <summary>NVSim's findPenalizedRepeater: the smallest repeaters (and, in principle, wider spacing) whose delay stays
    /// within the penalty and whose energy plus leakage (relative) improves. As in NVSim the size loop is not restarted
    /// for the next spacing, so only the optimal spacing is searched in effect.</summary>
    private void Penalize(double penalty, ref double size, ref double spacing)
    {
        var targetDelay = UnitDelay(size, spacing) * (1 + penalty);
        var energy = UnitEnergy(size, spacing);
        var leakage = UnitLeakage(size, spacing);
        double bestSize = size, bestSpacing = spacing;
        var endSpacing = 4 * spacing;
        var s = size;
        for (var sp = spacing; sp <= endSpacing; sp += PenaltySpacingStep)
        {
            for (; s >= 1; s -= 1)
            {
                var d = UnitDelay(s, sp);
                var e = UnitEnergy(s, sp);
                var l = UnitLeakage(s, sp);
                if (d <= targetDelay && e / energy + l / leakage < 2)
                {
                    energy = e;
                    leakage = l;
                    bestSize = s;
                    bestSpacing = sp;
                }
            }
        }

        size = bestSize;
        spacing = bestSpacing;
    }

    private double UnitDelay(double size, double spacing)
    {
        RepeaterFigures(size, out var inputCap, out var outputCap, out var outputRes);
        var wireCap = Wire.CapPerMeter * spacing;
        var wireRes = Wire.ResPerMeter * spacing;
        var tau = outputRes * (inputCap + outputCap) + outputRes * wireCap + wireRes * outputCap + 0.5 * wireRes * wireCap;
        return 0.693 * tau / spacing;
    }

    private double UnitEnergy(double size, double spacing)
    {
        RepeaterFigures(size, out var inputCap, out var outputCap, out _);
        return (inputCap + outputCap + Wire.CapPerMeter * spacing) * _tech.Vdd * _tech.Vdd / spacing;
    }

    private double UnitLeakage(double size, double spacing)
    {
        var n = Gate.MinNmosSize * _tech.FeatureSize * size;
        return Gate.Leakage(GateType.Inv, 1, n, n * _tech.PnSizeRatio, _tech) * _tech.Vdd / spacing;
    }

    private void RepeaterFigures(double size, out double inputCap, out double outputCap, out double outputRes)
    {
        var n = Gate.MinNmosSize * _tech.FeatureSize * size;
        var p = n * _tech.PnSizeRatio;
        inputCap = Gate.GateCap(n, _tech) + Gate.GateCap(p, _tech);
        outputCap = Gate.DrainCap(n, true, 1, _tech) + Gate.DrainCap(p, false, 1, _tech);
        outputRes = Gate.OnResistance(n, true, _tech) + Gate.OnResistance(p, false, _tech);
    }

    private double LowSwingWire(double length, out double energy, out double leakage)
    {
        var tech = _tech;
        var f = tech.FeatureSize;
        var vdd2 = tech.Vdd * tech.Vdd;
        var wn = Gate.MinNmosSize * f;
        var wp = wn * tech.PnSizeRatio;

        // Input ramp: a minimum inverter's fall after its rise; and the FO4 delay.
        Gate.Capacitance(GateType.Inv, 1, wn, wp, f * Gate.MaxTransistorHeight, tech, out var capIn, out var capOut);
        var capLoad = capIn + capOut;
        var resUp = Gate.OnResistance(wp, false, tech);
        Gate.Horowitz(resUp * capLoad, 1 / (resUp * Gate.Transconductance(wp, false, tech)), StepInput, out var riseTime);
        var resDown = Gate.OnResistance(wn, true, tech);
        var gm = Gate.Transconductance(wn, true, tech);
        var beta = 1 / (resDown * gm);
        Gate.Horowitz(resDown * capLoad, beta, riseTime, out var ramp);
        var delayFo4 = Gate.Horowitz(resDown * (capOut + 4 * capIn), beta, StepInput);

        // Transmitter NMOS sized for the wire's RC against 8 FO4.
        var capWire = Wire.CapPerMeter * length;
        var resWire = Wire.ResPerMeter * length;
        var resDriver = -8 * delayFo4 / (Math.Log(0.5) * capWire) / ResistanceAdjust;
        var widthDriver = resDown * wn / resDriver;
        widthDriver = Math.Min(widthDriver, 100 * f); // NVSim's MAX_NMOS_SIZE constant here, not the input
        widthDriver = Math.Max(widthDriver, wn);
        if (resWire * capWire > 8 * delayFo4)
        {
            widthDriver = _maxNmosSize;
        }

        // One inverter sized by logical effort in front of the driver, after a NAND2.
        var h = f * Gate.LogicRegionHeightF;
        Gate.Capacitance(GateType.Inv, 1, widthDriver, 0, h, tech, out var capGateDriver, out _);
        Gate.Capacitance(GateType.Inv, 1, 2 * wn, 2 * wp, h, tech, out capIn, out _);
        var effort = (2 + tech.PnSizeRatio) / (1 + tech.PnSizeRatio);
        var stageEffort = Math.Sqrt(effort * capGateDriver / capIn);
        var reqCin = effort * capGateDriver / stageEffort;
        Gate.Capacitance(GateType.Inv, 1, wn, wp, h, tech, out capIn, out _);
        var sizeInverter = Math.Max(reqCin / capIn, 1);

        resDown *= 2;
        beta = 1 / (resDown * gm);
        Gate.Capacitance(GateType.Nand, 2, 2 * wn, wp, h, tech, out _, out var capNandOut);
        Gate.Capacitance(GateType.Inv, 1, sizeInverter * wn, sizeInverter * wp, h, tech, out capIn, out capOut);
        capLoad = capNandOut + capIn;
        var delay = Gate.Horowitz(resDown * capLoad, beta, ramp, out ramp);
        energy = capLoad * vdd2;

        resDown = Gate.OnResistance(sizeInverter * wn, true, tech);
        beta = 1 / (resDown * gm);
        capLoad = capOut + capGateDriver;
        delay += Gate.Horowitz(resDown * capLoad, beta, ramp, out ramp);
        energy += capLoad * vdd2;

        leakage = 2 * tech.Vdd * Gate.Leakage(GateType.Inv, 1, sizeInverter * wn, sizeInverter * wp, tech);
        leakage += 2 * tech.Vdd * Gate.Leakage(GateType.Nand, 2, 2 * wn, wp, tech);
        leakage *= 2;

        // The NMOS transmitter pair over the wire into the sense amplifier.
        var drainCapDriver = Gate.DrainCap(widthDriver, true, h, tech);
        capLoad = capWire + drainCapDriver * 2 + _senseAmpCap;
        resDown = Gate.OnResistance(widthDriver, true, tech);
        beta = 1 / (resDown * Gate.Transconductance(widthDriver, true, tech));
        var tr = resDown * ResistanceAdjust * (capWire + drainCapDriver * 2) + capWire * resWire / 2 + (resDown + resWire) * _senseAmpCap;
        delay += Gate.Horowitz(tr, beta, ramp);
        energy += capLoad * LowSwingVolts * LowSwingOverdrive;
        energy *= 2;
        leakage += 4 * tech.Vdd * Gate.Leakage(GateType.Inv, 1, widthDriver, 0, tech);
        return delay;
    }
}
