namespace DeepNvm.Model.Technology;

/// <summary>One row of the transistor table: a node and device flavour with its on/off currents at
/// 300, 310, ... 400 K. Currents in A/m of gate width (µA/µm), lengths in m, capacitances in F/m or F/m².</summary>
internal sealed class DeviceRecord
{
    public DeviceRecord(double node, DeviceFlavor flavor, double vdd, double vth, double gateLength, double capIdealGate,
        double capFringe, double capOx, double mobilityN, double mobilityP, double pnSizeRatio, double resistanceMultiplier,
        double[] ionN, double[] ionP, double[] ioffN, double[] ioffP, string source = "")
    {
        NodeNanometers = node;
        Flavor = flavor;
        Vdd = vdd;
        Vth = vth;
        GateLength = gateLength;
        CapIdealGate = capIdealGate;
        CapFringe = capFringe;
        CapOx = capOx;
        MobilityN = mobilityN;
        MobilityP = mobilityP;
        PnSizeRatio = pnSizeRatio;
        ResistanceMultiplier = resistanceMultiplier;
        IonN = ionN;
        IonP = ionP;
        IoffN = ioffN;
        IoffP = ioffP;
        Source = source;
    }

    public double NodeNanometers { get; }
    public DeviceFlavor Flavor { get; }
    public double Vdd { get; }
    public double Vth { get; }
    public double GateLength { get; }
    public double CapIdealGate { get; }
    public double CapFringe { get; }
    public double CapOx { get; }
    public double MobilityN { get; }
    public double MobilityP { get; }
    public double PnSizeRatio { get; }
    public double ResistanceMultiplier { get; }
    public double[] IonN { get; }
    public double[] IonP { get; }
    public double[] IoffN { get; }
    public double[] IoffP { get; }
    public string Source { get; }
}

