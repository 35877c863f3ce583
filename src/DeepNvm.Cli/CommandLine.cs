using System.CommandLine;

namespace DeepNvm.Cli;

/// <summary>Parses and runs a command line; a malformed one (unknown option, missing argument)
/// prints System.CommandLine's message and exits with <see cref="ExitCodes.Usage"/>, not its default 1,
/// which here means "the inputs have errors".</summary>
internal static class CommandLine
{
    public static int Run(RootCommand root, string[] args, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0)
        {
            return parsed.Invoke();
        }

        foreach (var problem in parsed.Errors)
        {
            error.WriteLine("deepnvm: " + problem.Message);
        }

        error.WriteLine("Run 'deepnvm --help' for usage.");
        return ExitCodes.Usage;
    }
}
