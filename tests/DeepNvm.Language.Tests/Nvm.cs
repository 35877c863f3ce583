using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Language.Tests;

/// <summary>Compiles in-memory .nvm files for tests; paths live under a fake /project folder.</summary>
internal static class Nvm
{
    public static ProgramSpec Compile(string text) => Compile(("/project/main.nvm", text));

    public static ProgramSpec Compile(params (string Path, string Text)[] files) =>
        NvmFrontEnd.Compile(files.Select(f => new NvmSource(f.Path, f.Text)), new BindOptions("/project"));

    /// <summary>Diagnostics as "(line,col) ID" strings: compact assertions of what and where.</summary>
    public static string[] Where(this ProgramSpec program) =>
        program.Diagnostics.Select(d => $"{d.Span} {d.Id}").ToArray();

    public static NvmDiagnostic Single(this ProgramSpec program, string id) =>
        program.Diagnostics.Where(d => d.Id == id).ShouldHaveSingleItem();

    public const string Sram = "cell S : sram { area = 146 F^2 }\n";

    public const string Mtj = """
        cell M : mtj {
          area = 54 F^2
          access_width = 8 F
          resistance_on = 3 kOhm
          resistance_off = 6 kOhm
          read { voltage = 0.25 V }
          write { current = 80 uA; pulse = 10 ns }
        }

        """;
}
