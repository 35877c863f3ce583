using System.Collections.Generic;
using DeepNvm.Language.Units;

namespace DeepNvm.Language.Schema;

/// <summary>What a property's value must be.</summary>
public enum ValueShape
{
    /// <summary>A quantity of one dimension (<see cref="PropertyType.Dimension"/>).</summary>
    Quantity,
    /// <summary>A whole plain number.</summary>
    Integer,
    /// <summary>A whole number of bytes (a capacity).</summary>
    Bytes,
    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
    /// <summary>One of a fixed set of words.</summary>
    Enum,
    /// <summary>A quoted string.</summary>
    String,
    /// <summary>The name of a declaration of <see cref="PropertyType.ReferenceKeyword"/>.</summary>
    Reference,
    /// <summary>A list of names of declarations of <see cref="PropertyType.ReferenceKeyword"/>.</summary>
    ReferenceList,
    /// <summary>A list or range of byte sizes.</summary>
    BytesList,
    /// <summary>A length (a feature size) or the name of a <c>node</c>.</summary>
    NodeOrFeatureSize,
    /// <summary>A byte size or the name of a <c>cache</c>.</summary>
    BytesOrCache,
}

/// <summary>The type of a property: its shape and, where it applies, dimension, words or keyword.</summary>
public sealed record PropertyType(ValueShape Shape, Dimension Dimension, bool AllowsFeatureSize, IReadOnlyList<string> EnumValues, string? ReferenceKeyword)
{
    public static PropertyType Of(Dimension dimension, bool feature = false) => new(ValueShape.Quantity, dimension, feature, System.Array.Empty<string>(), null);
    public static readonly PropertyType Integer = new(ValueShape.Integer, Dimension.None, false, System.Array.Empty<string>(), null);
    public static readonly PropertyType Number = Of(Dimension.None);
    public static readonly PropertyType Bytes = new(ValueShape.Bytes, Dimension.InformationDim, false, System.Array.Empty<string>(), null);
    public static readonly PropertyType Boolean = new(ValueShape.Boolean, Dimension.None, false, new[] { "true", "false" }, null);
    public static readonly PropertyType Text = new(ValueShape.String, Dimension.None, false, System.Array.Empty<string>(), null);
    public static readonly PropertyType BytesList = new(ValueShape.BytesList, Dimension.InformationDim, false, System.Array.Empty<string>(), null);
    public static readonly PropertyType NodeOrFeatureSize = new(ValueShape.NodeOrFeatureSize, Dimension.LengthDim, false, System.Array.Empty<string>(), "node");
    public static readonly PropertyType BytesOrCache = new(ValueShape.BytesOrCache, Dimension.InformationDim, false, System.Array.Empty<string>(), "cache");
    public static PropertyType OneOf(params string[] values) => new(ValueShape.Enum, Dimension.None, false, values, null);
    public static PropertyType Ref(string keyword) => new(ValueShape.Reference, Dimension.None, false, System.Array.Empty<string>(), keyword);
    public static PropertyType RefList(string keyword) => new(ValueShape.ReferenceList, Dimension.None, false, System.Array.Empty<string>(), keyword);

    /// <summary>How the type reads in messages and docs: "a time", "one of: hp, lstp, lop", "a cell".</summary>
    public string Describe() => Shape switch
    {
        ValueShape.Quantity => Dimension.Describe() + (AllowsFeatureSize ? " (F allowed)" : ""),
        ValueShape.Integer => "a whole number",
        ValueShape.Bytes => "a data size",
        ValueShape.Boolean => "true or false",
        ValueShape.Enum => "one of: " + string.Join(", ", EnumValues),
        ValueShape.String => "a string",
        ValueShape.Reference => "a " + ReferenceKeyword,
        ValueShape.ReferenceList => "a list of " + ReferenceKeyword + "s",
        ValueShape.BytesList => "a list or range of data sizes",
        ValueShape.NodeOrFeatureSize => "a node or a feature size",
        ValueShape.BytesOrCache => "a cache or a data size",
        _ => Shape.ToString(),
    };
}
