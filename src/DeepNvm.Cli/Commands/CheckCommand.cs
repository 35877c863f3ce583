using System.CommandLine;
using System.Text.Json;
using DeepNvm.Cli.Projects;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm check PATH [--json]`: parse and bind .nvm files (a file and its imports, or a
/// folder) and print every diagnostic in MSBuild's form, exactly as `dotnet build` reports them.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder of .nvm files" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object: the declarations and the diagnostics" };
        var command = new Command("check", "Check .nvm files for errors and list what they declare");
        command.Arguments.Add(path);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(json), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string path, bool json, TextWriter output, TextWriter error)
    {
        if (!CliValues.NvmPath(path, "check", error))
        {
            return ExitCodes.Usage;
        }

        var project = LoadedProject.Load(path);
        var (program, diagnostics) = (project.Program, project.Diagnostics);
        if (json)
        {
            output.WriteLine(Json(program, diagnostics));
        }
        else
        {
            foreach (var diagnostic in diagnostics)
            {
                (diagnostic.IsError ? error : output).WriteLine(diagnostic.ToString());
            }

            foreach (var group in program.Declarations.GroupBy(d => d.Keyword))
            {
                output.WriteLine($"{group.Key,-9} {string.Join(", ", group.Select(d => d.Name + (d.HasErrors ? " (has errors)" : "")))}");
            }

            var errors = diagnostics.Count(d => d.IsError);
            var warnings = diagnostics.Count(d => d.Severity == NvmSeverity.Warning);
            output.WriteLine($"{program.Declarations.Count} declarations, {errors} error(s), {warnings} warning(s)");
        }

        return diagnostics.Any(d => d.IsError) ? ExitCodes.Diagnostics : ExitCodes.Ok;
    }

    private static string Json(ProgramSpec program, IReadOnlyList<NvmDiagnostic> diagnostics) =>
        JsonSerializer.Serialize(new
        {
            declarations = program.Declarations.Select(d => new { keyword = d.Keyword, name = d.Name, kind = d.CellKind, file = d.FilePath, line = d.Span.Line, hasErrors = d.HasErrors }),
            errors = diagnostics.Count(d => d.IsError),
            warnings = diagnostics.Count(d => d.Severity == NvmSeverity.Warning),
            diagnostics = diagnostics.Select(d => new
            {
                id = d.Id,
                severity = d.Severity.ToString().ToLowerInvariant(),
                file = d.FilePath,
                line = d.Span.Line,
                column = d.Span.Column,
                endLine = d.Span.EndLine,
                endColumn = d.Span.EndColumn,
                message = d.Message,
            }),
        });
}
