using System.Globalization;
using System.Linq;
using DeepNvm.Generators.Pipeline;

namespace DeepNvm.Generators.Emit;

/// <summary>
/// Writes the <c>Inputs</c> catalog: one <c>global::DeepNvm.Model.InputDistribution</c> field per
/// uncertain input (<c>Inputs.SttMram_read_sense_energy</c>), doc-commented with the text it was
/// written as, and an <c>All</c> list of (name, distribution), so a program can sample the inputs
/// its records' nominal values stand for. The class exists, empty, when there are none.
/// </summary>
public static class InputsEmitter
{
    public const string HintName = "DeepNvm.Inputs.g.cs";

    private const string Distribution = "global::DeepNvm.Model.InputDistribution";

    /// <summary>The field of an input: its name with dots as underscores (<c>SttMram_read_sense_energy</c>).</summary>
    public static string FieldName(string inputName) => CSharpLiterals.Identifier(inputName.Replace('.', '_'));

    public static string Emit(InputsSpec inputs)
    {
        var writer = new SourceWriter();
        ModelEmitter.Header(writer);
        writer.Open("namespace " + inputs.Namespace);
        writer.Line("/// <summary>The uncertain inputs declared in the project's .nvm files: each one's distribution in SI, beside the");
        writer.Line("/// nominal value the records in the other catalogs hold. Sample one with <c>Quantile(u)</c> for a uniform u in (0, 1).</summary>");
        writer.Line(ModelEmitter.GeneratedCode);
        writer.Open("public static partial class Inputs");
        foreach (var input in inputs.Entries)
        {
            var unit = input.Unit.Length == 0 ? "" : " " + input.Unit;
            writer.Line("/// <summary><c>" + CSharpLiterals.XmlComment(input.Name + (input.SourceText.StartsWith("~", System.StringComparison.Ordinal) ? " " : " = ") + input.SourceText)
                + "</c>; nominal " + CSharpLiterals.XmlComment(input.Nominal.ToString("G6", CultureInfo.InvariantCulture) + unit) + ", parameters in" + (unit.Length == 0 ? " plain numbers" : unit) + ".</summary>");
            writer.Line("public static readonly " + Distribution + " " + FieldName(input.Name) + " = new " + Distribution + "(global::DeepNvm.Model.InputDistributionKind." + input.Kind
                + ", " + CSharpLiterals.Double(input.A) + ", " + CSharpLiterals.Double(input.B) + ", " + CSharpLiterals.Double(input.C) + ", " + CSharpLiterals.Double(input.Nominal) + ");");
            writer.Line();
        }

        writer.Line("/// <summary>Every input by name (\"SttMram.read.sense_energy\"), in name order.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<(string Name, " + Distribution + " Distribution)> All => AllHolder.Items;");
        writer.Line();
        writer.Line("// A nested holder so the list is built after the fields it lists.");
        writer.Open("private static class AllHolder");
        writer.Line("internal static readonly (string Name, " + Distribution + " Distribution)[] Items = new (string, " + Distribution + ")[] { "
            + string.Join(", ", inputs.Entries.Select(i => "(" + CSharpLiterals.String(i.Name) + ", " + FieldName(i.Name) + ")")) + " };");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
