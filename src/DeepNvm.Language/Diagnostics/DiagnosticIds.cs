namespace DeepNvm.Language.Diagnostics;

/// <summary>
/// Every diagnostic id, as constants so analyzers can declare release-tracked descriptors and the
/// CLI can use them without Roslyn. Ranges: 00xx infrastructure, 01xx syntax, 02xx names and
/// imports, 03xx units and dimensions, 04xx physical plausibility, 05xx evaluation.
/// </summary>
public static class DiagnosticIds
{
    public const string InternalError = "DNVM0001";
    public const string RuntimeNotReferenced = "DNVM0002";

    public const string SyntaxError = "DNVM0101";
    public const string InvalidEncoding = "DNVM0102";
    public const string FileTooLarge = "DNVM0103";
    public const string NestingTooDeep = "DNVM0104";
    public const string UnterminatedComment = "DNVM0105";
    public const string UnterminatedString = "DNVM0106";
    public const string InvalidNumber = "DNVM0107";
    public const string UnclosedBlock = "DNVM0116";
    public const string DistributionArguments = "DNVM0108";
    public const string ExpressionTooLong = "DNVM0110";
    public const string ListTooLong = "DNVM0111";

    public const string DuplicateDeclaration = "DNVM0201";
    public const string ImportNotFound = "DNVM0202";
    public const string ImportOutsideProject = "DNVM0203";
    public const string ImportCycle = "DNVM0204";
    public const string UnknownName = "DNVM0205";
    public const string WrongReferenceKind = "DNVM0206";
    public const string InheritanceCycle = "DNVM0207";
    public const string UnknownProperty = "DNVM0208";
    public const string MissingProperty = "DNVM0209";
    public const string DuplicateProperty = "DNVM0210";
    public const string UnknownEnumValue = "DNVM0211";
    public const string InvalidBase = "DNVM0212";
    public const string ConflictingProperties = "DNVM0213";
    public const string WrongValueType = "DNVM0214";
    public const string ValueCycle = "DNVM0215";
    public const string NotABlock = "DNVM0216";
    public const string ReservedName = "DNVM0217";
    public const string UnknownDistribution = "DNVM0218";
    public const string UncertainNotNumeric = "DNVM0219";
    public const string ReferenceWithoutSource = "DNVM0220";
    public const string InvalidScenarioLine = "DNVM0221";
    public const string ProfileOutsideProject = "DNVM0224";
    public const string UnreadableFile = "DNVM0225";
    public const string NamesDifferOnlyInCase = "DNVM0226";
    public const string InheritanceTooDeep = "DNVM0227";
    public const string UnknownSpaceMetric = "DNVM0230";
    public const string ConstraintUnit = "DNVM0231";
    public const string DuplicateObjective = "DNVM0232";
    public const string SpaceWithoutObjectives = "DNVM0233";
    public const string SpaceLineOutsideSpace = "DNVM0234";
    public const string RepeatedAxisValue = "DNVM0235";

    public const string UnknownUnit = "DNVM0301";
    public const string DimensionMismatch = "DNVM0302";
    public const string MissingUnit = "DNVM0303";
    public const string AmbiguousUnit = "DNVM0304";
    public const string IncompatibleOperands = "DNVM0305";
    public const string FeatureSizeNotAllowed = "DNVM0306";
    public const string NonFiniteValue = "DNVM0307";

    public const string OutOfRange = "DNVM0401";
    public const string ResistanceOrder = "DNVM0402";
    public const string NotPowerOfTwo = "DNVM0403";
    public const string NotAnInteger = "DNVM0404";
    public const string SectorLineMismatch = "DNVM0405";
    public const string EmptyRange = "DNVM0406";
    public const string EmptyUncertainRange = "DNVM0407";
    public const string DistributionDomain = "DNVM0408";
    public const string OutsideUncertainRange = "DNVM0409";

    public const string NodeOutsideTable = "DNVM0501";
    public const string NoValidOrganization = "DNVM0502";
    public const string NonPhysicalResult = "DNVM0503";
    public const string ExpectationFailed = "DNVM0504";
    public const string LatencyBudgetExceeded = "DNVM0505";
    public const string SpaceNotFound = "DNVM0560";
    public const string ResultsOfAnotherRun = "DNVM0561";
    public const string NoResults = "DNVM0562";
    public const string NoObjectives = "DNVM0563";

    // 051x and 054x: profile import and workloads (DeepNvm.Workloads keeps the same numbers in WorkloadDiagnosticIds; a test ties them)
    public const string MalformedProfile = "DNVM0511";
    public const string MissingMetrics = "DNVM0512";
    public const string InvalidProfileValue = "DNVM0513";
    public const string UnknownNetwork = "DNVM0514";
    public const string NotAProfile = "DNVM0515";
    public const string UnknownGpu = "DNVM0516";
    public const string InvalidWorkload = "DNVM0517";
    public const string ProfileNotFound = "DNVM0518";
    public const string UnknownProfileUnit = "DNVM0519";
    public const string AmbiguousNumberFormat = "DNVM0540";
    public const string MixedNumberFormats = "DNVM0541";
    // Analyses of uncertain inputs: sensitivity, break-even (solve), search ranges.
    public const string SearchRangeEmpty = "DNVM0410";
    public const string NoUncertainInputs = "DNVM0535";
    public const string InputWithoutRange = "DNVM0536";
    public const string TargetUnreachable = "DNVM0537";
    public const string AnalysisPointFailed = "DNVM0538";
    public const string TargetJump = "DNVM0539";

    // NVSim configurations: options out of scope, options that cannot go together.
    public const string NvsimOptionNotModelled = "DNVM0550";
    public const string NvsimOptionsContradict = "DNVM0551";
}
