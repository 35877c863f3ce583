using System.Diagnostics;
using System.Globalization;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>Progress of a long run as plain lines on stderr ("Evaluating Paper: 12/40 steps (30 %), 4 s"), for
/// when no progress bar can be drawn: output redirected, captured, or --json. Quiet for runs shorter than
/// <see cref="Interval"/>; then at most one line per interval, and a last line when a reported run ends, so a
/// caller piping --json always sees that a long run is alive.</summary>
internal sealed class PlainProgress : IProgress<StudyProgress>
{
    /// <summary>How long a run goes silent before its first line, and between lines.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);

    private readonly TextWriter _error;
    private readonly string _description;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly object _gate = new();
    private TimeSpan _nextLine;
    private StudyProgress _last;
    private bool _reported;

    public PlainProgress(TextWriter error, string description, TimeSpan interval)
    {
        _error = error;
        _description = description;
        Interval = interval;
        _nextLine = interval;
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

            var now = _clock.Elapsed;
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
                _error.WriteLine(Line(_last with { Done = _last.Total }, _clock.Elapsed));
            }
        }
    }

    private string Line(StudyProgress p, TimeSpan elapsed) => string.Format(CultureInfo.InvariantCulture,
        "{0}: {1}/{2} steps ({3:0} %), {4:0} s", _description, p.Done, p.Total, p.Total > 0 ? 100.0 * p.Done / p.Total : 0, elapsed.TotalSeconds);
}
