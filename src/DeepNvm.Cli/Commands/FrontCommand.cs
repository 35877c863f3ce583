using System.CommandLine;
using DeepNvm.Cli.Explore;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm front RESULTS`: the Pareto front of an exploration's results (front.parquet, .csv, .json, .svg).</summary>
internal static class FrontCommand
{
    public static Command Create()
    {
        var results = new Argument<string>("results") { Description = "The results folder of `deepnvm explore`" };
        var command = new Command("front", "Compute the Pareto front of an exploration's results for its space's objectives");
        command.Arguments.Add(results);
        command.SetAction(parse => Run(parse.GetValue(results)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    public static int Run(string results, TextWriter output, TextWriter error)
    {
        // a results folder that does not exist is a command-line mistake (docs/cli.md); one without results is DNVM0562
        if (!Directory.Exists(results))
        {
            error.WriteLine($"deepnvm front: '{results}' does not exist; name the --out folder of `deepnvm explore`");
            return ExitCodes.Usage;
        }

        return FrontRun.RunAsync(results, output, error).GetAwaiter().GetResult().Code;
    }
}
