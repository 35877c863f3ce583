using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Diagnostics;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Syntax;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Binding;

internal sealed partial class BindingSession
{
    /// <summary>Builds the name table; a name declared twice (anywhere in the project) is an error
    /// at the second declaration, which is then ignored.</summary>
    private void CollectDeclarations()
    {
        // the generator names a source file after each declaration, and the compiler compares those names without case
        var byFoldedName = new Dictionary<string, Declaration>(System.StringComparer.OrdinalIgnoreCase);
        foreach (var file in _fileByPath.Values.OrderBy(f => PathNames.Normalize(f.Path), System.StringComparer.Ordinal))
        {
            foreach (var syntax in file.Syntax.Declarations)
            {
                var declaration = new Declaration(syntax, file.Path);
                if (WhyReserved(declaration) is { } reason)
                {
                    Report(null, DiagnosticCatalog.ReservedName, file.Path, syntax.Name.Span, declaration.Name, reason);
                    continue;
                }

                if (_declarations.TryGetValue(declaration.Name, out var first))
                {
                    Report(null, DiagnosticCatalog.DuplicateDeclaration, file.Path, syntax.Name.Span, declaration.Name,
                        PathNames.FileName(first.FilePath) + first.Syntax.Name.Span);
                    continue;
                }

                if (byFoldedName.TryGetValue(declaration.Name, out var other))
                {
                    Report(null, DiagnosticCatalog.NamesDifferOnlyInCase, file.Path, syntax.Name.Span, declaration.Name, other.Name,
                        PathNames.FileName(other.FilePath) + other.Syntax.Name.Span);
                    continue;
                }

                _declarations.Add(declaration.Name, declaration);
                byFoldedName.Add(declaration.Name, declaration);
            }
        }
    }

    /// <summary>Names the generated catalogs use themselves.</summary>
    private static readonly HashSet<string> ReservedNames = new(NvmSchema.All.Select(s => s.Catalog).Concat(new[] { "All", "AllHolder", "Characterized" }), System.StringComparer.Ordinal);

    /// <summary>Why generated code could not use the declaration's name as it is, or null.</summary>
    private static string? WhyReserved(Declaration declaration)
    {
        var name = declaration.Name;
        if (ReservedNames.Contains(name))
        {
            return "generated code uses it for the catalogs (Nodes, Cells, Caches, Gpus, Workloads, Studies, their All lists and Caches.Characterized)";
        }

        if (GeneratedNames.InheritedMembers.Contains(name))
        {
            return "every C# class has a member of that name (" + string.Join(", ", GeneratedNames.InheritedMembers) + "), and the generated one would hide it";
        }

        return declaration.Keyword == "cache" && GeneratedNames.CharacterizedCacheMembers.Contains(name)
            ? "the generated class of a characterized cache (Caches.Characterized.X) has a member of that name"
            : null;
    }

