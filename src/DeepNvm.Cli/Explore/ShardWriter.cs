using DeepNvm.Studies.Exploration;
using Parquet;
using Parquet.Schema;

namespace DeepNvm.Cli.Explore;

/// <summary>Streams one shard's rows into a Parquet file, one row group per batch, under a temporary name;
/// <see cref="CompleteAsync"/> renames it into place, so a reader never sees a half-written shard.</summary>
internal sealed class ShardWriter : IAsyncDisposable
{
    private readonly string _path;
    private readonly string _temporary;
    private readonly IReadOnlyList<ResultColumn> _columns;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private bool _completed;
    private bool _closed;

    private ShardWriter(string path, string temporary, IReadOnlyList<ResultColumn> columns, FileStream stream, ParquetWriter writer)
    {
        _path = path;
        _temporary = temporary;
        _columns = columns;
        _stream = stream;
        _writer = writer;
    }

    public static async Task<ShardWriter> CreateAsync(string path, IReadOnlyList<ResultColumn> columns, IReadOnlyDictionary<string, string> metadata)
    {
        AtomicFile.RemoveLeftovers(path);
        var temporary = AtomicFile.TemporaryFor(path);
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None);
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(columns.Select(c => (Field)c.Field).ToArray()), stream);
        writer.CustomMetadata = metadata.ToDictionary(p => p.Key, p => p.Value);
        return new ShardWriter(path, temporary, columns, stream, writer);
    }

    public async Task WriteRowGroupAsync(IReadOnlyList<PointResult> rows)
    {
        foreach (var column in _columns)
        {
            foreach (var row in rows)
            {
                column.Add(row);
            }
        }

        using (var rowGroup = _writer.CreateRowGroup())
        {
            foreach (var column in _columns)
            {
                await column.WriteAsync(rowGroup);
                column.Clear();
            }
        }
    }

    public async Task CompleteAsync()
    {
        await CloseAsync();
        File.Move(_temporary, _path, overwrite: true);
        _completed = true;
    }

    /// <summary>An incomplete file is closed and removed, whatever failed (a full disk, a folder removed under the run):
    /// the writer is closed once only, so a failure to complete is reported as itself, not as a closed stream.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_completed)
        {
            return;
        }

        try
        {
            await CloseAsync();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // the run already failed; the error that made it fail is the one to report
        }
        finally
        {
            await _stream.DisposeAsync();
            try
            {
                File.Delete(_temporary);
            }
            catch (IOException)
            {
                // its folder is gone with it
            }
        }
    }

    private async Task CloseAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _writer.DisposeAsync();
        _stream.Flush(flushToDisk: true);
        await _stream.DisposeAsync();
    }
}
