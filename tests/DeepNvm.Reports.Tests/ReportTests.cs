using System.Text.Json;
using System.Xml.Linq;
using DeepNvm.Reports;

namespace DeepNvm.Reports.Tests;

public class ReportTests
{
    private static readonly DeepNvm.Studies.StudyResult Study = SyntheticStudy.Create();

    [Fact]
    public void Csv_quotes_what_needs_quoting_and_markdown_escapes_pipes()
    {
        var table = new ReportTable("t", "T", new[] { "a", "b|c" }, new[] { new[] { "x,y", "say \"hi\"" }, new[] { "1.5", "2" } });
        table.ToCsv().ShouldBe("a,b|c\r\n\"x,y\",\"say \"\"hi\"\"\"\r\n1.5,2\r\n");
        table.ToMarkdown().ShouldContain("| a | b\\|c |");
        table.IsNumeric(0).ShouldBeFalse();
        new ReportTable("n", "N", new[] { "v" }, new[] { new[] { "1.00" }, new[] { "—" } }).IsNumeric(0).ShouldBeTrue();
    }

    [Fact]
    public void Json_carries_the_documented_fields()
    {
        var root = JsonDocument.Parse(StudyJson.Write(Study)).RootElement;
        root.GetProperty("baseline").GetString().ShouldBe("Sram6T");
        var techs = root.GetProperty("technologies").EnumerateArray().ToArray();
        techs.Select(t => t.GetProperty("kind").GetString()).ShouldBe(new[] { "mtj", "sot" });
        var stt = techs[0];
        stt.GetProperty("isoCapacity").GetProperty("areaReduction").GetDouble().ShouldBe(2);
        stt.GetProperty("isoCapacity").GetProperty("edpReductionMax").GetDouble().ShouldBeGreaterThan(0);
        stt.GetProperty("isoCapacity").GetProperty("edpReductionGeomean").GetDouble().ShouldBeGreaterThan(0);
        stt.GetProperty("isoArea").GetProperty("capacityRatio").GetDouble().ShouldBe(2);
        stt.GetProperty("isoArea").GetProperty("edpReductionGeomean").GetDouble().ShouldBeGreaterThan(0);
        stt.GetProperty("scalability").EnumerateArray().Select(p => p.GetProperty("capacityBytes").GetInt64()).ShouldBe(new[] { 1L << 20, 4L << 20, 16L << 20 });
        stt.GetProperty("isoCapacity").GetProperty("byPhase").GetProperty("training").GetProperty("edpReductionGeomean").GetDouble().ShouldBeGreaterThan(0);
        root.GetProperty("settings").GetProperty("delay").GetString().ShouldBe("access_latency");
    }

    [Fact]
    public void Charts_are_well_formed_svg_with_escaped_text()
    {
        var charts = StudyCharts.All(Study);
        charts.Select(c => c.Id).ShouldBe(new[] { "normalized-edp", "energy-breakdown", "iso-area", "scalability" });
        foreach (var chart in charts)
        {
            var svg = XDocument.Parse(chart.Svg);
            svg.Root!.Name.LocalName.ShouldBe("svg");
            chart.Svg.ShouldNotContain("NaN");
            chart.Svg.ShouldNotContain("Infinity");
        }

        charts[0].Svg.ShouldContain("Net&lt;A&gt;");
        charts[1].Svg.ShouldContain("font-weight=\"bold\" text-anchor=\"middle\">Net&lt;A&gt;</text>");
    }

    [Fact]
    public void The_html_page_is_self_contained()
    {
        var html = HtmlReport.Write(Study, StudyTables.All(Study), StudyCharts.All(Study));
        html.ShouldStartWith("<!DOCTYPE html>");
        html.Replace("http://www.w3.org/2000/svg", "").ShouldNotContain("http");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<link");
        html.ShouldNotContain("src=");
        html.Split("<svg").Length.ShouldBe(5);
        html.ShouldContain("Gpu &amp; Co");
        html.ShouldContain("warning X: &lt;odd&gt;");
    }

    [Fact]
    public void The_writer_leaves_whole_files_and_no_temporaries()
    {
        var folder = Path.Combine(Path.GetTempPath(), "deepnvm-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = ReportWriter.Write(Study, folder);
            files.ShouldContain("index.html");
            files.ShouldContain("report.json");
            files.ShouldContain("summary.csv");
            files.ShouldContain("scalability.svg");
            Directory.GetFiles(folder).Length.ShouldBe(files.Count + 1, "the report's files and its manifest, written last");
            File.ReadAllLines(Path.Combine(folder, ReportFolder.ManifestName)).ShouldBe(files);
            Directory.GetFiles(folder, "*.tmp").ShouldBeEmpty();

            // a second write replaces the files in place
            AtomicFile.WriteAllText(Path.Combine(folder, "summary.csv"), "new");
            File.ReadAllText(Path.Combine(folder, "summary.csv")).ShouldBe("new");
            Directory.GetFiles(folder).Length.ShouldBe(files.Count + 1);
        }
        finally
        {
            Directory.Delete(folder, true);
            File.Delete(Path.Combine(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + ".lock"));
        }
    }

    [Fact]
    public void A_failed_write_leaves_the_old_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), "deepnvm-atomic-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var target = Path.Combine(folder, "a.txt");
            AtomicFile.WriteAllText(target, "old");
            Directory.CreateDirectory(Path.Combine(folder, "dir"));
            Should.Throw<Exception>(() => AtomicFile.WriteAllText(Path.Combine(folder, "dir"), "new"));
            File.ReadAllText(target).ShouldBe("old");
            Directory.GetFiles(folder).ShouldBe(new[] { target });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Theory]
    [InlineData(2816L << 10, "2816 KB")]
    [InlineData(4L << 20, "4 MB")]
    [InlineData(128L << 20, "128 MB")]
    [InlineData(1L << 30, "1 GB")]
    [InlineData(512L << 10, "512 KB")]
    public void Capacities_print_with_binary_prefixes(long bytes, string text) => Numbers.Bytes(bytes).ShouldBe(text);
}
