using System.Globalization;
using System.Linq;
using System.Text;

namespace DeepNvm.Generators.Emit;

/// <summary>C# spellings of values: round-trip doubles in the invariant culture, escaped strings,
/// PascalCase enum members.</summary>
internal static class CSharpLiterals
{
    public static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.') || text.Contains('E') || text.Contains('e') ? text : text + ".0";
    }

    public static string Integer(double value) => ((long)System.Math.Round(value)).ToString(CultureInfo.InvariantCulture);

    public static string String(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c < ' ' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary><c>read_edp</c> → <c>ReadEdp</c>, <c>gddr5x</c> → <c>Gddr5x</c>, <c>mobilenet_v2</c> → <c>MobilenetV2</c>.</summary>
    public static string Pascal(string word) =>
        string.Concat(word.Split('_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p.Substring(1)));

    /// <summary>A declaration name as a C# identifier: <c>class</c> becomes <c>@class</c>.</summary>
    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    /// <summary>Source text inside an XML doc comment: comment-safe, with &amp;, &lt; and &gt; escaped.</summary>
    public static string XmlComment(string text) => Comment(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>A comment-safe copy of source text (no line breaks, no '*/').</summary>
    public static string Comment(string text) => text.Replace("\r", " ").Replace("\n", " ").Replace("*/", "* /");
}
