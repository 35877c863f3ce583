using System.Text.Json;
using DeepNvm.Cli.Commands;
using DeepNvm.Cli.Projects;
using DeepNvm.Language;
using DeepNvm.Language.Workspace;
using DeepNvm.Model;

namespace DeepNvm.Cli.Tests;

/// <summary>The standard library (stdlib/*.nvm) binds without a diagnostic and serves studies.</summary>
public class StudyStdlibTests
{
    private static readonly string Library = Path.Combine(RepositoryPaths.Root, "stdlib");

    [Fact]
    public void Every_library_file_binds_without_a_diagnostic()
    {
        var loaded = NvmFileLoader.Load(Library, Library);
        var program = NvmFrontEnd.Compile(loaded.Sources, loaded.Options);

        loaded.Errors.ShouldBeEmpty();
        program.Diagnostics.ShouldBeEmpty(string.Join("\n", program.Diagnostics));
        loaded.Sources.Select(s => Path.GetFileName(s.Path)).OrderBy(n => n).ShouldBe(new[] { "cells.nvm", "gpus.nvm", "nodes.nvm" });
    }

    [Fact]
    public void The_library_declares_the_cells_and_GPUs_of_the_reference()
    {
        var project = LoadedProject.Load(Library);
        var gpus = project.Converter.Gpus().ToDictionary(g => g.Name);
        gpus.Keys.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(new[]
        {
            "A100", "Gtx1080Ti", "H100", "H200", "JetsonAgxOrin", "JetsonAgxXavier", "P100", "Rtx3090", "T4", "TitanXPascal", "V100",
        });
        gpus["Gtx1080Ti"].L2CapacityBytes.ShouldBe(2816L << 10);
        gpus["A100"].L2CapacityBytes.ShouldBe(40L << 20);
        gpus["H100"].Dram.BandwidthBytesPerSecond.ShouldBe(3.35e12, 1e3);
        gpus["JetsonAgxXavier"].L2CapacityBytes.ShouldBe(512L << 10);
        gpus.Values.ShouldAllBe(g => g.Node.FeatureSizeMeters > 0 && g.Dram.EnergyJoulesPerBit > 0 && g.StreamingMultiprocessors > 0);

        var cells = project.Converter.Cells().ToDictionary(c => c.Name);
        cells.Keys.OrderBy(n => n, StringComparer.Ordinal).ShouldBe(new[] { "SotMram", "Sram6T", "SttMram", "SttSurveyBest", "SttSurveyWorst", "VgSotMram" });
        // NVMExplorer's survey envelope: the worst cell inherits the best one's MTJ and transistor.
        cells["SttSurveyBest"].Area.ShouldBe(new FeatureScaled(14, 2));
        cells["SttSurveyWorst"].Area.ShouldBe(new FeatureScaled(75, 2));
        cells["SttSurveyWorst"].WritePulseSeconds.ShouldBe(200e-9, 1e-20);
        cells["SttSurveyWorst"].ReadVoltageVolts.ShouldBe(1.25);
        cells["SttSurveyWorst"].AccessWidth.ShouldBe(cells["SttSurveyBest"].AccessWidth);
        cells["VgSotMram"].Kind.ShouldBe(CellKind.Sot);
        cells["VgSotMram"].WriteAccessWidth.ShouldBe(cells["SotMram"].WriteAccessWidth);
    }

    [Fact]
    public void The_library_GPUs_agree_with_the_analytic_model_s_built_in_ones()
    {
        // one GPU, two places (stdlib/gpus.nvm for studies, GpuCatalog for `deepnvm traffic`): the figures
        // that both carry must be the same; DRAM energy per bit differs on purpose (GpuCatalog.DramEnergyPerBit)
        foreach (var gpu in LoadedProject.Load(Library).Converter.Gpus())
        {
            DeepNvm.Workloads.Platforms.GpuCatalog.TryGet(gpu.Name, out var built).ShouldBeTrue(gpu.Name);
            var b = built.Parameters;
            gpu.StreamingMultiprocessors.ShouldBe(b.StreamingMultiprocessors, gpu.Name);
            gpu.ClockHertz.ShouldBe(b.ClockHertz, 1, gpu.Name);
            gpu.L2CapacityBytes.ShouldBe(b.L2CapacityBytes, gpu.Name);
            gpu.Dram.Kind.ShouldBe(b.Dram.Kind, gpu.Name);
            gpu.Dram.BandwidthBytesPerSecond.ShouldBe(b.Dram.BandwidthBytesPerSecond, 1e3, gpu.Name);
        }
    }

    [Fact]
    public void A_project_imports_the_library_and_runs_a_study_with_the_new_technology()
    {
        const string text = """
            import "deepnvm:cells.nvm"
            import "deepnvm:gpus.nvm"

            workload Conv { l2_reads = 2e8; l2_writes = 2e7; dram_reads = 5e7; dram_writes = 5e6; duration = 20 ms }

            study EdgeL2 {
              platform  = JetsonAgxXavier
              baseline  = Sram6T
              cells     = [SttMram, SotMram, VgSotMram]
              workloads = [Conv]
              iso_capacity { }
            }
            """;
        using var project = new StudyTestProject(text);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = StudyCommand.Run(new StudyOptions(project.File) { Json = true, Library = Library }, output, error);

        code.ShouldBe(ExitCodes.Ok, error.ToString());
        var technologies = JsonDocument.Parse(output.ToString()).RootElement.GetProperty("technologies").EnumerateArray().ToArray();
        technologies.Select(t => t.GetProperty("kind").GetString()).ShouldBe(new[] { "mtj", "sot", "sot" });
        technologies.ShouldAllBe(t => t.GetProperty("isoCapacity").GetProperty("areaReduction").GetDouble() > 0);
    }
}
