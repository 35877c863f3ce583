using System;
using System.Collections.Generic;
using MathNet.Numerics.Interpolation;

namespace DeepNvm.Model.Technology;

/// <summary>A technology node resolved at one temperature: every figure the circuit formulas need,
/// in SI units (currents per metre of gate width). Built once per characterization.</summary>
internal sealed class Tech
{
    public double FeatureSize;
    public double Vdd;
    public double Vth;
    public double PhyGateLength;
    public double CapIdealGate;
    public double CapFringe;
    public double CapOverlap;
    public double CapJunction;
    public double CapSidewall;
    public double CapDrainToChannel;
    public double CapOx;
    public double CapPolywire;
    public double MobilityN;
    public double MobilityP;
    public double VdsatN;
    public double VdsatP;
    public double PnSizeRatio;
    public double ResistanceMultiplier;
    public double IonN;
    public double IonP;
    public double IoffN;
    public double IoffP;
    public double BuiltInPotential;

    /// <summary>The node's leakage scale (TechnologyNodeParameters.LeakageScale): multiplies the off-currents
    /// in leakage power only (Gate.Leakage), not in the on/off ratio that bounds the rows of an MTJ array.</summary>
    public double LeakageScale = 1;

    /// <summary>Whether the node had to be extrapolated (outside the table).</summary>
    public bool OutsideTable;

    /// <summary>(C_ideal + C_overlap + 3 C_fringe) per metre of width: the gate capacitance per width.</summary>
    public double GateCapPerWidth;

    /// <summary>k·Vdd/I_on: on-resistance × width (Ω·m), NMOS and PMOS.</summary>
    public double OnResistanceTimesWidthN;
    public double OnResistanceTimesWidthP;

    /// <summary>μ·C_ox/2/Lg·min(V_dsat, Vdd − Vth): transconductance per width (S/m), NMOS and PMOS.</summary>
    public double TransconductancePerWidthN;
    public double TransconductancePerWidthP;

    private static readonly DeviceRecord[] AllRows = BuildRows();

    private static DeviceRecord[] BuildRows()
    {
        var list = new List<DeviceRecord>(DeviceTable.PlanarRows);
        list.AddRange(DeviceTable.FinFetRows(DeviceTable.PlanarRows));
        return list.ToArray();
    }

    /// <summary>Resolve a node (nm), device flavour and temperature (K). Between table nodes every figure is
    /// interpolated linearly in the node (off-currents log-linearly, as NVSim does); outside 7-200 nm the
    /// nearest two rows are extrapolated and <see cref="OutsideTable"/> is set. Temperature is clamped to
    /// 300-400 K and interpolated between the 10 K table points.</summary>
    public static Tech Create(double nodeNm, DeviceFlavor flavor, double temperatureK, double? vddOverride = null, double leakageScale = 1)
    {
        var rows = new List<DeviceRecord>();
        foreach (var row in AllRows)
        {
            if (row.Flavor == flavor)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0)
        {
            // LOP at 200 nm is absent in the table; fall back to all LOP rows (never empty in practice).
            throw new InvalidOperationException("no technology rows for " + flavor);
        }

        rows.Sort((a, b) => a.NodeNanometers.CompareTo(b.NodeNanometers));
        var x = new double[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            x[i] = rows[i].NodeNanometers;
        }

        var outside = nodeNm < x[0] - 1e-9 || nodeNm > x[x.Length - 1] + 1e-9;
        var t = Math.Max(300, Math.Min(400, temperatureK));
        var ti = (int)Math.Floor((t - 300) / 10);
        if (ti >= 10)
        {
            ti = 9;
        }

        var tf = (t - 300 - ti * 10) / 10;

        double Lin(Func<DeviceRecord, double> f)
        {
            var y = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                y[i] = f(rows[i]);
            }

            return LinearSpline.InterpolateSorted(x, y).Interpolate(nodeNm);
        }

        double LogLin(Func<DeviceRecord, double> f)
        {
            var y = new double[rows.Count];
            for (var i = 0; i < rows.Count; i++)
            {
                y[i] = Math.Log(f(rows[i]));
            }

            return Math.Exp(LinearSpline.InterpolateSorted(x, y).Interpolate(nodeNm));
        }

        double AtT(double[] table) => table[ti] + (table[ti + 1] - table[ti]) * tf;
        double LogAtT(double[] table) => Math.Exp(Math.Log(table[ti]) + (Math.Log(table[ti + 1]) - Math.Log(table[ti])) * tf);

        var tech = new Tech
        {
            FeatureSize = nodeNm * 1e-9,
            Vdd = vddOverride ?? Lin(r => r.Vdd),
            Vth = Lin(r => r.Vth),
            PhyGateLength = Math.Max(1e-9, Lin(r => r.GateLength)),
            CapIdealGate = Lin(r => r.CapIdealGate),
            CapFringe = Lin(r => r.CapFringe),
            CapOx = Lin(r => r.CapOx),
            MobilityN = Lin(r => r.MobilityN),
            MobilityP = Lin(r => r.MobilityP),
            PnSizeRatio = Lin(r => r.PnSizeRatio),
            ResistanceMultiplier = Lin(r => r.ResistanceMultiplier),
            IonN = Math.Max(1, Lin(r => AtT(r.IonN))),
            IonP = Math.Max(1, Lin(r => AtT(r.IonP))),
            IoffN = LogLin(r => LogAtT(r.IoffN)),
            IoffP = LogLin(r => LogAtT(r.IoffP)),
            OutsideTable = outside,
            LeakageScale = leakageScale,
        };

        // Junction capacitances: BSIM4-style bias dependence as in NVSim (cjd 1e-3 F/m², cjswd 2.5e-10 F/m,
        // cjswgd 0.5e-10 F/m, grading 0.5/0.33/0.33, built-in potential 0.9 V).
        tech.BuiltInPotential = 0.9;
        tech.CapOverlap = tech.CapIdealGate * 0.2;
        tech.CapJunction = 1e-3 / Math.Pow(1 + tech.Vdd / tech.BuiltInPotential, 0.5);
        tech.CapSidewall = 2.5e-10 / Math.Pow(1 + tech.Vdd / tech.BuiltInPotential, 0.33);
        tech.CapDrainToChannel = 0.5e-10 / Math.Pow(1 + tech.Vdd / tech.BuiltInPotential, 0.33);
        tech.VdsatN = tech.PhyGateLength * 1e5 / tech.MobilityN;
        tech.VdsatP = tech.PhyGateLength * 1e5 / tech.MobilityP;
        tech.CapPolywire = 0;
        tech.GateCapPerWidth = tech.CapIdealGate + tech.CapOverlap + 3 * tech.CapFringe;
        tech.OnResistanceTimesWidthN = tech.ResistanceMultiplier * tech.Vdd / tech.IonN;
        tech.OnResistanceTimesWidthP = tech.ResistanceMultiplier * tech.Vdd / tech.IonP;
        tech.TransconductancePerWidthN = tech.MobilityN * tech.CapOx / 2 / tech.PhyGateLength * Math.Min(tech.VdsatN, tech.Vdd - tech.Vth);
        tech.TransconductancePerWidthP = tech.MobilityP * tech.CapOx / 2 / tech.PhyGateLength * Math.Min(tech.VdsatP, tech.Vdd - tech.Vth);
        return tech;
    }
}
