using Parquet;
using Parquet.Schema;

namespace DeepNvm.Cli.Explore;

/// <summary>Reads the columns of the results' Parquet files back as arrays (nullable figures as <c>double?</c>).</summary>
internal static class ResultsReader
{
    /// <summary>The complete shard files of a results folder (temporary files of running or killed writers are hidden).</summary>
    public static string[] ShardFiles(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "part-*-of-*.parquet").OrderBy(f => f, StringComparer.Ordinal).ToArray()
        : Array.Empty<string>();

    /// <summary>Every row group of a file, as (field, values) columns.</summary>
    public static async IAsyncEnumerable<(DataField[] Fields, Array[] Columns)> RowGroupsAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        var fields = reader.Schema.GetDataFields();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var rowGroup = reader.OpenRowGroupReader(g);
            var columns = new Array[fields.Length];
            for (var c = 0; c < fields.Length; c++)
            {
                columns[c] = await ReadAsync(rowGroup, fields[c]);
            }

            yield return (fields, columns);
        }
    }

    private static async Task<Array> ReadAsync(ParquetRowGroupReader rowGroup, DataField field)
    {
        var n = (int)rowGroup.RowCount;
        var type = field.ClrType;
        if (IsText(field))
        {
            var values = new string?[n];
            await rowGroup.ReadAsync(field, values.AsMemory());
            return values;
        }

        if (field.IsNullable)
        {
            return type == typeof(double) ? await Nullable<double>(rowGroup, field, n)
                : type == typeof(int) ? await Nullable<int>(rowGroup, field, n)
                : type == typeof(long) ? await Nullable<long>(rowGroup, field, n)
                : await Nullable<bool>(rowGroup, field, n);
        }

        return type == typeof(double) ? await Plain<double>(rowGroup, field, n)
            : type == typeof(int) ? await Plain<int>(rowGroup, field, n)
            : type == typeof(long) ? await Plain<long>(rowGroup, field, n)
            : await Plain<bool>(rowGroup, field, n);
    }

    /// <summary>Whether a column holds strings (Parquet.Net reads them with a ReadOnlyMemory&lt;char&gt; type).</summary>
    public static bool IsText(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>A field of the same name and kind as one read back, for writing.</summary>
    public static DataField Fresh(DataField field) =>
        IsText(field) ? new DataField<string>(field.Name)
        : field.ClrType == typeof(double) ? (field.IsNullable ? new DataField<double?>(field.Name) : new DataField<double>(field.Name))
        : field.ClrType == typeof(int) ? (field.IsNullable ? new DataField<int?>(field.Name) : new DataField<int>(field.Name))
        : field.ClrType == typeof(long) ? new DataField<long>(field.Name)
        : new DataField<bool>(field.Name);

    private static async Task<Array> Plain<T>(ParquetRowGroupReader rowGroup, DataField field, int n) where T : struct
    {
        var values = new T[n];
        await rowGroup.ReadAsync<T>(field, values.AsMemory());
        return values;
    }

    private static async Task<Array> Nullable<T>(ParquetRowGroupReader rowGroup, DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await rowGroup.ReadAsync<T>(field, values.AsMemory());
        return values;
    }
}
