using System;
using System.Collections.Generic;
using DeepNvm.Model.Banks;

namespace DeepNvm.Model.Cache;

/// <summary>
/// Every mat grid of one array that routes (mats per row and column, active mats, for a tag the active subarrays), in the
/// search's loop order, with its H-tree route and coefficients and the cell counts its bound reads. Routing is combinatorics
/// on the array's shape alone (<see cref="Bank.Route"/> and <see cref="SearchBounds.HtreeCoefficients"/> read no cell, node
/// or buffer design), so the searches of one array shape under other inputs (Monte Carlo samples, the cells of a study,
/// buffer designs) share one table instead of routing every grid again.
/// </summary>
internal sealed class RoutedGrids
{
    /// <summary>The grids routed, in <see cref="Grids"/> from index 0.</summary>
    public int Count;

    public RoutedGrid[] Grids = new RoutedGrid[64];

    /// <summary>Every grid of an array of <paramref name="entries"/> accesses of <paramref name="bitsPerEntry"/> bits (see
    /// <see cref="OrganizationSearch.Search"/>) with up to <paramref name="maxMats"/> mats per dimension.</summary>
    public static RoutedGrids Route(HtreeWorkspace htree, bool tag, long entries, long bitsPerEntry, int associativity, int maxMats)
    {
        var grids = new RoutedGrids();
        for (var rowMat = 1; rowMat <= maxMats; rowMat *= 2)
        {
            for (var colMat = 1; colMat <= maxMats; colMat *= 2)
            {
                for (var activeMatsPerRow = 1; activeMatsPerRow <= colMat; activeMatsPerRow *= 2)
                {
                    for (var activeMatsPerColumn = 1; activeMatsPerColumn <= rowMat; activeMatsPerColumn *= 2)
                    {
                        for (var subActive = 1; subActive <= (tag ? 4 : 1); subActive *= 2)
                        {
                            // NVSim rejects a split with fewer bits than active subarrays before it pads the tag bits.
                            var block = OrganizationSearch.BlockSize(tag, bitsPerEntry, activeMatsPerRow * activeMatsPerColumn * subActive);
                            if (bitsPerEntry / (activeMatsPerRow * activeMatsPerColumn * subActive) == 0 || block / (activeMatsPerRow * activeMatsPerColumn) == 0)
                            {
                                continue;
                            }

                            var route = Bank.Route(htree, tag, rowMat, colMat, entries * block, block, associativity, activeMatsPerRow, activeMatsPerColumn);
                            if (!route.Valid)
                            {
                                continue;
                            }

                            if (grids.Count == grids.Grids.Length)
                            {
                                Array.Resize(ref grids.Grids, grids.Count * 2);
                            }

                            ref var grid = ref grids.Grids[grids.Count++];
                            grid.Route = route;
                            grid.RowMat = rowMat;
                            grid.ColMat = colMat;
                            grid.ActiveMatsPerRow = activeMatsPerRow;
                            grid.ActiveMatsPerColumn = activeMatsPerColumn;
                            grid.SubActive = subActive;
                            SearchBounds.HtreeCoefficients(htree, route.LevelH, route.LevelV, out grid.A, out grid.B, out grid.C1, out grid.C2);
                            grid.CellsPerMat = entries * block / ((long)rowMat * colMat);
                            grid.MinColumns = route.MatBlockSize / 4 * route.NumWay;
                            grid.SelectedPerMat = route.MatBlockSize / 4 * 4 * (tag ? route.NumWay : 1);
                        }
                    }
                }
            }
        }

        return grids;
    }
}

/// <summary>One routed mat grid (<see cref="RoutedGrids"/>).</summary>
internal struct RoutedGrid
{
    public HtreeRoute Route;
    public int RowMat;
    public int ColMat;

    /// <summary>Active mats among a row's (NVSim's activeMatPerRow), and among a column's.</summary>
    public int ActiveMatsPerRow;
    public int ActiveMatsPerColumn;

    /// <summary>A tag's active subarrays per mat (1 for data).</summary>
    public int SubActive;

    /// <summary>The H-tree's coefficients (<see cref="SearchBounds.HtreeCoefficients"/>).</summary>
    public double A;
    public double B;
    public double C1;
    public double C2;

    /// <summary>The cells a mat holds: the grid's share of the array.</summary>
    public long CellsPerMat;

    /// <summary>Per subarray at least ⌊bits/4⌋ of the mat's bits (4 active subarrays at most), times the ways.</summary>
    public long MinColumns;

    /// <summary>The bits a mat senses at least.</summary>
    public long SelectedPerMat;
}

/// <summary>The routed grids of the array shapes a thread searched last (<see cref="RoutedGrids"/>). A Monte Carlo run
/// searches 16 shapes (8 capacities, data and tag) whatever the cell; the table is started afresh past
/// <see cref="MaxShapes"/> so its memory stays bounded (a few MB) however many shapes a design space holds.</summary>
internal sealed class RoutedGridMemo
{
    public const int MaxShapes = 32;

    private readonly Dictionary<(bool Tag, long Entries, long BitsPerEntry, int Associativity, int MaxMats), RoutedGrids> _grids = new();

    /// <summary>The shapes held now.</summary>
    public int Count => _grids.Count;

    public RoutedGrids Of(HtreeWorkspace htree, bool tag, long entries, long bitsPerEntry, int associativity, int maxMats)
    {
        var key = (tag, entries, bitsPerEntry, associativity, maxMats);
        if (!_grids.TryGetValue(key, out var grids))
        {
            if (_grids.Count >= MaxShapes)
            {
                _grids.Clear();
            }

            grids = RoutedGrids.Route(htree, tag, entries, bitsPerEntry, associativity, maxMats);
            _grids.Add(key, grids);
        }

        return grids;
    }
}
