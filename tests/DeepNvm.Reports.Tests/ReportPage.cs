namespace DeepNvm.Reports.Tests;

/// <summary>What every report page must do, checked the same way wherever a test writes a report folder.</summary>
internal static class ReportPage
{
    /// <summary>index.html links every other file of the folder; returns the page's text.</summary>
    public static string LinksEveryFile(string folder, IReadOnlyList<string> files)
    {
        var html = File.ReadAllText(Path.Combine(folder, "index.html"));
        foreach (var file in files.Where(f => f != "index.html"))
        {
            html.ShouldContain($"<a href=\"{file}\">", Case.Sensitive, file);
        }

        return html;
    }
}
