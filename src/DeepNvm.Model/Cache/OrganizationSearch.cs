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
    public int RejectedByConstraint0;
    public int RejectedByConstraint1;
    public int RejectedByConstraint2;
    public int RejectedByConstraint3;
    public int RejectedByConstraint4;
    public int RejectedByConstraint5;
}

/// <summary>Preallocated lists for the search (routes and their bounds), reused across searches.</summary>
internal sealed class SearchWorkspace
{
    public const int MaxRoutes = 1 << 14; // 91² grids at 4096 × 4096 mats
    public readonly HtreeWorkspace Htree = new();
    public readonly BoundTables Tables = new();
    public readonly double[] Bound = new double[MaxRoutes];
    public readonly int[] Order = new int[MaxRoutes];
    public readonly int[] RowMat = new int[MaxRoutes];
    public readonly int[] ColMat = new int[MaxRoutes];
    public readonly int[] ActiveRow = new int[MaxRoutes];
    public readonly int[] ActiveCol = new int[MaxRoutes];
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
    public static SearchOutcome Search(ArrayContext c, SearchWorkspace ws, bool tag, long entries, long bitsPerEntry, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux, bool prune = true, ForcedOrganization? force = null,
        double cutoff = double.MaxValue)
    {
        ws.Htree.Mats.Clear();
        var outcome = new SearchOutcome();
        // A warm start's cutoff is the score of a known legal candidate: pruning starts tight, and every candidate
        // scoring at most the cutoff is still visited (bounds are below scores), so the optimum is unchanged.
        var bestScore = cutoff;
        var bestOrder = long.MaxValue;
        var bounds = new SearchBounds(c, tag, target, ws.Tables);
        var ionOverIoff = c.Tech.IonN / c.Tech.IoffN;
        var resistive = c.Cell.IsResistive;
        var checkColumns = c.AccessMode != CacheAccessMode.Sequential;

        // 1. Route every mat grid and bound it.
        var count = 0;
        for (var rowMat = 1; rowMat <= maxMats; rowMat *= 2)
        {
            for (var colMat = 1; colMat <= maxMats; colMat *= 2)
            {
                for (var activeRow = 1; activeRow <= colMat; activeRow *= 2)
                {
                    for (var activeCol = 1; activeCol <= rowMat; activeCol *= 2)
                    {
                        for (var subActive = 1; subActive <= (tag ? 4 : 1); subActive *= 2)
                        {
                            var block = BlockSize(tag, bitsPerEntry, activeRow * activeCol * subActive);
                            if (block / (activeRow * activeCol) == 0 || count == SearchWorkspace.MaxRoutes
                                || (force is not null && !(ForcedOrganization.Allows(force.RowMats, rowMat) && ForcedOrganization.Allows(force.ColumnMats, colMat)
                                    && ForcedOrganization.Allows(force.ActiveRowMats, activeCol) && ForcedOrganization.Allows(force.ActiveColumnMats, activeRow))))
                            {
                                continue;
                            }

                            var route = Bank.Route(ws.Htree, tag, rowMat, colMat, entries * block, block, associativity, activeRow, activeCol);
                            if (!route.Valid)
                            {
                                continue;
                            }

                            SearchBounds.HtreeCoefficients(ws.Htree, route.LevelH, route.LevelV, out var a, out var b, out var c1, out var c2);
                            var cellsPerMat = entries * block / ((long)rowMat * colMat);
                            // Per subarray at least ⌊bits/4⌋ of the mat's bits (4 active subarrays at most), times the ways.
                            var minColumns = route.MatBlockSize / 4 * route.NumWay;
                            var selectedPerMat = route.MatBlockSize / 4 * 4 * (tag ? route.NumWay : 1);
                            double routeMatLatency = 0, routeMatEnergy = 0;
                            if (tag && prune)
                            {
                                var comparator = Mat.ComparatorOf(c, (int)route.MatBlockSize);
                                routeMatLatency = comparator.Latency;
                                routeMatEnergy = comparator.Energy * route.NumWay;
                            }

                            ws.Bound[count] = prune
                                ? bounds.RouteBound(cellsPerMat, route.ActiveMats, selectedPerMat, minColumns, a, b, c1, c2, routeMatLatency, routeMatEnergy)
                                : 0;
                            ws.Order[count] = count;
                            ws.RowMat[count] = rowMat;
                            ws.ColMat[count] = colMat;
                            ws.ActiveRow[count] = activeRow;
                            ws.ActiveCol[count] = activeCol;
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

        // 2. Visit the grids in bound order; stop when the next grid's bound cannot beat the best.
        System.Array.Sort(ws.Bound, ws.Order, 0, count);
        for (var n = 0; n < count; n++)
        {
            if (ws.Bound[n] * (1 - 1e-9) >= bestScore)
            {
                break;
            }

            var r = ws.Order[n];
            var rowMat = ws.RowMat[r];
            var colMat = ws.ColMat[r];
            var activeRow = ws.ActiveRow[r];
            var activeCol = ws.ActiveCol[r];
            var block = BlockSize(tag, bitsPerEntry, activeRow * activeCol * ws.SubActive[r]);
            var route = Bank.Route(ws.Htree, tag, rowMat, colMat, entries * block, block, associativity, activeRow, activeCol);
            var cellsPerMat = entries * block / ((long)rowMat * colMat);

            // A tag mat always has its comparators (one per way): their delay and energy bound every organization.
            double matLatency = 0, matEnergy = 0;
            if (tag && prune)
            {
                var comparator = Mat.ComparatorOf(c, (int)route.MatBlockSize);
                matLatency = comparator.Latency;
                matEnergy = comparator.Energy * route.NumWay;
            }

            for (var rowSub = 1; rowSub <= 2; rowSub *= 2)
            {
                for (var colSub = 1; colSub <= 2; colSub *= 2)
                {
                    for (var activeSubRow = 1; activeSubRow <= colSub; activeSubRow *= 2)
                    {
                        for (var activeSubCol = 1; activeSubCol <= rowSub; activeSubCol *= 2)
                        {
                            var activeSubs = activeSubRow * activeSubCol;
                            if ((tag && activeSubs != ws.SubActive[r]) || block / (activeRow * activeCol * activeSubs) == 0
                                || (force is not null && !(ForcedOrganization.Allows(force.RowSubarrays, rowSub) && ForcedOrganization.Allows(force.ColumnSubarrays, colSub)
                                    && ForcedOrganization.Allows(force.ActiveRowSubarrays, activeSubCol) && ForcedOrganization.Allows(force.ActiveColumnSubarrays, activeSubRow))))
                            {
                                continue;
                            }

                            var address = route.Address - Mat.Log2(rowSub * colSub / activeSubs);
                            var columnsBase = route.MatBlockSize / activeSubs;
                            if (address <= 0 || address > 40 || columnsBase == 0)
                            {
                                continue;
                            }

                            var waysInRow = tag ? 1 : route.NumWay;
                            var waysInColumns = tag ? route.NumWay : 1;
                            var extra = (long)route.ExtraSense * route.ExtraLev1 * route.ExtraLev2;
                            var rowsBase = (1L << address) * waysInRow;
                            for (var k = 0; (1L << k) <= (long)maxMux * maxMux * maxMux; k++)
                            {
                                var muxProduct = (1L << k) * extra;
                                var rows = rowsBase / muxProduct;
                                if (rows == 0)
                                {
                                    break;
                                }

                                var columns = columnsBase * muxProduct * waysInColumns;
                                if (rows > 1 << 20 || columns > 1 << 20 || (checkColumns && columns < c.Associativity) || (resistive && ionOverIoff < rows))
                                {
                                    continue;
                                }

                                var selected = columns / muxProduct;
                                var senseMuxMin = Mat.Log2(route.ExtraSense);
                                var senseMuxMax = senseMuxMin + Math.Min(k, Mat.Log2(maxMux));
                                if (prune && bounds.GroupBound((int)rows, columns, rowSub, colSub, activeSubs, route.ActiveMats, selected,
                                        ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], cellsPerMat, senseMuxMin, senseMuxMax, matLatency, matEnergy) * (1 - 1e-9) >= bestScore)
                                {
                                    continue;
                                }

                                // Every split of 2^k over the three mux levels.
                                for (var k1 = 0; k1 <= k; k1++)
                                {
                                    for (var k2 = 0; k1 + k2 <= k; k2++)
                                    {
                                        var muxSense = 1 << k1;
                                        var lev1 = 1 << k2;
                                        var lev2 = 1 << (k - k1 - k2);
                                        if (muxSense > maxMux || lev1 > maxMux || lev2 > maxMux
                                            || (force is not null && !(ForcedOrganization.Allows(force.MuxSenseAmp, muxSense)
                                                && ForcedOrganization.Allows(force.MuxLev1, lev1) && ForcedOrganization.Allows(force.MuxLev2, lev2))))
                                        {
                                            continue;
                                        }

                                        // The arrangement fixes the sense-amplifier pitch and which mux levels exist: a tighter bound.
                                        var senseLog = senseMuxMin + k1;
                                        var levels = (muxSense * route.ExtraSense > 1 ? 1 : 0) + (lev1 * route.ExtraLev1 > 1 ? 1 : 0) + (lev2 * route.ExtraLev2 > 1 ? 1 : 0);
                                        if (prune && k > 0 && bounds.GroupBound((int)rows, columns, rowSub, colSub, activeSubs, route.ActiveMats, selected,
                                                ws.A[r], ws.B[r], ws.C1[r], ws.C2[r], cellsPerMat, senseLog, senseLog, matLatency, matEnergy, levels) * (1 - 1e-9) >= bestScore)
                                        {
                                            continue;
                                        }

                                        outcome.Evaluated++;
                                        var bank = Bank.EvaluateRouted(c, ws.Htree, tag, in route, muxSense, lev1, lev2, rowSub, colSub, activeSubRow, activeSubCol);
                                        if (bank.Invalid)
                                        {
                                            outcome.RejectedByRule++;
                                            outcome.LastRule = bank.Rejection;
                                            continue;
                                        }

                                        if (!Admit(in bank, constraints, ref outcome))
                                        {
                                            continue;
                                        }

                                        outcome.Legal++;
                                        var score = Score(in bank, target);
                                        var order = NvsimOrder(rowMat, colMat, activeRow, activeCol, rowSub, colSub, activeSubRow, activeSubCol, muxSense, lev1, lev2);
                                        if (score < bestScore || (score == bestScore && order < bestOrder))
                                        {
                                            bestScore = score;
                                            bestOrder = order;
                                            outcome.Found = true;
                                            outcome.Best = bank;
                                            outcome.Organization = new ArrayOrganization(rowMat, colMat, activeCol, activeRow, rowSub, colSub,
                                                activeSubCol, activeSubRow, muxSense, lev1, lev2, bank.Mat.NumRow, bank.Mat.NumColumn);
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        return outcome;
    }

    /// <summary>Position of a candidate in NVSim's loop order (mat grid, active mats, subarrays, active subarrays,
    /// muxes): equal scores go to the candidate NVSim would have met first, so ties resolve as in NVSim.</summary>
    private static long NvsimOrder(int rowMat, int colMat, int activeRow, int activeCol, int rowSub, int colSub, int activeSubRow,
        int activeSubCol, int muxSense, int lev1, int lev2)
    {
        long key = 0;
        key = (key << 4) | (long)Mat.Log2(rowMat);
        key = (key << 4) | (long)Mat.Log2(colMat);
        key = (key << 4) | (long)Mat.Log2(activeRow);
        key = (key << 4) | (long)Mat.Log2(activeCol);
        key = (key << 4) | (long)Mat.Log2(rowSub);
        key = (key << 4) | (long)Mat.Log2(colSub);
        key = (key << 4) | (long)Mat.Log2(activeSubRow);
        key = (key << 4) | (long)Mat.Log2(activeSubCol);
        key = (key << 4) | (long)Mat.Log2(muxSense);
        key = (key << 4) | (long)Mat.Log2(lev1);
        key = (key << 4) | (long)Mat.Log2(lev2);
        return key;
    }

    /// <summary>Tag entries are padded so every active subarray gets the same number of bits (as NVSim does).</summary>
    private static long BlockSize(bool tag, long bits, int activeAll)
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
            outcome.RejectedByConstraint0++;
            return false;
        }

        if (bank.Leakage > (k.MaxLeakageWatts ?? double.MaxValue))
        {
            outcome.RejectedByConstraint1++;
            return false;
        }

        if (bank.ReadLatency > (k.MaxReadLatencySeconds ?? double.MaxValue))
        {
            outcome.RejectedByConstraint2++;
            return false;
        }

        if (bank.WriteLatency > (k.MaxWriteLatencySeconds ?? double.MaxValue))
        {
            outcome.RejectedByConstraint3++;
            return false;
        }

        if (bank.ReadEnergy > (k.MaxReadEnergyJoules ?? double.MaxValue))
        {
            outcome.RejectedByConstraint4++;
            return false;
        }

        if (bank.WriteEnergy > (k.MaxWriteEnergyJoules ?? double.MaxValue))
        {
            outcome.RejectedByConstraint5++;
            return false;
        }

        return true;
    }
}
