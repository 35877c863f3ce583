#if NET
using System.Numerics;
#endif

namespace DeepNvm.Model.Cache;

internal readonly partial struct SearchBounds
{
    /// <summary>
    /// <see cref="GridBound"/> of each of a family's groups (<paramref name="start"/>, <paramref name="count"/>) in one grid, into
    /// <see cref="GroupFamilies.Bounds"/> from index 0: each to the last bit what <see cref="GridBound"/> gives the group's floor.
    /// A family's groups are bounded in thousands of grids (an STT 128 MB read-EDP search bounds about 195,000 groups), so on
    /// .NET the latency and energy bounds are computed several groups at a time from the floors' columns, with the scalar
    /// bound's operations in the scalar bound's order (no fused multiply-add), which IEEE arithmetic makes exact.
    /// </summary>
    public void GridBounds(GroupFamilies families, int start, int count, int numMats, int activeMats, double a, double b, double c1, double c2,
        double matLatency, double matEnergy)
    {
        var bounds = families.Bounds;
        var i = 0;
#if NET
        if (Vector.IsHardwareAccelerated && _target is not (OptimizationTarget.Area or OptimizationTarget.Leakage))
        {
            i = LatencyAndEnergyBounds(families, start, count, activeMats, a, b, c1, c2, matLatency, matEnergy);
        }
#endif
        for (; i < count; i++)
        {
            bounds[i] = GridBound(in families[start + i].Floor, numMats, activeMats, a, b, c1, c2, matLatency, matEnergy);
        }
    }

#if NET
    /// <summary>The latency, energy or EDP bounds of whole vectors of groups; returns how many groups it bounded (the rest,
    /// fewer than a vector, are left to the scalar bound).</summary>
    private int LatencyAndEnergyBounds(GroupFamilies families, int start, int count, int activeMats, double a, double b, double c1, double c2,
        double matLatency, double matEnergy)
    {
        var width = families.FloorWidth;
        var height = families.FloorHeight;
        var floorLatency = families.FloorLatency;
        var floorEnergy = families.FloorEnergy;
        var activeSubs = families.FloorActiveSubs;
        var bounds = families.Bounds;
        var rc = new Vector<double>(_rcGlobal);
        var cv2 = new Vector<double>(_cGlobalV2);
        var va = new Vector<double>(a);
        var vb = new Vector<double>(b);
        var vc1 = new Vector<double>(c1);
        var vc2 = new Vector<double>(c2);
        var mats = new Vector<double>((double)activeMats);
        var mat = new Vector<double>(matLatency);
        var matShare = new Vector<double>(matEnergy * activeMats);
        var beta = new Vector<double>(_beta);
        var two = new Vector<double>(2.0);
        var lanes = Vector<double>.Count;
        var i = 0;
        for (; i + lanes <= count; i += lanes)
        {
            var w = new Vector<double>(width, start + i);
            var h = new Vector<double>(height, start + i);
            var latency = Vector<double>.Zero;
            var energy = Vector<double>.Zero;
            if (_scoresLatency)
            {
                var delay = rc * (va * w * w + vb * h * h);
                var shapeLatency = new Vector<double>(floorLatency, start + i);
                latency = _scoresReads ? shapeLatency + mat + two * delay : shapeLatency + delay;
            }

            if (_scoresEnergy)
            {
                var htree = cv2 * (vc1 * w + vc2 * h);
                var active = new Vector<double>(activeSubs, start + i) * mats;
                var shared = new Vector<double>(floorEnergy, start + i) * active + matShare;
                energy = _scoresReads ? shared + htree : shared + htree / beta;
            }

            var bound = _scoresLatency && _scoresEnergy ? latency * energy : _scoresLatency ? latency : energy;
            bound.CopyTo(bounds, i);
        }

        return i;
    }
#endif
}
