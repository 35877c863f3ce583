using System;

namespace DeepNvm.Model.Technology;

internal static partial class DeviceTable
{
    /// <summary>Nominal supply of the FinFET nodes: ITRS 2013 PIDS (HP logic 0.80 V at the 16/14 nm
    /// generation, 0.75 V at 10 nm) and ASAP7 (Clark et al., Microelectronics Journal 53, 2016: 0.7 V at 7 nm).</summary>
    private static readonly (double Node, double VddHp, double VddLstp, double VddLop, double GateLength)[] FinFetAnchors =
    {
        (16, 0.80, 0.80, 0.55, 9.0e-9),
        (14, 0.80, 0.80, 0.55, 8.5e-9),
        (10, 0.75, 0.75, 0.50, 7.5e-9),
        (7, 0.70, 0.70, 0.50, 6.5e-9),
    };

    /// <summary>ITRS 2013 PIDS leakage targets for multi-gate devices at 300 K, A/m (= µA/µm):
    /// HP 100 nA/µm, LSTP 10 pA/µm, LOP 5 nA/µm.</summary>
    private static double FinFetLeakage300K(DeviceFlavor flavor) => flavor switch
    {
        DeviceFlavor.Hp => 0.1,
        DeviceFlavor.Lstp => 1e-5,
        _ => 5e-3,
    };

    /// <summary>FinFET rows derived from the 22 nm row of the same flavour: supply and gate length from
    /// <see cref="FinFetAnchors"/>, on-current per µm of (effective) width kept at the 22 nm value (the
    /// drive gain of the fin offsets the lower supply, ITRS 2013), off-current at 300 K set to the ITRS
    /// target and given the 22 nm row's temperature dependence; gate capacitance per width unchanged.</summary>
    public static DeviceRecord[] FinFetRows(DeviceRecord[] planar)
    {
        var rows = new DeviceRecord[FinFetAnchors.Length * 3];
        var i = 0;
        foreach (var anchor in FinFetAnchors)
        {
            foreach (var flavor in new[] { DeviceFlavor.Hp, DeviceFlavor.Lstp, DeviceFlavor.Lop })
            {
                var baseRow = Array.Find(planar, r => r.NodeNanometers == 22 && r.Flavor == flavor)
                    ?? throw new InvalidOperationException("22 nm row missing");
                var vdd = flavor switch { DeviceFlavor.Hp => anchor.VddHp, DeviceFlavor.Lstp => anchor.VddLstp, _ => anchor.VddLop };
                var leakScale = FinFetLeakage300K(flavor) / baseRow.IoffN[0];
                rows[i++] = new DeviceRecord(anchor.Node, flavor, vdd,
                    vth: Math.Min(baseRow.Vth, vdd * 0.5),
                    gateLength: anchor.GateLength,
                    capIdealGate: baseRow.CapIdealGate,
                    capFringe: baseRow.CapFringe,
                    capOx: baseRow.CapOx,
                    mobilityN: baseRow.MobilityN,
                    mobilityP: baseRow.MobilityP,
                    pnSizeRatio: baseRow.PnSizeRatio,
                    resistanceMultiplier: baseRow.ResistanceMultiplier,
                    ionN: baseRow.IonN,
                    ionP: baseRow.IonP,
                    ioffN: Scale(baseRow.IoffN, leakScale),
                    ioffP: Scale(baseRow.IoffP, leakScale),
                    source: "FinFET, derived from the 22 nm row (see docs/model.md)");
            }
        }

        return rows;
    }

    private static double[] Scale(double[] values, double factor)
    {
        var result = new double[values.Length];
        for (var k = 0; k < values.Length; k++)
        {
            result[k] = values[k] * factor;
        }

        return result;
    }
}
