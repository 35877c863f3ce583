using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Model;
using DeepNvm.Studies;
using DeepNvm.Workloads;

namespace DeepNvm.Cli;

/// <summary>A study that could not be evaluated, printed with what locates it: a workload error keeps
/// its DNVM id and its file(line,col) (the profile's), prefixed with the workload it belongs to.</summary>
internal static class StudyFailure
{
    /// <param name="study">The study's declaration, where a failure without a place of its own is reported.</param>
    /// <param name="declarations">The program's declarations: a cache the model cannot build (DNVM0502, or an input
    /// out of the model's range) is reported at the declaration of the cache the study compares.</param>
    /// <param name="parameters">The study as evaluated (eval and sweep build one from the command line): names the cache
    /// when <paramref name="study"/> is not given.</param>
    public static int Report(string command, Exception failure, TextWriter error, DeclarationSpec? study = null, IEnumerable<DeclarationSpec>? declarations = null,
        StudyParameters? parameters = null)
    {
        var workload = failure as WorkloadException ?? failure.InnerException as WorkloadException;
        if (workload is not null)
        {
            error.WriteLine(new WorkloadException(workload.Id, failure.Message, workload.Path, workload.Line, workload.Column).Format());
        }
        else if (study is null && failure is StudyException { Id: { } cacheId } && CacheFailures.Contains(cacheId)
                 && CacheNamed(parameters?.Cache?.Name ?? parameters?.Platform.L2?.Name, declarations) is { } used)
        {
            // eval and sweep: no study declaration to blame, but the cache declaration they evaluated
            var match = EmbeddedId.Match(failure.Message);
            var message = match.Success ? failure.Message.Remove(match.Index, match.Length).Insert(match.Index, ": ") : failure.Message;
            error.WriteLine(new NvmDiagnostic(cacheId, NvmSeverity.Error, $"cache '{used.Name}' cannot be built: {message}", used.FilePath, used.Span));
        }
        else if (study is not null)
        {
            // the model's message may carry its id ("…: error DNVM0502: no valid organization"): keep it, once
            var match = EmbeddedId.Match(failure.Message);
            var id = match.Success ? match.Groups[1].Value : (failure as StudyException)?.Id ?? DiagnosticIds.NonPhysicalResult;
            var message = match.Success ? failure.Message.Remove(match.Index, match.Length).Insert(match.Index, ": ") : failure.Message;
            var cache = failure is StudyException { Id: { } modelId } && CacheFailures.Contains(modelId) ? CacheOf(study, declarations) : null;
            error.WriteLine(cache is null
                ? new NvmDiagnostic(id, NvmSeverity.Error, $"study '{study.Name}' could not be evaluated: {message}", study.FilePath, study.Span)
                : new NvmDiagnostic(id, NvmSeverity.Error, $"cache '{cache.Name}' cannot be built for study '{study.Name}': {message}", cache.FilePath, cache.Span));
        }
        else
        {
            error.WriteLine($"deepnvm {command}: {failure.Message}");
        }

        return ExitCodes.Diagnostics;
    }

    /// <summary>The cache model's ids for a cache it cannot build (<c>Characterizations.Get</c> throws with them).</summary>
    private static readonly string[] CacheFailures =
    {
        ModelDiagnosticIds.NoValidOrganization, ModelDiagnosticIds.OutOfRange,
        ModelDiagnosticIds.NotPowerOfTwo, ModelDiagnosticIds.ResistanceOrder,
    };

    /// <summary>The cache declaration the study compares: its <c>cache</c>, else its platform's <c>l2</c> when that names a
    /// cache; null when the L2 is a bare capacity (the study's own line is then the place).</summary>
    private static DeclarationSpec? CacheOf(DeclarationSpec study, IEnumerable<DeclarationSpec>? declarations)
    {
        if (declarations is null)
        {
            return null;
        }

        var all = declarations.ToArray();
        DeclarationSpec? Named(ValueSpec? v, string keyword) =>
            v is { Kind: ValueKind.Reference } r ? all.FirstOrDefault(d => d.Keyword == keyword && d.Name == r.Text) : null;
        return Named(study.Value("cache"), "cache") ?? Named(Named(study.Value("platform"), "gpu")?.Value("l2"), "cache");
    }

    private static DeclarationSpec? CacheNamed(string? name, IEnumerable<DeclarationSpec>? declarations) =>
        name is null ? null : declarations?.FirstOrDefault(d => d.Keyword == "cache" && d.Name == name);

    private static readonly System.Text.RegularExpressions.Regex EmbeddedId = new(@":? ?error (DNVM\d{4}): ");

    /// <summary>The failures a study run reports (anything else is a bug and stays one).</summary>
    public static bool IsStudyFailure(Exception e) => e is StudyException or WorkloadException;
}
