using System.Collections;
using System.Reflection;
using DeepNvm.Generators.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DeepNvm.Generators.Tests;

public class IncrementalTests
{
    private static readonly string[] TrackedSteps = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetValue(null)!)
        .ToArray();

    [Fact]
    public void A_second_run_with_nothing_changed_is_served_from_the_cache()
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(GeneratorHarness.ExampleFiles()).RunGenerators(compilation);
        var rerun = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }"))).GetRunResult().Results[0];

        foreach (var name in TrackedSteps)
        {
            rerun.TrackedSteps.ShouldContainKey(name);
            rerun.TrackedSteps[name].SelectMany(step => step.Outputs).ShouldAllBe(
                o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged,
                name);
        }

        rerun.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs)
            .ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Editing_one_file_reparses_only_that_file_and_re_emits_only_what_changed()
    {
        var files = GeneratorHarness.ExampleFiles();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var cells = files.Single(f => f.Path.EndsWith("cells.nvm", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(cells.Path, cells.GetText()!.ToString().Replace("pulse = 0.3 ns", "pulse = 0.2 ns"));
        var result = driver.ReplaceAdditionalText(cells, edited).RunGenerators(compilation).GetRunResult().Results[0];

        var parses = result.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToArray();
        parses.Count(o => o.Reason == IncrementalStepRunReason.Modified).ShouldBe(1);
        parses.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged).ShouldBe(files.Length - 1);

        var models = result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs).ToArray();
        models.Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((Pipeline.ModelSpec)o.Value).Declaration.Name).ShouldBe(new[] { "SotFast" });
    }

    [Fact]
    public void Widening_an_input_re_emits_the_inputs_and_only_the_records_that_hold_it()
    {
        var files = GeneratedModelTests.ExampleWithUncertainInputs();
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(files).RunGenerators(compilation);

        var cells = files.Single(f => f.Path.EndsWith("cells.nvm", StringComparison.Ordinal));
        var edited = new InMemoryAdditionalText(cells.Path, cells.GetText()!.ToString().Replace("lognormal(1 pJ, 1.5)", "lognormal(1 pJ, 2)"));
        var result = driver.ReplaceAdditionalText(cells, edited).RunGenerators(compilation).GetRunResult().Results[0];

        result.TrackedSteps[TrackingNames.Inputs].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Modified);
        // the cell that wrote it and the cells that inherit it (their comments quote the distribution); nothing else
        result.TrackedSteps[TrackingNames.Models].SelectMany(s => s.Outputs)
            .Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((Pipeline.ModelSpec)o.Value).Declaration.Name)
            .ShouldBe(new[] { "SttMram", "SttSense200ps", "SttSense500ps" }, ignoreOrder: true);
    }

    [Fact]
    public void Pipeline_outputs_hold_no_compiler_objects_that_would_root_old_compilations()
    {
        var run = GeneratorHarness.Driver(GeneratorHarness.ExampleFiles()).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results[0];
        foreach (var step in run.TrackedSteps.Where(s => TrackedSteps.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertNoBannedTypes(value, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(Diagnostic), typeof(Microsoft.CodeAnalysis.Text.SourceText) };

    private static void AssertNoBannedTypes(object? value, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Banned.ShouldNotContain(b => b.IsInstanceOfType(value), value.GetType().FullName);
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertNoBannedTypes(item, seen);
            }
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoBannedTypes(field.GetValue(value), seen);
        }
    }
}
