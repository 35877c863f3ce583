using System.Collections.Generic;

namespace DeepNvm.Model.Cache;

/// <summary>What a subarray arrangement of a grid fixes for every mux degree (<see cref="OrganizationSearch"/>).</summary>
internal struct ArrangementShape
{
    public bool Valid;
    public int RowSub;
    public int ColSub;
    public int ActivePerRow;
    public int ActivePerColumn;
    public int ActiveSubs;
    public long ColumnsBase;
    public int WaysInColumns;
    public long Extra;
    public long RowsBase;
    public int SenseMuxMin;
    public int NumMats;

    /// <summary>The mat's address bits less those that select among its subarrays (what <c>Mat.Evaluate</c> decodes).</summary>
    public int MatAddressBits;
}

/// <summary>
/// The groups (a grid, a subarray arrangement, a total mux degree) whose bound passed in one search, in the order the
/// search met them, with each grid's route parameters. NVSim's tag search tries three buffer designs, each needing to
/// beat the best so far. With bounds that do not depend on the design, a group the first design pruned had a bound at
/// least that design's best at the time, which is at least its final best, which is at least any later design's cutoff:
/// the later design would prune it too. So a later design visits only the logged groups, in the logged order (the grids'
/// bounds, and so their order, are the same), stopping where the plain search would; it finds the same best, and ties go
/// by NVSim's order as before.
/// </summary>
internal sealed class PassedGroups
{
    public readonly List<Grid> Grids = new();
    public readonly List<Group> Groups = new();

    /// <summary>False while a search fills the log; true once later searches replay it.</summary>
    public bool Replaying { get; set; }

    public void Clear()
    {
        Grids.Clear();
        Groups.Clear();
    }

    /// <summary>A grid with at least one passed group: its route bound, its parameters, and where its groups start.</summary>
    public readonly record struct Grid(double RouteBound, int RowMat, int ColMat, int ActiveMatsPerRow, int ActiveMatsPerColumn, int SubActive,
        double A, double B, double C1, double C2, int FirstGroup);

    /// <summary>A passed group of the grid before it: the subarray arrangement and the total mux degree 2^K.</summary>
    public readonly record struct Group(int RowSub, int ColSub, int ActivePerRow, int ActivePerColumn, int K);
}
