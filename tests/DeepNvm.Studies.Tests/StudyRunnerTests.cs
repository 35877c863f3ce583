using DeepNvm.Model;

namespace DeepNvm.Studies.Tests;

public class StudyRunnerTests
{
    private static readonly StudyResult Result = StudyRunner.Run(TestStudies.Study(true, 256 << 10, 1 << 20));

    [Fact]
    public void Iso_capacity_ratios_are_baseline_over_technology()
    {
        var stt = Result.Technologies.Single();
        stt.Name.ShouldBe("SttMram");
        stt.Kind.ShouldBe(CellKind.Mtj);
        var iso = stt.IsoCapacity!;
        iso.CapacityBytes.ShouldBe(512 << 10);
        iso.AreaReduction.ShouldBe(Result.BaselineCache.Characteristics.AreaSquareMeters / iso.Cache.Characteristics.AreaSquareMeters);
        foreach (var w in iso.Comparison.Workloads)
        {
            w.Ratios.Edp.ShouldBe(w.Baseline.Edp / w.Technology.Edp);
            w.Baseline.Technology.ShouldBe("Sram6T");
            w.Technology.CapacityBytes.ShouldBe(512 << 10);
        }

        iso.Comparison.Edp.Max.ShouldBe(iso.Comparison.Workloads.Max(w => w.Ratios.Edp));
        iso.Comparison.Edp.Geomean.ShouldBe(Math.Sqrt(iso.Comparison.Workloads.Aggregate(1.0, (p, w) => p * w.Ratios.Edp)), 1e-12);
        iso.Comparison.EdpByPhase.Keys.ShouldBe(new[] { WorkloadPhase.Inference, WorkloadPhase.Training });
    }

    [Fact]
    public void The_write_heavy_workload_suffers_more_from_slow_MRAM_writes()
    {
        var workloads = Result.Technologies[0].IsoCapacity!.Comparison.Workloads;
        workloads.Single(w => w.Workload == "WriteHeavy").Ratios.Delay
            .ShouldBeLessThan(workloads.Single(w => w.Workload == "ReadHeavy").Ratios.Delay);
    }

    [Fact]
    public void Iso_area_capacity_fits_the_baseline_area()
    {
        var iso = Result.Technologies[0].IsoArea!;
        iso.AreaSquareMeters.ShouldBeLessThanOrEqualTo(iso.BaselineAreaSquareMeters);
        iso.CapacityRatio.ShouldBe((double)iso.CapacityBytes / (512 << 10));
        (iso.CapacityBytes % (16 * 128)).ShouldBe(0);
        iso.Comparison.Workloads.ShouldAllBe(w => w.Technology.CapacityBytes == iso.CapacityBytes && w.Baseline.CapacityBytes == 512 << 10);
    }

    [Fact]
    public void Scalability_compares_both_at_each_capacity()
    {
        var points = Result.Technologies[0].Scalability;
        points.Select(p => p.CapacityBytes).ShouldBe(new long[] { 256 << 10, 1 << 20 });
        points.ShouldAllBe(p => p.Comparison.Workloads.All(w => w.Baseline.CapacityBytes == p.CapacityBytes && w.Technology.CapacityBytes == p.CapacityBytes));
        // SRAM leaks in proportion to capacity; the MRAM's advantage grows with it
        points[1].Comparison.Edp.Geomean.ShouldBeGreaterThan(points[0].Comparison.Edp.Geomean);
    }

    [Fact]
    public void A_second_run_reuses_the_characterizations_and_gives_the_same_numbers()
    {
        var again = StudyRunner.Run(TestStudies.Study(true, 256 << 10, 1 << 20));
        again.Technologies[0].IsoCapacity!.Comparison.Edp.ShouldBe(Result.Technologies[0].IsoCapacity!.Comparison.Edp);
        again.Technologies[0].IsoArea!.CapacityBytes.ShouldBe(Result.Technologies[0].IsoArea!.CapacityBytes);
    }

    [Fact]
    public void Settings_come_from_the_study_and_the_slices_from_the_cache_declaration()
    {
        var study = TestStudies.Study() with { Delay = DelayDefinition.RunTime, IncludeDramEnergy = true, LeakageTime = LeakageTimeBase.Delay };
        var settings = EvaluationSettings.For(study);
        settings.Delay.ShouldBe(DelayDefinition.RunTime);
        settings.IncludeDramEnergy.ShouldBeTrue();
        settings.LeakageTime.ShouldBe(LeakageTimeBase.Delay);

        StudyRunner.Template(study).Slices.ShouldBe(1);
        StudyRunner.Template(study, new EvaluationSettings { Slices = 4 }).Slices.ShouldBe(4);
        var bare = study with { Cache = null, Platform = TestStudies.Gpu with { L2Slices = 8 } };
        StudyRunner.Template(bare).Slices.ShouldBe(8);
        StudyRunner.Template(bare).CapacityBytes.ShouldBe(512 << 10);
        StudyRunner.Template(bare).Node.ShouldBe(TestStudies.Node16);
    }

    [Fact]
    public void A_cache_with_no_valid_organization_is_a_study_error_that_names_the_cell()
    {
        var study = TestStudies.Study(false) with { Cache = TestStudies.Study().Cache! with { CapacityBytes = 1024 } };
        var e = Should.Throw<StudyException>(() => StudyRunner.Run(study));
        e.Message.ShouldMatch("^(Sram6T|SttMram) at 1024 bytes: ");
    }

    [Fact]
    public void Evaluate_gives_the_same_evaluations_as_the_study()
    {
        var study = TestStudies.Study(false);
        var evaluations = StudyRunner.Evaluate(study, new[] { TestStudies.Sram, TestStudies.Stt }, study.Workloads, 512 << 10);

        evaluations.Select(e => e.Technology + "/" + e.Workload).ShouldBe(new[] { "Sram6T/ReadHeavy", "Sram6T/WriteHeavy", "SttMram/ReadHeavy", "SttMram/WriteHeavy" });
        var iso = Result.Technologies[0].IsoCapacity!.Comparison.Workloads;
        evaluations[0].ShouldBe(iso[0].Baseline);
        evaluations[3].ShouldBe(iso[1].Technology);
    }

    [Fact]
    public void Progress_reaches_its_total()
    {
        var reports = new List<StudyProgress>();
        StudyRunner.Run(TestStudies.Study(false), progress: new SyncProgress(reports.Add));
        reports.ShouldNotBeEmpty();
        reports.Max(r => r.Done).ShouldBe(reports[0].Total);
    }

    private sealed class SyncProgress(Action<StudyProgress> report) : IProgress<StudyProgress>
    {
        public void Report(StudyProgress value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
