using System.Collections.Generic;
using System.Linq;
using static DeepNvm.Language.Diagnostics.NvmSeverity;

namespace DeepNvm.Language.Diagnostics;

/// <summary>The single catalog of rules: titles, message formats and severities, keyed by id.
/// docs/diagnostics/ has one page per entry (a test keeps them in step).</summary>
public static class DiagnosticCatalog
{
    private const string Infrastructure = "DeepNvm.Infrastructure";
    private const string Syntax = "DeepNvm.Syntax";
    private const string Names = "DeepNvm.Names";
    private const string Units = "DeepNvm.Units";
    private const string Plausibility = "DeepNvm.Plausibility";
    private const string Evaluation = "DeepNvm.Evaluation";
    private const string Workloads = "DeepNvm.Workloads";

    public static readonly DiagnosticDescriptor InternalError = new(DiagnosticIds.InternalError, "Internal error", "internal error while processing .nvm files: {0}", Error, Infrastructure);

    public static readonly DiagnosticDescriptor RuntimeNotReferenced = new(DiagnosticIds.RuntimeNotReferenced, "Runtime library not referenced", "the project has .nvm files but does not reference DeepNvm.Model, whose types the generated models use; reference the DeepNvm.Dsl package (or the DeepNvm.Model project)", Warning, Infrastructure);

    public static readonly DiagnosticDescriptor SyntaxError = new(DiagnosticIds.SyntaxError, "Syntax error", "{0}", Error, Syntax);
    public static readonly DiagnosticDescriptor InvalidEncoding = new(DiagnosticIds.InvalidEncoding, "File is not valid UTF-8 text", "{0}", Error, Syntax);
    public static readonly DiagnosticDescriptor FileTooLarge = new(DiagnosticIds.FileTooLarge, "File too large", "file has {0} characters; the limit is {1}", Error, Syntax);
    public static readonly DiagnosticDescriptor NestingTooDeep = new(DiagnosticIds.NestingTooDeep, "Nesting too deep", "brackets nested {0} deep; the limit is {1}", Error, Syntax);
    public static readonly DiagnosticDescriptor UnterminatedComment = new(DiagnosticIds.UnterminatedComment, "Unterminated comment", "'/*' comment is not closed before the end of the file", Error, Syntax);
    public static readonly DiagnosticDescriptor UnterminatedString = new(DiagnosticIds.UnterminatedString, "Unterminated string", "string is not closed before the end of the line", Error, Syntax);
    public static readonly DiagnosticDescriptor ExpressionTooLong = new(DiagnosticIds.ExpressionTooLong, "Expression too long", "more than {0} operators in one expression (each one is a level of recursion for the compiler); shorten it", Error, Syntax);
    public static readonly DiagnosticDescriptor ListTooLong = new(DiagnosticIds.ListTooLong, "List too long", "a list may hold at most {0} items", Error, Syntax);
    public static readonly DiagnosticDescriptor UnclosedBlock = new(DiagnosticIds.UnclosedBlock, "Block not closed", "the '{{' of '{0}' is not closed: add '}}' before {1}", Error, Syntax);
    public static readonly DiagnosticDescriptor InvalidNumber = new(DiagnosticIds.InvalidNumber, "Invalid number", "'{0}' is not a finite number", Error, Syntax);
    public static readonly DiagnosticDescriptor DistributionArguments = new(DiagnosticIds.DistributionArguments, "Wrong distribution arguments", "{0}", Error, Syntax);

