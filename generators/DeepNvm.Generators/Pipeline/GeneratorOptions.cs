using Microsoft.CodeAnalysis.Diagnostics;

namespace DeepNvm.Generators.Pipeline;

/// <summary>The MSBuild properties the generator reads (made visible by DeepNvm.Dsl.props).</summary>
/// <param name="Namespace">Namespace of the generated catalogs: $(DeepNvmNamespace), else
/// $(RootNamespace), else DeepNvm.Generated.</param>
/// <param name="ProjectDirectory">Imports must stay inside it; null when unknown.</param>
/// <param name="LibraryDirectory">$(DeepNvmStdlibDirectory): where <c>import "deepnvm:…"</c> resolves.</param>
public sealed record GeneratorOptions(string Namespace, string? ProjectDirectory, string? LibraryDirectory = null)
{
    public const string DefaultNamespace = "DeepNvm.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        var ns = Read(options, "build_property.DeepNvmNamespace") ?? Read(options, "build_property.RootNamespace") ?? DefaultNamespace;
        return new GeneratorOptions(SanitizeNamespace(ns), Read(options, "build_property.ProjectDir"), Read(options, "build_property.DeepNvmStdlibDirectory"));
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    /// <summary>A project named "my-study" has RootNamespace "my_study"; be as forgiving for our own property.</summary>
    private static string SanitizeNamespace(string ns)
    {
        var chars = ns.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (!char.IsLetterOrDigit(chars[i]) && chars[i] != '.' && chars[i] != '_')
            {
                chars[i] = '_';
            }
        }

        var text = new string(chars).Trim('.');
        return text.Length == 0 || char.IsDigit(text[0]) ? "_" + text : text;
    }
}
