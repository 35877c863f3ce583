namespace DeepNvm.Generators;

/// <summary>Names of the generator's pipeline steps; tests assert each one caches.</summary>
public static class TrackingNames
{
    public const string Options = nameof(Options);
    public const string Parse = nameof(Parse);
    public const string Bind = nameof(Bind);
    public const string Models = nameof(Models);
    public const string Catalog = nameof(Catalog);
    public const string Inputs = nameof(Inputs);
    public const string RuntimeAvailable = nameof(RuntimeAvailable);
    public const string CompleteCaches = nameof(CompleteCaches);
    public const string Characterize = nameof(Characterize);
}
