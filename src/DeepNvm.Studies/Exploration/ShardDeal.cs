using System;
using DeepNvm.Studies.Uncertainty;

namespace DeepNvm.Studies.Exploration;

/// <summary>
/// How n shards deal a space's points among themselves: in units of <see cref="Chain"/> points <see cref="Period"/> indices
/// apart (a design at each capacity of the space, everything else equal), round robin over the units taken class by
/// class, the classes (the units' index mod <see cref="Period"/>: the axes inside the capacity) in a fixed pseudo-random
/// order, so each shard gets its share of every class.
/// <para>Dealing the points by their own index (index mod n = i) gave each shard the same values of the space's last
/// axes: with the optimization target innermost and two shards, one had read EDP, read energy and area and the other
/// write EDP, write energy and leakage, 9.1 s against 11.7 s of work on the 2,592-point variant of the example's space
/// (docs/scale.md). An arithmetic order keeps such residues (an affine map j ↦ a·j + b mod N with N even keeps j's
/// parity), so the units' order is a keyed permutation: a four-round Feistel network on the smallest power of four at
/// or above the number of units, walked until it lands inside (cycle walking: a bijection of the units themselves).</para>
/// <para>Units rather than single points because a search is warm-started from the last organization of the same design
/// at another capacity (<see cref="CharacterizationMemo"/>): a shard that owns a design at every capacity meets them in
/// increasing capacity, each started from its neighbour, as one process would. Dealing single points (or blocks of 16
/// neighbouring indices) cost the two shards 8-13 % more work in all. A space with fewer than 64 units per shard is dealt
/// point by point (each point a unit, its class the axes from the capacity in), so a small space still splits evenly.
/// Units of a class cost alike, so the shards share every class rather than a random half of the units, and each class
/// starts its round over the outer units one further than the last, so that shards dividing the outer units (two cells,
/// two shards) do not each get one cell. Six shards of the 2,592-point variant: the slowest took 1.05 of the mean (1.49
/// dealt by index); two shards finish within 0.3-9 % of each other (2-33 % by index; docs/scale.md).</para>
/// Every process computes the same deal from the space's shape and the shard count alone, in constant time per point,
/// so shards need no coordinator.
/// </summary>
public sealed record ShardDeal(long Chain, long Period)
{
    /// <summary>Point by point, in index order (one shard).</summary>
    public static readonly ShardDeal PointByPoint = new(1, 1);

    private static readonly ulong[] RoundKeys = { 0x243F6A8885A308D3UL, 0x13198A2E03707344UL, 0xA4093822299F31D0UL, 0x082EFA98EC4E6C89UL };

    /// <summary>How many of <paramref name="count"/> points shard <paramref name="shard"/> of <paramref name="shards"/> takes.</summary>
    public long PointsOf(int shard, int shards, long count)
    {
        var units = count / Chain;
        return Chain * (units / shards + (shard < units % shards ? 1 : 0));
    }

    /// <summary>The index of the <paramref name="ordinal"/>-th point (from 0) of shard <paramref name="shard"/> of
    /// <paramref name="shards"/> in a space of <paramref name="count"/> points.</summary>
    public long PointAt(int shard, int shards, long ordinal, long count)
    {
        var position = shard + shards * (ordinal / Chain);
        var unit = position;
        if (shards > 1)
        {
            // Positions run class by class (a class: the units with the same index mod Period, e.g. one associativity, line,
            // access mode and target), the classes in permuted order, each class's units over the outer axes (cells,
            // samples) in turn, starting one further for each class: round robin then gives every shard its share of every
            // class, and, even when the shards divide the outer units (two cells, two shards), of every outer value too.
            var outer = count / Chain / Period;
            var classPosition = position / outer;
            unit = (position % outer + classPosition) % outer * Period + Permute(classPosition, Period);
        }

        return unit / Period * (Chain * Period) + ordinal % Chain * Period + unit % Period;
    }

    /// <summary>Position <paramref name="position"/> of a fixed permutation of [0, <paramref name="count"/>).</summary>
    public static long Permute(long position, long count)
    {
        if (count <= 0 || position < 0 || position >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(position));
        }

        var halfBits = 0;
        while (halfBits < 31 && (1L << (2 * halfBits)) < count)
        {
            halfBits++;
        }

        var x = (ulong)position;
        do
        {
            x = Feistel(x, halfBits);
        }
        while (x >= (ulong)count);

        return (long)x;
    }

    /// <summary>A bijection of [0, 4^halfBits): four rounds of (L, R) ↦ (R, L xor F(R)).</summary>
    private static ulong Feistel(ulong x, int halfBits)
    {
        if (halfBits == 0)
        {
            return x;
        }

        var mask = (1UL << halfBits) - 1;
        var left = x >> halfBits;
        var right = x & mask;
        foreach (var key in RoundKeys)
        {
            var next = left ^ (SampleStream.Mix(right ^ key) & mask);
            left = right;
            right = next;
        }

        return (left << halfBits) | right;
    }
}
