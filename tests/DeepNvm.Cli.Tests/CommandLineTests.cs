using System.CommandLine;

namespace DeepNvm.Cli.Tests;

public class CommandLineTests
{
    private static RootCommand Root()
    {
        var root = new RootCommand("test");
        foreach (var command in CliCommands.All())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    [Theory]
    [InlineData("check")]
    [InlineData("nosuchcommand")]
    [InlineData("study", "x.nvm", "--no-such-option")]
    public void A_malformed_command_line_exits_with_the_usage_code(params string[] args)
    {
        var error = new StringWriter();
        CommandLine.Run(Root(), args, error).ShouldBe(ExitCodes.Usage);
        error.ToString().ShouldContain("deepnvm --help");
    }
}
