using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Schema;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Bound;

/// <summary>
/// One uncertain input of a program: its name ("SttMram.read.sense_energy", the declaration that
/// wrote the distribution and the property), the distribution, the nominal value, and the unit its
/// SI numbers are written in (<see cref="Unit"/>: "J", "s", "Ohm", "F^2" for a cell area in feature
/// sizes). Overriding <see cref="Declaration"/>'s <see cref="Path"/> changes it for every declaration
/// that inherits it.
/// </summary>
public sealed record UncertainInput(string Name, string Declaration, string Path, UncertaintySpec Distribution, ValueSpec Nominal, string Unit)
{
    /// <summary>An override that sets this input to <paramref name="si"/> (in <see cref="Unit"/>).</summary>
    public InputOverride Override(double si) => new(Declaration, Path, ValueSpec.Quantity(si, Nominal.FeaturePower));

    internal static IReadOnlyList<UncertainInput> Of(ProgramSpec program)
    {
        var inputs = new List<UncertainInput>();
        foreach (var declaration in program.Declarations)
        {
            var schema = NvmSchema.For(declaration.Keyword, declaration.CellKind);
            foreach (var property in declaration.Properties)
            {
                // the declaration that wrote the distribution lists it; inheritors share its origin
                if (property.Uncertainty is { } uncertainty && uncertainty.Origin == declaration.Name + "." + property.Path
                    && schema?.Find(property.Path) is { } definition)
                {
                    var unit = UnitExpression.SiSymbol(definition.Type.Dimension, property.Value.FeaturePower);
                    inputs.Add(new UncertainInput(uncertainty.Origin, declaration.Name, property.Path, uncertainty, property.Value, unit));
                }
            }
        }

        return inputs.OrderBy(i => i.Name, System.StringComparer.Ordinal).ToArray();
    }
}
