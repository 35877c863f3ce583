namespace DeepNvm.Model;

/// <summary>The diagnostic ids the model reports. 05xx are the model's own; the others are the front end's
/// catalog ids (same numbers as the language's DiagnosticIds) that the model and its NVSim reader reuse.</summary>
public static class ModelDiagnosticIds
{
    /// <summary>Warning: the node lies outside the technology table; values were extrapolated.</summary>
    public const string NodeOutsideTable = "DNVM0501";

    /// <summary>Error: an exception the model did not expect (a bug, not bad input); the message names its type.</summary>
    public const string InternalError = "DNVM0001";

    /// <summary>Error: the organization search found no valid organization.</summary>
    public const string NoValidOrganization = "DNVM0502";

    /// <summary>Error: a computed figure was NaN, infinite or negative.</summary>
    public const string NonPhysicalResult = "DNVM0503";

    /// <summary>Error: an NVSim configuration option this model does not implement (named in the message).</summary>
    public const string NvsimOptionNotModelled = "DNVM0550";

    /// <summary>Error: NVSim configuration options that cannot go together (NVSim stops on them too).</summary>
    public const string NvsimOptionsContradict = "DNVM0551";

    /// <summary>Error: a value outside its physical range.</summary>
    public const string OutOfRange = "DNVM0401";

    /// <summary>Error: R_off must exceed R_on.</summary>
    public const string ResistanceOrder = "DNVM0402";

    /// <summary>Error: a count that must be a power of two is not.</summary>
    public const string NotPowerOfTwo = "DNVM0403";

    /// <summary>Error: a line of an input file that cannot be parsed.</summary>
    public const string SyntaxError = "DNVM0101";

    /// <summary>Error: a unit that the key does not take.</summary>
    public const string UnknownUnit = "DNVM0301";

    /// <summary>Error: a key the format does not have.</summary>
    public const string UnknownProperty = "DNVM0208";

    /// <summary>Error: a required key is missing.</summary>
    public const string MissingProperty = "DNVM0209";

    /// <summary>Error: an enumerated value the key does not accept.</summary>
    public const string UnknownEnumValue = "DNVM0211";

    /// <summary>Error: a referenced file does not exist.</summary>
    public const string FileNotFound = "DNVM0202";

    /// <summary>A key given twice in an NVSim file.</summary>
    public const string DuplicateProperty = "DNVM0210";
}
