
namespace DeepNvm.Model.Banks;

/// <summary>What a bank needs from a mat.</summary>
internal struct MatSummary
{
    public bool Invalid;
    public double Height;
    public double Width;
    public double ReadLatency;
    public double WriteLatency;
    public double ReadEnergy;
    public double WriteEnergy;
    public double Leakage;
    public double ColumnDecoderLatency;
    public int NumRow;
    public int NumColumn;

    public static MatSummary Of(in Mat m) => new()
    {
        Invalid = m.Invalid,
        Height = m.Height,
        Width = m.Width,
        ReadLatency = m.ReadLatency,
        WriteLatency = m.WriteLatency,
        ReadEnergy = m.ReadEnergy,
        WriteEnergy = m.WriteEnergy,
        Leakage = m.Leakage,
        ColumnDecoderLatency = m.SubArray.ColumnDecoderLatency,
        NumRow = m.SubArray.NumRow,
        NumColumn = m.SubArray.NumColumn,
    };
}

/// <summary>Memo of evaluated mats, keyed by everything a mat depends on. Many mat grids route the same
/// address and data bits to their mats, so the same mat recurs across bank candidates; an open-addressing
/// table allocated once per search (and reused by the thread) keeps the search allocation-free.</summary>
internal sealed class MatCache
{
    private const int Bits = 14;
    private const int Size = 1 << Bits;
    private readonly long[] _keys = new long[Size];
    private readonly MatSummary[] _values = new MatSummary[Size];
    private int _count;

    public long Misses;
    public long Hits;

    public void Clear()
    {
        System.Array.Clear(_keys, 0, Size);
        _count = 0;
        Misses = 0;
        Hits = 0;
    }

    /// <summary>Key value meaning "do not memoize": a mat whose fields do not fit the key is evaluated every time.</summary>
    public const long NoKey = 0;

    // Field widths of the key (63 bits in all, so the +1 below cannot overflow): every field is checked, never
    // truncated, so two different mats cannot share a key. A Fast-mode data mat of 1 KB lines × 16 ways receives
    // 131 072 bits, which a 16-bit field would have folded onto other mats (issue 11, item 7).
    private const int AddressBits = 7;
    private const int MatBlockBits = 26;
    private const int NumWayBits = 10;
    private const int MuxBits = 5;

    /// <summary>The memo key of a mat, or <see cref="NoKey"/> when a field is beyond its width (the caller then
    /// evaluates the mat without the memo: slower, never wrong).</summary>
    public static long Key(bool tag, int rowSub, int colSub, int activeSubarraysPerRow, int activeSubarraysPerColumn, int address, long matBlock, int numWay,
        int muxSense, int lev1, int lev2)
    {
        if (!Fits(address, AddressBits) || !Fits(matBlock, MatBlockBits) || !Fits(numWay, NumWayBits) || rowSub is < 1 or > 2
            || colSub is < 1 or > 2 || activeSubarraysPerRow is < 1 or > 2 || activeSubarraysPerColumn is < 1 or > 2)
        {
            return NoKey;
        }

        long k = tag ? 1 : 0;
        k = (k << 1) | (long)(rowSub - 1);
        k = (k << 1) | (long)(colSub - 1);
        k = (k << 1) | (long)(activeSubarraysPerRow - 1);
        k = (k << 1) | (long)(activeSubarraysPerColumn - 1);
        k = (k << AddressBits) | (long)address;
        k = (k << MatBlockBits) | matBlock;
        k = (k << NumWayBits) | (long)numWay;
        k = (k << MuxBits) | (long)Mat.Log2(muxSense);
        k = (k << MuxBits) | (long)Mat.Log2(lev1);
        k = (k << MuxBits) | (long)Mat.Log2(lev2);
        return k + 1; // 0 marks an empty slot (NoKey)
    }

    private static bool Fits(long value, int bits) => value >= 0 && value < 1L << bits;

    public bool TryGet(long key, out MatSummary value)
    {
        if (key == NoKey)
        {
            value = default;
            Misses++;
            return false;
        }

        var i = Slot(key);
        while (_keys[i] != 0)
        {
            if (_keys[i] == key)
            {
                value = _values[i];
                Hits++;
                return true;
            }

            i = (i + 1) & (Size - 1);
        }

        value = default;
        Misses++;
        return false;
    }

    public void Add(long key, in MatSummary value)
    {
        if (key == NoKey || _count >= Size * 3 / 4)
        {
            // Full enough: stop memoizing rather than degrade (results stay exact, only slower).
            return;
        }

        var i = Slot(key);
        while (_keys[i] != 0)
        {
            i = (i + 1) & (Size - 1);
        }

        _keys[i] = key;
        _values[i] = value;
        _count++;
    }

    private static int Slot(long key)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - Bits));
    }
}