    /// <summary>Finds the schema of a declaration through its base chain: a cell derives from a
    /// kind (sram, mtj, sot, resistive) or another cell; other declarations optionally from one of
    /// their own keyword.</summary>
    private void ResolveBase(Declaration declaration, List<Declaration> chain)
    {
        if (declaration.BaseResolved)
        {
            return;
        }

        if (chain.Contains(declaration))
        {
            var cycle = chain.Skip(chain.IndexOf(declaration)).Concat(new[] { declaration }).Select(d => d.Name);
            Report(declaration, DiagnosticCatalog.InheritanceCycle, declaration.FilePath, declaration.Syntax.Base!.Span, string.Join(" : ", cycle));
            declaration.BaseResolved = true;
            return;
        }

        var baseName = declaration.Syntax.Base;
        if (baseName is null)
        {
            declaration.BaseResolved = true;
            if (declaration.Keyword == "cell")
            {
                Report(declaration, DiagnosticCatalog.InvalidBase, declaration.FilePath, declaration.Syntax.Name.Span,
                    $"cell '{declaration.Name}' needs a kind or a base cell, e.g. 'cell {declaration.Name} : mtj {{ … }}' (kinds: {string.Join(", ", NvmSchema.CellKinds)})");
            }
            else
            {
                declaration.Schema = NvmSchema.For(declaration.Keyword);
            }

            return;
        }

        if (declaration.Keyword == "cell" && NvmSchema.CellKinds.Contains(baseName.Text))
        {
            declaration.CellKind = baseName.Text;
            declaration.Schema = NvmSchema.For("cell", baseName.Text);
            declaration.BaseResolved = true;
            return;
        }

        if (!_declarations.TryGetValue(baseName.Text, out var parent))
        {
            declaration.BaseResolved = true;
            if (!_brokenNames.Contains(baseName.Text))
            {
                var kinds = declaration.Keyword == "cell" ? $" (a cell kind is one of: {string.Join(", ", NvmSchema.CellKinds)})" : "";
                Report(declaration, DiagnosticCatalog.InvalidBase, declaration.FilePath, baseName.Span,
                    $"unknown base '{baseName.Text}' for {declaration.Keyword} '{declaration.Name}'{kinds}");
            }
            else
            {
                declaration.HasErrors = true;
            }

            return;
        }

        if (parent.Keyword != declaration.Keyword)
        {
            declaration.BaseResolved = true;
            Report(declaration, DiagnosticCatalog.InvalidBase, declaration.FilePath, baseName.Span,
                $"{declaration.Keyword} '{declaration.Name}' cannot derive from the {parent.Keyword} '{parent.Name}'");
            return;
        }

        if (!IsVisible(declaration, parent))
        {
            Report(declaration, DiagnosticCatalog.UnknownName, declaration.FilePath, baseName.Span, baseName.Text, ImportHint(parent));
        }

        if (chain.Count >= NvmBinder.MaxInheritanceDepth)
        {
            // stop before the recursion gets deep; the chain's far end is reported in its own turn
            TooDeep(declaration, baseName);
            return;
        }

        chain.Add(declaration);
        ResolveBase(parent, chain);
        chain.RemoveAt(chain.Count - 1);
        if (parent.InheritanceDepth >= NvmBinder.MaxInheritanceDepth)
        {
            TooDeep(declaration, baseName);
            return;
        }

        declaration.BaseResolved = true;
        declaration.InheritanceDepth = parent.InheritanceDepth + 1;
        declaration.Base = parent;
        declaration.Schema = parent.Schema;
        declaration.CellKind = parent.CellKind;
    }

    /// <summary>Every level of inheritance is walked again for each declaration below it (and the binder
    /// recurses through it), so an unbounded chain costs quadratic time and stack: DNVM0227 past the limit.</summary>
    private void TooDeep(Declaration declaration, Syntax.Identifier baseName)
    {
        declaration.BaseResolved = true;
        declaration.InheritanceDepth = NvmBinder.MaxInheritanceDepth + 1;
        Report(declaration, DiagnosticCatalog.InheritanceTooDeep, declaration.FilePath, baseName.Span, declaration.Name, NvmBinder.MaxInheritanceDepth);
    }

    /// <summary>Collects the assignments of a declaration: the base's first, then its own, so an
    /// override such as <c>write.pulse = 0.3 ns</c> replaces the inherited value.</summary>
    private void Flatten(Declaration declaration)
    {
        if (declaration.Schema is null || declaration.Assignments.Count > 0 || declaration.Flags.Count > 0 || declaration.Keyword == NvmSchema.Scenario.Keyword)
        {
            return;
        }

        var chain = new List<Declaration>();
        for (var d = declaration; d is not null && !chain.Contains(d); d = d.Base)
        {
            chain.Insert(0, d);
        }

        foreach (var level in chain)
        {
            var own = new Dictionary<string, Assignment>();
            CollectMembers(declaration, level, level.Syntax.Members, "", own);
            ApplyOverrides(level, own);
            foreach (var pair in own)
            {
                declaration.Assignments[pair.Key] = pair.Value;
            }
        }
    }

