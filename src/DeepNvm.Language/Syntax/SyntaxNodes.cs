using DeepNvm.Language.Bound;
using DeepNvm.Language.Text;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Syntax;

/// <summary>A name as written, with where it was written.</summary>
public sealed record Identifier(string Text, SourceSpan Span)
{
    public override string ToString() => Text;
}

/// <summary>One parsed .nvm file: its imports and declarations, in source order.</summary>
public sealed record NvmFileSyntax(EquatableArray<ImportSyntax> Imports, EquatableArray<DeclarationSyntax> Declarations);

/// <summary><c>import "cells.nvm"</c></summary>
public sealed record ImportSyntax(string Path, SourceSpan Span);

/// <summary><c>cell SotFast : SotMram { write.pulse = 0.3 ns }</c>: a keyword, a name, an optional
/// base (a cell kind or another declaration of the same keyword) and a body.</summary>
public sealed record DeclarationSyntax(string Keyword, Identifier Name, Identifier? Base, EquatableArray<MemberSyntax> Members, SourceSpan Span);

/// <summary>A property assignment or a nested block inside a declaration body.</summary>
public abstract record MemberSyntax(SourceSpan Span);

/// <summary><c>write.pulse = 5 ns</c>: a dotted path and a value.</summary>
public sealed record PropertySyntax(EquatableArray<Identifier> Path, ExpressionSyntax Value, SourceSpan Span) : MemberSyntax(Span)
{
    public string PathText => string.Join(".", System.Linq.Enumerable.Select(Path, p => p.Text));
}

/// <summary><c>read { mode = current; voltage = 0.25 V }</c></summary>
public sealed record BlockSyntax(Identifier Name, EquatableArray<MemberSyntax> Members, SourceSpan Span) : MemberSyntax(Span);

/// <summary>Any right-hand side.</summary>
public abstract record ExpressionSyntax(SourceSpan Span);

/// <summary>A number with an optional unit, already normalised to SI (<see cref="Value"/> is null
/// when the unit could not be read; <see cref="UnitError"/> says why).</summary>
public sealed record NumberSyntax(string Text, string? UnitText, Quantity? Value, string? UnitError, bool UnknownUnit, string? UnitWarning, SourceSpan UnitSpan, SourceSpan Span) : ExpressionSyntax(Span)
{
    public string SourceText => UnitText is null ? Text : Text + " " + UnitText;
}

/// <summary><c>"profiles/alexnet.csv"</c></summary>
public sealed record StringSyntax(string Value, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>current</c>, <c>SttMram</c>, <c>Gtx1080Ti.l2</c>: an enum value, a declaration, or a
/// property of one; the binder decides which from the property's type.</summary>
public sealed record NameSyntax(EquatableArray<Identifier> Parts, SourceSpan Span) : ExpressionSyntax(Span)
{
    public string Text => string.Join(".", System.Linq.Enumerable.Select(Parts, p => p.Text));
}

/// <summary><c>a * b</c>, <c>a / b</c>, <c>a + b</c>, <c>a - b</c></summary>
public sealed record BinarySyntax(char Operator, ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>-a</c></summary>
public sealed record NegateSyntax(ExpressionSyntax Operand, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>[SttMram, SotMram]</c></summary>
public sealed record ListSyntax(EquatableArray<ExpressionSyntax> Items, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>1 MB .. 128 MB by x2</c> (geometric: <see cref="Factor"/>) or <c>1 MB .. 8 MB by 1 MB</c> (arithmetic: <see cref="Step"/>).</summary>
public sealed record RangeSyntax(ExpressionSyntax From, ExpressionSyntax To, ExpressionSyntax? Step, double? Factor, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>~ loguniform(10 fJ, 150 fJ, nominal = 40 fJ)</c>: an uncertain input's distribution,
/// its positional arguments and its named ones (<c>nominal</c>).</summary>
public sealed record DistributionSyntax(Identifier Name, EquatableArray<DistributionArgumentSyntax> Arguments, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary>One argument of a distribution: a value, or <c>name = value</c>.</summary>
public sealed record DistributionArgumentSyntax(Identifier? Name, ExpressionSyntax Value);

/// <summary>A value that was bound already (an <see cref="InputOverride"/> from the command line, a
/// scenario or a Monte Carlo sample), standing where the property's own expression would.</summary>
public sealed record BoundValueSyntax(InputOverride Override, SourceSpan Span) : ExpressionSyntax(Span);

/// <summary><c>reference iso_capacity.edp_reduction(SttMram) = 3.8 "DeepNVM++, TCAD 2021"</c>: a published
/// figure to place in the study's results; never a check that fails.</summary>
public sealed record ReferenceSyntax(EquatableArray<Identifier> Metric, Identifier Technology, ExpressionSyntax Value, StringSyntax? Source, SourceSpan Span) : MemberSyntax(Span)
{
    public string MetricText => string.Join(".", System.Linq.Enumerable.Select(Metric, p => p.Text));
}

/// <summary><c>expect iso_capacity.edp_reduction(SotMram) >= 3.0</c>: a measured study result that
/// must hold, turning a study into a regression test.</summary>
public sealed record ExpectationSyntax(EquatableArray<Identifier> Metric, Identifier Technology, string Operator, ExpressionSyntax Threshold, SourceSpan Span) : MemberSyntax(Span)
{
    public string MetricText => string.Join(".", System.Linq.Enumerable.Select(Metric, p => p.Text));
}

/// <summary><c>where area &lt;= 10 mm^2</c> in a space: a figure of merit, a comparison and a bound.</summary>
public sealed record ConstraintSyntax(Identifier Metric, string Operator, ExpressionSyntax Threshold, SourceSpan Span) : MemberSyntax(Span);

/// <summary><c>minimize area, edp</c> in a space: the objectives of its Pareto front.</summary>
public sealed record ObjectivesSyntax(EquatableArray<Identifier> Metrics, SourceSpan Span) : MemberSyntax(Span);
