using DeepNvm.Language;
using DeepNvm.Language.Binding;
using DeepNvm.Language.Bound;

namespace DeepNvm.Studies.Tests;

/// <summary>A study evaluated under input overrides: one parse, one rebind per input set, and the
/// characterizations whose inputs did not change reused.</summary>
public sealed class StudyUnderInputsTests
{
    /// <summary>Two MRAM technologies that share nothing but the SRAM baseline, small caches, a 2-point sweep.</summary>
    internal static readonly string Project = SmallStudyProject.Text
        .Replace("cache Small {", "cell SttFast : SttMram { write.pulse = 5 ns }\n\ncache Small {")
        .Replace("cells     = [SttMram]", "cells     = [SttMram, SttFast]")
        .Replace("  iso_area     { }\n", "")
        .Replace("256 KB .. 1 MB by x2", "256 KB .. 512 KB by x2");

    internal static StudyUnderInputs Evaluator(string? text = null) =>
        StudyUnderInputs.FromSources(new[] { new NvmSource("/virtual/study.nvm", text ?? Project) }, new BindOptions("/virtual"));

    private static InputOverride Set(string declaration, string path, double si) => new(declaration, path, ValueSpec.Quantity(si));

    [Fact]
    public void The_same_inputs_twice_characterize_nothing_the_second_time()
    {
        var evaluator = Evaluator();
        var first = evaluator.Evaluate("SmallStudy", Array.Empty<InputOverride>());
        Assert.True(first.Succeeded, first.Reason);
        var computed = evaluator.Memo.Computed;
        Assert.Equal(first.Result!.Characterizations, computed); // 3 technologies × 2 capacities

        var second = evaluator.Evaluate("SmallStudy", Array.Empty<InputOverride>());
        Assert.Equal(computed, evaluator.Memo.Computed);
        Assert.Equal(first.Result.Technologies[0].IsoCapacity!.Comparison.Edp, second.Result!.Technologies[0].IsoCapacity!.Comparison.Edp);
    }

    [Fact]
    public void An_override_of_a_cell_property_changes_only_the_technologies_built_of_that_cell()
    {
        var evaluator = Evaluator();
        var nominal = evaluator.Evaluate("SmallStudy", Array.Empty<InputOverride>()).Result!;
        var before = evaluator.Memo.Computed;

        // SttFast inherits SttMram's write current, so both change; the SRAM baseline does not.
        var changed = evaluator.Evaluate("SmallStudy", new[] { Set("SttMram", "write.current", 120e-6) });
        Assert.True(changed.Succeeded, changed.Reason);
        var result = changed.Result!;
        Assert.Equal(120e-6, changed.Study!.Cells[1].WriteCurrentAmperes);
        Assert.Equal(nominal.BaselineCache, result.BaselineCache);
        Assert.NotEqual(nominal.Technologies[0].IsoCapacity!.Cache, result.Technologies[0].IsoCapacity!.Cache);
        Assert.NotEqual(nominal.Technologies[1].IsoCapacity!.Cache, result.Technologies[1].IsoCapacity!.Cache);
        Assert.Equal(4, evaluator.Memo.Computed - before); // two MRAM cells × two capacities; both SRAM caches reused

        // An override of the derived cell alone leaves the parent's caches (and the baseline's) as they were.
        before = evaluator.Memo.Computed;
        var derived = evaluator.Evaluate("SmallStudy", new[] { Set("SttFast", "write.pulse", 7e-9) }).Result!;
        Assert.Equal(nominal.Technologies[0].IsoCapacity!.Cache, derived.Technologies[0].IsoCapacity!.Cache);
        Assert.NotEqual(nominal.Technologies[1].IsoCapacity!.Cache, derived.Technologies[1].IsoCapacity!.Cache);
        Assert.Equal(2, evaluator.Memo.Computed - before);
    }

    [Fact]
    public void An_override_that_makes_the_program_invalid_returns_the_diagnostics_instead_of_results()
    {
        var evaluator = Evaluator();
        var invalid = evaluator.Evaluate("SmallStudy", new[] { Set("SttMram", "resistance_on", -5) });
        Assert.False(invalid.Succeeded);
        Assert.NotEmpty(invalid.Diagnostics);
        Assert.Contains("resistance_on", invalid.Reason);
    }

    [Fact]
    public void An_unknown_study_is_a_failure_that_names_it()
    {
        var evaluation = Evaluator().Evaluate("Nope", Array.Empty<InputOverride>());
        Assert.False(evaluation.Succeeded);
        Assert.Contains("'Nope'", evaluation.Reason);
    }
}
