using System;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>The best bank found by a search, with its organization and bookkeeping.</summary>
internal struct SearchOutcome
{
    public bool Found;
    public Bank Best;
    public ArrayOrganization Organization;
    public long Evaluated;
    public long Legal;
    public long RejectedByRule;
    public Rejection LastRule;

    // Candidates each constraint removed, in the order they are applied (CacheConstraints).
    public int RejectedByMaxArea;
    public int RejectedByMaxLeakage;
    public int RejectedByMaxReadLatency;
    public int RejectedByMaxWriteLatency;
    public int RejectedByMaxReadEnergy;
    public int RejectedByMaxWriteEnergy;
}

/// <summary>Preallocated lists for the search (routes and their bounds), reused across searches.</summary>
internal sealed class SearchWorkspace
{
    public const int MaxRoutes = 1 << 14; // 91² grids at 4096 × 4096 mats
    public readonly HtreeWorkspace Htree = new();
    public readonly PassedGroups Passed = new();
    public readonly BoundTables Tables = new();
    public readonly GroupFamilies Families = new();
    public readonly double[] Bound = new double[MaxRoutes];
    public readonly int[] Order = new int[MaxRoutes];
    public readonly HtreeRoute[] Routes = new HtreeRoute[MaxRoutes];
    public readonly int[] RowMat = new int[MaxRoutes];
    public readonly int[] ColMat = new int[MaxRoutes];
    // "Per row": active mats among the mats of one row (at most the mat columns), NVSim's activeMatPerRow; an
    // ArrayOrganization counts the other way (ActiveColumnMats = active mats per row, ActiveRowMats = per column).
    public readonly int[] ActiveMatsPerRow = new int[MaxRoutes];
    public readonly int[] ActiveMatsPerColumn = new int[MaxRoutes];
    public readonly int[] SubActive = new int[MaxRoutes];
    public readonly double[] A = new double[MaxRoutes];
    public readonly double[] B = new double[MaxRoutes];
    public readonly double[] C1 = new double[MaxRoutes];
    public readonly double[] C2 = new double[MaxRoutes];

    [ThreadStatic]
    private static SearchWorkspace? _current;

    /// <summary>The calling thread's workspace (allocated once per thread).</summary>
    public static SearchWorkspace ForThread() => _current ??= new SearchWorkspace();
}

/// <summary>Search over the legal partitions of one array: mat grid and active mats (powers of two up to the
/// limit), subarrays per mat (1-2 × 1-2) and active subarrays, three mux levels — the space NVSim explores.
/// Branch and bound: mat grids are visited in the order of a lower bound on the target, subarray shapes are
/// skipped when their bound cannot beat the best so far, and the search stops when no remaining grid can;
/// the optimum is the exhaustive search's. Mats are memoized; nothing is allocated per candidate.</summary>
internal static class OrganizationSearch
{
    /// <summary>A bound is compared with the best score at this share of itself: a bound may exceed its candidates' score by a
    /// rounding.</summary>
    private const double BoundMargin = 1 - 1e-9;

    public static double Score(in Bank b, OptimizationTarget target) => target switch
    {
        OptimizationTarget.ReadLatency => b.ReadLatency,
        OptimizationTarget.WriteLatency => b.WriteLatency,
        OptimizationTarget.ReadEnergy => b.ReadEnergy,
        OptimizationTarget.WriteEnergy => b.WriteEnergy,
        OptimizationTarget.ReadEdp => b.ReadLatency * b.ReadEnergy,
        OptimizationTarget.WriteEdp => b.WriteLatency * b.WriteEnergy,
        OptimizationTarget.Leakage => b.Leakage,
        _ => b.Area,
    };

