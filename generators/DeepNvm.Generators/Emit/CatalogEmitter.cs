using System.Linq;
using DeepNvm.Generators.Pipeline;
using DeepNvm.Language.Schema;

namespace DeepNvm.Generators.Emit;

/// <summary>
/// Writes the catalog classes (<c>Nodes</c>, <c>Cells</c>, <c>Caches</c>, <c>Gpus</c>,
/// <c>Workloads</c>, <c>Studies</c>), each with an <c>All</c> list, so a program can enumerate
/// what its .nvm files declare without reflection. Every catalog exists, even when empty.
/// </summary>
public static class CatalogEmitter
{
    public const string HintName = "DeepNvm.Catalogs.g.cs";

    public static string Emit(CatalogSpec catalog)
    {
        var writer = new SourceWriter();
        ModelEmitter.Header(writer);
        writer.Open("namespace " + catalog.Namespace);
        var catalogs = NvmSchema.All.GroupBy(s => s.Catalog).Select(g => (Name: g.Key, Type: g.First().ModelType, Keyword: g.First().Keyword)).ToArray();
        for (var i = 0; i < catalogs.Length; i++)
        {
            var (name, type, keyword) = catalogs[i];
            var fullType = "global::DeepNvm.Model." + type;
            var entries = catalog.Entries.Where(e => e.Catalog == name).Select(e => e.Name).ToArray();
            writer.Line("/// <summary>Every " + keyword + " declared in the project's .nvm files.</summary>");
            writer.Line(ModelEmitter.GeneratedCode);
            writer.Open("public static partial class " + name);
            writer.Line("/// <summary>All of them, in name order.</summary>");
            writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + fullType + "> All => AllHolder.Items;");
            writer.Line();
            writer.Line("// A nested holder so the list is built after the fields it lists, whatever file they are in.");
            writer.Open("private static class AllHolder");
            writer.Line("internal static readonly " + fullType + "[] Items = new " + fullType + "[] { " + string.Join(", ", entries.Select(e => name + "." + CSharpLiterals.Identifier(e))) + " };");
            writer.Close();
            writer.Close();
            if (i < catalogs.Length - 1)
            {
                writer.Line();
            }
        }

        writer.Close();
        return writer.ToString();
    }
}
