using System.Diagnostics;

namespace DeepNvm.Integration.Tests;

/// <summary>Runs the dotnet CLI as a user would, with the settings that keep nested builds from
/// hanging on a reused MSBuild node that holds the output pipe open.</summary>
internal static class DotnetCli
{
    public sealed record Result(int ExitCode, string Output);

    /// <summary>The configuration this test assembly was built in, so nested builds reuse its outputs.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public static async Task<Result> RunAsync(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet " + string.Join(" ", arguments) + " did not finish in 5 minutes");
        }

        await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(30));
        return new Result(process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>dotnet build with the console logger (plain, parseable lines) and no node reuse.</summary>
    public static Task<Result> BuildAsync(string projectDirectory) =>
        RunAsync(projectDirectory, "build", "-c", Configuration, "-tl:off", "-nologo", "-v:q", "-nodeReuse:false",
            "-p:UseSharedCompilation=false", "-p:BuildProjectReferences=false");
}
