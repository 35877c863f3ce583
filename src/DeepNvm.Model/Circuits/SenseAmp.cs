using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

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