    private void CollectMembers(Declaration owner, Declaration level, IEnumerable<MemberSyntax> members, string prefix, Dictionary<string, Assignment> own)
    {
        var schema = owner.Schema!;
        foreach (var member in members)
        {
            switch (member)
            {
                case PropertySyntax property:
                    var path = prefix + property.PathText;
                    if (schema.Find(path) is null)
                    {
                        if (schema.IsBlock(path))
                        {
                            Report(owner, DiagnosticCatalog.NotABlock, level.FilePath, property.Path[0].Span,
                                FirstChild(schema, path) is { } child
                                    ? $"'{path}' is a block; write '{path} {{ … }}' or set one of its properties, e.g. '{child} = …'"
                                    : $"'{path}' is a block; write '{path} {{ }}' to turn it on");
                        }
                        else
                        {
                            Report(owner, DiagnosticCatalog.UnknownProperty, level.FilePath, property.Path[0].Span.Cover(property.Path[property.Path.Count - 1].Span),
                                schema.DisplayName, path, Suggest(schema, path));
                        }

                        break;
                    }

                    if (own.TryGetValue(path, out var earlier))
                    {
                        Report(owner, DiagnosticCatalog.DuplicateProperty, level.FilePath, property.Path[0].Span, path, earlier.Syntax.Span.ToString());
                        break;
                    }

                    own[path] = new Assignment(property.Value, level.FilePath, property, level.Name);
                    break;

                case ExpectationSyntax or ReferenceSyntax:
                    if (owner.Keyword != "study" || prefix.Length > 0)
                    {
                        var (word, at) = member is ExpectationSyntax e ? ("expect", e.Metric[0].Span) : ("reference", ((ReferenceSyntax)member).Metric[0].Span);
                        Report(owner, DiagnosticCatalog.NotABlock, level.FilePath, at, "'" + word + "' lines belong directly in a study's body");
                    }
                    else if (member is ExpectationSyntax expectation)
                    {
                        owner.ExpectationSyntax.Add((expectation, level.FilePath));
                    }
                    else
                    {
                        owner.ReferenceLineSyntax.Add(((ReferenceSyntax)member, level.FilePath));
                    }

                    break;

                case ConstraintSyntax or ObjectivesSyntax:
                    if (owner.Keyword != "space" || prefix.Length > 0)
                    {
                        Report(owner, DiagnosticCatalog.SpaceLineOutsideSpace, level.FilePath, member.Span,
                            member is ConstraintSyntax ? "where" : "minimize");
                        break;
                    }

                    owner.SpaceLines.Add((member, level.FilePath));
                    break;

                case BlockSyntax block:
                    var name = prefix + block.Name.Text;
                    if (schema.FlagBlocks.Any(f => f.Name == name))
                    {
                        owner.Flags.Add(name);
                        if (block.Members.Count > 0)
                        {
                            Report(owner, DiagnosticCatalog.UnknownProperty, level.FilePath, block.Members[0].Span, schema.DisplayName, name + "." + MemberName(block.Members[0]), "; this block takes no properties");
                        }
                    }
                    else if (schema.IsBlock(name))
                    {
                        CollectMembers(owner, level, block.Members, name + ".", own);
                    }
                    else if (schema.Find(name) is not null)
                    {
                        Report(owner, DiagnosticCatalog.NotABlock, level.FilePath, block.Name.Span, $"'{name}' is a property, not a block; write '{name} = …'");
                    }
                    else
                    {
                        Report(owner, DiagnosticCatalog.UnknownProperty, level.FilePath, block.Name.Span, schema.DisplayName, name, Suggest(schema, name));
                    }

                    break;
            }
        }
    }

    private static string MemberName(MemberSyntax member) => member switch
    {
        PropertySyntax p => p.PathText,
        BlockSyntax b => b.Name.Text,
        _ => "",
    };

    /// <summary>A property inside the block, to suggest in a message; null for a block without properties
    /// (a study's <c>iso_capacity { }</c> is a switch).</summary>
    private static string? FirstChild(DeclarationSchema schema, string block) =>
        schema.Properties.FirstOrDefault(p => p.Path.StartsWith(block + ".", System.StringComparison.Ordinal))?.Path;

    private static string Suggest(DeclarationSchema schema, string path)
    {
        var candidates = schema.Properties.Select(p => p.Path).Concat(schema.FlagBlocks.Select(f => f.Name));
        return DidYouMean(EditDistance.Closest(candidates, path, System.Math.Max(2, path.Length / 3)));
    }

    private static string DidYouMean(string? suggestion) => suggestion is null ? "" : $"; did you mean '{suggestion}'?";

    private static string ImportHint(Declaration target) =>
        $"; it is declared in {PathNames.FileName(target.FilePath)}: add 'import \"{PathNames.FileName(target.FilePath)}\"'";
}
