namespace DeepNvm.Testing;

/// <summary>A small study project: the example's public SRAM and STT cells, a 512 KB L2 at 16 nm and two
/// workloads given as counts, so that a test evaluates only small caches (the CLI tests write it to a
/// folder; the evaluator tests bind it in memory).</summary>
internal static class SmallStudyProject
{
    public const string Text = """
        node N16 { feature_size = 16 nm; device = hp; temperature = 350 K }

        cell Sram6T : sram {
          area = 146 F^2
          aspect_ratio = 1.46
          access_width = 1.31 F
        }

        cell SttMram : mtj {
          area = 54 F^2
          aspect_ratio = 0.54
          access_width = 8 F
          resistance_on = 3 kOhm
          resistance_off = 6 kOhm
          access_voltage_drop = 0.15 V
          read  { mode = current; voltage = 0.25 V; power = 30 uW; min_sense_voltage = 25 mV }
          write { current = 80 uA; pulse = 10 ns; energy = 1 pJ }
        }

        cache Small { capacity = 512 KB; associativity = 16; line = 128 B; node = N16 }

        gpu Tiny {
          node = N16
          sms = 4
          clock = 1500 MHz
          l2 = Small
          dram { kind = gddr5; bandwidth = 100 GB/s; energy = 14 pJ/bit }
        }

        workload ReadHeavy  { l2_reads = 1e8; l2_writes = 1e6; dram_reads = 2e7; dram_writes = 1e5; duration = 2 ms }
        workload WriteHeavy { l2_reads = 1e8; l2_writes = 5e7; dram_reads = 2e7; dram_writes = 1e7; duration = 3 ms; phase = training }

        study SmallStudy {
          platform  = Tiny
          baseline  = Sram6T
          cells     = [SttMram]
          workloads = [ReadHeavy, WriteHeavy]
          cache     = Small
          iso_capacity { }
          iso_area     { }
          scalability  { capacities = 256 KB .. 1 MB by x2 }
        }
        """;
}
