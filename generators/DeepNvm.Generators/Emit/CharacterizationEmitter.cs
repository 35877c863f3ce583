using DeepNvm.Generators.Pipeline;

namespace DeepNvm.Generators.Emit;

/// <summary>Writes a build-time characterization as constants: <c>Caches.Characterized.L2Stt.HitLatencySeconds</c>.</summary>
public static class CharacterizationEmitter
{
    public static string HintName(CharacterizationSpec spec) => "Caches.Characterized." + spec.Cache + ".g.cs";

    public static string Emit(CharacterizationSpec spec)
    {
        var writer = new SourceWriter();
        ModelEmitter.Header(writer);
        writer.Open("namespace " + spec.Namespace);
        writer.Open("public static partial class Caches");
        writer.Line("/// <summary>Caches the build characterized with the DeepNvm cache model (those that name their cell and node).</summary>");
        writer.Open("public static partial class Characterized");
        writer.Line("/// <summary>");
        writer.Line("/// cache <c>" + spec.Cache + "</c>: " + CSharpLiterals.Comment(spec.Inputs) + ".");
        writer.Line("/// Per-access figures are for one access of the cache's access width; leakage and area cover data and tag arrays.");
        writer.Line("/// </summary>");
        writer.Line(ModelEmitter.GeneratedCode);
        writer.Open("public static class " + CSharpLiterals.Identifier(spec.Cache));
        Constant(writer, "HitLatencySeconds", spec.HitLatencySeconds);
        Constant(writer, "MissLatencySeconds", spec.MissLatencySeconds);
        Constant(writer, "WriteLatencySeconds", spec.WriteLatencySeconds);
        Constant(writer, "HitEnergyJoules", spec.HitEnergyJoules);
        Constant(writer, "MissEnergyJoules", spec.MissEnergyJoules);
        Constant(writer, "WriteEnergyJoules", spec.WriteEnergyJoules);
        Constant(writer, "LeakageWatts", spec.LeakageWatts);
        Constant(writer, "AreaSquareMeters", spec.AreaSquareMeters);
        writer.Line("/// <summary>The chosen data-array organization.</summary>");
        writer.Line("public const string Organization = " + CSharpLiterals.String(spec.Organization) + ";");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void Constant(SourceWriter writer, string name, double value) =>
        writer.Line("public const double " + name + " = " + CSharpLiterals.Double(value) + ";");
}
