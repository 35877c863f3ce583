using System;
using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Syntax;
using DeepNvm.Mapping;
using DeepNvm.Model;
using DeepNvm.Workloads;

namespace DeepNvm.Studies;

/// <summary>A study evaluated under a set of input overrides: its parameters and results, or why it has none
/// (bind diagnostics when the overrides make the program invalid; <see cref="Failure"/> when the model
/// cannot evaluate it, e.g. no valid cache organization for a sampled cell).</summary>
public sealed record StudyEvaluation(StudyParameters? Study, StudyResult? Result, IReadOnlyList<NvmDiagnostic> Diagnostics, string? Failure)
{
    public bool Succeeded => Result is not null;

    /// <summary>The errors, one line each: the diagnostics (file(line,col): id message) or the failure.</summary>
    public string Reason => Failure ?? string.Join("; ", Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
}

/// <summary>
/// One program, parsed once, evaluated under many input sets: each call rebinds the parsed files with
/// <see cref="BindOptions.Overrides"/> (the binder applies an override where the property is declared, so
/// inheritors follow, and rechecks plausibility), converts the study, and runs it with one
/// <see cref="CharacterizationMemo"/> shared by every call, so a cache whose inputs (cache, cell and node
/// record values, model options) did not change is never characterized twice, and one <see cref="TrafficMemo"/>, so a
/// workload is lowered (or imported) once. Monte Carlo, sensitivity,
/// break-even searches and scenarios all evaluate through this. Thread-safe: calls may run in parallel.
/// </summary>
public sealed class StudyUnderInputs
{
    private readonly IReadOnlyList<ParsedFile> _files;
    private readonly BindOptions _options;
    private readonly string? _baseDirectory;

    /// <param name="files">The parsed .nvm files (imports included), as <see cref="NvmFrontEnd.Parse"/> returns them.</param>
    /// <param name="options">The bind options (project and library folders); their own overrides come first, the call's after.</param>
    /// <param name="baseDirectory">Folder workload profile paths resolve against when a declaration's own file is unknown.</param>
    /// <param name="memo">Characterizations to share; null: a new memo owned by this evaluator.</param>
    public StudyUnderInputs(IReadOnlyList<ParsedFile> files, BindOptions options, string? baseDirectory = null, CharacterizationMemo? memo = null)
    {
        _files = files ?? throw new ArgumentNullException(nameof(files));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _baseDirectory = baseDirectory ?? options.ProjectDirectory;
        Memo = memo ?? new CharacterizationMemo();
    }

    /// <summary>Parses <paramref name="sources"/> once and keeps them for every evaluation.</summary>
    public static StudyUnderInputs FromSources(IEnumerable<NvmSource> sources, BindOptions options, string? baseDirectory = null) =>
        new(sources.Select(s => NvmFrontEnd.Parse(s)).ToArray(), options, baseDirectory);

    /// <summary>The characterizations every evaluation shares (its counters say how many were reused).</summary>
    public CharacterizationMemo Memo { get; }

    /// <summary>The workloads every evaluation shares, each made ready once: an override that reaches a workload or the
    /// platform's traffic figures makes that workload ready again, one that reaches a cell, cache or node does not.</summary>
    public TrafficMemo Traffic { get; } = new();

    /// <summary>The program bound with <paramref name="overrides"/> (after the options' own).</summary>
    public ProgramSpec Bind(IReadOnlyList<InputOverride> overrides)
    {
        var all = _options.Overrides.Concat(overrides ?? Array.Empty<InputOverride>()).ToArray();
        return NvmFrontEnd.Bind(_files, _options with { Overrides = new EquatableArray<InputOverride>(all) });
    }

    /// <summary>Evaluates the study <paramref name="study"/> with <paramref name="overrides"/> applied.</summary>
    /// <param name="settings">The evaluation settings for the bound study; null: the study's own (<see cref="EvaluationSettings.For"/>).</param>
    public StudyEvaluation Evaluate(string study, IReadOnlyList<InputOverride> overrides, Func<StudyParameters, EvaluationSettings>? settings = null,
        IProgress<StudyProgress>? progress = null)
    {
        var program = Bind(overrides);
        var errors = program.Diagnostics.Where(d => d.IsError).ToArray();
        if (errors.Length > 0)
        {
            return new StudyEvaluation(null, null, errors, null);
        }

        var declaration = program.Declarations.FirstOrDefault(d => d.Keyword == "study" && d.Name == study);
        if (declaration is null)
        {
            return new StudyEvaluation(null, null, Array.Empty<NvmDiagnostic>(), "no study '" + study + "' is declared");
        }

        var parameters = (StudyParameters)new SpecConverter(program, _baseDirectory).Convert(declaration);
        try
        {
            var result = StudyRunner.Run(parameters, settings?.Invoke(parameters), progress, Memo, Traffic);
            return new StudyEvaluation(parameters, result, Array.Empty<NvmDiagnostic>(), null);
        }
        catch (Exception e) when (e is StudyException or WorkloadException)
        {
            return new StudyEvaluation(parameters, null, Array.Empty<NvmDiagnostic>(), e.Message);
        }
    }
}
