using System.CommandLine;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Cli;

/// <summary>Parses and runs a command line under the one exit-code rule of <see cref="ExitCodes"/>: a malformed
/// command line (unknown subcommand or option, missing or malformed value) prints one line per mistake, with
/// "did you mean" where a known name is close, and exits with <see cref="ExitCodes.Usage"/>; an exception the
/// command did not expect is a bug, reported as DNVM0001 with its type (and its stack, for the bug report),
/// never as a bare stack trace.</summary>
internal static class CommandLine
{
    public static int Run(RootCommand root, string[] args, TextWriter error) => Run(root, args, Console.Out, error);

    public static int Run(RootCommand root, string[] args, TextWriter output, TextWriter error)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count == 0)
        {
            try
            {
                return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return InternalError(error, e);
            }
        }

        var unmatched = parsed.UnmatchedTokens;
        var command = parsed.CommandResult.Command;
        foreach (var token in unmatched)
        {
            error.WriteLine("deepnvm: " + Unrecognized(command, token));
        }

        foreach (var problem in parsed.Errors.Where(p => !unmatched.Any(t => p.Message.Contains("'" + t + "'", StringComparison.Ordinal))))
        {
            error.WriteLine("deepnvm: " + problem.Message);
        }

        error.WriteLine("Run 'deepnvm --help' for usage.");
        return ExitCodes.Usage;
    }

    /// <summary>Prints an unexpected exception as DNVM0001 naming its type, with the stack below it, and
    /// returns <see cref="ExitCodes.Diagnostics"/>.</summary>
    public static int InternalError(TextWriter error, Exception e)
    {
        var inner = e is AggregateException { InnerExceptions.Count: 1 } a ? a.InnerExceptions[0] : e;
        error.WriteLine($"deepnvm: error {DiagnosticIds.InternalError}: internal error ({inner.GetType().FullName}): {inner.Message}");
        error.WriteLine("This is a bug in deepnvm, not in your inputs; please report it with the stack below.");
        error.WriteLine(inner.ToString());
        return ExitCodes.Diagnostics;
    }

    /// <summary>"unknown option '--jsn'; did you mean '--json'?" or "unknown command 'stdy'; did you mean 'study'?".</summary>
    private static string Unrecognized(Command command, string token)
    {
        if (token.StartsWith('-'))
        {
            var options = command.Options.SelectMany(o => new[] { o.Name }.Concat(o.Aliases)).Where(n => n.StartsWith("--", StringComparison.Ordinal));
            return $"unknown option '{token}' for '{command.Name}'" + DidYouMean.Suffix(options, token);
        }

        if (command.Subcommands.Count > 0)
        {
            return $"unknown command '{token}'" + DidYouMean.Suffix(command.Subcommands.Select(c => c.Name), token);
        }

        return $"unexpected argument '{token}' for '{command.Name}'";
    }
}
