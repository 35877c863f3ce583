using System.Globalization;
using System.Text;
using System.Text.Json;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Reports;
using DeepNvm.Studies.Exploration;
using Parquet;
using Parquet.Schema;

namespace DeepNvm.Cli.Explore;

/// <summary>What `deepnvm front` found.</summary>
internal sealed record FrontOutcome(long Points, long Admissible, IReadOnlyList<long> Front);

/// <summary>
/// The Pareto front of an exploration: reads the shard files (pass 1: index, admissibility and the objective
/// columns only), computes the exact non-dominated set of the admissible points for the space's objectives,
/// then gathers the front's full rows (pass 2) into front/front.parquet, front.csv and front.json, and draws
/// front/front.svg (the first two objectives, every admissible point, the front highlighted); front/ is written whole.
/// </summary>
internal static class FrontRun
{
    /// <summary>The report folder inside the results folder that holds the front's files.</summary>
    public const string FolderName = "front";

    public static async Task<(int Code, FrontOutcome? Outcome)> RunAsync(string folder, TextWriter output, TextWriter error)
    {
        var manifest = ExploreManifest.Read(folder);
        if (manifest is null)
        {
            return (Fail(error, folder, DiagnosticCatalog.NoResults, $"no {ExploreManifest.FileName} in '{folder}': not the results of `deepnvm explore`"), null);
        }

        var files = ResultsReader.ShardFiles(folder);
        var expected = manifest.ExpectedFiles().ToArray();
        var missing = expected.Except(files.Select(Path.GetFileName)).ToArray();
        var foreign = files.Select(Path.GetFileName).Except(expected).ToArray();
        if (foreign.Length > 0)
        {
            return (Fail(error, folder, DiagnosticCatalog.ResultsOfAnotherRun, $"'{folder}' holds shard files of another sharding ({string.Join(", ", foreign.Take(5))}{(foreign.Length > 5 ? ", …" : "")}) beside the {expected.Length} files of {manifest.Shards} shards in {ExploreManifest.FileName}"), null);
        }

        if (missing.Length > 0)
        {
            return (Fail(error, folder, DiagnosticCatalog.NoResults, $"'{folder}' lacks {missing.Length} of its {expected.Length} shard files ({string.Join(", ", missing.Take(5))}{(missing.Length > 5 ? ", …" : "")}); run or resume those shards first"), null);
        }

        if (manifest.Objectives.Count == 0)
        {
            return (Fail(error, folder, DiagnosticCatalog.NoObjectives, $"space '{manifest.Space}' declares no objectives; add e.g. 'minimize area, edp' and explore again"), null);
        }

        // the four files go into the results folder's front/ as one report folder: checked and locked before the two
        // passes, swapped in whole (a run killed midway never leaves a new front.csv beside an old front.parquet)
        ReportFolder report;
        try
        {
            report = ReportFolder.Open(Path.Combine(folder, FolderName));
        }
        catch (ReportFolderException e)
        {
            error.WriteLine($"deepnvm front: {e.Message}");
            return (ExitCodes.Usage, null);
        }

        using var _ = report;
        var objectiveColumns = manifest.Objectives.Select(o => PointResult.MetricColumns[o]).ToArray();
        var indices = new List<long>();
        var vectors = new List<double[]>();
        long points = 0;
        foreach (var file in files)
        {
            await foreach (var (fields, columns) in ResultsReader.RowGroupsAsync(file))
            {
                var index = (long[])Column(fields, columns, "index");
                var admissible = (bool[])Column(fields, columns, "admissible");
                var objectives = objectiveColumns.Select(c => (double?[])Column(fields, columns, c)).ToArray();
                points += index.Length;
                for (var r = 0; r < index.Length; r++)
                {
                    if (admissible[r] && objectives.All(o => o[r] is { } v && double.IsFinite(v)))
                    {
                        indices.Add(index[r]);
                        vectors.Add(objectives.Select(o => o[r]!.Value).ToArray());
                    }
                }
            }
        }

        var front = ParetoFront.NonDominated(vectors).Select(i => indices[i]).OrderBy(i => i).ToArray();
        var onFront = new HashSet<long>(front);
        var (frontFields, rows) = await GatherAsync(files, onFront);
        report.Put("front.parquet", await ParquetAsync(frontFields, rows));
        report.Put("front.csv", Csv(frontFields, rows));
        report.Put("front.json", Json(manifest, frontFields, rows));
        var chart = ParetoCharts.OfSpace("front", manifest.Space, manifest.Objectives, indices, vectors, onFront);
        report.Put("front.svg", chart.Svg);
        if (chart.Png is { } png)
        {
            report.Put("front.png", png);
        }

        report.Commit();
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "front of {0} ({1}): {2} of {3} admissible points ({4} points in all) -> {5}",
            manifest.Space, string.Join(", ", manifest.Objectives), front.Length, vectors.Count, points, Path.Combine(folder, FolderName, "front.{parquet,csv,json,svg,png}")));
        return (ExitCodes.Ok, new FrontOutcome(points, vectors.Count, front));
    }

    private static int Fail(TextWriter error, string folder, DiagnosticDescriptor descriptor, string message)
    {
        error.WriteLine($"{folder}: error {descriptor.Id}: {message}");
        return ExitCodes.Diagnostics;
    }

    private static Array Column(DataField[] fields, Array[] columns, string name) =>
        columns[Array.FindIndex(fields, f => f.Name == name)];

    /// <summary>Pass 2: the full rows of the front, in index order.</summary>
    private static async Task<(DataField[] Fields, List<object?[]> Rows)> GatherAsync(string[] files, HashSet<long> onFront)
    {
        DataField[] schema = Array.Empty<DataField>();
        var rows = new List<object?[]>();
        foreach (var file in files)
        {
            await foreach (var (fields, columns) in ResultsReader.RowGroupsAsync(file))
            {
                schema = fields;
                var index = (long[])Column(fields, columns, "index");
                for (var r = 0; r < index.Length; r++)
                {
                    if (onFront.Contains(index[r]))
                    {
                        rows.Add(columns.Select(c => c.GetValue(r)).ToArray());
                    }
                }
            }
        }

        var at = Array.FindIndex(schema, f => f.Name == "index");
        rows.Sort((a, b) => ((long)a[at]!).CompareTo((long)b[at]!));
        return (schema, rows);
    }

    private static async Task<byte[]> ParquetAsync(DataField[] read, List<object?[]> rows)
    {
        var fields = read.Select(ResultsReader.Fresh).ToArray();
        using var stream = new MemoryStream();
        {
            await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields.Cast<Field>().ToArray()), stream);
            using var rowGroup = writer.CreateRowGroup();
            for (var c = 0; c < fields.Length; c++)
            {
                var values = rows.Select(r => r[c]).ToArray();
                var field = fields[c];
                if (ResultsReader.IsText(field))
                {
                    await rowGroup.WriteAsync(field, values.Select(v => (string)v!).ToArray());
                }
                else if (field.IsNullable)
                {
                    await (field.ClrType == typeof(double) ? rowGroup.WriteAsync<double>(field, values.Select(v => (double?)v).ToArray().AsMemory())
                        : rowGroup.WriteAsync<int>(field, values.Select(v => (int?)v).ToArray().AsMemory()));
                }
                else
                {
                    await (field.ClrType == typeof(long) ? rowGroup.WriteAsync<long>(field, values.Select(v => (long)v!).ToArray().AsMemory())
                        : field.ClrType == typeof(int) ? rowGroup.WriteAsync<int>(field, values.Select(v => (int)v!).ToArray().AsMemory())
                        : field.ClrType == typeof(double) ? rowGroup.WriteAsync<double>(field, values.Select(v => (double)v!).ToArray().AsMemory())
                        : rowGroup.WriteAsync<bool>(field, values.Select(v => (bool)v!).ToArray().AsMemory()));
                }
            }
        }

        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Csv(DataField[] fields, List<object?[]> rows)
    {
        static string Quote(string s) => s.IndexOfAny(new[] { ',', '"', '\n' }) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        var text = new StringBuilder();
        text.Append(string.Join(",", fields.Select(f => Quote(f.Name)))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(",", row.Select(v => Quote(Text(v))))).Append('\n');
        }

        return text.ToString();
    }

    private static string Json(ExploreManifest manifest, DataField[] fields, List<object?[]> rows)
    {
        var front = rows.Select(r => fields.Select((f, c) => (f.Name, Value: r[c])).ToDictionary(p => p.Name, p => p.Value)).ToArray();
        return JsonSerializer.Serialize(new { space = manifest.Space, objectives = manifest.Objectives, front }, new JsonSerializerOptions { WriteIndented = true });
    }
}
