using OxyPlot;

namespace DeepNvm.Reports.Charts;

/// <summary>The colours of every chart of every report. A technology's colour is fixed by its place in
/// the study (the first technology is always the first colour), the baseline always has its own grey,
/// and the parts of an energy or latency breakdown have their own palette, so no part is ever read as a
/// technology.</summary>
public static class Palette
{
    /// <summary>Twelve colours that stay apart in print and for the common colour-vision deficiencies
    /// (Tableau 10 without its grey and brown, then four darker companions); a 13th technology wraps.</summary>
    private static readonly string[] Technologies =
    {
        "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7",
        "#1f4e79", "#a05d00", "#2f7d32", "#7b3f8c",
    };

    /// <summary>The baseline's colour: a neutral dark grey.</summary>
    public const string Baseline = "#5f5f5f";

    /// <summary>Read, write, leakage, DRAM: a blue–grey–sand scale that is not one of the technology colours.</summary>
    private static readonly string[] Parts = { "#2c3e50", "#8e9aaf", "#cbd2dc", "#d9b38c" };

    public static string Technology(int index) => Technologies[index % Technologies.Length];

    /// <summary>The colour of part <paramref name="index"/> of a breakdown (0 read, 1 write, 2 leakage, 3 DRAM).</summary>
    public static string Part(int index) => Parts[index % Parts.Length];

    internal static OxyColor Oxy(string hex) => OxyColor.Parse(hex);
}
