using System;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>One (platform, cache, workload) evaluated: energies in joules, delay in seconds, EDP in J·s,
/// area in m². <see cref="Energy"/> is what enters EDP (DRAM energy only when the settings count it).</summary>
public sealed record Evaluation
{
    public string Technology { get; init; } = "";
    public string Workload { get; init; } = "";
    public long CapacityBytes { get; init; }
    public double ReadSectors { get; init; }
    public double WriteSectors { get; init; }
    public double DramSectors { get; init; }
    /// <summary>Energy of one 32-byte sector read / written, joules.</summary>
    public double SectorReadEnergy { get; init; }
    public double SectorWriteEnergy { get; init; }
    public double ReadEnergy { get; init; }
    public double WriteEnergy { get; init; }
    public double DynamicEnergy => ReadEnergy + WriteEnergy;
    public double LeakageEnergy { get; init; }
    public double DramEnergy { get; init; }
    /// <summary>Whether <see cref="DramEnergy"/> is included in <see cref="Energy"/>.</summary>
    public bool DramCounted { get; init; }
    public double Energy => DynamicEnergy + LeakageEnergy + (DramCounted ? DramEnergy : 0);
    /// <summary>Summed access latency N_R·t_R + N_W·t_W, seconds.</summary>
    public double AccessLatency { get; init; }
    /// <summary>The workload's run time, seconds (null when the source has none).</summary>
    public double? RunTime { get; init; }
    /// <summary>The delay in EDP, per the settings.</summary>
    public double Delay { get; init; }
    public double Edp => Energy * Delay;
    public double AreaSquareMeters { get; init; }
    public double LeakageWatts { get; init; }
}

/// <summary>The evaluation equations (docs/model-evaluation.md §1):
/// E_dyn = N_R·E_R + N_W·E_W; E_leak = P_leak·T; E_DRAM = N_DRAM·32 B·8·e_bit;
/// D = N_R·t_R + N_W·t_W or the run time; EDP = (E_dyn + E_leak [+ E_DRAM])·D.</summary>
public static class Evaluator
{
    public static Evaluation Evaluate(string technology, CacheParameters cache, CacheCharacteristics c, GpuParameters gpu,
        WorkloadTraffic traffic, string workload, EvaluationSettings settings)
    {
        var eRead = SectorEnergy(c.HitEnergyJoules, c.Data?.ReadEnergyJoules, cache, settings.SectorEnergy);
        var eWrite = SectorEnergy(c.WriteEnergyJoules, c.Data?.WriteEnergyJoules, cache, settings.SectorEnergy);
        var nR = traffic.L2ReadSectors;
        var nW = traffic.L2WriteSectors;
        var latency = nR * c.HitLatencySeconds + nW * c.WriteLatencySeconds;
        var runTime = traffic.DurationSeconds;
        var delay = settings.Delay == DelayDefinition.RunTime && runTime is { } rt ? rt : latency;
        var leakTime = settings.LeakageTime == LeakageTimeBase.RunTime && runTime is { } t ? t : delay;
        var dramSectors = traffic.DramReadSectors + traffic.DramWriteSectors;
        return Finite(new Evaluation
        {
            Technology = technology,
            Workload = workload,
            CapacityBytes = cache.CapacityBytes,
            ReadSectors = nR,
            WriteSectors = nW,
            DramSectors = dramSectors,
            SectorReadEnergy = eRead,
            SectorWriteEnergy = eWrite,
            ReadEnergy = nR * eRead,
            WriteEnergy = nW * eWrite,
            LeakageEnergy = c.LeakageWatts * leakTime,
            DramEnergy = dramSectors * WorkloadTraffic.SectorBytes * 8 * gpu.Dram.EnergyJoulesPerBit,
            DramCounted = settings.IncludeDramEnergy,
            AccessLatency = latency,
            RunTime = runTime,
            Delay = delay,
            AreaSquareMeters = c.AreaSquareMeters,
            LeakageWatts = c.LeakageWatts,
        });
    }

    /// <summary>Numbers are checked before they leave: an evaluation with an infinite or undefined
    /// figure stops the study with a message that names it, rather than reaching a report as
    /// "Infinity" (or an SVG as y="NaN") with exit code 0.</summary>
    /// <exception cref="StudyException">a figure is not finite.</exception>
    public static Evaluation Finite(Evaluation e)
    {
        foreach (var (name, value) in new[]
                 {
                     ("read energy", e.ReadEnergy), ("write energy", e.WriteEnergy), ("leakage energy", e.LeakageEnergy),
                     ("DRAM energy", e.DramEnergy), ("delay", e.Delay), ("EDP", e.Edp), ("area", e.AreaSquareMeters),
                 })
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                throw new StudyException($"cell '{e.Technology}', workload '{e.Workload}' at {e.CapacityBytes} B: the {name} is {value}, not a finite number; check the workload's counts and the cell's figures");
            }
        }

        return e;
    }

    /// <summary>Energy of one sector from the energy of one access (<paramref name="total"/>, of which
    /// <paramref name="data"/> is the data array's).</summary>
    public static double SectorEnergy(double total, double? data, CacheParameters cache, SectorEnergyMapping mapping)
    {
        var accessBits = (double)(cache.AccessBits ?? cache.LineBytes * 8);
        var fraction = Math.Min(1.0, cache.SectorBytes * 8 / accessBits);
        return mapping switch
        {
            SectorEnergyMapping.WholeAccess => total,
            SectorEnergyMapping.ScaleAll => total * fraction,
            _ => data is { } d ? total - d + d * fraction : total * fraction,
        };
    }
}
