namespace DeepNvm.Testing;

/// <summary>A study small enough to evaluate in a test (one workload of explicit counts, a 1 MB L2 at
/// 22 nm, SRAM against the NVSim sample STT cell), with the lines a test varies left to it.</summary>
internal static class SmallStudy
{
    /// <param name="expectations">Lines placed at the end of the study body (expect lines).</param>
    /// <param name="gpuExtras">Properties added to the GPU (e.g. an l2_latency budget).</param>
    public static string Text(string expectations, string gpuExtras = "") => $$"""
        cell Sram : sram { area = 146 F^2; aspect_ratio = 1.46 }
        cell Stt : mtj {
          area = 54 F^2; aspect_ratio = 0.54; access_width = 8 F
          resistance_on = 3 kOhm; resistance_off = 6 kOhm; access_voltage_drop = 0.15 V
          read { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }
          write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }
        }
        gpu G {
          node = 22 nm; sms = 28; clock = 1582 MHz; l2 = 1 MB{{gpuExtras}}
          dram { kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit }
        }
        workload W { l2_reads = 2e9; l2_writes = 5e8; dram_reads = 3e8; dram_writes = 1e8; duration = 20 ms }
        study Small {
          platform = G; baseline = Sram; cells = [Stt]; workloads = [W]
          iso_capacity { }
          {{expectations}}
        }
        """;
}
