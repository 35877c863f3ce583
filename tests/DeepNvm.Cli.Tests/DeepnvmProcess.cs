using System.Diagnostics;

namespace DeepNvm.Cli.Tests;

/// <summary>A real `deepnvm` process (the CLI built beside the tests, run by `dotnet`), its stderr collected.</summary>
internal sealed class DeepnvmProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _error = new();

    private DeepnvmProcess(Process process)
    {
        _process = process;
    }

    public static string Dll => Path.Combine(AppContext.BaseDirectory, "deepnvm.dll");

    /// <summary>The cluster engines' variables are removed, so only <paramref name="environment"/> sets them.</summary>
    public static DeepnvmProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? fileName = null)
    {
        var info = new ProcessStartInfo(fileName ?? "dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (fileName is null)
        {
            info.ArgumentList.Add(Dll);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var name in new[] { "SLURM_ARRAY_TASK_ID", "SLURM_ARRAY_TASK_MIN", "SLURM_ARRAY_TASK_COUNT", "JOB_COMPLETION_INDEX", "DEEPNVM_SHARDS" })
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new DeepnvmProcess(Process.Start(info)!);
        process._process.ErrorDataReceived += (_, e) => { lock (process._error) { process._error.AppendLine(e.Data); } };
        process._process.OutputDataReceived += (_, _) => { };
        process._process.BeginErrorReadLine();
        process._process.BeginOutputReadLine();
        return process;
    }

    public bool HasExited => _process.HasExited;

    public string Error
    {
        get { lock (_error) { return _error.ToString(); } }
    }

    /// <summary>Waits for the exit (at most two minutes) and returns the exit code.</summary>
    public int Wait()
    {
        if (!_process.WaitForExit(120_000))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("deepnvm did not finish in 2 minutes: " + Error);
        }

        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: the process gets no chance to clean up (as kill -9, a node failure or a preemption).</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
