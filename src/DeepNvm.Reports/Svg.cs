using System.Security;

namespace DeepNvm.Reports;

/// <summary>A chart of a report: an id (file stem), a title, a self-contained SVG document, the caption
/// that says how to read it, and the same chart as PNG at 2× (null where Skia's native library is not
/// available).</summary>
public sealed record Chart(string Id, string Title, string Svg)
{
    public string Caption { get; init; } = "";
    public byte[]? Png { get; init; }
}

/// <summary>XML escaping for the SVG and HTML the reports write.</summary>
public static class Svg
{
    public static string Esc(string text) => SecurityElement.Escape(text) ?? "";
}
