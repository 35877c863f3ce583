using System.CommandLine;
using DeepNvm.Language;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Cli.Commands;

/// <summary>
/// <c>--set 'NAME=VALUE'</c> (repeatable) on study, eval, sweep, sensitivity and solve: any property of any
/// declaration, read with the language's units and types (NvmFrontEnd.ParseOverride) and applied by the
/// binder where the property is declared, so inheritors follow and plausibility is checked on the result.
/// Exit codes (docs/model-evaluation.md): text that is not <c>NAME=VALUE</c> or whose value does not parse is
/// a usage mistake (2); a name, property, unit or value the language rejects is a diagnostic in the inputs (1).
/// </summary>
internal static class InputOverrides
{
    public static Option<string[]> CreateOption() => new("--set")
    {
        Description = "Override an input, e.g. --set 'SttMram.read.sense_energy=42 fJ' (repeatable; units checked)",
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Reads every <c>--set</c> text against <paramref name="program"/>; prints the first problems and
    /// returns their exit code, or <see cref="ExitCodes.Ok"/> with the overrides in command-line order.</summary>
    public static int Parse(IReadOnlyList<string> texts, ProgramSpec program, TextWriter error, out IReadOnlyList<InputOverride> overrides)
    {
        var list = new List<InputOverride>();
        var code = ExitCodes.Ok;
        foreach (var text in texts)
        {
            var parsed = NvmFrontEnd.ParseOverride(text, program);
            if (parsed.Override is { } o)
            {
                list.Add(o);
                continue;
            }

            var malformed = parsed.Id == DiagnosticCatalog.SyntaxError.Id;
            error.WriteLine($"{InputOverride.CommandLineFile}: error {parsed.Id}: {parsed.Error} (in --set '{text}')");
            code = Math.Max(code, malformed ? ExitCodes.Usage : ExitCodes.Diagnostics);
        }

        overrides = list;
        return code;
    }
}
