using System;

namespace DeepNvm.Model.Technology;

/// <summary>Wire classes, as in NVSim/CACTI: local (in-array), semi-global and global, each with an
/// aggressive and a conservative ITRS interconnect projection.</summary>
public enum WireKind
{
    LocalAggressive,
    LocalConservative,
    SemiAggressive,
    SemiConservative,
    GlobalAggressive,
    GlobalConservative,
}

/// <summary>A wire's resistance and capacitance per metre at one node and temperature (no repeaters,
/// full swing), and its distributed-RC delay and switching energy.</summary>
internal readonly struct Wire
{
    public Wire(double resPerMeter, double capPerMeter, double pitch = 0)
    {
        ResPerMeter = resPerMeter;
        CapPerMeter = capPerMeter;
        Pitch = pitch;
    }

    public double ResPerMeter { get; }
    public double CapPerMeter { get; }

    /// <summary>Wire pitch, m (a repeated wire's pitch adds the repeater's width).</summary>
    public double Pitch { get; }

    /// <summary>Unrepeated wire: delay 2.3·r·c·L²/2 (the 90 % point of a distributed RC line, as NVSim uses).</summary>
    public double Delay(double length) => 2.3 * ResPerMeter * CapPerMeter * length * length / 2;

    /// <summary>Switching energy C·L·Vdd².</summary>
    public double Energy(double length, double vdd) => CapPerMeter * length * vdd * vdd;

    private static readonly (double Node, double Pitch, double Aspect, double Ild, double Barrier, double Dielectric, double Resistivity)[] Local =
    {
        // node, pitch (m or F multiple<1e-3), aspect ratio, ILD thickness, barrier, k, Cu resistivity (ohm m)
        (7, 2, 2.0, 0, 0, 2.4, 1.10e-7),
        (16, 2, 1.9, 0, 0, 2.5, 7.5e-8),
        (22, 2, 1.9, 0, 0, 2.55, 6.0e-8),
        (32, 2, 1.8, 0, 0, 2.82, 5.0e-8),
        (45, 0.102e-6, 1.8, 0.0918e-6, 0, 2.6, 4.08e-8),
        (65, 2.5, 2.7, 0.405e-6, 0, 2.303, 2.2e-8),
        (90, 2.5, 2.4, 0.48e-6, 0.01e-6, 2.709, 2.2e-8),
    };

    private static readonly (double Node, double Pitch, double Aspect, double Ild, double Barrier, double Dielectric, double Resistivity)[] Global =
    {
        (7, 8, 2.34, 0.42e-6 * 7 / 32, 0, 2.4, 4.0e-8),
        (16, 8, 2.34, 0.42e-6 * 16 / 32, 0, 2.5, 3.3e-8),
        (22, 8, 2.34, 0.42e-6 * 22 / 32, 0, 2.55, 3.0e-8),
        (32, 8, 2.34, 0.42e-6, 0, 2.82, 2.5e-8),
        (45, 8, 2.34, 0.63e-6, 0, 2.6, 2.06e-8),
        (65, 8, 2.8, 0.81e-6, 0, 2.303, 2.2e-8),
        (90, 8, 2.7, 0.96e-6, 0.01e-6, 2.709, 2.2e-8),
    };

    private static readonly (double Node, double Pitch, double Aspect, double Dielectric, double Resistivity)[] Semi =
    {
        (7, 4, 2.0, 2.4, 1.10e-7),
        (16, 4, 1.9, 2.5, 7.5e-8),
        (22, 4, 1.9, 2.55, 6.0e-8),
        (32, 4, 1.9, 2.82, 5.0e-8),
        (45, 4, 1.8, 2.6, 4.08e-8),
        (65, 4, 2.7, 2.303, 2.2e-8),
        (90, 4, 2.4, 2.709, 2.2e-8),
    };

    // NVSim's conservative projections (Wire.cpp) per table node: barrier, horizontal dielectric and, where NVSim
    // changes them, aspect ratio and ILD (0 = as the aggressive row). Below 22 nm (our rows) the rule of Create applies.
    private static readonly (double Node, double LocalBarrier, double LocalK, double LocalAspect, double GlobalBarrier, double GlobalK,
        double GlobalAspect, double GlobalIld)[] Conservative =
    {
        (22, 0.0021e-6, 3.0, 0, 0.0063e-6, 3.0, 0, 0.385e-6 * 22 / 32),
        (32, 0.0026e-6, 3.16, 0, 0.0078e-6, 3.16, 0, 0.385e-6),
        (45, 0.0033e-6, 2.9, 0, 0.01e-6, 2.9, 0, 0.55e-6),
        (65, 0.006e-6, 2.734, 2.0, 0.006e-6, 2.734, 2.2, 0.77e-6),
        (90, 0.008e-6, 3.038, 2.0, 0.008e-6, 3.038, 2.2, 1.1e-6),
    };

    /// <summary>The wire of one class at a node (nm) and temperature (K). Geometry and resistivity from NVSim's
    /// ITRS-derived wire tables (Wire.cpp) for 22-90 nm, taking the row of the next larger tabulated node as
    /// NVSim does; the 16 and 7 nm rows scale pitch with F and raise the effective copper resistivity for
    /// size effects (see docs/model.md). Conservative variants add NVSim's barrier and higher k.</summary>
    public static Wire Create(WireKind kind, double nodeNm, double temperatureK)
    {
        var conservative = kind is WireKind.LocalConservative or WireKind.SemiConservative or WireKind.GlobalConservative;
        double pitch, aspect, ild, barrier, dielectric, resistivity, f;
        if (kind is WireKind.LocalAggressive or WireKind.LocalConservative)
        {
            var row = Pick(Local, nodeNm, r => r.Node);
            f = row.Node * 1e-9;
            pitch = row.Pitch < 1e-3 ? row.Pitch : row.Pitch * f;
            aspect = row.Aspect;
            ild = row.Ild > 0 ? row.Ild : aspect * f;
            barrier = row.Barrier;
            dielectric = row.Dielectric;
            resistivity = row.Resistivity;
        }
        else if (kind is WireKind.SemiAggressive or WireKind.SemiConservative)
        {
            var row = Pick(Semi, nodeNm, r => r.Node);
            f = row.Node * 1e-9;
            pitch = row.Pitch * f;
            aspect = row.Aspect;
            ild = 2 * aspect * f;
            barrier = 0;
            dielectric = row.Dielectric;
            resistivity = row.Resistivity;
        }
        else
        {
            var row = Pick(Global, nodeNm, r => r.Node);
            f = row.Node * 1e-9;
            pitch = row.Pitch * f;
            aspect = row.Aspect;
            ild = row.Ild;
            barrier = row.Barrier;
            dielectric = row.Dielectric;
            resistivity = row.Resistivity;
        }

        if (conservative && nodeNm > 16 + 1e-9)
        {
            var row = Pick(Conservative, nodeNm, r => r.Node);
            var global = kind == WireKind.GlobalConservative;
            barrier = global ? row.GlobalBarrier : row.LocalBarrier;
            dielectric = global ? row.GlobalK : row.LocalK;
            var newAspect = global ? row.GlobalAspect : row.LocalAspect;
            if (newAspect > 0)
            {
                aspect = newAspect;
            }

            if (global)
            {
                ild = row.GlobalIld;
            }
        }
        else if (conservative)
        {
            // Our 16 and 7 nm rows: NVSim's 22 nm barrier scaled with F and a 15 % higher dielectric constant.
            barrier = Math.Max(barrier, 0.0021e-6 * f / 22e-9);
            dielectric *= 1.15;
        }

        var width = pitch / 2;
        var thickness = aspect * width;
        var spacing = pitch - width;
        var rho = resistivity * (1 + 0.0039 * (temperatureK - 293));
        var res = rho / (thickness - barrier) / (width - 2 * barrier);
        const double permittivity = 8.85e-12;
        var vertical = 2 * permittivity * 3.9 * width / ild;
        var sidewall = 2 * permittivity * 1.5 * dielectric * thickness / spacing;
        var cap = vertical + sidewall + 1.15e-10;
        return new Wire(res, cap, pitch);
    }

    private static T Pick<T>(T[] rows, double nodeNm, Func<T, double> node)
    {
        // NVSim picks the first tabulated node >= the requested one (22 nm geometry for 22 nm, 32 for 23-32 ...).
        foreach (var row in rows)
        {
            if (nodeNm <= node(row) + 1e-9)
            {
                return row;
            }
        }

        return rows[rows.Length - 1];
    }
}
