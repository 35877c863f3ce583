using System.Reflection;
using System.Text.RegularExpressions;

namespace DeepNvm.Cli.Tests;

/// <summary>docs/cli.md states the exit codes once; these tests tie that table to the code.</summary>
public class CliDocumentationTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "cli.md"));

    [Fact]
    public void The_exit_code_table_lists_exactly_the_codes_the_commands_return()
    {
        var codes = typeof(ExitCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (int)f.GetValue(null)!).OrderBy(c => c);
        var section = Page.Substring(Page.IndexOf("## Exit codes", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\n## ", 3, StringComparison.Ordinal));
        var documented = Regex.Matches(section, @"^\| (\d+) \|", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value)).OrderBy(c => c);

        documented.ShouldBe(codes);
    }

    [Theory]
    [InlineData("model-evaluation.md")]
    [InlineData("model-workloads.md")]
    [InlineData("getting-started.md")]
    public void Pages_that_mention_exit_codes_point_to_the_one_rule(string page) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", page)).ShouldContain("cli.md#exit-codes");
}
