using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Specs;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Language.Binding;

/// <summary>One binding run over a set of parsed files. Split by phase: imports, declarations,
/// evaluation, type checks.</summary>
internal sealed partial class BindingSession
{
    private readonly IReadOnlyList<ParsedFile> _files;
    private readonly BindOptions _options;
    private readonly CancellationToken _cancellationToken;
    private readonly DiagnosticBag _diagnostics = new();
    private readonly Dictionary<string, ParsedFile> _fileByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _visible = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Declaration> _declarations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _brokenNames = new(StringComparer.Ordinal);

    public BindingSession(IReadOnlyList<ParsedFile> files, BindOptions options, CancellationToken cancellationToken)
    {
        _files = files;
        _options = options;
        _cancellationToken = cancellationToken;
    }

    public ProgramSpec Run()
    {
        foreach (var file in _files)
        {
            var key = PathNames.Normalize(file.Path);
            if (!_fileByPath.ContainsKey(key))
            {
                _fileByPath.Add(key, file);
            }
        }

        ResolveImports();
        DropUnusedLibraryFiles();
        foreach (var file in _fileByPath.Values)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                _diagnostics.Add(diagnostic);
            }

            foreach (var name in file.BrokenDeclarations)
            {
                _brokenNames.Add(name);
            }
        }

        CollectDeclarations();
        foreach (var declaration in _declarations.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            ResolveBase(declaration, new List<Declaration>());
        }

        CollectOverrides();
        foreach (var declaration in _declarations.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            Flatten(declaration);
        }

        var specs = new List<DeclarationSpec>();
        foreach (var declaration in _declarations.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            EvaluateAll(declaration);
        }

        PropagateErrors();
        var scenarios = new List<ScenarioSpec>();
        foreach (var declaration in _declarations.Values.OrderBy(d => Array.IndexOf(Keywords, d.Keyword)).ThenBy(d => d.Name, StringComparer.Ordinal))
        {
            if (declaration.Keyword == Schema.NvmSchema.Scenario.Keyword)
            {
                scenarios.Add(ToScenario(declaration));
            }
            else
            {
                specs.Add(ToSpec(declaration));
            }
        }

        return new ProgramSpec(specs.ToEquatableArray(), _diagnostics.Sorted().ToEquatableArray()) { Scenarios = scenarios.ToEquatableArray() };
    }

    private static readonly string[] Keywords = Schema.NvmSchema.Keywords.ToArray();

    /// <summary>Reports against a declaration, marking it (and so what depends on it) as failed.</summary>
    private void Report(Declaration? owner, DiagnosticDescriptor descriptor, string path, Text.SourceSpan span, params object[] args)
    {
        _diagnostics.Add(descriptor, path, span, args);
        if (owner is not null && descriptor.Severity == NvmSeverity.Error)
        {
            owner.HasErrors = true;
        }
    }

    private void PropagateErrors()
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var declaration in _declarations.Values)
            {
                if (!declaration.HasErrors && (declaration.References.Any(r => r.HasErrors) || declaration.Base is { HasErrors: true } || declaration.Schema is null))
                {
                    declaration.HasErrors = true;
                    changed = true;
                }
            }
        }
    }

    private DeclarationSpec ToSpec(Declaration declaration)
    {
        var properties = new List<PropertySpec>();
        if (declaration.Schema is not null)
        {
            foreach (var definition in declaration.Schema.Properties)
            {
                if (declaration.Values.TryGetValue(definition.Path, out var value) && value is not null)
                {
                    var assigned = declaration.Assignments.TryGetValue(definition.Path, out var assignment);
                    var source = assigned ? SourceText(assignment!.Value) : definition.Default ?? "";
                    properties.Add(new PropertySpec(definition.Path, value, source, !assigned)
                    {
                        Uncertainty = declaration.Uncertainties.TryGetValue(definition.Path, out var uncertainty) ? uncertainty : null,
                    });
                }
            }
        }

        return new DeclarationSpec(
            declaration.Keyword,
            declaration.Name,
            declaration.CellKind,
            declaration.Syntax.Base?.Text,
            declaration.FilePath,
            declaration.Syntax.Name.Span,
            properties.ToEquatableArray(),
            declaration.Flags.ToEquatableArray(),
            declaration.HasErrors)
        {
            Expectations = declaration.Expectations.ToEquatableArray(),
            References = declaration.ReferenceLines.ToEquatableArray(),
        };
    }

    /// <summary>The expression as the user wrote it, for doc comments and messages.</summary>
    internal string SourceText(ExpressionSyntax expression)
    {
        return expression switch
        {
            NumberSyntax number => number.SourceText,
            StringSyntax text => "\"" + text.Value + "\"",
            NameSyntax name => name.Text,
            NegateSyntax negate => "-" + SourceText(negate.Operand),
            BinarySyntax binary => SourceText(binary.Left) + " " + binary.Operator + " " + SourceText(binary.Right),
            ListSyntax list => "[" + string.Join(", ", list.Items.Select(SourceText)) + "]",
            BoundValueSyntax bound => bound.Override.DisplayText,
            DistributionSyntax distribution => "~ " + distribution.Name.Text + "("
                + string.Join(", ", distribution.Arguments.Select(a => (a.Name is null ? "" : a.Name.Text + " = ") + SourceText(a.Value))) + ")",
            RangeSyntax range => SourceText(range.From) + " .. " + SourceText(range.To)
                + (range.Factor is { } f ? " by x" + f.ToString(System.Globalization.CultureInfo.InvariantCulture) : range.Step is { } s ? " by " + SourceText(s) : ""),
            _ => "",
        };
    }
}

internal sealed partial class BindingSession
{
    /// <summary>Entry for <see cref="PlausibilityRules"/>.</summary>
    internal void ReportRule(Declaration owner, Diagnostics.DiagnosticDescriptor descriptor, string file, Text.SourceSpan span, params object[] args) =>
        Report(owner, descriptor, file, span, args);
}
