using System;
using System.Collections.Generic;
using DeepNvm.Model.Banks;

namespace DeepNvm.Model.Cache;

/// <summary>
/// The mat grids of one array shape as <c>OrganizationSearch.RouteGrids</c> routes them, in its order: each grid's mats and
/// active mats, a tag's active subarrays, its H-tree route and the route's delay and energy coefficients. Routing reads
/// only the array's shape (tag or data, entries, bits per entry, ways, the mat limit), never the cell, node or target, so
/// every search of the same shape routes the same grids: a Monte Carlo run searches the same 16 slices in every sample,
/// and a design space the same shape for each of its cells. What differs from search to search, the grids' bounds, is
/// computed again each time. About 11 KB a hundred grids; a workspace keeps at most <see cref="MaxShapes"/> shapes.
/// </summary>
internal sealed class RoutedShapes
{
    /// <summary>Shapes kept before the table starts afresh (a design space with more shapes routes some of them again).</summary>
    public const int MaxShapes = 128;

    // Looked up once per search, so a tuple's hashing is cheap enough.
    private readonly Dictionary<(bool Tag, long Entries, long BitsPerEntry, int Associativity, int MaxMats), RoutedGrids> _shapes = new();

    /// <summary>Whether these grids can be kept and shared (false: the tests' searches that route every time).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The grids routed before for this shape, if kept.</summary>
    public bool TryGet(bool tag, long entries, long bitsPerEntry, int associativity, int maxMats, out RoutedGrids grids)
    {
        grids = null!;
        return Enabled && _shapes.TryGetValue((tag, entries, bitsPerEntry, associativity, maxMats), out grids!);
    }

    /// <summary>Forget every shape.</summary>
    public void Clear() => _shapes.Clear();

    /// <summary>Keeps the first <paramref name="count"/> grids of the workspace's lists for this shape.</summary>
    public void Keep(bool tag, long entries, long bitsPerEntry, int associativity, int maxMats, SearchWorkspace ws, int count)
    {
        if (!Enabled)
        {
            return;
        }

        if (_shapes.Count == MaxShapes)
        {
            _shapes.Clear();
        }

        _shapes[(tag, entries, bitsPerEntry, associativity, maxMats)] = RoutedGrids.From(ws, count);
    }
}

/// <summary>The routed grids of one array shape (<see cref="RoutedShapes"/>).</summary>
internal sealed class RoutedGrids
{
    public int Count;
    public HtreeRoute[] Routes = Array.Empty<HtreeRoute>();
    public int[] RowMat = Array.Empty<int>();
    public int[] ColMat = Array.Empty<int>();
    public int[] ActiveMatsPerRow = Array.Empty<int>();
    public int[] ActiveMatsPerColumn = Array.Empty<int>();
    public int[] SubActive = Array.Empty<int>();
    public double[] A = Array.Empty<double>();
    public double[] B = Array.Empty<double>();
    public double[] C1 = Array.Empty<double>();
    public double[] C2 = Array.Empty<double>();


    /// <summary>The first <paramref name="count"/> grids of the workspace's lists.</summary>
    public static RoutedGrids From(SearchWorkspace ws, int count) => new()
    {
        Count = count,
        Routes = Copy(ws.Routes, count),
        RowMat = Copy(ws.RowMat, count),
        ColMat = Copy(ws.ColMat, count),
        ActiveMatsPerRow = Copy(ws.ActiveMatsPerRow, count),
        ActiveMatsPerColumn = Copy(ws.ActiveMatsPerColumn, count),
        SubActive = Copy(ws.SubActive, count),
        A = Copy(ws.A, count),
        B = Copy(ws.B, count),
        C1 = Copy(ws.C1, count),
        C2 = Copy(ws.C2, count),
    };

    /// <summary>Puts these grids into the workspace's lists, as routing them would.</summary>
    public void CopyTo(SearchWorkspace ws)
    {
        Array.Copy(Routes, ws.Routes, Count);
        Array.Copy(RowMat, ws.RowMat, Count);
        Array.Copy(ColMat, ws.ColMat, Count);
        Array.Copy(ActiveMatsPerRow, ws.ActiveMatsPerRow, Count);
        Array.Copy(ActiveMatsPerColumn, ws.ActiveMatsPerColumn, Count);
        Array.Copy(SubActive, ws.SubActive, Count);
        Array.Copy(A, ws.A, Count);
        Array.Copy(B, ws.B, Count);
        Array.Copy(C1, ws.C1, Count);
        Array.Copy(C2, ws.C2, Count);
    }

    private static T[] Copy<T>(T[] source, int count)
    {
        var copy = new T[count];
        Array.Copy(source, copy, count);
        return copy;
    }
}
