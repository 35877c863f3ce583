using System.CommandLine;
using DeepNvm.Cli;

var root = new RootCommand("deepnvm: what a memory technology does to a GPU's last-level cache on deep-learning workloads");
foreach (var command in CliCommands.All())
{
    root.Subcommands.Add(command);
}

return CommandLine.Run(root, args, Console.Error);