    /// <summary>Search one array (<paramref name="cutoff"/>: candidates scoring above it are not wanted; see
    /// <see cref="WarmStart"/>). Data: <paramref name="bitsPerEntry"/> is the bits per access (the line, or the
    /// set in Fast mode) and <paramref name="entries"/> the accesses the array holds. Tag: the tag bits per line
    /// and the number of lines (NVSim: one row per set, 64 × 64 mats, muxes up to 64).</summary>
    /// <param name="passed">A log being filled: the search logs the groups whose bound lets them through. A log being replayed
    /// (<see cref="PassedGroups.Replaying"/>): the search visits only its groups, in its order, instead of routing and bounding
    /// every grid. Either way the bounds must not depend on the buffer design (<paramref name="anyBufferDesign"/>).</param>
    public static SearchOutcome Search(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux, bool prune = true, ForcedOrganization? force = null,
        double cutoff = double.MaxValue, PassedGroups? passed = null, bool anyBufferDesign = false)
    {
        ws.Htree.Mats.Clear();
        var run = new SearchRun(c, ws, tag, entries, bitsPerEntry, associativity, target, constraints, maxMux, prune, force, cutoff,
            passed is { Replaying: false } ? passed : null, anyBufferDesign);
        if (passed is { Replaying: true } log)
        {
            // The log's grids are in bound order: stop where the plain search would (no later grid can beat the best).
            for (var g = 0; g < log.Grids.Count && log.Grids[g].RouteBound * BoundMargin < run.BestScore; g++)
            {
                run.ReplayGrid(log, g);
            }

            return run.Outcome;
        }

        passed?.Clear();

        // 1. Route every mat grid and bound it; 2. visit the grids in bound order until none can beat the best.
        var count = run.RouteGrids(maxMats);
        System.Array.Sort(ws.Bound, ws.Order, 0, count);
        for (var n = 0; n < count && ws.Bound[n] * BoundMargin < run.BestScore; n++)
        {
            run.VisitGrid(ws.Order[n], ws.Bound[n]);
        }

        return run.Outcome;
    }

