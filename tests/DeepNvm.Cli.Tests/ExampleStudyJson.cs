using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

/// <summary>An example's study through `deepnvm study --json`, which must succeed.</summary>
internal static class ExampleStudyJson
{
    public static JsonElement Run(string path, string? study = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = StudyCommand.Run(new StudyOptions(path) { Study = study, Json = true }, output, error);
        code.ShouldBe(ExitCodes.Ok, error.ToString());
        return JsonDocument.Parse(output.ToString()).RootElement.Clone();
    }
}
