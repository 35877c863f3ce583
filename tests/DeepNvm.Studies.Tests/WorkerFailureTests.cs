using DeepNvm.Model;

namespace DeepNvm.Studies.Tests;

/// <summary>A failure on one of the study's worker threads surfaces as itself, with the worker's stack (for the
/// DNVM0001 bug report), not as an AggregateException and not with the stack cut at the rethrow.</summary>
public class WorkerFailureTests
{
    [Fact]
    public void A_bug_on_a_worker_thread_keeps_its_type_and_its_stack()
    {
        // a null workload is a bug in the caller (no .nvm file produces one): it fails inside the parallel traffic step
        var study = TestStudies.Study(isoArea: false) with { Workloads = new WorkloadParameters[] { null! } };

        var error = Should.Throw<Exception>(() => StudyRunner.Run(study));

        error.ShouldNotBeOfType<AggregateException>();
        error.ShouldNotBeOfType<StudyException>();
        error.StackTrace.ShouldNotBeNull().ShouldContain("TrafficAt", Case.Sensitive, "the worker's own frame is kept");
    }

    [Fact]
    public void A_study_error_on_a_worker_thread_carries_the_model_diagnostic_id()
    {
        // R_off below R_on: the model refuses the cell with DNVM0402, and the study says so, not "no organization"
        var study = TestStudies.Study(isoArea: false) with { Cells = new[] { TestStudies.Stt with { ResistanceOffOhms = 1e3 } } };

        var error = Should.Throw<StudyException>(() => StudyRunner.Run(study));

        error.Id.ShouldBe(ModelDiagnosticIds.ResistanceOrder);
        error.Message.ShouldContain("error DNVM0402");
    }
}
