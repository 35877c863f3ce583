using System.CommandLine;

namespace DeepNvm.Cli;

/// <summary>Every `deepnvm` subcommand, one file each under Commands/.</summary>
internal static class CliCommands
{
    public static IEnumerable<Command> All()
    {
        yield return Commands.CheckCommand.Create();
        yield return Commands.SchemaCommand.Create();
        yield return Commands.ProjectCommand.Create();
        yield return Commands.ProfileCommand.Create();
        yield return Commands.TrafficCommand.Create();
        yield return Commands.NvsimCommand.Create();
        yield return Commands.ImportCommand.Create();
        yield return Commands.StudyCommand.Create();
        yield return Commands.EvalCommand.Create();
        yield return Commands.SweepCommand.Create();
        yield return Commands.SensitivityCommand.Create();
        yield return Commands.SolveCommand.Create();
        yield return Commands.ExportCommand.Create();
        yield break;
    }
}