    /// <summary>One search's inputs, its bounds and its best so far, with the three steps that walk the space:
    /// routing the mat grids (<see cref="RouteGrids"/>), the subarray arrangements and mux degrees of a grid
    /// (<see cref="VisitGrid"/>, each group bounded from its family's shape floor, <see cref="GroupFamilies"/>) and one candidate (<see cref="TryCandidate"/>).</summary>
    private ref struct SearchRun
    {
        /// <summary>A split whose bound is below this share of the best so far is evaluated without laying out its subarray
        /// (<see cref="LaidOutSubarrays"/>): the floor rarely lifts a bound by more (0.7, 0.85 and 0.9 measured over the 72
        /// searches of docs/benchmarks-cache-model.md; 0.85 the fastest in all).</summary>
        private const double FloorWorthwhile = 0.85;

        /// <summary>The same for a latency alone, whose floor also takes the mat's predecoders (<see cref="_matInFloor"/>) and so lifts
        /// the bound by 15-20 %: 0.3, 0.5, 0.7 and 0.85 measured over the 72 searches, 0.5 the fastest.</summary>
        private const double FloorWorthwhileForLatency = 0.5;

        /// <summary>Whether a split's floor takes its mat's predecoders (<see cref="MatPredecoders"/>): the mat's outline, which the
        /// H-tree's delay grows with, and the predecoders' delay. For a latency alone it cuts the candidates of the 8 MB SRAM Sequential
        /// searches 6-10×; for the other targets, whose bounds are further from the score elsewhere, it cost more than it pruned (the
        /// example's design space, read EDP: 7 % slower).</summary>
        private readonly bool _matInFloor;
        private readonly double _floorWorthwhile;

        private readonly ArrayContext _c;
        private readonly SearchWorkspace _ws;
        private readonly bool _tag;
        private readonly long _entries;
        private readonly long _bitsPerEntry;
        private readonly int _associativity;
        private readonly OptimizationTarget _target;
        private readonly CacheConstraints? _constraints;
        private readonly int _maxMux;
        private readonly bool _prune;
        private readonly ForcedOrganization? _force;
        private readonly SearchBounds _bounds;
        private readonly double _ionOverIoff;
        private readonly int _log2MaxMux;
        private readonly bool _resistive;
        private readonly bool _checkColumns;
        private readonly PassedGroups? _record;
        private long _bestOrder;
        private double _gridBound;
        private bool _gridLogged;
        private bool _gridRouted;

        public SearchOutcome Outcome;

        /// <summary>The best score so far; a warm start's cutoff is the score of a known legal candidate: pruning starts
        /// tight, and every candidate scoring at most the cutoff is still visited (bounds are below scores), so the
        /// optimum is unchanged.</summary>
        public double BestScore;

        /// <summary>Whether a bound cannot beat the best so far. A bound may exceed its candidates' score by a rounding, so the
        /// test keeps a relative margin; a NaN bound prunes nothing.</summary>
        private readonly bool Prunes(double bound) => bound * BoundMargin >= BestScore;

        public SearchRun(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity, OptimizationTarget target,
            CacheConstraints? constraints, int maxMux, bool prune, ForcedOrganization? force, double cutoff, PassedGroups? record, bool anyBufferDesign)
        {
            _c = c;
            _ws = ws;
            _tag = tag;
            _entries = entries;
            _bitsPerEntry = bitsPerEntry;
            _associativity = associativity;
            _target = target;
            _constraints = constraints;
            _maxMux = maxMux;
            _prune = prune;
            _force = force;
            _bounds = prune ? new SearchBounds(c, target, ws.Tables, anyBufferDesign) : default; // only the pruning tests read it
            _record = prune ? record : null;
            _gridBound = 0;
            _gridLogged = false;
            _ionOverIoff = c.Tech.IonN / c.Tech.IoffN;
            _log2MaxMux = Mat.Log2(maxMux);
            _resistive = c.Cell.IsResistive;
            _checkColumns = c.AccessMode != CacheAccessMode.Sequential;
            _matInFloor = target is OptimizationTarget.ReadLatency or OptimizationTarget.WriteLatency;
            _floorWorthwhile = _matInFloor ? FloorWorthwhileForLatency : FloorWorthwhile;
            _bestOrder = long.MaxValue;
            ws.Families.Clear();
            Outcome = new SearchOutcome();
            BestScore = cutoff;
        }

        /// <summary>Step 1: every mat grid (mats per row and column, active mats, and for a tag the active subarrays),
        /// routed and bounded, into the workspace's lists; returns how many.</summary>
        public int RouteGrids(int maxMats)
        {
            var ws = _ws;
            var count = 0;
            for (var rowMat = 1; rowMat <= maxMats; rowMat *= 2)
            {
                for (var colMat = 1; colMat <= maxMats; colMat *= 2)
                {
                    for (var activeMatsPerRow = 1; activeMatsPerRow <= colMat; activeMatsPerRow *= 2)
                    {
                        for (var activeMatsPerColumn = 1; activeMatsPerColumn <= rowMat; activeMatsPerColumn *= 2)
                        {
                            for (var subActive = 1; subActive <= (_tag ? 4 : 1); subActive *= 2)
                            {
                                // NVSim rejects a split with fewer bits than active subarrays before it pads the tag bits.
                                var block = BlockSize(_tag, _bitsPerEntry, activeMatsPerRow * activeMatsPerColumn * subActive);
                                if (_bitsPerEntry / (activeMatsPerRow * activeMatsPerColumn * subActive) == 0 || block / (activeMatsPerRow * activeMatsPerColumn) == 0
                                    || count == SearchWorkspace.MaxRoutes || !ForcedGrid(rowMat, colMat, activeMatsPerRow, activeMatsPerColumn))
                                {
                                    continue;
                                }

                                var route = Bank.Route(ws.Htree, _tag, rowMat, colMat, _entries * block, block, _associativity, activeMatsPerRow, activeMatsPerColumn);
                                if (!route.Valid)
                                {
                                    continue;
                                }

                                SearchBounds.HtreeCoefficients(ws.Htree, route.LevelH, route.LevelV, out var a, out var b, out var c1, out var c2);
                                var cellsPerMat = _entries * block / ((long)rowMat * colMat);
                                // Per subarray at least ⌊bits/4⌋ of the mat's bits (4 active subarrays at most), times the ways.
                                var minColumns = route.MatBlockSize / 4 * route.NumWay;
                                var selectedPerMat = route.MatBlockSize / 4 * 4 * (_tag ? route.NumWay : 1);
                                Comparator(in route, out var matLatency, out var matEnergy);
                                var bound = _prune
                                    ? _bounds.RouteBound(cellsPerMat, rowMat * colMat, route.ActiveMats, selectedPerMat, minColumns, a, b, c1, c2, matLatency, matEnergy)
                                    : 0;
                                if (Prunes(bound))
                                {
                                    continue; // beyond a warm start's cutoff: never visited, so not sorted either
                                }

                                ws.Bound[count] = bound;
                                ws.Order[count] = count;
                                ws.Routes[count] = route;
                                ws.RowMat[count] = rowMat;
                                ws.ColMat[count] = colMat;
                                ws.ActiveMatsPerRow[count] = activeMatsPerRow;
                                ws.ActiveMatsPerColumn[count] = activeMatsPerColumn;
                                ws.SubActive[count] = subActive;
                                ws.A[count] = a;
                                ws.B[count] = b;
                                ws.C1[count] = c1;
                                ws.C2[count] = c2;
                                count++;
                            }
                        }
                    }
                }
            }

            return count;
        }

        /// <summary>Step 2: the groups of grid <paramref name="r"/> (subarray arrangement and total mux degree), from its family
        /// (<see cref="GroupFamilies"/>), each bounded with the grid's H-tree and visited unless the bound prunes it.</summary>
        public void VisitGrid(int r, double routeBound)
        {
            _gridBound = routeBound;
            _gridLogged = false;
            _gridRouted = false; // the workspace's H-tree levels are routed again only if a group passes (VisitSplits)
            var ws = _ws;
            ref readonly var route = ref ws.Routes[r];
            Comparator(in route, out var matLatency, out var matEnergy);
            var families = ws.Families;
            var key = new GroupFamilyKey(route.Address, route.MatBlockSize, route.NumWay, route.ExtraSense, route.ExtraLev1, route.ExtraLev2,
                ws.ActiveMatsPerRow[r] * ws.ActiveMatsPerColumn[r], ws.SubActive[r]);
            if (!families.TryGet(in key, out var family))
            {
                var start = families.Count;
                AddFamily(r, in route);
                family = families.Close(in key, start);
            }

            var numMats = ws.RowMat[r] * ws.ColMat[r];
            if (!_prune)
            {
                for (var i = family.Start; i < family.Start + family.Count; i++)
                {
                    VisitUnlessPruned(r, in route, in families[i], numMats, matLatency, matEnergy);
                }

                return;
            }

            // Every group's bound at once (GridBounds), then each group the best so far leaves in, in order.
            _bounds.GridBounds(families, family.Start, family.Count, numMats, route.ActiveMats, ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], matLatency, matEnergy);
            var bounds = families.Bounds;
            for (var i = 0; i < family.Count; i++)
            {
                if (!Prunes(bounds[i]))
                {
                    VisitSplits(r, in route, in families[family.Start + i], numMats, matLatency, matEnergy, bounds[i]);
                }
            }
        }

