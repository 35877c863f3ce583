namespace DeepNvm.Model.Technology;

/// <summary>Repeaters on a global wire (NVSim's WireRepeaterType): none, delay-optimal (size and spacing of
/// Bakoglu's closed form, as NVSim's `Wire::findOptimalRepeater`), or smaller repeaters that accept 5-50 % more
/// delay for less energy and leakage (NVSim's `findPenalizedRepeater`).</summary>
public enum WireRepeaters
{
    None,
    Optimal,
    Delay5Percent,
    Delay10Percent,
    Delay20Percent,
    Delay30Percent,
    Delay40Percent,
    Delay50Percent,
}