/// <summary>The transistor tables. 200-22 nm: the ITRS/MASTAR figures NVSim ships (SEAL-UCSB/NVSim
/// Technology.cpp; "22" is MASTAR's 25 nm hp-soi-2015 / lstp-bulk-2016 / lop-bulk-2016 decks).
/// 16, 14, 10 and 7 nm: FinFET figures, see <see cref="FinFetRows"/> and docs/model.md.</summary>
internal static partial class DeviceTable
{
    public static readonly DeviceRecord[] PlanarRows =
    {
            new(200, DeviceFlavor.Hp, vdd: 1.5, vth: 300e-3, gateLength: 0.1e-6, capIdealGate: 8e-10, capFringe: 2.5e-10, capOx: 1e-2, mobilityN: 320e-4, mobilityP: 80e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 750, 750, 750, 750, 750, 750, 750, 750, 750, 750, 750 },
                ionP: new double[] { 350, 350, 350, 350, 350, 350, 350, 350, 350, 350, 350 },
                ioffN: new double[] { 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008, 0.008 },
                ioffP: new double[] { 0.016, 0.016, 0.016, 0.016, 0.016, 0.016, 0.016, 0.016, 0.016, 0.016, 0.016 }),
            new(200, DeviceFlavor.Lstp, vdd: 1.5, vth: 600e-3, gateLength: 0.16e-6, capIdealGate: 8e-10, capFringe: 2.5e-10, capOx: 1e-2, mobilityN: 320e-4, mobilityP: 80e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 330, 330, 330, 330, 330, 330, 330, 330, 330, 330, 330 },
                ionP: new double[] { 168, 168, 168, 168, 168, 168, 168, 168, 168, 168, 168 },
                ioffN: new double[] { 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06, 4.25e-06 },
                ioffP: new double[] { 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06, 8.5e-06 }),
            new(200, DeviceFlavor.Lop, vdd: 1.2, vth: 450e-3, gateLength: 0.135e-6, capIdealGate: 8e-10, capFringe: 2.5e-10, capOx: 1e-2, mobilityN: 330e-4, mobilityP: 90e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 490, 490, 490, 490, 490, 490, 490, 490, 490, 490, 490 },
                ionP: new double[] { 230, 230, 230, 230, 230, 230, 230, 230, 230, 230, 230 },
                ioffN: new double[] { 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004, 0.0004 },
                ioffP: new double[] { 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008, 0.0008 }),
            new(120, DeviceFlavor.Hp, vdd: 1.2, vth: 218.04e-3, gateLength: 0.0451e-6, capIdealGate: 7.41e-10, capFringe: 2.4e-10, capOx: 1.64e-2, mobilityN: 249.59e-4, mobilityP: 59.52e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 960.9, 947.9, 935.1, 922.5, 910, 897.7, 885.5, 873.6, 861.8, 850.1, 838.6 },
                ionP: new double[] { 578.4, 567.8, 557.5, 547.4, 537.5, 527.8, 518.3, 509.1, 500, 491.1, 482.5 },
                ioffN: new double[] { 0.019, 0.0235, 0.0286, 0.0345, 0.0412, 0.0487, 0.0571, 0.0664, 0.0767, 0.088, 0.1 },
                ioffP: new double[] { 0.0382, 0.0384, 0.0387, 0.039, 0.0393, 0.0397, 0.0401, 0.0405, 0.041, 0.0416, 0.0422 }),
            new(120, DeviceFlavor.Lstp, vdd: 1.2, vth: 501.25e-3, gateLength: 0.075e-6, capIdealGate: 8.62e-10, capFringe: 2.5e-10, capOx: 1.15e-2, mobilityN: 284.97e-4, mobilityP: 61.82e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 422.5, 415, 407.7, 400.5, 393.6, 386.8, 380.1, 373.7, 367.4, 361.3, 355.5 },
                ionP: new double[] { 204.9, 200.3, 195.9, 191.7, 187.5, 183.5, 179.7, 175.9, 172.3, 168.8, 165.4 },
                ioffN: new double[] { 1.01e-05, 1.04e-05, 1.06e-05, 1.09e-05, 1.12e-05, 1.16e-05, 1.2e-05, 1.24e-05, 1.28e-05, 1.32e-05, 1.37e-05 },
                ioffP: new double[] { 2.21e-05, 2.27e-05, 2.33e-05, 2.4e-05, 2.47e-05, 2.54e-05, 2.62e-05, 2.71e-05, 2.8e-05, 2.9e-05, 3.01e-05 }),
            new(120, DeviceFlavor.Lop, vdd: 1.0, vth: 312.60e-3, gateLength: 0.065e-6, capIdealGate: 6.34e-10, capFringe: 2.5e-10, capOx: 1.44e-2, mobilityN: 292.43e-4, mobilityP: 64.53e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 531.4, 522.6, 514, 505.5, 497.3, 489.2, 481.3, 473.6, 466.1, 458.8, 451.6 },
                ionP: new double[] { 278.5, 272.5, 266.8, 261.2, 255.8, 250.5, 245.4, 240.4, 235.6, 231, 226.4 },
                ioffN: new double[] { 0.000969, 0.000987, 0.00101, 0.00103, 0.00105, 0.00108, 0.0011, 0.00113, 0.00116, 0.00119, 0.00123 },
                ioffP: new double[] { 0.0022, 0.00225, 0.00229, 0.00234, 0.00239, 0.00245, 0.00251, 0.00257, 0.00264, 0.00272, 0.00279 }),
            new(90, DeviceFlavor.Hp, vdd: 1.2, vth: 197.95e-3, gateLength: 0.037e-6, capIdealGate: 6.38e-10, capFringe: 2.5e-10, capOx: 1.73e-2, mobilityN: 243.43e-4, mobilityP: 58.32e-4, pnSizeRatio: 2.45, resistanceMultiplier: 1.54,
                ionN: new double[] { 1050.5, 1037, 1023.6, 1010.3, 997.2, 984.2, 971.4, 958.8, 946.3, 933.9, 921.7 },
                ionP: new double[] { 638.7, 627.5, 616.5, 605.8, 595.2, 584.9, 574.7, 564.8, 555.1, 545.5, 536.2 },
                ioffN: new double[] { 0.05187, 0.064155, 0.078078, 0.094185, 0.112476, 0.132951, 0.155883, 0.181272, 0.209391, 0.24024, 0.273 },
                ioffP: new double[] { 0.0526, 0.0526, 0.0526, 0.0527, 0.0528, 0.0529, 0.0531, 0.0534, 0.0536, 0.054, 0.0543 }),
            new(90, DeviceFlavor.Lstp, vdd: 1.2, vth: 502.36e-3, gateLength: 0.065e-6, capIdealGate: 7.73e-10, capFringe: 2.4e-10, capOx: 1.19e-2, mobilityN: 277.94e-4, mobilityP: 60.64e-4, pnSizeRatio: 2.44, resistanceMultiplier: 1.92,
                ionN: new double[] { 446.6, 438.7, 431.2, 423.8, 416.7, 409.7, 402.9, 396.3, 389.8, 383.5, 377.3 },
                ionP: new double[] { 221.5, 216.6, 212, 207.4, 203.1, 198.8, 194.7, 190.7, 186.9, 183.1, 179.5 },
                ioffN: new double[] { 9.45e-06, 9.67e-06, 9.91e-05, 1.02e-05, 1.05e-05, 1.08e-05, 1.11e-05, 1.14e-05, 1.28e-05, 1.32e-05, 1.37e-05 },
                ioffP: new double[] { 2.05e-05, 2.1e-05, 2.15e-05, 2.21e-05, 2.27e-05, 2.34e-05, 2.41e-05, 2.48e-05, 2.56e-05, 2.65e-05, 2.74e-05 }),
            new(90, DeviceFlavor.Lop, vdd: 0.9, vth: 264.54e-3, gateLength: 0.053e-6, capIdealGate: 7.95e-10, capFringe: 2.4e-10, capOx: 1.50e-2, mobilityN: 309.04e-4, mobilityP: 67.88e-4, pnSizeRatio: 2.54, resistanceMultiplier: 1.77,
                ionN: new double[] { 534.5, 525.7, 517, 508.5, 500.2, 492.1, 484.1, 476.3, 468.7, 461.2, 453.9 },
                ionP: new double[] { 294.2, 287.8, 281.7, 275.7, 269.9, 264.2, 258.7, 253.4, 248.2, 243.2, 238.3 },
                ioffN: new double[] { 0.00274, 0.0026, 0.00279, 0.00281, 0.00284, 0.00288, 0.00291, 0.00295, 0.00299, 0.00304, 0.00309 },
                ioffP: new double[] { 0.00651, 0.00656, 0.00661, 0.00667, 0.00674, 0.00682, 0.00691, 0.007, 0.0071, 0.00721, 0.00733 }),
            new(65, DeviceFlavor.Hp, vdd: 1.1, vth: 163.98e-3, gateLength: 0.025e-6, capIdealGate: 4.70e-10, capFringe: 2.4e-10, capOx: 1.88e-2, mobilityN: 445.74e-4, mobilityP: 113.330e-4, pnSizeRatio: 2.41, resistanceMultiplier: 1.50,
                ionN: new double[] { 1211.4, 1198.4, 1185.4, 1172.5, 1156.9, 1146.7, 1133.6, 1119.9, 1104.3, 1084.6, 1059 },
                ionP: new double[] { 888.7, 875.8, 861.7, 848.5, 835.4, 822.6, 809.9, 797.3, 784.8, 772.2, 759.4 },
                ioffN: new double[] { 0.343, 0.373, 0.403, 0.435, 0.466, 0.499, 0.531, 0.564, 0.596, 0.625, 0.651 },
                ioffP: new double[] { 0.568, 0.607, 0.646, 0.686, 0.726, 0.766, 0.806, 0.846, 0.886, 0.926, 0.965 }),
            new(65, DeviceFlavor.Lstp, vdd: 1.1, vth: 563.92e-3, gateLength: 0.045e-6, capIdealGate: 6.17e-10, capFringe: 2.4e-10, capOx: 1.37e-2, mobilityN: 457.86e-4, mobilityP: 102.64e-4, pnSizeRatio: 2.23, resistanceMultiplier: 1.96,
                ionN: new double[] { 465.4, 458.5, 451.8, 445.1, 438.4, 431.6, 423.9, 414.2, 400.6, 383.5, 367.2 },
                ionP: new double[] { 234.2, 229.7, 225.3, 221, 216.8, 212.7, 208.8, 204.8, 200.7, 196.6, 192.6 },
                ioffN: new double[] { 3.03e-05, 4.46e-05, 6.43e-05, 9.06e-05, 0.000125, 0.00017, 0.000225, 0.00029, 0.000361, 0.000435, 0.00052 },
                ioffP: new double[] { 3.85e-05, 5.64e-05, 8.09e-05, 0.000114, 0.000157, 0.000212, 0.000282, 0.00037, 0.000478, 0.000609, 0.000766 }),
            new(65, DeviceFlavor.Lop, vdd: 0.8, vth: 323.75e-3, gateLength: 0.032e-6, capIdealGate: 6.01e-10, capFringe: 2.4e-10, capOx: 1.88e-2, mobilityN: 491.59e-4, mobilityP: 110.95e-4, pnSizeRatio: 2.28, resistanceMultiplier: 1.82,
                ionN: new double[] { 562.9, 555.2, 547.5, 539.8, 532.2, 524.5, 516.1, 505.7, 491.1, 471.7, 451.6 },
                ionP: new double[] { 329.5, 323.3, 317.2, 311.2, 305.4, 299.8, 294.2, 288.7, 283.2, 277.5, 271.8 },
                ioffN: new double[] { 0.00908, 0.0111, 0.0135, 0.0162, 0.0192, 0.0225, 0.0262, 0.0299, 0.0335, 0.0367, 0.0398 },
                ioffP: new double[] { 0.013, 0.0157, 0.0189, 0.0224, 0.0264, 0.0308, 0.0356, 0.0109, 0.0465, 0.0526, 0.0591 }),
            new(45, DeviceFlavor.Hp, vdd: 1.0, vth: 126.79e-3, gateLength: 0.018e-6, capIdealGate: 6.78e-10, capFringe: 1.7e-10, capOx: 3.77e-2, mobilityN: 297.70e-4, mobilityP: 95.27e-4, pnSizeRatio: 2.41, resistanceMultiplier: 1.51,
                ionN: new double[] { 1823.8, 1808.2, 1792.6, 1777, 1761.4, 1745.8, 1730.3, 1714.7, 1699.1, 1683.2, 1666.6 },
                ionP: new double[] { 1632.2, 1612.8, 1593.6, 1574.1, 1554.7, 1535.5, 1516.4, 1497.6, 1478.8, 1460.3, 1441.8 },
                ioffN: new double[] { 0.28, 0.328, 0.381, 0.439, 0.502, 0.569, 0.642, 0.72, 0.803, 0.891, 0.984 },
                ioffP: new double[] { 0.28, 0.328, 0.381, 0.439, 0.502, 0.569, 0.642, 0.72, 0.803, 0.891, 0.984 }),
            new(45, DeviceFlavor.Lstp, vdd: 1.0, vth: 564.52e-3, gateLength: 0.028e-6, capIdealGate: 5.58e-10, capFringe: 2.1e-10, capOx: 1.99e-2, mobilityN: 456.14e-4, mobilityP: 96.98e-4, pnSizeRatio: 2.23, resistanceMultiplier: 1.99,
                ionN: new double[] { 527.5, 520.2, 512.9, 505.8, 498.6, 491.4, 483.7, 474.4, 461.2, 442.6, 421.3 },
                ionP: new double[] { 497.9, 489.5, 481.3, 473.2, 465.3, 457.6, 450, 442.5, 435.1, 427.5, 419.7 },
                ioffN: new double[] { 1.01e-05, 1.65e-05, 2.62e-05, 4.06e-05, 6.12e-05, 9.02e-05, 0.00013, 0.000183, 0.000251, 0.000329, 0.00041 },
                ioffP: new double[] { 1.01e-05, 1.65e-05, 2.62e-05, 4.06e-05, 6.12e-05, 9.02e-05, 0.00013, 0.000183, 0.000251, 0.000329, 0.00041 }),
            new(45, DeviceFlavor.Lop, vdd: 0.7, vth: 288.94e-3, gateLength: 0.022e-6, capIdealGate: 6.13e-10, capFringe: 2.0e-10, capOx: 2.79e-2, mobilityN: 606.95e-4, mobilityP: 124.60e-4, pnSizeRatio: 2.28, resistanceMultiplier: 1.76,
                ionN: new double[] { 682.1, 672.3, 662.5, 652.8, 643, 632.8, 620.9, 605, 583.6, 561, 542.7 },
                ionP: new double[] { 772.4, 759.6, 746.9, 734.4, 722.1, 710, 698.1, 686.3, 674.4, 662.3, 650.2 },
                ioffN: new double[] { 0.00403, 0.00502, 0.00618, 0.00751, 0.00904, 0.0108, 0.0127, 0.0147, 0.0166, 0.0184, 0.0203 },
                ioffP: new double[] { 0.00403, 0.00502, 0.00618, 0.00751, 0.00904, 0.0108, 0.0127, 0.0147, 0.0166, 0.0184, 0.0203 }),
            new(32, DeviceFlavor.Hp, vdd: 0.9, vth: 131.72e-3, gateLength: 0.014e-6, capIdealGate: 6.42e-10, capFringe: 1.6e-10, capOx: 4.59e-2, mobilityN: 257.73e-4, mobilityP: 89.92e-4, pnSizeRatio: 2.41, resistanceMultiplier: 1.49,
                ionN: new double[] { 1785.8, 1771.8, 1757.8, 1743.8, 1729.8, 1715.7, 1701.7, 1687.6, 1673.5, 1659.4, 1645 },
                ionP: new double[] { 1713.5, 1662.8, 1620.1, 1601.6, 1583.3, 1565.1, 1547.1, 1529.1, 1511.3, 1493.7, 1476.1 },
                ioffN: new double[] { 0.834, 0.9, 0.968, 1.04, 1.11, 1.18, 1.25, 1.32, 1.39, 1.46, 1.54 },
                ioffP: new double[] { 0.834, 0.9, 0.968, 1.04, 1.11, 1.18, 1.25, 1.32, 1.39, 1.46, 1.54 }),
            new(32, DeviceFlavor.Lstp, vdd: 1, vth: 581.81e-3, gateLength: 0.022e-6, capIdealGate: 5.02e-10, capFringe: 1.9e-10, capOx: 2.19e-2, mobilityN: 395.20e-4, mobilityP: 88.67e-4, pnSizeRatio: 2.23, resistanceMultiplier: 1.99,
                ionN: new double[] { 560, 553, 546.1, 539.3, 532.5, 525.8, 518.9, 511.5, 502.3, 489.2, 469.7 },
                ionP: new double[] { 549.6, 541.1, 532.8, 524.6, 516.5, 508.7, 500.9, 493.3, 485.8, 478.3, 470.7 },
                ioffN: new double[] { 3.02e-05, 4.51e-05, 6.57e-05, 9.35e-05, 0.000131, 0.000179, 0.000241, 0.000319, 0.000415, 0.000529, 0.000658 },
                ioffP: new double[] { 3.02e-05, 4.51e-05, 6.57e-05, 9.35e-05, 0.000131, 0.000179, 0.000241, 0.000319, 0.000415, 0.000529, 0.000658 }),
            new(32, DeviceFlavor.Lop, vdd: 0.7, vth: 278.52e-3, gateLength: 0.018e-6, capIdealGate: 5.54e-10, capFringe: 2.0e-10, capOx: 3.08e-2, mobilityN: 581.62e-4, mobilityP: 120.30e-4, pnSizeRatio: 2.28, resistanceMultiplier: 1.73,
                ionN: new double[] { 760.3, 750.4, 740.5, 730.7, 720.8, 710.9, 700.3, 687.6, 670.5, 647.4, 623.6 },
                ionP: new double[] { 878.6, 865.1, 851.8, 838.7, 825.7, 813, 800.3, 787.9, 775.5, 763, 750.3 },
                ioffN: new double[] { 0.0357, 0.0421, 0.0491, 0.0568, 0.0651, 0.0742, 0.0843, 0.0957, 0.11, 0.128, 0.148 },
                ioffP: new double[] { 0.0357, 0.0421, 0.0491, 0.0568, 0.0651, 0.0742, 0.0843, 0.0957, 0.11, 0.128, 0.148 }),
            new(22, DeviceFlavor.Hp, vdd: 0.9, vth: 128.72e-3, gateLength: 0.010e-6, capIdealGate: 3.83e-10, capFringe: 1.6e-10, capOx: 3.83e-2, mobilityN: 397.26e-4, mobilityP: 83.60e-4, pnSizeRatio: 2, resistanceMultiplier: 1.45,
                ionN: new double[] { 2029.9, 2009.8, 1989.6, 1969.6, 1949.8, 1930.7, 1910.5, 1891, 1871.7, 1852.5, 1834.4 },
                ionP: new double[] { 1014.95, 1014.95, 1004.9, 994.8, 984.8, 974.9, 965.35, 955.25, 945.5, 935.85, 926.25 },
                ioffN: new double[] { 0.59736, 0.60915, 0.62487, 0.66024, 0.7467, 1.05717, 2.09076, 4.0086, 6.3666, 10.7289, 23.973 },
                ioffP: new double[] { 0.59736, 0.60915, 0.62487, 0.66024, 0.7467, 1.05717, 2.09076, 4.0086, 6.3666, 10.7289, 23.973 }),
            new(22, DeviceFlavor.Lstp, vdd: 0.8, vth: 445.71e-3, gateLength: 0.016e-6, capIdealGate: 4.25e-10, capFringe: 2e-10, capOx: 2.65e-2, mobilityN: 731.29e-4, mobilityP: 111.22e-4, pnSizeRatio: 2.23, resistanceMultiplier: 1.99,
                ionN: new double[] { 745.5, 735.2, 725.1, 715.2, 705.4, 695.7, 686.2, 676.9, 667.7, 658.7, 649.8 },
                ionP: new double[] { 372.75, 372.75, 367.6, 362.55, 357.6, 352.7, 347.85, 343.1, 338.45, 333.85, 329.35 },
                ioffN: new double[] { 1.62366e-05, 2.42473e-05, 3.53226e-05, 5.02688e-05, 7.04301e-05, 9.62366e-05, 0.00012957, 0.000171505, 0.000223118, 0.000284409, 0.000353763 },
                ioffP: new double[] { 1.62366e-05, 2.42473e-05, 3.53226e-05, 5.02688e-05, 7.04301e-05, 9.62366e-05, 0.00012957, 0.000171505, 0.000223118, 0.000284409, 0.000353763 }),
            new(22, DeviceFlavor.Lop, vdd: 0.5, vth: 217.39e-3, gateLength: 0.011e-6, capIdealGate: 3.45e-10, capFringe: 1.7e-10, capOx: 3.14e-2, mobilityN: 747.37e-4, mobilityP: 118.35e-4, pnSizeRatio: 2.28, resistanceMultiplier: 1.73,
                ionN: new double[] { 716.1, 704.3, 692.6, 681.2, 669.9, 658.8, 647.9, 637.1, 626.5, 616, 605.7 },
                ionP: new double[] { 358.05, 358.05, 352.15, 346.3, 340.6, 334.95, 329.4, 323.95, 318.55, 313.25, 308 },
                ioffN: new double[] { 0.021, 0.0247647, 0.0288824, 0.0334118, 0.0382941, 0.0436471, 0.0495882, 0.0562941, 0.0647059, 0.0752941, 0.0870588 },
                ioffP: new double[] { 0.021, 0.0247647, 0.0288824, 0.0334118, 0.0382941, 0.0436471, 0.0495882, 0.0562941, 0.0647059, 0.0752941, 0.0870588 }),
    };
}