    public static readonly DiagnosticDescriptor DuplicateDeclaration = new(DiagnosticIds.DuplicateDeclaration, "Duplicate declaration", "'{0}' is already declared at {1}", Error, Names);
    public static readonly DiagnosticDescriptor ImportNotFound = new(DiagnosticIds.ImportNotFound, "Import not found", "imported file '{0}' was not found{1}", Error, Names);
    public static readonly DiagnosticDescriptor ImportOutsideProject = new(DiagnosticIds.ImportOutsideProject, "Import leaves the project folder", "import '{0}' resolves outside the project folder '{1}'", Error, Names);
    public static readonly DiagnosticDescriptor ImportCycle = new(DiagnosticIds.ImportCycle, "Import cycle", "import cycle: {0}", Error, Names);
    public static readonly DiagnosticDescriptor UnknownName = new(DiagnosticIds.UnknownName, "Unknown name", "unknown name '{0}'{1}", Error, Names);
    public static readonly DiagnosticDescriptor WrongReferenceKind = new(DiagnosticIds.WrongReferenceKind, "Reference to the wrong kind of declaration", "'{0}' is a {1}; '{2}' expects {3}", Error, Names);
    public static readonly DiagnosticDescriptor InheritanceCycle = new(DiagnosticIds.InheritanceCycle, "Inheritance cycle", "inheritance cycle: {0}", Error, Names);
    public static readonly DiagnosticDescriptor UnknownProperty = new(DiagnosticIds.UnknownProperty, "Unknown property", "{0} has no property '{1}'{2}", Error, Names);
    public static readonly DiagnosticDescriptor MissingProperty = new(DiagnosticIds.MissingProperty, "Missing property", "{0} '{1}' needs '{2}' ({3})", Error, Names);
    public static readonly DiagnosticDescriptor DuplicateProperty = new(DiagnosticIds.DuplicateProperty, "Property set twice", "'{0}' is already set at {1}", Error, Names);
    public static readonly DiagnosticDescriptor UnknownEnumValue = new(DiagnosticIds.UnknownEnumValue, "Unknown value", "'{0}' is not a valid value of '{1}'; expected one of: {2}", Error, Names);
    public static readonly DiagnosticDescriptor InvalidBase = new(DiagnosticIds.InvalidBase, "Invalid base", "{0}", Error, Names);
    public static readonly DiagnosticDescriptor ConflictingProperties = new(DiagnosticIds.ConflictingProperties, "Conflicting properties", "{0}", Error, Names);
    public static readonly DiagnosticDescriptor WrongValueType = new(DiagnosticIds.WrongValueType, "Value of the wrong type", "'{0}' expects {1}, got {2}", Error, Names);
    public static readonly DiagnosticDescriptor ValueCycle = new(DiagnosticIds.ValueCycle, "Value depends on itself", "value of '{0}' depends on itself: {1}", Error, Names);
    public static readonly DiagnosticDescriptor NotABlock = new(DiagnosticIds.NotABlock, "Block or property used the wrong way", "{0}", Error, Names);

    public static readonly DiagnosticDescriptor ReservedName = new(DiagnosticIds.ReservedName, "Reserved name", "'{0}' cannot name a declaration: {1}", Error, Names);
    public static readonly DiagnosticDescriptor UnknownDistribution = new(DiagnosticIds.UnknownDistribution, "Unknown distribution", "unknown distribution '{0}'{1}; expected one of: {2}", Error, Names);
    public static readonly DiagnosticDescriptor ReferenceWithoutSource = new(DiagnosticIds.ReferenceWithoutSource, "Published reference without its source", "reference {0} needs its source after the value, e.g. = 3.8 \"DeepNVM++, TCAD 2021\"", Error, Names);
    public static readonly DiagnosticDescriptor InvalidScenarioLine = new(DiagnosticIds.InvalidScenarioLine, "Invalid scenario line", "{0}", Error, Names);
    public static readonly DiagnosticDescriptor UncertainNotNumeric = new(DiagnosticIds.UncertainNotNumeric, "Range or distribution on a property that is not a quantity", "{0}", Error, Names);
    public static readonly DiagnosticDescriptor UnknownSpaceMetric = new(DiagnosticIds.UnknownSpaceMetric, "Unknown figure of merit", "unknown figure of merit '{0}'{1}; expected one of: {2}", Error, Names);
    public static readonly DiagnosticDescriptor ConstraintUnit = new(DiagnosticIds.ConstraintUnit, "Constraint bound in the wrong unit", "'where {0}' compares {1}, got {2}", Error, Names);
    public static readonly DiagnosticDescriptor DuplicateObjective = new(DiagnosticIds.DuplicateObjective, "Objective named twice", "'{0}' is already an objective of this space", Warning, Names);
    public static readonly DiagnosticDescriptor SpaceWithoutObjectives = new(DiagnosticIds.SpaceWithoutObjectives, "Space without objectives", "space '{0}' declares no objectives: `deepnvm explore` writes its points but cannot compute a front; add e.g. 'minimize area, edp'", Warning, Names);
    public static readonly DiagnosticDescriptor SpaceLineOutsideSpace = new(DiagnosticIds.SpaceLineOutsideSpace, "Space line outside a space", "'{0}' lines belong directly in a space's body", Error, Names);
    public static readonly DiagnosticDescriptor RepeatedAxisValue = new(DiagnosticIds.RepeatedAxisValue, "Axis value listed twice", "axis '{0}' lists {1} more than once, so points would repeat", Warning, Names);

