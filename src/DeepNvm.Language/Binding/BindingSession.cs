using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Diagnostics;
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
        var spaces = new List<DeclarationSpec>();
        foreach (var declaration in _declarations.Values)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            EvaluateAll(declaration);
        }

        PropagateErrors();
        var scenarios = new List<ScenarioSpec>();
        foreach (var declaration in _declarations.Values.OrderBy(d => Array.IndexOf(Keywords, d.Keyword)).ThenBy(d => d.Name, StringComparer.Ordinal))
        {
            // Scenarios and spaces have no runtime record: they travel apart from the declarations the generator emits.
            if (declaration.Keyword == Schema.NvmSchema.Scenario.Keyword)
            {
                scenarios.Add(ToScenario(declaration));
            }
            else
            {
                (declaration.Keyword == Schema.NvmSchema.Space.Keyword ? spaces : specs).Add(ToSpec(declaration));
            }
        }

        return new ProgramSpec(specs.ToEquatableArray(), _diagnostics.Sorted().ToEquatableArray())
        {
            Scenarios = scenarios.ToEquatableArray(),
            Spaces = spaces.ToEquatableArray(),
        };
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
            Constraints = declaration.Constraints.ToEquatableArray(),
            Objectives = declaration.Objectives.ToEquatableArray(),
        };
    }

    /// <summary>The expression as the user wrote it, for doc comments and messages. Written with an
    /// explicit stack of what is still to write: a long operator chain must not take a frame per operator.</summary>
    internal string SourceText(ExpressionSyntax expression)
    {
        var text = new System.Text.StringBuilder();
        var pending = new Stack<object>();
        pending.Push(expression);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case string literal:
                    text.Append(literal);
                    break;
                case NumberSyntax number:
                    text.Append(number.SourceText);
                    break;
                case StringSyntax quoted:
                    text.Append('"').Append(quoted.Value).Append('"');
                    break;
                case NameSyntax name:
                    text.Append(name.Text);
                    break;
                case BoundValueSyntax bound:
                    text.Append(bound.Override.DisplayText);
                    break;
                case DistributionSyntax distribution:
                    text.Append("~ ").Append(distribution.Name.Text).Append('(');
                    pending.Push(")");
                    for (var i = distribution.Arguments.Count - 1; i >= 0; i--)
                    {
                        pending.Push(distribution.Arguments[i].Value);
                        if (distribution.Arguments[i].Name is { } argument)
                        {
                            pending.Push(argument.Text + " = ");
                        }

                        if (i > 0)
                        {
                            pending.Push(", ");
                        }
                    }

                    break;
                case NegateSyntax negate:
                    text.Append('-');
                    pending.Push(negate.Operand);
                    break;
                case BinarySyntax binary:
                    pending.Push(binary.Right);
                    pending.Push(" " + binary.Operator + " ");
                    pending.Push(binary.Left);
                    break;
                case ListSyntax list:
                    text.Append('[');
                    pending.Push("]");
                    for (var i = list.Items.Count - 1; i >= 0; i--)
                    {
                        pending.Push(list.Items[i]);
                        if (i > 0)
                        {
                            pending.Push(", ");
                        }
                    }

                    break;
                case RangeSyntax range:
                    if (range.Factor is { } f)
                    {
                        pending.Push(" by x" + f.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else if (range.Step is { } step)
                    {
                        pending.Push(step);
                        pending.Push(" by ");
                    }

                    pending.Push(range.To);
                    pending.Push(" .. ");
                    pending.Push(range.From);
                    break;
            }
        }

        return text.ToString();
    }
}

internal sealed partial class BindingSession
{
    /// <summary>The folder imports and profiles must stay in; null: anywhere.</summary>
    internal string? ProjectDirectory => _options.ProjectDirectory;

    /// <summary>Entry for <see cref="PlausibilityRules"/>.</summary>
    internal void ReportRule(Declaration owner, Diagnostics.DiagnosticDescriptor descriptor, string file, Text.SourceSpan span, params object[] args) =>
        Report(owner, descriptor, file, span, args);
}
