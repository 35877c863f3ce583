using System.Collections.Immutable;
using DeepNvm.Generators.Pipeline;
using DeepNvm.Language.Bound;
using DeepNvm.Language.Syntax;

namespace DeepNvm.Generators.Tests;

/// <summary>A fault inside the front end becomes one DNVM0001 diagnostic, never an exception in
/// the compiler (which would drop every generated file with CS8785); cancellation still propagates.</summary>
public class FaultContainmentTests
{
    private static readonly GeneratorOptions Options = new("Study.Models", "/project/");

    [Fact]
    public void An_internal_fault_while_binding_becomes_one_DNVM0001()
    {
        var corrupt = new ParsedFile("/project/a.nvm", null!, EquatableArray<Language.Diagnostics.NvmDiagnostic>.Empty, EquatableArray<string>.Empty);

        var program = FrontEndSteps.Bind(ImmutableArray.Create(corrupt), Options, CancellationToken.None);

        var fault = program.Diagnostics.ShouldHaveSingleItem();
        fault.Id.ShouldBe("DNVM0001");
        fault.Message.ShouldStartWith("internal error while processing .nvm files: NullReferenceException");
        program.Declarations.ShouldBeEmpty();
    }

    [Fact]
    public void Cancellation_is_not_swallowed()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var parsed = FrontEndSteps.Parse("/project/a.nvm", "cell S : sram { area = 146 F^2 }", CancellationToken.None);

        Should.Throw<OperationCanceledException>(() => FrontEndSteps.Parse("/project/a.nvm", "cell S : sram { area = 146 F^2 }", cancelled.Token));
        Should.Throw<OperationCanceledException>(() => FrontEndSteps.Bind(ImmutableArray.Create(parsed), Options, cancelled.Token));
    }
}
