using System.Globalization;
using System.Text.Json;

namespace DeepNvm.Reports.Tests;

/// <summary>CSV fit for analysis: full precision, capacities in bytes, empty cells for missing values,
/// and one tidy long-format file — each loading with numeric columns and no cleaning.</summary>
public class CsvTests
{
    private static readonly DeepNvm.Studies.StudyResult Study = SyntheticStudy.Create();

    /// <summary>RFC 4180 reading, enough for the reports' files.</summary>
    private static List<string[]> Read(string csv)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var ch = csv[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (ch == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row.ToArray());
                row.Clear();
                i++;
            }
            else
            {
                cell.Append(ch);
            }
        }

        return rows;
    }

    private static bool IsNumber(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static bool IsCount(string s) => long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _);

    private static double Num(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Ratios_are_written_at_full_precision_and_capacities_in_bytes()
    {
        var rows = Read(StudyTables.Summary(Study).ToCsv());
        var header = rows[0];
        header.ShouldContain("Iso-area capacity (bytes)");
        header.ShouldContain("Iso-area capacity");
        var stt = rows.Single(r => r[0] == "SttMram");
        var t = Study.Technologies[0];
        Num(stt[Array.IndexOf(header, "Iso-cap. EDP × geomean")]).ShouldBe(t.IsoCapacity!.Comparison.Edp.Geomean);
        long.Parse(stt[Array.IndexOf(header, "Iso-area capacity (bytes)")], CultureInfo.InvariantCulture).ShouldBe(t.IsoArea!.CapacityBytes);
        stt[Array.IndexOf(header, "Iso-area capacity")].ShouldBe(Numbers.Bytes(t.IsoArea.CapacityBytes));

        // what people read stays short
        StudyTables.Summary(Study).Rows[0][4].ShouldBe(Numbers.Ratio(t.IsoCapacity.Comparison.Edp.Geomean));
    }

    [Fact]
    public void Missing_values_are_empty_cells_and_every_numeric_column_parses()
    {
        var noIsoArea = Study with { Technologies = Study.Technologies.Select(t => t with { IsoArea = null }).ToArray() };
        var rows = Read(StudyTables.Summary(noIsoArea).ToCsv());
        var header = rows[0];
        rows.Skip(1).ShouldAllBe(r => r[Array.IndexOf(header, "Iso-area capacity (bytes)")] == "" && r[Array.IndexOf(header, "Iso-area EDP × geomean")] == "");
        StudyTables.Summary(noIsoArea).Rows[0][^1].ShouldBe("—");

        foreach (var table in StudyTables.All(Study))
        {
            var csv = Read(table.ToCsv());
            csv.ShouldAllBe(r => r.Length == csv[0].Length, table.Id);
            csv.SelectMany(r => r).ShouldAllBe(c => c != "—", table.Id);
            for (var column = 0; column < csv[0].Length; column++)
            {
                var cells = csv.Skip(1).Select(r => r[column]).Where(c => c.Length > 0).ToArray();
                var name = csv[0][column];
                if (name.Contains('×') || name.Contains('(') && !name.StartsWith("Workload", StringComparison.Ordinal))
                {
                    cells.Where(c => !IsNumber(c)).ShouldBeEmpty($"{table.Id}: {name}");
                }
            }
        }
    }

    [Fact]
    public void The_tidy_file_has_every_number_in_long_format()
    {
        var rows = Read(TidyCsv.Write(Study));
        rows[0].ShouldBe(new[] { "study", "comparison", "technology", "workload", "phase", "capacity_bytes", "metric", "value" });
        rows.Skip(1).Where(r => r.Length != 8 || !IsCount(r[5]) || !IsNumber(r[7])).ShouldBeEmpty();
        rows.Skip(1).Select(r => r[1]).Distinct().ShouldBe(new[] { "iso-capacity", "iso-area", "scalability" });

        var t = Study.Technologies[1];
        var w = t.IsoCapacity!.Comparison.Workloads[1];
        var edp = rows.Single(r => r[1] == "iso-capacity" && r[2] == t.Name && r[3] == w.Workload && r[6] == "edp_reduction");
        Num(edp[7]).ShouldBe(w.Ratios.Edp);
        edp[4].ShouldBe("inference");
        Num(rows.Single(r => r[1] == "iso-capacity" && r[2] == "Sram6T" && r[3] == w.Workload && r[6] == "energy_joules")[7]).ShouldBe(w.Baseline.Energy);
        Num(rows.Single(r => r[1] == "scalability" && r[2] == t.Name && r[3] == "" && r[5] == (4L << 20).ToString(CultureInfo.InvariantCulture) && r[6] == "edp_reduction_geomean")[7])
            .ShouldBe(t.Scalability[1].Comparison.Edp.Geomean);

        // one row per (comparison, technology, workload, capacity, metric): the baseline is not repeated per technology
        rows.Skip(1).GroupBy(r => string.Join("|", r[1], r[2], r[3], r[5], r[6])).ShouldAllBe(g => g.Count() == 1);
    }

    [Fact]
    public void Json_and_provenance_json_carry_the_same_provenance()
    {
        var provenance = new ReportProvenance { InputsSha256 = new string('a', 64), GeneratedUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero) };
        var json = JsonDocument.Parse(StudyJson.Write(Study, provenance)).RootElement.GetProperty("provenance");
        json.GetProperty("tool").GetString().ShouldBe("deepnvm");
        json.GetProperty("version").GetString().ShouldBe(ReportProvenance.ToolVersion);
        json.GetProperty("inputsSha256").GetString().ShouldBe(new string('a', 64));
        json.GetProperty("settings").GetProperty("sectorEnergy").GetString().ShouldBe("scale_data_array");
        json.GetProperty("generatedUtc").GetString().ShouldBe("2026-01-02T03:04:05Z");
        System.Text.Json.Nodes.JsonNode.Parse(provenance.ToJson(Study))!.ToJsonString().ShouldBe(System.Text.Json.Nodes.JsonNode.Parse(json.GetRawText())!.ToJsonString());
        JsonDocument.Parse(StudyJson.Write(Study)).RootElement.TryGetProperty("provenance", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_inputs_digest_depends_on_the_bytes_not_on_order_or_place()
    {
        var folder = Directory.CreateTempSubdirectory("deepnvm-provenance-").FullName;
        try
        {
            var a = Path.Combine(folder, "a.nvm");
            var b = Path.Combine(folder, "sub", "b.nvm");
            Directory.CreateDirectory(Path.GetDirectoryName(b)!);
            File.WriteAllText(a, "cell A {}");
            File.WriteAllText(b, "cell B {}");
            var digest = ReportProvenance.HashFiles(new[] { a, b });
            digest.ShouldNotBeNull().Length.ShouldBe(64);
            ReportProvenance.HashFiles(new[] { b, a }).ShouldBe(digest);
            File.WriteAllText(b, "cell B { }");
            ReportProvenance.HashFiles(new[] { a, b }).ShouldNotBe(digest);
            ReportProvenance.HashFiles(Array.Empty<string>()).ShouldBeNull();
            ReportProvenance.For(new[] { a }, deterministic: true).GeneratedUtc.ShouldBeNull();
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
