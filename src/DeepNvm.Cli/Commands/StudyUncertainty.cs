using System.Diagnostics;
using System.Globalization;
using DeepNvm.Cli.Projects;
using DeepNvm.Model;
using DeepNvm.Studies;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Commands;

/// <summary>`deepnvm study --samples N [--seed K]`: the Monte Carlo run of a study over its uncertain inputs,
/// with a progress line on stderr (samples/s and ETA).</summary>
internal static class StudyUncertainty
{
    public const int MaxSamples = 1_000_000;

    /// <summary>Reads --samples and --seed (each null: not given; --samples 0: the nominal study only, even
    /// when the study declares an uncertainty block). False, with a line on
    /// <paramref name="error"/>, when either is not a whole number in range.</summary>
    public static bool TryRead(string? samplesText, string? seedText, TextWriter error, out int? samples, out ulong? seed)
    {
        samples = null;
        seed = null;
        if (samplesText is not null)
        {
            if (!int.TryParse(samplesText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > MaxSamples)
            {
                error.WriteLine($"deepnvm: --samples must be a whole number from 0 (no Monte Carlo) to {MaxSamples}, not '{samplesText}'");
                return false;
            }

            samples = n;
        }

        if (seedText is not null)
        {
            if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out var k))
            {
                error.WriteLine($"deepnvm: --seed must be a whole number from 0 to {ulong.MaxValue}, not '{seedText}'");
                return false;
            }

            seed = k;
        }

        return true;
    }

    /// <summary>Runs the Monte Carlo; null (with the reason on <paramref name="error"/>) when the study has no
    /// uncertain input or its nominal evaluation fails. <paramref name="code"/> is the exit code then.</summary>
    public static MonteCarloResult? Run(LoadedProject project, string study, int samples, ulong seed, Func<StudyParameters, EvaluationSettings> settings,
        TextWriter error, out int code)
    {
        code = ExitCodes.Ok;
        var inputs = project.Program.UncertainInputs();
        if (inputs.Count == 0)
        {
            error.WriteLine($"deepnvm: --samples needs uncertain inputs, and no property of {study}'s program has a range or distribution "
                + "(e.g. read.sense_energy = 10 fJ .. 150 fJ)");
            code = ExitCodes.Usage;
            return null;
        }

        var clock = Stopwatch.StartNew();
        var interactive = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        var line = new ProgressLine(error, interactive, clock,
            interactive ? null : new PlainProgress(error, "Monte Carlo " + study, PlainProgress.DefaultInterval, "samples", () => clock.Elapsed));
        try
        {
            var result = MonteCarlo.Run(project.Evaluator(), study, inputs, new MonteCarloOptions(samples, seed) { Settings = settings }, line);
            line.Finish(result);
            return result;
        }
        catch (StudyException e)
        {
            line.Clear();
            error.WriteLine($"deepnvm study: {e.Message}");
            code = ExitCodes.Diagnostics;
            return null;
        }
    }

    /// <summary>A one-line progress bar, redrawn at most ten times a second on an interactive stderr; otherwise (redirected,
    /// --json) plain lines through <paramref name="plain"/> for a long run; one summary line at the end either way.</summary>
    private sealed class ProgressLine(TextWriter error, bool interactive, Stopwatch clock, PlainProgress? plain) : IProgress<MonteCarloProgress>
    {
        private readonly object _gate = new();
        private long _lastDraw = -1000;
        private int _width;

        public void Report(MonteCarloProgress value)
        {
            if (!interactive)
            {
                plain?.Report(new StudyProgress(value.Done, value.Total, "samples"));
                return;
            }

            lock (_gate)
            {
                var now = clock.ElapsedMilliseconds;
                if (now - _lastDraw < 100 && value.Done < value.Total)
                {
                    return;
                }

                _lastDraw = now;
                var seconds = Math.Max(1e-3, clock.Elapsed.TotalSeconds);
                var rate = value.Done / seconds;
                var eta = rate > 0 ? (value.Total - value.Done) / rate : 0;
                const int bar = 30;
                var filled = (int)((long)bar * value.Done / value.Total);
                var text = string.Format(CultureInfo.InvariantCulture, "\r[{0}{1}] {2}/{3} samples  {4:0.0} samples/s  ETA {5:0} s{6}",
                    new string('#', filled), new string('.', bar - filled), value.Done, value.Total, rate, eta,
                    value.Failed > 0 ? $"  {value.Failed} failed" : "");
                _width = Math.Max(_width, text.Length);
                error.Write(text.PadRight(_width));
                error.Flush();
            }
        }

        public void Clear()
        {
            if (interactive && _width > 0)
            {
                error.Write("\r" + new string(' ', _width) + "\r");
            }
        }

        public void Finish(MonteCarloResult result)
        {
            Clear();
            var seconds = clock.Elapsed.TotalSeconds;
            error.WriteLine(string.Format(CultureInfo.InvariantCulture, "Monte Carlo: {0} samples of {1} uncertain inputs in {2:0.0} s ({3:0.0} samples/s), {4} failed",
                result.Samples, result.Inputs.Count, seconds, result.Samples / Math.Max(1e-3, seconds), result.Failures.Count));
        }
    }
}