        /// <summary>One group in grid <paramref name="r"/> of <paramref name="numMats"/> mats: bounded from its shape's floor, then
        /// its splits visited unless the bound prunes it.</summary>
        private void VisitUnlessPruned(int r, in HtreeRoute route, in FamilyGroup group, int numMats, double matLatency, double matEnergy)
        {
            var ws = _ws;
            var groupBound = _prune
                ? _bounds.GridBound(in group.Floor, numMats, route.ActiveMats, ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], matLatency, matEnergy)
                : 0;
            if (_prune && Prunes(groupBound))
            {
                return;
            }

            VisitSplits(r, in route, in group, numMats, matLatency, matEnergy, groupBound);
        }

        /// <summary>A group of grid <paramref name="r"/>'s family that its bound let through: its splits.</summary>
        private void VisitSplits(int r, in HtreeRoute route, in FamilyGroup group, int numMats, double matLatency, double matEnergy, double groupBound)
        {
            var arrangement = group.Arrangement; // a family's arrangement leaves the mats to the grid
            arrangement.NumMats = numMats;
            VisitSplits(r, in route, in arrangement, matLatency, matEnergy, group.K, group.Rows, group.Columns, group.Selected, groupBound);
        }

        /// <summary>The groups of grid <paramref name="r"/>'s family, in visiting order: each subarray arrangement (subarrays per
        /// mat, 1-2 × 1-2, and the active ones; a tag grid fixes how many are active), then each total mux degree 2ᵏ.</summary>
        private void AddFamily(int r, in HtreeRoute route)
        {
            var ws = _ws;
            var block = BlockSize(_tag, _bitsPerEntry, ws.ActiveMatsPerRow[r] * ws.ActiveMatsPerColumn[r] * ws.SubActive[r]);
            for (var rowSub = 1; rowSub <= 2; rowSub *= 2)
            {
                for (var colSub = 1; colSub <= 2; colSub *= 2)
                {
                    for (var activeSubarraysPerRow = 1; activeSubarraysPerRow <= colSub; activeSubarraysPerRow *= 2)
                    {
                        for (var activeSubarraysPerColumn = 1; activeSubarraysPerColumn <= rowSub; activeSubarraysPerColumn *= 2)
                        {
                            var activeSubs = activeSubarraysPerRow * activeSubarraysPerColumn;
                            if ((_tag && activeSubs != ws.SubActive[r]) || block / (ws.ActiveMatsPerRow[r] * ws.ActiveMatsPerColumn[r] * activeSubs) == 0
                                || !ForcedSubarrays(rowSub, colSub, activeSubarraysPerRow, activeSubarraysPerColumn))
                            {
                                continue;
                            }

                            var arrangement = Arrangement(r, in route, rowSub, colSub, activeSubarraysPerRow, activeSubarraysPerColumn);
                            if (!arrangement.Valid)
                            {
                                continue;
                            }

                            arrangement.NumMats = 0; // the grid's, set when a grid visits the group
                            for (var k = 0; (1L << k) <= (long)_maxMux * _maxMux * _maxMux; k++)
                            {
                                var shape = Group(in arrangement, k, out ws.Families.Next());
                                if (shape == GroupShape.NoRows)
                                {
                                    break;
                                }

                                if (shape == GroupShape.Valid)
                                {
                                    ws.Families.Commit();
                                }
                            }
                        }
                    }
                }
            }
        }

        /// <summary>A logged grid's passed groups, in the order they were logged: the grid's route parameters go into the
        /// workspace's first slot (the routing of this search did not fill it), then each group is bounded and visited.</summary>
        public void ReplayGrid(PassedGroups log, int g)
        {
            var ws = _ws;
            var grid = log.Grids[g];
            ws.RowMat[0] = grid.RowMat;
            ws.ColMat[0] = grid.ColMat;
            ws.ActiveMatsPerRow[0] = grid.ActiveMatsPerRow;
            ws.ActiveMatsPerColumn[0] = grid.ActiveMatsPerColumn;
            ws.SubActive[0] = grid.SubActive;
            ws.A[0] = grid.A;
            ws.B[0] = grid.B;
            ws.C1[0] = grid.C1;
            ws.C2[0] = grid.C2;
            var route = GridRoute(0, out var matLatency, out var matEnergy);
            _gridRouted = true;
            var last = g + 1 < log.Grids.Count ? log.Grids[g + 1].FirstGroup : log.Groups.Count;
            for (var i = grid.FirstGroup; i < last; i++)
            {
                var group = log.Groups[i];
                var arrangement = Arrangement(0, in route, group.RowSub, group.ColSub, group.ActivePerRow, group.ActivePerColumn);
                VisitGroup(0, in route, in arrangement, matLatency, matEnergy, group.K);
            }
        }

        /// <summary>Grid <paramref name="r"/>'s route, and the comparator figures that bound each of its organizations.</summary>
        private readonly HtreeRoute GridRoute(int r, out double matLatency, out double matEnergy)
        {
            var ws = _ws;
            var block = BlockSize(_tag, _bitsPerEntry, ws.ActiveMatsPerRow[r] * ws.ActiveMatsPerColumn[r] * ws.SubActive[r]);
            var route = Bank.Route(ws.Htree, _tag, ws.RowMat[r], ws.ColMat[r], _entries * block, block, _associativity, ws.ActiveMatsPerRow[r], ws.ActiveMatsPerColumn[r]);

            // A tag mat always has its comparators (one per way): their delay and energy bound every organization.
            Comparator(in route, out matLatency, out matEnergy);
            return route;
        }

        /// <summary>What one subarray arrangement of grid <paramref name="r"/> fixes for all its mux degrees.</summary>
        private readonly ArrangementShape Arrangement(int r, in HtreeRoute route, int rowSub, int colSub, int activeSubarraysPerRow, int activeSubarraysPerColumn)
        {
            var activeSubs = activeSubarraysPerRow * activeSubarraysPerColumn;
            var address = route.Address - Mat.Log2(rowSub * colSub / activeSubs);
            var columnsBase = route.MatBlockSize / activeSubs;
            var waysInRow = _tag ? 1 : route.NumWay;
            var valid = address > 0 && address <= 40 && columnsBase != 0;
            return new ArrangementShape
            {
                Valid = valid,
                RowSub = rowSub, ColSub = colSub, ActivePerRow = activeSubarraysPerRow, ActivePerColumn = activeSubarraysPerColumn, ActiveSubs = activeSubs,
                ColumnsBase = columnsBase, WaysInColumns = _tag ? route.NumWay : 1, Extra = (long)route.ExtraSense * route.ExtraLev1 * route.ExtraLev2,
                RowsBase = valid ? (1L << address) * waysInRow : 0, SenseMuxMin = Mat.Log2(route.ExtraSense),
                NumMats = _ws.RowMat[r] * _ws.ColMat[r],
                MatAddressBits = address,
            };
        }

        private enum GroupShape
        {
            Valid,
            /// <summary>The shape is out of the model's range (too many rows or columns, too few columns for the ways, more rows
            /// than the cell's on/off ratio allows): a larger degree may still fit.</summary>
            OutOfRange,
            /// <summary>The degree leaves no rows: no larger one can either.</summary>
            NoRows,
        }

        /// <summary>The subarray shape of an arrangement at total mux degree 2ᵏ (rows ÷ 2ᵏ, columns × 2ᵏ), and its floor.</summary>
        private readonly GroupShape Group(in ArrangementShape a, int k, out FamilyGroup group)
        {
            group = default;
            var muxProduct = (1L << k) * a.Extra;
            var rows = a.RowsBase / muxProduct;
            if (rows == 0)
            {
                return GroupShape.NoRows;
            }

            var columns = a.ColumnsBase * muxProduct * a.WaysInColumns;
            if (rows > 1 << 20 || columns > 1 << 20 || (_checkColumns && columns < _c.Associativity) || (_resistive && _ionOverIoff < rows))
            {
                return GroupShape.OutOfRange;
            }

            group.Arrangement = a;
            group.K = k;
            group.Rows = (int)rows;
            group.Columns = columns;
            group.Selected = a.ColumnsBase * a.WaysInColumns; // columns / muxProduct, without the division
            if (_prune)
            {
                var senseMuxMax = a.SenseMuxMin + Math.Min(k, _log2MaxMux);
                group.Floor = _bounds.ShapeFloor(group.Rows, columns, a.RowSub, a.ColSub, a.ActiveSubs, group.Selected, a.SenseMuxMin, senseMuxMax,
                    in SubarrayFloor.None);
            }

            return GroupShape.Valid;
        }

        /// <summary>One logged group (<see cref="ReplayGrid"/>): bounded, then visited unless the bound prunes it.</summary>
        private void VisitGroup(int r, in HtreeRoute route, in ArrangementShape a, double matLatency, double matEnergy, int k)
        {
            if (Group(in a, k, out var group) == GroupShape.Valid)
            {
                VisitUnlessPruned(r, in route, in group, a.NumMats, matLatency, matEnergy);
            }
        }

        /// <summary>A group whose bound passed: logged, then each split of its mux degree over the sense-amplifier, level-1
        /// and level-2 muxes bounded and evaluated.</summary>
        private void VisitSplits(int r, in HtreeRoute route, in ArrangementShape a, double matLatency, double matEnergy, int k, int rows, long columns,
            long selected, double groupBound)
        {
            var ws = _ws;
            if (!_gridRouted)
            {
                _gridRouted = true;
                GridRoute(r, out _, out _); // the candidates read the route's H-tree levels from the workspace
            }

            if (_record is { } log)
            {
                if (!_gridLogged)
                {
                    _gridLogged = true;
                    log.Grids.Add(new PassedGroups.Grid(_gridBound, ws.RowMat[r], ws.ColMat[r], ws.ActiveMatsPerRow[r], ws.ActiveMatsPerColumn[r], ws.SubActive[r],
                        ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], log.Groups.Count));
                }

                log.Groups.Add(new PassedGroups.Group(a.RowSub, a.ColSub, a.ActivePerRow, a.ActivePerColumn, k));
            }

            // Every split of 2^k over the three mux levels. A split's shape bound depends only on its sense-amplifier degree and
            // on which mux levels exist, so it is computed once per such pair.
            for (var k1 = 0; k1 <= k; k1++)
            {
                var senseLog = a.SenseMuxMin + k1;
                var boundLevels = -1;
                var shapeBound = groupBound;
                for (var k2 = 0; k1 + k2 <= k; k2++)
                {
                    var muxSense = 1 << k1;
                    var lev1 = 1 << k2;
                    var lev2 = 1 << (k - k1 - k2);
                    if (muxSense > _maxMux || lev1 > _maxMux || lev2 > _maxMux || !ForcedMuxes(muxSense, lev1, lev2))
                    {
                        continue;
                    }

                    if (_prune)
                    {
                        // The split fixes the sense-amplifier pitch, which mux levels exist and the subarray's layout: a tighter bound.
                        var levels = (muxSense * route.ExtraSense > 1 ? 1 : 0) + (lev1 * route.ExtraLev1 > 1 ? 1 : 0) + (lev2 * route.ExtraLev2 > 1 ? 1 : 0);
                        if (k > 0 && levels != boundLevels)
                        {
                            boundLevels = levels;
                            shapeBound = _bounds.GroupBound(rows, columns, a.RowSub, a.ColSub, a.ActiveSubs, a.NumMats, route.ActiveMats, selected,
                                ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], senseLog, senseLog, matLatency, matEnergy, in SubarrayFloor.None, levels);
                        }

                        if (Prunes(SplitBound(r, in route, in a, rows, columns, selected, matLatency, matEnergy, shapeBound, senseLog, levels, muxSense, lev1, lev2)))
                        {
                            continue;
                        }
                    }

                    TryCandidate(r, in route, muxSense, lev1, lev2, a.RowSub, a.ColSub, a.ActivePerRow, a.ActivePerColumn);
                }
            }
        }

        /// <summary>The bound of one split of a group's mux degree over the three levels: the sense amplifiers' pitch, the mux
        /// levels present and the subarray as laid out (an invalid layout is left to the model to reject).</summary>
        private readonly double SplitBound(int r, in HtreeRoute route, in ArrangementShape a, int rows, long columns, long selected, double matLatency,
            double matEnergy, double shapeBound, int senseLog, int levels, int muxSense, int lev1, int lev2)
        {
            var ws = _ws;
            // The subarray's floor costs about half a mat's evaluation: worth it only for a split its bound nearly prunes already.
            if (Prunes(shapeBound) || shapeBound < _floorWorthwhile * BestScore || !ws.Tables.Subarrays.Enabled)
            {
                return shapeBound;
            }

            var muxSenseAmp = muxSense * route.ExtraSense;
            var muxLev1 = lev1 * route.ExtraLev1;
            var muxLev2 = lev2 * route.ExtraLev2;
            var subarray = ws.Tables.Subarrays.Of(rows, columns, muxSenseAmp, muxLev1, muxLev2);
            if (_matInFloor && subarray.Known)
            {
                // With the subarray's outline known, so are the mat's predecoders: its outline and their delay and energy.
                var predecoders = MatPredecoders.Of(_c, ws.Htree.Predecoders, subarray.Width, subarray.Height, a.RowSub, a.ColSub, a.MatAddressBits,
                    muxSenseAmp, muxLev1, muxLev2);
                subarray = subarray.WithMat(in predecoders, a.RowSub, a.ColSub, a.ActiveSubs);
            }

            return _bounds.GroupBound(rows, columns, a.RowSub, a.ColSub, a.ActiveSubs, a.NumMats, route.ActiveMats, selected,
                ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], senseLog, senseLog, matLatency, matEnergy, in subarray, levels);
        }

        /// <summary>Step 3: one candidate evaluated in full, checked against the legality rules and the constraints, and
        /// kept if it beats the best (equal scores: the one NVSim's loop order meets first).</summary>
        private void TryCandidate(int r, in HtreeRoute route, int muxSense, int lev1, int lev2, int rowSub, int colSub, int activeSubarraysPerRow, int activeSubarraysPerColumn)
        {
            Outcome.Evaluated++;
            var bank = Bank.EvaluateRouted(_c, _ws.Htree, _tag, in route, muxSense, lev1, lev2, rowSub, colSub, activeSubarraysPerRow, activeSubarraysPerColumn);
            if (bank.Invalid)
            {
                Outcome.RejectedByRule++;
                Outcome.LastRule = bank.Rejection;
                return;
            }

            if (!Admit(in bank, _constraints, ref Outcome))
            {
                return;
            }

            Outcome.Legal++;
            var score = Score(in bank, _target);
            var rowMat = _ws.RowMat[r];
            var colMat = _ws.ColMat[r];
            var order = NvsimOrder(rowMat, colMat, _ws.ActiveMatsPerRow[r], _ws.ActiveMatsPerColumn[r], rowSub, colSub, activeSubarraysPerRow, activeSubarraysPerColumn, muxSense, lev1, lev2);
            if (score < BestScore || (score == BestScore && order < _bestOrder))
            {
                BestScore = score;
                _bestOrder = order;
                Outcome.Found = true;
                Outcome.Best = bank;
                Outcome.Organization = new ArrayOrganization(rowMat, colMat, _ws.ActiveMatsPerColumn[r], _ws.ActiveMatsPerRow[r], rowSub, colSub,
                    activeSubarraysPerColumn, activeSubarraysPerRow, muxSense, lev1, lev2, bank.Mat.NumRow, bank.Mat.NumColumn);
            }
        }

        /// <summary>A tag mat's comparators (one per way) bound every organization of its grid; a data mat has none.</summary>
        private readonly void Comparator(in HtreeRoute route, out double latency, out double energy)
        {
            latency = energy = 0;
            if (_tag && _prune)
            {
                var comparator = Mat.ComparatorOf(_c, (int)route.MatBlockSize);
                latency = comparator.Latency;
                energy = comparator.Energy * route.NumWay;
            }
        }

        private readonly bool ForcedGrid(int rowMat, int colMat, int activeMatsPerRow, int activeMatsPerColumn) =>
            _force is not { } f || (ForcedOrganization.Allows(f.RowMats, rowMat) && ForcedOrganization.Allows(f.ColumnMats, colMat)
                && ForcedOrganization.Allows(f.ActiveRowMats, activeMatsPerColumn) && ForcedOrganization.Allows(f.ActiveColumnMats, activeMatsPerRow)
                && (!f.AllMatsOfARowActive || activeMatsPerRow == colMat));

        private readonly bool ForcedSubarrays(int rowSub, int colSub, int activeSubarraysPerRow, int activeSubarraysPerColumn) =>
            _force is not { } f || (ForcedOrganization.Allows(f.RowSubarrays, rowSub) && ForcedOrganization.Allows(f.ColumnSubarrays, colSub)
                && ForcedOrganization.Allows(f.ActiveRowSubarrays, activeSubarraysPerColumn) && ForcedOrganization.Allows(f.ActiveColumnSubarrays, activeSubarraysPerRow));

        private readonly bool ForcedMuxes(int muxSense, int lev1, int lev2) =>
            _force is not { } f || (ForcedOrganization.Allows(f.MuxSenseAmp, muxSense) && ForcedOrganization.Allows(f.MuxLev1, lev1)
                && ForcedOrganization.Allows(f.MuxLev2, lev2));
    }

    /// <summary>Position of a chosen organization in NVSim's loop order (see below).</summary>
    internal static long NvsimOrder(in ArrayOrganization o) =>
        NvsimOrder(o.RowMats, o.ColumnMats, o.ActiveColumnMats, o.ActiveRowMats, o.RowSubarrays, o.ColumnSubarrays, o.ActiveColumnSubarrays,
            o.ActiveRowSubarrays, o.MuxSenseAmp, o.MuxLev1, o.MuxLev2);

    /// <summary>Position of a candidate in NVSim's loop order (mat grid, active mats, subarrays, active subarrays,
    /// muxes): equal scores go to the candidate NVSim would have met first, so ties resolve as in NVSim.</summary>
    private static long NvsimOrder(int rowMat, int colMat, int activeMatsPerRow, int activeMatsPerColumn, int rowSub, int colSub, int activeSubarraysPerRow,
        int activeSubarraysPerColumn, int muxSense, int lev1, int lev2)
    {
        long key = 0;
        key = (key << 4) | (long)Mat.Log2(rowMat);
        key = (key << 4) | (long)Mat.Log2(colMat);
        key = (key << 4) | (long)Mat.Log2(activeMatsPerRow);
        key = (key << 4) | (long)Mat.Log2(activeMatsPerColumn);
        key = (key << 4) | (long)Mat.Log2(rowSub);
        key = (key << 4) | (long)Mat.Log2(colSub);
        key = (key << 4) | (long)Mat.Log2(activeSubarraysPerRow);
        key = (key << 4) | (long)Mat.Log2(activeSubarraysPerColumn);
        key = (key << 4) | (long)Mat.Log2(muxSense);
        key = (key << 4) | (long)Mat.Log2(lev1);
        key = (key << 4) | (long)Mat.Log2(lev2);
        return key;
    }

    /// <summary>Tag entries are padded so every active subarray gets the same number of bits (as NVSim does).</summary>
    internal static long BlockSize(bool tag, long bits, int activeAll)
    {
        if (!tag || bits % activeAll == 0)
        {
            return bits;
        }

        return (bits / activeAll + 1) * activeAll;
    }

    private static bool Admit(in Bank bank, CacheConstraints? k, ref SearchOutcome outcome)
    {
        if (k is null)
        {
            return true;
        }

        if (bank.Area > (k.MaxAreaSquareMeters ?? double.MaxValue))
        {
            outcome.RejectedByMaxArea++;
            return false;
        }

        if (bank.Leakage > (k.MaxLeakageWatts ?? double.MaxValue))
        {
            outcome.RejectedByMaxLeakage++;
            return false;
        }

        if (bank.ReadLatency > (k.MaxReadLatencySeconds ?? double.MaxValue))
        {
            outcome.RejectedByMaxReadLatency++;
            return false;
        }

        if (bank.WriteLatency > (k.MaxWriteLatencySeconds ?? double.MaxValue))
        {
            outcome.RejectedByMaxWriteLatency++;
            return false;
        }

        if (bank.ReadEnergy > (k.MaxReadEnergyJoules ?? double.MaxValue))
        {
            outcome.RejectedByMaxReadEnergy++;
            return false;
        }

        if (bank.WriteEnergy > (k.MaxWriteEnergyJoules ?? double.MaxValue))
        {
            outcome.RejectedByMaxWriteEnergy++;
            return false;
        }

        return true;
    }
}
