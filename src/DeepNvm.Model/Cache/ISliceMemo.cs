using System;

namespace DeepNvm.Model;

/// <summary>One slice characterized at a power-of-two capacity: its figures, or why no organization was legal.</summary>
public sealed record SliceCharacterization(CacheCharacteristics? Characteristics, string? Eliminating)
{
    /// <summary>The node's leakage scale the figures were computed at (a key may serve every scale: see <see cref="ISliceMemo"/>).</summary>
    public double LeakageScale { get; init; } = 1;
}

/// <summary>
/// A store of one-slice characterizations at power-of-two capacities, which <see cref="CacheModel"/> consults
/// before it searches. Every capacity is characterized through such slices (a capacity between two powers of
/// two is interpolated between them), so an iso-area search that probes a dozen capacities inside one octave
/// needs the octave's two slices once, and a sweep at powers of two shares them. The key is the slice: the
/// cache record with that capacity, one slice, no name, and the cell and node the model was given (records
/// compare by value), with the model options; an implementation returns what <c>characterize</c> returns for
/// a key it has not seen, and the same object for a key it has. When the organization search does not read
/// leakage (it neither optimizes nor limits it), the key's node has leakage scale 1 whatever the node's is:
/// the model re-evaluates the stored design point at the scale it was asked for, which gives the search's
/// figures exactly, since the leakage scale reaches nothing the search compares.
/// </summary>
public interface ISliceMemo
{
    SliceCharacterization GetOrAdd(CacheParameters slice, CacheModelOptions options, Func<SliceCharacterization> characterize);
}
