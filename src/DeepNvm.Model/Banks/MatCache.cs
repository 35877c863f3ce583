
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
/// table reused by the thread keeps the search allocation-free once it has grown.</summary>
/// <remarks>The table starts small and doubles when three quarters full, up to <see cref="MaxBits"/>: a search of an
/// 8 MB SRAM array for read latency in Sequential mode evaluates about 37,000 distinct mats, and a table that stopped at
/// 12,000 entries evaluated 107,000 (two thirds of that search's time). Clearing is a new generation, not a pass over
/// the slots, so a small search after a large one does not pay for the large table.</remarks>
internal sealed class MatCache
{
    private const int InitialBits = 14;
    internal const int MaxBits = 17;
    private int _bits = InitialBits;

    // Keys and generations apart from the mats: a probe reads only the dense arrays, the mat only on a hit.
    private long[] _keys = new long[1 << InitialBits];
    private int[] _generations = new int[1 << InitialBits];
    private MatSummary[] _values = new MatSummary[1 << InitialBits];
    private int _generation = 1;
    private int _count;

    public long Misses;
    public long Hits;

    /// <summary>Forget every mat (a new search): a slot counts only when it was written in the current generation. The
    /// search starts again in the table's first 2¹⁴ slots, so a small search's mats stay close together in memory even after
    /// a large search has grown the table.</summary>
    public void Clear()
    {
        _count = 0;
        Misses = 0;
        Hits = 0;
        _bits = InitialBits;
        NextGeneration();
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

        var mask = (1 << _bits) - 1;
        for (var i = Slot(key, _bits); _generations[i] == _generation; i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                value = _values[i];
                Hits++;
                return true;
            }
        }

        value = default;
        Misses++;
        return false;
    }

    public void Add(long key, in MatSummary value)
    {
        if (key == NoKey)
        {
            return;
        }

        if (_count >= (1 << _bits) * 3 / 4)
        {
            if (_bits == MaxBits)
            {
                return; // full: stop memoizing rather than degrade (results stay exact, only slower)
            }

            Grow();
        }

        Insert(key, in value);
        _count++;
    }

    private void Insert(long key, in MatSummary value)
    {
        var mask = (1 << _bits) - 1;
        var i = Slot(key, _bits);
        while (_generations[i] == _generation)
        {
            i = (i + 1) & mask;
        }

        _keys[i] = key;
        _values[i] = value;
        _generations[i] = _generation;
    }

    /// <summary>Twice the slots in use (the arrays grow when the slots outnumber them), the current generation's mats moved
    /// over under a new generation.</summary>
    private void Grow()
    {
        var used = 1 << _bits;
        var keys = new long[_count];
        var values = new MatSummary[_count];
        var moved = 0;
        for (var i = 0; i < used; i++)
        {
            if (_generations[i] == _generation)
            {
                keys[moved] = _keys[i];
                values[moved++] = _values[i];
            }
        }

        _bits++;
        if (_keys.Length < 1 << _bits)
        {
            _keys = new long[1 << _bits];
            _generations = new int[1 << _bits];
            _values = new MatSummary[1 << _bits];
        }

        NextGeneration();
        for (var i = 0; i < moved; i++)
        {
            Insert(keys[i], in values[i]);
        }
    }

    private void NextGeneration()
    {
        if (++_generation == int.MaxValue)
        {
            System.Array.Clear(_generations, 0, _generations.Length);
            _generation = 1;
        }
    }

    private static int Slot(long key, int bits)
    {
        var h = (ulong)key * 0x9E3779B97F4A7C15UL;
        return (int)(h >> (64 - bits));
    }
}
