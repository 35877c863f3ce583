using DuckDB.NET.Data;

namespace DeepNvm.Cli.Tests;

/// <summary>DuckDB, in memory, as the outside reader of the Parquet results: rows as invariant text.</summary>
internal static class DuckDb
{
    public static List<string[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL"
                : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }

        return rows;
    }

    /// <summary>The shard files of a results folder, as a read_parquet glob.</summary>
    public static string Parts(string results) => $"read_parquet('{Path.Combine(results, "part-*.parquet")}')";
}
