using DeepNvm.Language.Diagnostics;
using DeepNvm.Model;
using DeepNvm.Studies;

namespace DeepNvm.Cli.Commands;

/// <summary>Prints a study's expect lines against its results: a line per expectation that holds,
/// and a located DNVM0504 error, in MSBuild's form, per one that does not.</summary>
internal static class ExpectationReport
{
    /// <returns>Whether every expectation holds.</returns>
    public static bool Write(StudyParameters study, StudyResult result, TextWriter output, TextWriter error)
    {
        var holds = true;
        foreach (var outcome in ExpectationCheck.Check(result, study.Expectations))
        {
            var e = outcome.Expectation;
            if (outcome.Holds)
            {
                output.WriteLine($"{study.Name}: {e.SourceText} holds (measured {outcome.Measured:0.###})");
                continue;
            }

            holds = false;
            var at = new Language.Text.SourceSpan(0, 0, e.Line, e.Column, e.Line, e.Column);
            error.WriteLine(NvmDiagnostic.Create(DiagnosticCatalog.ExpectationFailed, e.FilePath, at, outcome.Describe()));
        }

        return holds;
    }
}
