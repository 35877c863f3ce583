namespace DeepNvm.Model;

/// <summary>The diagnostic ids the cache model reports (the front end's catalog holds their titles).</summary>
public static class ModelDiagnosticIds
{
    /// <summary>Warning: the node lies outside the technology table; values were extrapolated.</summary>
    public const string NodeOutsideTable = "DNVM0501";

    /// <summary>Error: the organization search found no valid organization.</summary>
    public const string NoValidOrganization = "DNVM0502";

    /// <summary>Error: a computed figure was NaN, infinite or negative.</summary>
    public const string NonPhysicalResult = "DNVM0503";

    /// <summary>Error: a cell or cache parameter is outside its physical range (the 04xx family).</summary>
    public const string NonPhysicalInput = "DNVM0401";

    /// <summary>Error: a malformed NVSim input file.</summary>
    public const string MalformedNvsimFile = "DNVM0504";
}
