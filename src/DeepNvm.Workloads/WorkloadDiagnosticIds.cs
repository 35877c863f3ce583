using System.Collections.Generic;

namespace DeepNvm.Workloads;

/// <summary>Diagnostic ids of the workload layer (profile import and the analytic model), DNVM0511–DNVM0519.</summary>
public static class WorkloadDiagnosticIds
{
    /// <summary>The CSV is malformed: unterminated quote, wrong field count, unparsable number.</summary>
    public const string MalformedCsv = "DNVM0511";
    /// <summary>Metrics the importer needs are missing from the profile (the message names them).</summary>
    public const string MissingMetrics = "DNVM0512";
    /// <summary>A count or duration is invalid: negative, zero duration, not finite.</summary>
    public const string InvalidValue = "DNVM0513";
    /// <summary>The analytic network is not a built-in one.</summary>
    public const string UnknownNetwork = "DNVM0514";
    /// <summary>The file is not an nvprof or Nsight Compute CSV (no recognised header).</summary>
    public const string NotAProfile = "DNVM0515";
    /// <summary>The GPU id is not in the built-in table.</summary>
    public const string UnknownGpu = "DNVM0516";
    /// <summary>The workload's parameters are inconsistent (batch ≤ 0, int8 training, missing profile path…).</summary>
    public const string InvalidWorkload = "DNVM0517";
    /// <summary>The profile file cannot be opened.</summary>
    public const string ProfileNotFound = "DNVM0518";
    /// <summary>A metric's unit is not one the importer can convert (e.g. cycles for a duration).</summary>
    public const string UnknownUnit = "DNVM0519";
    /// <summary>The file's numbers can be read in two locales and nothing in the file says which.</summary>
    public const string AmbiguousNumberFormat = "DNVM0540";
    /// <summary>The file writes numbers in two locales (<c>1,234.5</c> and <c>1.234,5</c>).</summary>
    public const string MixedNumberFormats = "DNVM0541";

    /// <summary>One line per id, for help texts and docs.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [MalformedCsv] = "malformed profile CSV (unterminated quote, wrong field count, unparsable number)",
        [MissingMetrics] = "the profile lacks metrics the importer needs",
        [InvalidValue] = "invalid count or duration (negative, zero duration, not finite)",
        [UnknownNetwork] = "unknown analytic network",
        [NotAProfile] = "not an nvprof or Nsight Compute CSV",
        [UnknownGpu] = "unknown GPU id",
        [InvalidWorkload] = "inconsistent workload parameters",
        [ProfileNotFound] = "profile file not found or unreadable",
        [UnknownUnit] = "unit the importer cannot convert",
        [AmbiguousNumberFormat] = "the profile's number format cannot be told from the file",
        [MixedNumberFormats] = "the profile mixes two number formats",
    };
}
