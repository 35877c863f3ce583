using DeepNvm.Cli.Explore;
using DeepNvm.Cli.Projects;
using DeepNvm.Studies.Exploration;

namespace DeepNvm.Cli.Tests;

/// <summary>The example's DeepNvmSpace is the paper's space: three cells x 1-128 MB x 8/16/32 ways x 64/128 B lines,
/// each point on the study's seven workloads, with area and EDP as objectives.</summary>
public class ExampleSpaceTests
{
    [Fact]
    public void DeepNvmSpace_is_the_papers_three_cells_eight_capacities_three_associativities_and_two_lines_on_seven_workloads()
    {
        var project = LoadedProject.Load(RepositoryPaths.ExampleNvm);
        project.Diagnostics.ShouldBeEmpty();

        var space = SpaceBuilder.Build(project.Program.Spaces.Single(s => s.Name == "DeepNvmSpace"), project.Program, project.Converter);

        space.Cells.Select(c => c.Name).ShouldBe(new[] { "Sram6T", "SttMram", "SotMram" });
        space.Capacities.ShouldBe(Enumerable.Range(0, 8).Select(i => (1L << 20) << i));
        space.Associativities.ShouldBe(new[] { 8, 16, 32 });
        space.Lines.ShouldBe(new[] { 64, 128 });
        space.Count.ShouldBe(3 * 8 * 3 * 2);
        space.Workloads.Select(w => w.Name).ShouldBe(project.Converter.Studies().Single(s => s.Name == "DeepNvmPlusPlus").Workloads.Select(w => w.Name));
        space.Objectives.ShouldBe(new[] { "area", "edp" });
        space.Gpus.Single().Name.ShouldBe("Gtx1080Ti");
    }

    [Fact]
    public void DeepNvmSampledSpace_is_the_three_cells_at_eight_capacities_under_twenty_samples_of_every_uncertain_input()
    {
        var project = LoadedProject.Load(RepositoryPaths.ExampleNvm);
        var declaration = project.Program.Spaces.Single(s => s.Name == "DeepNvmSampledSpace");
        var nominal = SpaceBuilder.Build(declaration, project.Program, project.Converter);
        var inputs = project.Program.UncertainInputs();

        var space = SpaceBuilder.Build(declaration, project.Program, project.Converter,
            new SampledSpaces(declaration.Name, project.Evaluator(), project.Directory, nominal, inputs, SpaceBuilder.DeclaredSeed(declaration)).Axis);

        space.Designs.ShouldBe(3 * 8);
        space.Samples.ShouldBe(20);
        space.Count.ShouldBe(480);
        space.SampledInputs.Count.ShouldBe(10);
        space.SampledInputs.ShouldBe(inputs.Select(i => i.Name));
        space.PointAt(479).Sample.ShouldBe(19);
        space.PointAt(479).Cell.Name.ShouldBe("SotMram");
    }
}
