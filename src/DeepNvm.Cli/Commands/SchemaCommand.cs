using System.CommandLine;
using DeepNvm.Language.Schema;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm schema`: print the language's declarations, properties, units and diagnostics
/// as Markdown (the generated part of docs/language.md).</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print every declaration kind, property, unit and diagnostic of the .nvm language as Markdown");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(SchemaMarkdown.Render());
            return ExitCodes.Ok;
        });
        return command;
    }
}
