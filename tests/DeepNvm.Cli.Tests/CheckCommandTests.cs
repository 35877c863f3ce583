using System.Text.Json;
using DeepNvm.Cli.Commands;

namespace DeepNvm.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("deepnvm-check-").FullName;

    [Fact]
    public void The_shipped_example_checks_clean_and_lists_its_declarations()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = CheckCommand.Run(Path.Combine(RepositoryPaths.Root, "examples", "deepnvm-paper", "nvm", "study.nvm"), json: false, output, error);

        exit.ShouldBe(ExitCodes.Ok, error.ToString());
        output.ToString().ShouldContain("study     DeepNvmPlusPlus");
        output.ToString().ShouldContain("0 error(s)");
    }

    [Fact]
    public void Errors_are_printed_as_dotnet_build_prints_them_and_exit_with_1()
    {
        var file = Path.Combine(_folder, "bad.nvm");
        File.WriteAllText(file, "node N {\n  feature_size = 16 nx\n}\n");
        var error = new StringWriter();

        var exit = CheckCommand.Run(file, json: false, new StringWriter(), error);

        exit.ShouldBe(ExitCodes.Diagnostics);
        error.ToString().ShouldStartWith(file.Replace('\\', '/') + "(2,21): error DNVM0301: unknown unit 'nx'");
    }

    [Fact]
    public void Json_output_is_one_object_with_located_diagnostics()
    {
        var file = Path.Combine(_folder, "bad.nvm");
        File.WriteAllText(file, "cache C { capacity = 4 MB; associativity = 12 }");
        var output = new StringWriter();

        CheckCommand.Run(file, json: true, output, new StringWriter()).ShouldBe(ExitCodes.Diagnostics);

        using var json = JsonDocument.Parse(output.ToString());
        json.RootElement.GetProperty("errors").GetInt32().ShouldBe(1);
        var diagnostic = json.RootElement.GetProperty("diagnostics")[0];
        diagnostic.GetProperty("id").GetString().ShouldBe("DNVM0403");
        diagnostic.GetProperty("line").GetInt32().ShouldBe(1);
        diagnostic.GetProperty("column").GetInt32().ShouldBe(44);
    }

    [Fact]
    public void Bytes_that_are_not_UTF8_are_a_located_error_not_replacement_characters()
    {
        var file = Path.Combine(_folder, "latin1.nvm");
        File.WriteAllBytes(file, [.. "node N {\n  // caf"u8, 0xE9, .. " \n  feature_size = 16 nm\n}\n"u8]);
        var error = new StringWriter();

        CheckCommand.Run(file, json: false, new StringWriter(), error).ShouldBe(ExitCodes.Diagnostics);

        error.ToString().ShouldContain("(2,9): error DNVM0102: the file is not valid UTF-8");
    }

    [Fact]
    public void A_missing_path_is_a_usage_error() =>
        CheckCommand.Run(Path.Combine(_folder, "nope.nvm"), json: false, new StringWriter(), new StringWriter()).ShouldBe(ExitCodes.Usage);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
