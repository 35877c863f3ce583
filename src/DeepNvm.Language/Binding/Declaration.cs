using System.Collections.Generic;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

/// <summary>One property assignment after flattening blocks and inheritance: where it was
/// written (which may be a base declaration's file), its expression, and the declaration that wrote
/// it (<see cref="Writer"/>: the base that declares it, or the override's target), which names an
/// uncertain input.</summary>
internal sealed record Assignment(ExpressionSyntax Value, string FilePath, MemberSyntax Syntax, string Writer);

/// <summary>The binder's working state for one declaration.</summary>
internal sealed class Declaration
{
    public Declaration(DeclarationSyntax syntax, string filePath)
    {
        Syntax = syntax;
        FilePath = filePath;
        NormalizedPath = PathNames.Normalize(filePath);
    }

    /// <summary>The file path in the binder's normal form, computed once: visibility checks use it on every reference.</summary>
    public string NormalizedPath { get; }

    public DeclarationSyntax Syntax { get; }
    public string FilePath { get; }
    public string Name => Syntax.Name.Text;
    public string Keyword => Syntax.Keyword;

    /// <summary>Known once the base chain is resolved; null when it could not be.</summary>
    public DeclarationSchema? Schema { get; set; }
    public string? CellKind { get; set; }
    public Declaration? Base { get; set; }
    public bool BaseResolved { get; set; }

    /// <summary>How many declarations lie between this one and its kind (0: it names a kind or no base).</summary>
    public int InheritanceDepth { get; set; }

    public Dictionary<string, Assignment> Assignments { get; } = new();
    public SortedSet<string> Flags { get; } = new(System.StringComparer.Ordinal);

    /// <summary>The <c>expect</c> lines, own and inherited, with the file each was written in.</summary>
    public List<(ExpectationSyntax Syntax, string FilePath)> ExpectationSyntax { get; } = new();

    public List<ExpectationSpec> Expectations { get; } = new();

    /// <summary>The <c>reference</c> lines, own and inherited, with the file each was written in.</summary>
    public List<(ReferenceSyntax Syntax, string FilePath)> ReferenceLineSyntax { get; } = new();

    public List<ReferenceSpec> ReferenceLines { get; } = new();

    public Dictionary<string, ValueSpec?> Values { get; } = new();
    public Dictionary<string, BoundValue> Bound { get; } = new();

    /// <summary>A scenario's overrides, by name ("Decl.path"), base scenario's first; null until bound.</summary>
    public Dictionary<string, InputOverride>? ScenarioOverrides { get; set; }

    /// <summary>The distributions of the properties that are uncertain inputs, by path.</summary>
    public Dictionary<string, UncertaintySpec> Uncertainties { get; } = new();
    public HashSet<string> InProgress { get; } = new();

    /// <summary>A space's <c>where</c> and <c>minimize</c> lines, with the file each was written in, and their bound forms.</summary>
    public List<(MemberSyntax Syntax, string FilePath)> SpaceLines { get; } = new();
    public List<ConstraintSpec> Constraints { get; } = new();
    public List<string> Objectives { get; } = new();
    public HashSet<Declaration> References { get; } = new();
    public bool HasErrors { get; set; }
}
