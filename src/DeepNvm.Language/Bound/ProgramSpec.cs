using System.Collections.Generic;
using System.Linq;
using DeepNvm.Language.Diagnostics;

namespace DeepNvm.Language.Bound;

/// <summary>Everything the front end learnt from a set of .nvm files: the bound declarations
/// (ordered by keyword, then name) and every diagnostic (ordered by file and position).</summary>
public sealed record ProgramSpec(EquatableArray<DeclarationSpec> Declarations, EquatableArray<NvmDiagnostic> Diagnostics)
{
    /// <summary>The <c>space</c> declarations (apart from <see cref="Declarations"/>: the generator emits nothing for them).</summary>
    public EquatableArray<DeclarationSpec> Spaces { get; init; } = EquatableArray<DeclarationSpec>.Empty;

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>The program's scenarios, by name (they are not declarations of the model: nothing is generated for them).</summary>
    public EquatableArray<ScenarioSpec> Scenarios { get; init; } = EquatableArray<ScenarioSpec>.Empty;

    public DeclarationSpec? Find(string name) => Declarations.FirstOrDefault(d => d.Name == name);

    public ScenarioSpec? FindScenario(string name) => Scenarios.FirstOrDefault(s => s.Name == name);

    /// <summary>The program's uncertain inputs, one per distribution written (inheritors share it),
    /// ordered by name: what Monte Carlo samples, sensitivity sweeps and <c>solve</c> varies.</summary>
    public IReadOnlyList<UncertainInput> UncertainInputs() => UncertainInput.Of(this);
}