    public static readonly DiagnosticDescriptor ProfileOutsideProject = new(DiagnosticIds.ProfileOutsideProject, "Profile outside the project folder", "profile '{0}' resolves outside the project folder '{1}'", Error, Names);

    public static readonly DiagnosticDescriptor UnreadableFile = new(DiagnosticIds.UnreadableFile, "File cannot be read", "the file cannot be read: {0}", Error, Names);

    public static readonly DiagnosticDescriptor NamesDifferOnlyInCase = new(DiagnosticIds.NamesDifferOnlyInCase, "Names differ only in case", "'{0}' differs only in case from '{1}' declared at {2}; generated file names would collide on case-insensitive file systems", Error, Names);

    public static readonly DiagnosticDescriptor InheritanceTooDeep = new(DiagnosticIds.InheritanceTooDeep, "Inheritance chain too deep", "'{0}' inherits through more than {1} declarations; the limit is {1}", Error, Names);

    public static readonly DiagnosticDescriptor UnknownUnit = new(DiagnosticIds.UnknownUnit, "Unknown unit", "unknown unit '{0}'{1}", Error, Units);
    public static readonly DiagnosticDescriptor DimensionMismatch = new(DiagnosticIds.DimensionMismatch, "Wrong dimension", "'{0}' expects {1}, got {2} ({3})", Error, Units);
    public static readonly DiagnosticDescriptor MissingUnit = new(DiagnosticIds.MissingUnit, "Missing unit", "'{0}' expects {1}; write a unit, e.g. {2}", Error, Units);
    public static readonly DiagnosticDescriptor AmbiguousUnit = new(DiagnosticIds.AmbiguousUnit, "Ambiguous unit", "{0}", Warning, Units);
    public static readonly DiagnosticDescriptor IncompatibleOperands = new(DiagnosticIds.IncompatibleOperands, "Incompatible operands", "cannot {0}", Error, Units);
    public static readonly DiagnosticDescriptor FeatureSizeNotAllowed = new(DiagnosticIds.FeatureSizeNotAllowed, "Feature size not allowed here", "{0}", Error, Units);
    public static readonly DiagnosticDescriptor NonFiniteValue = new(DiagnosticIds.NonFiniteValue, "Value is not finite", "'{0}' evaluates to {1}", Error, Units);

    public static readonly DiagnosticDescriptor OutOfRange = new(DiagnosticIds.OutOfRange, "Value outside the plausible range", "'{0}' = {1} is outside the plausible range {2}", Error, Plausibility);
    public static readonly DiagnosticDescriptor ResistanceOrder = new(DiagnosticIds.ResistanceOrder, "High-resistance state not above low-resistance state", "resistance_off ({0}) must be greater than resistance_on ({1}): the cell could not be read", Error, Plausibility);
    public static readonly DiagnosticDescriptor NotPowerOfTwo = new(DiagnosticIds.NotPowerOfTwo, "Not a power of two", "'{0}' = {1} must be a power of two", Error, Plausibility);
    public static readonly DiagnosticDescriptor NotAnInteger = new(DiagnosticIds.NotAnInteger, "Not a whole number", "'{0}' = {1} must be a whole number", Error, Plausibility);
    public static readonly DiagnosticDescriptor SectorLineMismatch = new(DiagnosticIds.SectorLineMismatch, "Sector does not divide the line", "sector ({0}) must divide the line ({1}) evenly", Error, Plausibility);
    public static readonly DiagnosticDescriptor EmptyRange = new(DiagnosticIds.EmptyRange, "Empty or unbounded range", "{0}", Error, Plausibility);
    public static readonly DiagnosticDescriptor EmptyUncertainRange = new(DiagnosticIds.EmptyUncertainRange, "Uncertain range empty or reversed", "{0}", Error, Plausibility);
    public static readonly DiagnosticDescriptor DistributionDomain = new(DiagnosticIds.DistributionDomain, "Distribution parameter outside its domain", "{0}", Error, Plausibility);
    public static readonly DiagnosticDescriptor OutsideUncertainRange = new(DiagnosticIds.OutsideUncertainRange, "Mode or nominal outside the range", "{0}", Error, Plausibility);

