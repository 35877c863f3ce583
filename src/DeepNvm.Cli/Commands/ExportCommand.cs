using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeepNvm.Model;
using DeepNvm.Reports;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm export PATH [--out FILE]`: every declaration as the runtime record it becomes (the
/// values the generator emits and the CLI evaluates: SI units, feature-size quantities as
/// <c>{ "value", "featurePower" }</c>), as one JSON object — for other tools, or to see exactly what a
/// .nvm file means.</summary>
internal static class ExportCommand
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower), new FeatureScaledConverter() },
    };

    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A .nvm file (with its imports) or a folder" };
        var output = new Option<string?>("--out") { Description = "Write the JSON to this file (atomically) instead of the terminal" };
        var json = new Option<bool>("--json") { Description = "JSON output (the only format; accepted for symmetry)" };
        var command = new Command("export", "Export every declaration as its runtime record (SI units) in JSON");
        command.Arguments.Add(path);
        command.Options.Add(output);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(output), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string path, string? outFile, TextWriter output, TextWriter error, string? library = null)
    {
        if (outFile is not null && !OutputDestination.CheckFile(outFile, "export", "--out", error))
        {
            return ExitCodes.Usage;
        }

        var code = StudyInputs.Load(path, library, error, out var project);
        if (project is null)
        {
            return code;
        }

        var c = project.Converter;
        var text = JsonSerializer.Serialize(new
        {
            nodes = c.Nodes(),
            cells = c.Cells(),
            caches = c.Caches(),
            gpus = c.Gpus(),
            workloads = c.Workloads(),
            studies = c.Studies(),
        }, Options);
        if (outFile is null)
        {
            output.WriteLine(text);
        }
        else
        {
            AtomicFile.WriteAllText(outFile, text + "\n");
            output.WriteLine($"Exported {project.Program.Declarations.Count} declarations to {Path.GetFullPath(outFile)}");
        }

        return ExitCodes.Ok;
    }

    private sealed class FeatureScaledConverter : JsonConverter<FeatureScaled>
    {
        public override FeatureScaled Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            return new FeatureScaled(doc.RootElement.GetProperty("value").GetDouble(), doc.RootElement.GetProperty("featurePower").GetInt32());
        }

        public override void Write(Utf8JsonWriter writer, FeatureScaled value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteNumber("value", value.Value);
            writer.WriteNumber("featurePower", value.FeaturePower);
            writer.WriteEndObject();
        }
    }
}
