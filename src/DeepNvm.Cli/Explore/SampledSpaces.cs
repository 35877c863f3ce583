using System.Collections.Concurrent;
using DeepNvm.Language.Bound;
using DeepNvm.Model;
using DeepNvm.Mapping;
using DeepNvm.Studies;
using DeepNvm.Studies.Exploration;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Cli.Explore;

/// <summary>
/// The spaces of a space's Monte Carlo samples (its <c>samples = N</c> axis): sample s rebinds the program with every
/// uncertain input set to the value drawn for (seed, s), the draws `deepnvm study --samples N --seed K` makes, and
/// builds the space from that program, so a sampled row can be checked by substitution (`--set`). A sample whose
/// values do not bind keeps its rows, illegal, with the diagnostics as the reason. The spaces are kept per process
/// in a small cache: points come in index order with the sample the slowest axis, so a batch needs one or two.
/// </summary>
internal sealed class SampledSpaces
{
    private const int Kept = 64;
    private readonly string _space;
    private readonly StudyUnderInputs _evaluator;
    private readonly string _baseDirectory;
    private readonly DesignSpace _nominal;
    private readonly InputDistribution[] _distributions;
    private readonly ulong _seed;
    private readonly ConcurrentDictionary<int, Lazy<SampleSpace>> _kept = new();

    public SampledSpaces(string space, StudyUnderInputs evaluator, string baseDirectory, DesignSpace nominal, IReadOnlyList<UncertainInput> inputs, ulong seed)
    {
        _space = space;
        _evaluator = evaluator;
        _baseDirectory = baseDirectory;
        _nominal = nominal;
        Inputs = inputs;
        _seed = seed;
        _distributions = inputs.Select(i => i.ToDistribution()).ToArray();
    }

    /// <summary>The uncertain inputs, in the order of a sample's <see cref="SampleSpace.Values"/>.</summary>
    public IReadOnlyList<UncertainInput> Inputs { get; }

    /// <summary>The space's sample axis, as <see cref="SpaceBuilder.Build"/> takes it.</summary>
    public SampleAxis Axis => new(For, Inputs.Select(i => i.Name).ToArray());

    public SampleSpace For(int sample)
    {
        if (_kept.Count > Kept)
        {
            _kept.Clear(); // a rebuilt sample is the same space: the draws are a pure function of (seed, sample)
        }

        return _kept.GetOrAdd(sample, s => new Lazy<SampleSpace>(() => Build(s))).Value;
    }

    private SampleSpace Build(int sample)
    {
        var drawn = MonteCarlo.Draw(_distributions, _seed, sample);
        var program = _evaluator.Bind(Inputs.Select((input, i) => input.Override(drawn[i])).ToArray());
        var errors = program.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToArray();
        var declaration = program.Spaces.FirstOrDefault(s => s.Name == _space);
        if (errors.Length > 0 || declaration is null)
        {
            return new SampleSpace(_nominal, $"sample {sample}: " + (errors.Length > 0 ? string.Join("; ", errors) : $"no space '{_space}'")) { Values = drawn };
        }

        return new SampleSpace(SpaceBuilder.Build(declaration, program, new SpecConverter(program, _baseDirectory))) { Values = drawn };
    }
}
