using System.Diagnostics;
using System.Globalization;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>Progress of a long run as plain lines on stderr ("Evaluating Paper: 12/40 steps (30 %), 4 s, about 9 s
/// left"), for when no progress bar can be drawn: output redirected, captured, or --json. Quiet for runs shorter than
/// <see cref="Interval"/>; then at most one line per interval, each stating what is left (the steps, and the time at
/// the rate so far), and a last line when a reported run ends, so a caller piping --json always sees that a long run
/// is alive and what it will cost.</summary>
internal sealed class PlainProgress : IProgress<StudyProgress>
{
    /// <summary>How long a run goes silent before its first line, and between lines.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    private readonly TextWriter _error;
    private readonly string _description;
    private readonly Func<TimeSpan> _elapsed;
    private readonly string _unit;
    private readonly object _gate = new();
    private TimeSpan _nextLine;
    private StudyProgress _last;
    private bool _reported;

    /// <param name="unit">What a step is, in the lines ("steps", "samples").</param>
    /// <param name="elapsed">The run's clock (a test's own; default: a stopwatch started now).</param>
    public PlainProgress(TextWriter error, string description, TimeSpan interval, string unit = "steps", Func<TimeSpan>? elapsed = null)
    {
        _error = error;
        _description = description;
        _unit = unit;
        Interval = interval;
        _nextLine = interval;
        if (elapsed is null)
        {
            var clock = Stopwatch.StartNew();
            elapsed = () => clock.Elapsed;
        }

        _elapsed = elapsed;
    }

    public TimeSpan Interval { get; }

    public void Report(StudyProgress value)
    {
        lock (_gate)
        {
            if (value.Done >= _last.Done || value.Total != _last.Total)
            {
                _last = value;
            }

            var now = _elapsed();
            if (now < _nextLine)
            {
                return;
            }

            _nextLine = now + Interval;
            _reported = true;
            _error.WriteLine(Line(_last, now));
        }
    }

    /// <summary>The closing line, when the run was long enough to have reported.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_reported)
            {
                _error.WriteLine(Line(_last with { Done = _last.Total }, _elapsed()));
            }
        }
    }

    private string Line(StudyProgress p, TimeSpan elapsed)
    {
        var line = string.Format(CultureInfo.InvariantCulture,
            "{0}: {1}/{2} {3} ({4:0} %), {5:0} s", _description, p.Done, p.Total, _unit, p.Total > 0 ? 100.0 * p.Done / p.Total : 0, elapsed.TotalSeconds);
        // the cost still to pay, at the rate so far (steps of one run take similar time: one characterization each)
        return p.Done > 0 && p.Done < p.Total
            ? line + string.Format(CultureInfo.InvariantCulture, ", about {0:0} s left", elapsed.TotalSeconds * (p.Total - p.Done) / p.Done)
            : line;
    }
}
