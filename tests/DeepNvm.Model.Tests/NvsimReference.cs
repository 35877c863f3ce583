using System.Text.Json;
using DeepNvm.Model.Nvsim;

namespace DeepNvm.Model.Tests;

/// <summary>The NVSim reference runs copied into TestData/nvsim (inputs and NVSim's published figures).</summary>
public static class NvsimReference
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "TestData", "nvsim");

    public sealed record Expected(double AreaMm2, double HitLatencyNs, double MissLatencyNs, double WriteLatencyNs,
        double HitEnergyNj, double MissEnergyNj, double WriteEnergyNj, double LeakageMw);

    public sealed record Case(string Name, string Cfg, Expected Expected, Expected? Published = null);

    /// <summary>The cases whose published NVSim figures differ from a run on the stored .cfg.</summary>
    public static IEnumerable<Case> Published() => All().Where(c => c.Published is not null);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<Case> All()
    {
        var cases = new List<Case>();
        foreach (var file in new[] { "cases.json", "sequential.json" })
        {
            cases.AddRange(JsonSerializer.Deserialize<List<Case>>(File.ReadAllText(Path.Combine(Folder, file)), Json)!);
        }

        return cases;
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All())
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static NvsimConfiguration Configuration(string cfg)
    {
        var read = NvsimReader.ReadConfiguration(Path.Combine(Folder, cfg));
        read.Diagnostics.ShouldBeEmpty();
        return read.Value!;
    }

    /// <summary>Characterize a reference configuration once per test run (the searches are shared by the tests).</summary>
    public static CacheCharacteristics Characterize(string cfg)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(cfg, out var result))
            {
                var c = Configuration(cfg);
                var r = CacheModel.Characterize(c.Cache, c.Cell, c.Node, c.Options);
                r.Succeeded.ShouldBeTrue(string.Join("; ", r.Diagnostics));
                result = r.Characteristics!;
                Cache[cfg] = result;
            }

            return result;
        }
    }

    private static readonly Dictionary<string, CacheCharacteristics> Cache = new();
}
