using System;
using DeepNvm.Model.Technology;

namespace DeepNvm.Model.Circuits;

internal enum GateType
{
    Inv,
    Nor,
    Nand,
}

/// <summary>Transistor-level formulas shared by every peripheral circuit: gate and drain capacitance,
/// layout footprint with folding, leakage, on-resistance, transconductance and Horowitz's delay model.
/// The layout rules and constants are CACTI's (Wilton and Jouppi; Thoziyoor et al., CACTI 5.1/6.5), as
/// NVSim (Dong et al., TCAD 2012) uses them.</summary>
internal static class Gate
{
    public const double MinNmosSize = 1.5;            // F
    public const double MaxTransistorHeight = 20;      // F
    public const double MinGapBetweenPAndN = 2;        // F
    public const double MinGapBetweenSameTypeDiffs = 1.5;
    public const double MinGapBetweenPoly = 1.5;
    public const double MinGapBetweenContactPoly = 0.75;
    public const double ContactSize = 1;
    public const double MinWidthPowerRail = 2;
    public const double OptimalFanout = 4;
    public const int MaxInverterChain = 20;
    public const double LeakRatioNand2 = 0.48;
    public const double LeakRatioNand3 = 0.31;
    public const double LeakRatioNor2 = 0.95;
    public const double LeakRatioNor3 = 0.62;

    /// <summary>Height of the logic region the periphery's gates are folded into, F: NVSim writes it as a bare
    /// <c>featureSize*40</c> in every area and capacitance call of its decoders, drivers, muxes, prechargers and
    /// comparators.</summary>
    public const double LogicRegionHeightF = 40;

    /// <summary>The input ramp (1/slope) of an ideal step: NVSim passes 1e41 as the "infinite" slope at a chain's
    /// first stage, which makes Horowitz's α vanish.</summary>
    public const double StepInput = 1e41;

    /// <summary>A height limit no gate reaches, so the gate is laid out unfolded (NVSim's 1e41 for a wire's repeaters).</summary>
    public const double UnlimitedHeight = 1e41;

    public static double GateCap(double width, Tech tech) =>
        tech.GateCapPerWidth * width + tech.PhyGateLength * tech.CapPolywire;

    /// <summary>Footprint of a gate whose transistors must fit a region of the given height; wide devices are
    /// folded into fingers (3 F folding overhead each).</summary>
    public static void Area(GateType type, int numInput, double widthN, double widthP, double heightRegion, Tech tech,
        out double height, out double width)
    {
        var f = tech.FeatureSize;
        MaxWidths(widthN, widthP, heightRegion, f, out var maxN, out var maxP);

        double unitP = 0, heightP = 0, unitN = 0, heightN = 0;
        if (widthP > 0)
        {
            if (widthP < maxP)
            {
                unitP = f;
                heightP = widthP;
            }
            else
            {
                var folds = (int)Math.Ceiling(widthP / (maxP - 3 * f));
                unitP = folds * f + (folds - 1) * f * MinGapBetweenPoly;
                heightP = maxP;
            }
        }

        if (widthN > 0)
        {
            if (widthN < maxN)
            {
                unitN = f;
                heightN = widthN;
            }
            else
            {
                var folds = (int)Math.Ceiling(widthN / (maxN - 3 * f));
                unitN = folds * f + (folds - 1) * f * MinGapBetweenPoly;
                heightN = maxN;
            }
        }

        var contact = 2 * f * (ContactSize + MinGapBetweenContactPoly * 2);
        double widthRegionP, widthRegionN;
        switch (type)
        {
            case GateType.Inv:
                widthRegionP = contact + unitP;
                widthRegionN = contact + unitN;
                break;
            case GateType.Nor:
                widthRegionP = contact + unitP * numInput + (numInput - 1) * f * MinGapBetweenPoly;
                widthRegionN = contact + unitN * numInput + (numInput - 1) * f * (ContactSize + MinGapBetweenContactPoly * 2);
                break;
            default:
                widthRegionN = contact + unitN * numInput + (numInput - 1) * f * MinGapBetweenPoly;
                widthRegionP = contact + unitP * numInput + (numInput - 1) * f * (ContactSize + MinGapBetweenContactPoly * 2);
                break;
        }

        width = Math.Max(widthRegionN, widthRegionP);
        height = widthP > 0 && widthN > 0
            ? heightN + heightP + f * MinGapBetweenPAndN + 2 * f * MinWidthPowerRail
            : heightN + heightP;
    }

    /// <summary>Largest unfolded NMOS and PMOS widths that fit a region of the given height, split in the
    /// ratio of the requested widths.</summary>
    private static void MaxWidths(double widthN, double widthP, double heightRegion, double f, out double maxN, out double maxP)
    {
        var ratio = widthP / (widthP + widthN);
        if (ratio == 0)
        {
            maxP = 0;
            maxN = heightRegion;
        }
        else if (ratio == 1)
        {
            maxP = heightRegion;
            maxN = 0;
        }
        else
        {
            maxP = ratio * (heightRegion - MinGapBetweenPAndN * f);
            maxN = maxP / ratio * (1 - ratio);
        }
    }

