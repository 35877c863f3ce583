using System.Globalization;
using System.Text;

namespace DeepNvm.Benchmarks;

/// <summary>
/// A deterministic, valid project of <c>files</c> .nvm files with <c>perFile</c> declarations each:
/// cells (some derived), caches referring to cells and nodes, GPUs referring to caches, workloads
/// and a study per file, each file importing the previous one, so binding crosses files.
/// </summary>
internal static class SyntheticProject
{
    public static (string Path, string Text)[] Create(int files = 50, int perFile = 10)
    {
        var result = new (string, string)[files];
        for (var f = 0; f < files; f++)
        {
            result[f] = ($"/bench/f{f:D2}.nvm", File(f, perFile, variant: 0));
        }

        return result;
    }

    /// <summary>The same file with values changed, for incremental edits: <paramref name="variant"/>
    /// changes the derived cells' pulses, which no cache uses; with <paramref name="touchCacheCell"/> it
    /// also changes the write current of every base cell, including the one the file's complete cache
    /// names, so that cache is characterized again.</summary>
    public static string File(int f, int perFile, int variant, bool touchCacheCell = false)
    {
        var text = new StringBuilder();
        if (f > 0)
        {
            text.Append("import \"f").Append((f - 1).ToString("D2", CultureInfo.InvariantCulture)).Append(".nvm\"\n\n");
        }

        text.Append($"node N{f} {{ feature_size = {16 + f % 5} nm; device = hp; temperature = 350 K }}\n");
        var declarations = 1;
        var cells = 0;
        while (declarations < perFile - 4)
        {
            var name = $"C{f}_{cells}";
            text.Append(cells % 3 == 2
                ? $"cell {name} : C{f}_{cells - 1} {{ write.pulse = {1 + variant + cells % 7} ns }}\n"
                : $$"""
                    cell {{name}} : mtj {
                      area = {{50 + cells}} F^2; aspect_ratio = 1.2; access_width = 8 F
                      resistance_on = 3 kOhm; resistance_off = {{6 + cells % 3}} kOhm
                      read { mode = current; voltage = 0.25 V; min_sense_voltage = 25 mV }
                      write { current = {{80 + (touchCacheCell ? variant : 0)}} uA; pulse = 10 ns; energy = write.current * 0.5 V * write.pulse }
                    }

                    """);
            cells++;
            declarations++;
        }

        text.Append($"cache L{f} {{ capacity = {1 + f % 8} MB * 2; associativity = 16; line = 128 B; node = N{f}; cell = C{f}_0 }}\n");
        text.Append($"gpu G{f} {{ node = N{f}; sms = 28; clock = 1582 MHz; l2 = L{f}; dram {{ kind = gddr5x; bandwidth = 484 GB/s; energy = 14 pJ/bit }} }}\n");
        text.Append($"workload W{f} {{ model = resnet50; phase = training; batch = 64; precision = fp16 }}\n");
        var previous = f > 0 ? $", C{f - 1}_0" : "";
        text.Append($"study S{f} {{ platform = G{f}; baseline = C{f}_0; cells = [C{f}_1{previous}]; workloads = [W{f}]; iso_capacity {{ }} scalability {{ capacities = 1 MB .. 64 MB by x2 }} }}\n");
        return text.ToString();
    }
}
