namespace DeepNvm.Model;

/// <summary>A technology node as declared in .nvm (<c>node N16 { feature_size = 16 nm }</c>) or implied
/// by a bare feature size (<c>node = 16 nm</c>). Device data come from the runtime's node tables.</summary>
public sealed record TechnologyNodeParameters
{
    /// <summary>Declared name, or the feature size in nm for an implied node (e.g. "16nm").</summary>
    public string Name { get; init; } = "";

    /// <summary>Feature size F in metres.</summary>
    public double FeatureSizeMeters { get; init; }

    /// <summary>Transistor flavour of the periphery.</summary>
    public DeviceFlavor Device { get; init; } = DeviceFlavor.Hp;

    /// <summary>Supply voltage override in volts; null takes the node table's value.</summary>
    public double? VddVolts { get; init; }

    /// <summary>Operating temperature in kelvin.</summary>
    public double TemperatureKelvin { get; init; } = 350;

    /// <summary>Multiplies the transistors' off-current in every leakage-power figure (1: the node table's).
    /// The on/off-current ratio that limits how many MTJ cells share a bitline is left alone, so a scaled
    /// node changes leakage power and nothing else.</summary>
    public double LeakageScale { get; init; } = 1;

    /// <summary>A node known only by its feature size, with default flavour and temperature.</summary>
    public static TechnologyNodeParameters AtFeatureSize(double featureSizeMeters) => new()
    {
        Name = System.Math.Round(featureSizeMeters * 1e9, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) + "nm",
        FeatureSizeMeters = featureSizeMeters,
    };
}
