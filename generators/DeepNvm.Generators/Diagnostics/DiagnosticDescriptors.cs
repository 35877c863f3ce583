using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DeepNvm.Language.Diagnostics;
using Microsoft.CodeAnalysis;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace DeepNvm.Generators.Diagnostics;

/// <summary>
/// One Roslyn descriptor per front-end rule, with constant ids, titles, categories and severities
/// so analyzer release tracking (RS2000-RS2008) sees each of them. The front end formats the
/// message, so every format is "{0}". A test checks this list against DiagnosticCatalog, the
/// single source of truth.
/// </summary>
internal static class DiagnosticDescriptors
{
    // The rule pages live in the repository; there is no public URL to link yet.
    private const string HelpPage = "Explained in docs/diagnostics/";
    private static readonly string[] NotConfigurable = { WellKnownDiagnosticTags.NotConfigurable };
    private static readonly string[] None = { };

    public static readonly RoslynDescriptor InternalError = new(DiagnosticIds.InternalError, "Internal error", "{0}", "DeepNvm.Infrastructure", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InternalError + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor RuntimeNotReferenced = new(DiagnosticIds.RuntimeNotReferenced, "Runtime library not referenced", "{0}", "DeepNvm.Infrastructure", DiagnosticSeverity.Warning, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.RuntimeNotReferenced + ".md.", customTags: None);
    public static readonly RoslynDescriptor SyntaxError = new(DiagnosticIds.SyntaxError, "Syntax error", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.SyntaxError + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InvalidEncoding = new(DiagnosticIds.InvalidEncoding, "File is not valid UTF-8 text", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InvalidEncoding + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor FileTooLarge = new(DiagnosticIds.FileTooLarge, "File too large", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.FileTooLarge + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NestingTooDeep = new(DiagnosticIds.NestingTooDeep, "Nesting too deep", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NestingTooDeep + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnterminatedComment = new(DiagnosticIds.UnterminatedComment, "Unterminated comment", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnterminatedComment + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnterminatedString = new(DiagnosticIds.UnterminatedString, "Unterminated string", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnterminatedString + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InvalidNumber = new(DiagnosticIds.InvalidNumber, "Invalid number", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InvalidNumber + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnclosedBlock = new(DiagnosticIds.UnclosedBlock, "Block not closed", "{0}", "DeepNvm.Syntax", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnclosedBlock + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor DuplicateDeclaration = new(DiagnosticIds.DuplicateDeclaration, "Duplicate declaration", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.DuplicateDeclaration + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ImportNotFound = new(DiagnosticIds.ImportNotFound, "Import not found", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ImportNotFound + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ImportOutsideProject = new(DiagnosticIds.ImportOutsideProject, "Import leaves the project folder", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ImportOutsideProject + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ImportCycle = new(DiagnosticIds.ImportCycle, "Import cycle", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ImportCycle + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownName = new(DiagnosticIds.UnknownName, "Unknown name", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownName + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor WrongReferenceKind = new(DiagnosticIds.WrongReferenceKind, "Reference to the wrong kind of declaration", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.WrongReferenceKind + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InheritanceCycle = new(DiagnosticIds.InheritanceCycle, "Inheritance cycle", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InheritanceCycle + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownProperty = new(DiagnosticIds.UnknownProperty, "Unknown property", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownProperty + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor MissingProperty = new(DiagnosticIds.MissingProperty, "Missing property", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.MissingProperty + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor DuplicateProperty = new(DiagnosticIds.DuplicateProperty, "Property set twice", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.DuplicateProperty + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownEnumValue = new(DiagnosticIds.UnknownEnumValue, "Unknown value", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownEnumValue + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InvalidBase = new(DiagnosticIds.InvalidBase, "Invalid base", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InvalidBase + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ConflictingProperties = new(DiagnosticIds.ConflictingProperties, "Conflicting properties", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ConflictingProperties + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor WrongValueType = new(DiagnosticIds.WrongValueType, "Value of the wrong type", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.WrongValueType + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ValueCycle = new(DiagnosticIds.ValueCycle, "Value depends on itself", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ValueCycle + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NotABlock = new(DiagnosticIds.NotABlock, "Block or property used the wrong way", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NotABlock + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ReservedName = new(DiagnosticIds.ReservedName, "Reserved name", "{0}", "DeepNvm.Names", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ReservedName + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownUnit = new(DiagnosticIds.UnknownUnit, "Unknown unit", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownUnit + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor DimensionMismatch = new(DiagnosticIds.DimensionMismatch, "Wrong dimension", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.DimensionMismatch + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor MissingUnit = new(DiagnosticIds.MissingUnit, "Missing unit", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.MissingUnit + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor AmbiguousUnit = new(DiagnosticIds.AmbiguousUnit, "Ambiguous unit", "{0}", "DeepNvm.Units", DiagnosticSeverity.Warning, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.AmbiguousUnit + ".md.", customTags: None);
    public static readonly RoslynDescriptor IncompatibleOperands = new(DiagnosticIds.IncompatibleOperands, "Incompatible operands", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.IncompatibleOperands + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor FeatureSizeNotAllowed = new(DiagnosticIds.FeatureSizeNotAllowed, "Feature size not allowed here", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.FeatureSizeNotAllowed + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NonFiniteValue = new(DiagnosticIds.NonFiniteValue, "Value is not finite", "{0}", "DeepNvm.Units", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NonFiniteValue + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor OutOfRange = new(DiagnosticIds.OutOfRange, "Value outside the plausible range", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.OutOfRange + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ResistanceOrder = new(DiagnosticIds.ResistanceOrder, "High-resistance state not above low-resistance state", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ResistanceOrder + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NotPowerOfTwo = new(DiagnosticIds.NotPowerOfTwo, "Not a power of two", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NotPowerOfTwo + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NotAnInteger = new(DiagnosticIds.NotAnInteger, "Not a whole number", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NotAnInteger + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor SectorLineMismatch = new(DiagnosticIds.SectorLineMismatch, "Sector does not divide the line", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.SectorLineMismatch + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor EmptyRange = new(DiagnosticIds.EmptyRange, "Empty or unbounded range", "{0}", "DeepNvm.Plausibility", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.EmptyRange + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NodeOutsideTable = new(DiagnosticIds.NodeOutsideTable, "Technology node outside the table", "{0}", "DeepNvm.Evaluation", DiagnosticSeverity.Warning, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NodeOutsideTable + ".md.", customTags: None);
    public static readonly RoslynDescriptor NoValidOrganization = new(DiagnosticIds.NoValidOrganization, "No valid cache organization", "{0}", "DeepNvm.Evaluation", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NoValidOrganization + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ExpectationFailed = new(DiagnosticIds.ExpectationFailed, "Expectation failed", "{0}", "DeepNvm.Evaluation", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ExpectationFailed + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor LatencyBudgetExceeded = new(DiagnosticIds.LatencyBudgetExceeded, "L2 latency budget exceeded", "{0}", "DeepNvm.Evaluation", DiagnosticSeverity.Warning, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.LatencyBudgetExceeded + ".md.", customTags: None);
    public static readonly RoslynDescriptor NonPhysicalResult = new(DiagnosticIds.NonPhysicalResult, "Non-physical result", "{0}", "DeepNvm.Evaluation", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NonPhysicalResult + ".md.", customTags: NotConfigurable);

    public static readonly RoslynDescriptor MalformedProfile = new(DiagnosticIds.MalformedProfile, "Malformed profile CSV", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.MalformedProfile + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor MissingMetrics = new(DiagnosticIds.MissingMetrics, "Profile lacks metrics", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.MissingMetrics + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InvalidProfileValue = new(DiagnosticIds.InvalidProfileValue, "Invalid count or duration", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InvalidProfileValue + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownNetwork = new(DiagnosticIds.UnknownNetwork, "Unknown analytic network", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownNetwork + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor NotAProfile = new(DiagnosticIds.NotAProfile, "Not a profiler CSV", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.NotAProfile + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownGpu = new(DiagnosticIds.UnknownGpu, "Unknown GPU", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownGpu + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor InvalidWorkload = new(DiagnosticIds.InvalidWorkload, "Inconsistent workload", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.InvalidWorkload + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor ProfileNotFound = new(DiagnosticIds.ProfileNotFound, "Profile not found", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.ProfileNotFound + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor UnknownProfileUnit = new(DiagnosticIds.UnknownProfileUnit, "Unit the importer cannot convert", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.UnknownProfileUnit + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor AmbiguousNumberFormat = new(DiagnosticIds.AmbiguousNumberFormat, "Ambiguous number format", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.AmbiguousNumberFormat + ".md.", customTags: NotConfigurable);
    public static readonly RoslynDescriptor MixedNumberFormats = new(DiagnosticIds.MixedNumberFormats, "Mixed number formats", "{0}", "DeepNvm.Workloads", DiagnosticSeverity.Error, isEnabledByDefault: true, description: HelpPage + DiagnosticIds.MixedNumberFormats + ".md.", customTags: NotConfigurable);

    public static readonly ImmutableArray<RoslynDescriptor> All = typeof(DiagnosticDescriptors)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RoslynDescriptor))
        .Select(f => (RoslynDescriptor)f.GetValue(null)!)
        .OrderBy(d => d.Id, System.StringComparer.Ordinal)
        .ToImmutableArray();

    private static readonly Dictionary<string, RoslynDescriptor> ById = All.ToDictionary(d => d.Id);

    public static RoslynDescriptor For(string id) => ById.TryGetValue(id, out var d) ? d : InternalError;
}
