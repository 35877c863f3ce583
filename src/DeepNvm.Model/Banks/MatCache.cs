using System;

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

    public static long Key(bool tag, int rowSub, int colSub, int activeSubRow, int activeSubCol, int address, long matBlock, int numWay,
        int muxSense, int lev1, int lev2)
    {
        long k = tag ? 1 : 0;
        k = (k << 1) | (long)(rowSub - 1);
        k = (k << 1) | (long)(colSub - 1);
        k = (k << 1) | (long)(activeSubRow - 1);
        k = (k << 1) | (long)(activeSubCol - 1);
        k = (k << 7) | (long)(address & 0x7F);
        k = (k << 16) | (matBlock & 0xFFFF);
        k = (k << 10) | (long)(numWay & 0x3FF);
        k = (k << 5) | (long)Mat.Log2(muxSense);
        k = (k << 5) | (long)Mat.Log2(lev1);
        k = (k << 5) | (long)Mat.Log2(lev2);
        return k + 1; // 0 marks an empty slot
    }

    public bool TryGet(long key, out MatSummary value)
    {
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
        if (_count >= Size * 3 / 4)
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
