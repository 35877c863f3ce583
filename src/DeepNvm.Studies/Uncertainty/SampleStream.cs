namespace DeepNvm.Studies.Uncertainty;

/// <summary>
/// The Monte Carlo generator: a counter-based hash, so the uniform number of sample <c>s</c> and input
/// <c>i</c> is a pure function of (seed, s, i) — no state is shared between threads, and a sample draws the
/// same values whichever core evaluates it and in whatever order. Each stage is SplitMix64's finalizer
/// (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), a bijection
/// on 64 bits with full avalanche; the 53 high bits become a double strictly inside (0, 1).
/// </summary>
public static class SampleStream
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    /// <summary>The uniform number in (0, 1) of input <paramref name="input"/> in sample <paramref name="sample"/>.</summary>
    public static double Uniform(ulong seed, long sample, int input)
    {
        var h = Mix(seed + Golden);
        h = Mix(h ^ ((ulong)sample + Golden));
        h = Mix(h ^ ((ulong)(uint)input + Golden));
        return ((h >> 11) + 0.5) * (1.0 / (1UL << 53));
    }

    /// <summary>SplitMix64's finalizer: a bijection on 64 bits in which every input bit reaches every output bit (also the
    /// round function of <see cref="Exploration.ShardDeal"/>'s permutation).</summary>
    internal static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
