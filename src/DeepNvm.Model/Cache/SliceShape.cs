using DeepNvm.Model.Banks;

namespace DeepNvm.Model.Cache;

/// <summary>What the data and tag arrays of one slice hold: per access, the bits and the entries of the data array
/// (by access mode: a line, or a whole set in Fast mode), and the tag bits per line.</summary>
internal readonly struct SliceShape
{
    public long DataEntries { get; init; }
    public long DataBits { get; init; }
    public int DataAssociativity { get; init; }
    public long Lines { get; init; }
    public long TagBits { get; init; }

    public static SliceShape Of(CacheParameters cache, long capacityBytes, int wordBits)
    {
        long blockSize = wordBits;
        var associativity = cache.Associativity;
        switch (cache.AccessMode)
        {
            case CacheAccessMode.Sequential:
                associativity = 1;
                break;
            case CacheAccessMode.Fast:
                blockSize *= associativity;
                associativity = 1;
                break;
        }

        var lines = capacityBytes * 8 / wordBits;
        var sets = lines / cache.Associativity;
        return new SliceShape
        {
            DataEntries = capacityBytes * 8 / blockSize,
            DataBits = blockSize,
            DataAssociativity = associativity,
            Lines = lines,
            TagBits = CacheModel.AddressBits - Mat.Log2(sets) - Mat.Log2(wordBits / 8) + 2,
        };
    }
}