    /// <summary>Input (gate) and output (drain: bottom junction, sidewall, drain-to-channel) capacitance.</summary>
    public static void Capacitance(GateType type, int numInput, double widthN, double widthP, double heightRegion, Tech tech,
        out double capInput, out double capOutput)
    {
        var f = tech.FeatureSize;
        MaxWidths(widthN, widthP, heightRegion, f, out var maxN, out var maxP);

        double unitDrainP = 0, heightDrainP = 0, unitDrainN = 0, heightDrainN = 0;
        int foldsP = 1, foldsN = 1;
        if (widthP > 0)
        {
            if (widthP < maxP)
            {
                heightDrainP = widthP;
            }
            else
            {
                foldsP = (int)Math.Ceiling(widthP / Math.Max(maxP - 3 * f, f));
                unitDrainP = (foldsP - 1) * f * MinGapBetweenPoly;
                heightDrainP = maxP;
            }
        }

        if (widthN > 0)
        {
            if (widthN < maxN)
            {
                heightDrainN = widthN;
            }
            else
            {
                foldsN = (int)Math.Ceiling(widthN / Math.Max(maxN - 3 * f, f));
                unitDrainN = (foldsN - 1) * f * MinGapBetweenPoly;
                heightDrainN = maxN;
            }
        }

        var contact = f * (ContactSize + MinGapBetweenContactPoly * 2);
        double widthDrainP = 0, widthDrainN = 0;
        switch (type)
        {
            case GateType.Inv:
                if (widthP > 0)
                {
                    widthDrainP = contact + unitDrainP;
                }

                if (widthN > 0)
                {
                    widthDrainN = contact + unitDrainN;
                }

                break;
            case GateType.Nor:
                if (widthP > 0)
                {
                    widthDrainP = contact + unitDrainP * numInput + (numInput - 1) * f * MinGapBetweenPoly;
                }

                if (widthN > 0)
                {
                    widthDrainN = (contact + unitDrainN) * numInput;
                }

                break;
            default:
                if (widthN > 0)
                {
                    widthDrainN = contact + unitDrainN * numInput + (numInput - 1) * f * MinGapBetweenPoly;
                }

                if (widthP > 0)
                {
                    widthDrainP = (contact + unitDrainP) * numInput;
                }

                break;
        }

        var bottomN = widthDrainN * heightDrainN * tech.CapJunction;
        var bottomP = widthDrainP * heightDrainP * tech.CapJunction;
        var sideN = (foldsN % 2 == 0 ? 2 * widthDrainN : 2 * widthDrainN + heightDrainN) * tech.CapSidewall;
        var sideP = (foldsP % 2 == 0 ? 2 * widthDrainP : 2 * widthDrainP + heightDrainP) * tech.CapSidewall;
        var channelN = foldsN * heightDrainN * tech.CapDrainToChannel;
        var channelP = foldsP * heightDrainP * tech.CapDrainToChannel;
        capOutput = bottomN + bottomP + sideN + sideP + channelN + channelP;
        capInput = GateCap(widthN, tech) + GateCap(widthP, tech);
    }

    public static double DrainCap(double width, bool nmos, double heightRegion, Tech tech)
    {
        Capacitance(GateType.Inv, 1, nmos ? width : 0, nmos ? 0 : width, heightRegion, tech, out _, out var cap);
        return cap;
    }

    /// <summary>Subthreshold leakage current of a gate (A), with CACTI's average input-state factors.
    /// The node's leakage scale multiplies it here, the one place leakage power meets the off-current.</summary>
    public static double Leakage(GateType type, int numInput, double widthN, double widthP, Tech tech)
    {
        switch (type)
        {
            case GateType.Inv:
                return Math.Max(widthN * tech.IoffN, widthP * tech.IoffP) * tech.LeakageScale;
            case GateType.Nor:
                return (numInput == 2 ? LeakRatioNor2 : LeakRatioNor3) * widthN * tech.IoffN * numInput * tech.LeakageScale;
            default:
                return (numInput == 2 ? LeakRatioNand2 : LeakRatioNand3) * widthP * tech.IoffP * numInput * tech.LeakageScale;
        }
    }

    /// <summary>Effective switching resistance R = k·Vdd / (I_on·W) with CACTI's multiplier k.</summary>
    public static double OnResistance(double width, bool nmos, Tech tech) =>
        (nmos ? tech.OnResistanceTimesWidthN : tech.OnResistanceTimesWidthP) / width;

    public static double Transconductance(double width, bool nmos, Tech tech) =>
        (nmos ? tech.TransconductancePerWidthN : tech.TransconductancePerWidthP) * width;

    /// <summary>Horowitz's delay of a stage with time constant tr, driven by a ramp (1/slope = rampInput),
    /// β = 1/(R·gm); returns the delay and the output ramp (M. Horowitz, PhD thesis, Stanford 1984).</summary>
    public static double Horowitz(double tr, double beta, double rampInput, out double rampOutput)
    {
        var alpha = 1 / rampInput / tr;
        const double vs = 0.5;
        const double logVsSquared = 0.4804530139182014; // ln²(0.5)
        var result = tr * Math.Sqrt(logVsSquared + 2 * alpha * beta * (1 - vs));
        rampOutput = (1 - vs) / result;
        return result;
    }

    /// <summary>Delay-only variant of <see cref="Horowitz(double, double, double, out double)"/>.</summary>
    public static double Horowitz(double tr, double beta, double rampInput) => Horowitz(tr, beta, rampInput, out _);
}