    public static readonly DiagnosticDescriptor NodeOutsideTable = new(DiagnosticIds.NodeOutsideTable, "Technology node outside the table", "{0}", Warning, Evaluation);
    public static readonly DiagnosticDescriptor NoValidOrganization = new(DiagnosticIds.NoValidOrganization, "No valid cache organization", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor NonPhysicalResult = new(DiagnosticIds.NonPhysicalResult, "Non-physical result", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor ExpectationFailed = new(DiagnosticIds.ExpectationFailed, "Expectation failed", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor LatencyBudgetExceeded = new(DiagnosticIds.LatencyBudgetExceeded, "L2 latency budget exceeded", "{0}", Warning, Evaluation);
    public static readonly DiagnosticDescriptor NvsimOptionNotModelled = new(DiagnosticIds.NvsimOptionNotModelled, "NVSim option not modelled", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor NvsimOptionsContradict = new(DiagnosticIds.NvsimOptionsContradict, "NVSim options that cannot go together", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor SpaceNotFound = new(DiagnosticIds.SpaceNotFound, "Space not found", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor ResultsOfAnotherRun = new(DiagnosticIds.ResultsOfAnotherRun, "Results folder holds another exploration", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor NoResults = new(DiagnosticIds.NoResults, "No exploration results", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor NoObjectives = new(DiagnosticIds.NoObjectives, "No objectives for a front", "{0}", Error, Evaluation);

    public static readonly DiagnosticDescriptor MalformedProfile = new(DiagnosticIds.MalformedProfile, "Malformed profile CSV", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor MissingMetrics = new(DiagnosticIds.MissingMetrics, "Profile lacks metrics", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor InvalidProfileValue = new(DiagnosticIds.InvalidProfileValue, "Invalid count or duration", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor UnknownNetwork = new(DiagnosticIds.UnknownNetwork, "Unknown analytic network", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor NotAProfile = new(DiagnosticIds.NotAProfile, "Not a profiler CSV", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor UnknownGpu = new(DiagnosticIds.UnknownGpu, "Unknown GPU", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor InvalidWorkload = new(DiagnosticIds.InvalidWorkload, "Inconsistent workload", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor ProfileNotFound = new(DiagnosticIds.ProfileNotFound, "Profile not found", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor UnknownProfileUnit = new(DiagnosticIds.UnknownProfileUnit, "Unit the importer cannot convert", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor AmbiguousNumberFormat = new(DiagnosticIds.AmbiguousNumberFormat, "Ambiguous number format", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor MixedNumberFormats = new(DiagnosticIds.MixedNumberFormats, "Mixed number formats", "{0}", Error, Workloads);
    public static readonly DiagnosticDescriptor SearchRangeEmpty = new(DiagnosticIds.SearchRangeEmpty, "Search range empty or reversed", "{0}", Error, Plausibility);
    public static readonly DiagnosticDescriptor NoUncertainInputs = new(DiagnosticIds.NoUncertainInputs, "No uncertain inputs", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor InputWithoutRange = new(DiagnosticIds.InputWithoutRange, "Input without a range to search", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor TargetUnreachable = new(DiagnosticIds.TargetUnreachable, "Target out of reach", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor AnalysisPointFailed = new(DiagnosticIds.AnalysisPointFailed, "Study cannot be evaluated at an analysis point", "{0}", Error, Evaluation);
    public static readonly DiagnosticDescriptor TargetJump = new(DiagnosticIds.TargetJump, "Metric jumps across the target", "{0}", Warning, Evaluation);

    /// <summary>Every rule, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = typeof(DiagnosticCatalog)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToArray();

    private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(d => d.Id);

    /// <summary>The rule with this id, or null.</summary>
    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out var d) ? d : null;
}
