using System;
using DeepNvm.Model.Banks;
using DeepNvm.Model.Circuits;

namespace DeepNvm.Model.Cache;

/// <summary>The best bank found by a search, with its organization.</summary>
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

/// <summary>Exhaustive search over the legal partitions of one array: mat grid and active mats (powers of two
/// up to the limit), subarrays per mat (1-2 × 1-2) and active subarrays, three mux levels. Cheap integer
/// legality checks run before any circuit is evaluated; nothing is allocated per candidate.</summary>
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

    /// <summary>Search the data array. <paramref name="blockSize"/> is the bits per access (the line, or the set in
    /// Fast mode); <paramref name="associativity"/> is 1 in Sequential and Fast modes.</summary>
    public static SearchOutcome SearchData(ArrayContext c, HtreeWorkspace ws, long capacityBits, long blockSize, int associativity,
        OptimizationTarget target, CacheConstraints? constraints, int maxMats, int maxMux)
    {
        var outcome = new SearchOutcome();
        var bestScore = double.MaxValue;
        var ionOverIoff = c.Tech.IonN / c.Tech.IoffN;
        var resistive = c.Cell.IsResistive;
        var checkColumns = c.AccessMode != CacheAccessMode.Sequential;
        for (var rowMat = 1; rowMat <= maxMats; rowMat *= 2)
        {
            for (var colMat = 1; colMat <= maxMats; colMat *= 2)
            {
                for (var activeRow = 1; activeRow <= colMat; activeRow *= 2)
                {
                    for (var activeCol = 1; activeCol <= rowMat; activeCol *= 2)
                    {
                        if (blockSize / (activeRow * activeCol) == 0)
                        {
                            continue;
                        }

                        var route = Bank.Route(ws, false, rowMat, colMat, capacityBits, blockSize, associativity, activeRow, activeCol);
                        if (!route.Valid)
                        {
                            continue;
                        }

                        for (var rowSub = 1; rowSub <= 2; rowSub *= 2)
                        {
                            for (var colSub = 1; colSub <= 2; colSub *= 2)
                            {
                                for (var activeSubRow = 1; activeSubRow <= colSub; activeSubRow *= 2)
                                {
                                    for (var activeSubCol = 1; activeSubCol <= rowSub; activeSubCol *= 2)
                                    {
                                        var activeAll = activeRow * activeCol * activeSubRow * activeSubCol;
                                        if (blockSize / activeAll == 0)
                                        {
                                            continue;
                                        }

                                        var gating = Mat.Log2(rowSub * colSub / activeSubRow / activeSubCol);
                                        var address = route.Address - gating;
                                        var columnsBase = route.MatBlockSize / (activeSubRow * activeSubCol);
                                        if (address <= 0 || columnsBase == 0)
                                        {
                                            continue;
                                        }

                                        var rowsBase = (1L << address) * route.NumWay;
                                        for (var muxSense = 1; muxSense <= maxMux; muxSense *= 2)
                                        {
                                            for (var lev1 = 1; lev1 <= maxMux; lev1 *= 2)
                                            {
                                                for (var lev2 = 1; lev2 <= maxMux; lev2 *= 2)
                                                {
                                                    long muxProduct = (long)muxSense * route.ExtraSense * lev1 * route.ExtraLev1 * lev2 * route.ExtraLev2;
                                                    var rows = rowsBase / muxProduct;
                                                    if (rows == 0)
                                                    {
                                                        break;
                                                    }

                                                    var columns = columnsBase * muxProduct;
                                                    if (rows > 1 << 20 || columns > 1 << 20 || (checkColumns && columns < c.Associativity)
                                                        || (resistive && ionOverIoff < rows))
                                                    {
                                                        continue;
                                                    }

                                                    outcome.Evaluated++;
                                                    var bank = Bank.EvaluateRouted(c, ws, false, in route, muxSense, lev1, lev2, rowSub, colSub, activeSubRow, activeSubCol);
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

                                                    Keep(ref outcome, ref bestScore, in bank, target, rowMat, colMat, activeCol, activeRow, rowSub, colSub,
                                                        activeSubCol, activeSubRow, muxSense, lev1, lev2);
                                                }
                                            }
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

    /// <summary>Search the tag array: the tag of each line (48-bit addresses less index and offset, plus valid
    /// and dirty bits), one row per set, NVSim's narrower space (64 × 64 mats, muxes up to 64).</summary>
    public static SearchOutcome SearchTag(ArrayContext c, HtreeWorkspace ws, long numLines, int associativity, int tagBits,
        OptimizationTarget target)
    {
        var outcome = new SearchOutcome();
        var bestScore = double.MaxValue;
        const int maxMats = 64;
        const int maxMux = 64;
        for (var rowMat = 1; rowMat <= maxMats; rowMat *= 2)
        {
            for (var colMat = 1; colMat <= maxMats; colMat *= 2)
            {
                for (var activeRow = 1; activeRow <= colMat; activeRow *= 2)
                {
                    for (var activeCol = 1; activeCol <= rowMat; activeCol *= 2)
                    {
                        for (var rowSub = 1; rowSub <= 2; rowSub *= 2)
                        {
                            for (var colSub = 1; colSub <= 2; colSub *= 2)
                            {
                                for (var activeSubRow = 1; activeSubRow <= colSub; activeSubRow *= 2)
                                {
                                    for (var activeSubCol = 1; activeSubCol <= rowSub; activeSubCol *= 2)
                                    {
                                        var activeAll = activeRow * activeCol * activeSubRow * activeSubCol;
                                        long blockSize = tagBits;
                                        if (blockSize / activeAll == 0)
                                        {
                                            continue;
                                        }

                                        if (blockSize % activeAll != 0)
                                        {
                                            blockSize = (blockSize / activeAll + 1) * activeAll;
                                        }

                                        var capacity = numLines * blockSize;
                                        var route = Bank.Route(ws, true, rowMat, colMat, capacity, blockSize, associativity, activeRow, activeCol);
                                        if (!route.Valid)
                                        {
                                            continue;
                                        }

                                        for (var muxSense = 1; muxSense <= maxMux; muxSense *= 2)
                                        {
                                            for (var lev1 = 1; lev1 <= maxMux; lev1 *= 2)
                                            {
                                                for (var lev2 = 1; lev2 <= maxMux; lev2 *= 2)
                                                {
                                                    var gating = Mat.Log2(rowSub * colSub / activeSubRow / activeSubCol);
                                                    var address = route.Address - gating;
                                                    if (address <= 0 || (1L << address) / ((long)muxSense * lev1 * lev2) == 0)
                                                    {
                                                        break;
                                                    }

                                                    outcome.Evaluated++;
                                                    var bank = Bank.EvaluateRouted(c, ws, true, in route, muxSense, lev1, lev2, rowSub, colSub, activeSubRow, activeSubCol);
                                                    if (bank.Invalid)
                                                    {
                                                        continue;
                                                    }

                                                    Keep(ref outcome, ref bestScore, in bank, target, rowMat, colMat, activeCol, activeRow, rowSub, colSub,
                                                        activeSubCol, activeSubRow, muxSense, lev1, lev2);
                                                }
                                            }
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

    private static void Keep(ref SearchOutcome outcome, ref double bestScore, in Bank bank, OptimizationTarget target, int rowMat, int colMat,
        int activeRowMats, int activeColumnMats, int rowSub, int colSub, int activeRowSubs, int activeColumnSubs, int muxSense, int lev1, int lev2)
    {
        outcome.Legal++;
        var score = Score(in bank, target);
        if (score < bestScore)
        {
            bestScore = score;
            outcome.Found = true;
            outcome.Best = bank;
            outcome.Organization = new ArrayOrganization(rowMat, colMat, activeRowMats, activeColumnMats, rowSub, colSub, activeRowSubs,
                activeColumnSubs, muxSense, lev1, lev2, bank.Mat.NumRow, bank.Mat.NumColumn);
        }
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
