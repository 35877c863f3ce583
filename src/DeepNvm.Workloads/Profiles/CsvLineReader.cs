using System;
using System.IO;

namespace DeepNvm.Workloads.Profiles;

/// <summary>
/// A streaming CSV reader for profiler output: one record per physical line (profilers never put
/// newlines inside fields), double-quoted fields with <c>""</c> escapes, commas inside quotes.
/// Fields are exposed as ranges of a reused buffer, so reading allocates nothing per line and memory
/// does not grow with the file.
/// </summary>
internal sealed class CsvLineReader
{
    private const int MaxLineChars = CsvLimits.MaxLineChars;

    private readonly TextReader _reader;
    private readonly string _path;
    private char[] _buffer = new char[1 << 16];
    private int _start;          // first unread char in _buffer
    private int _end;            // one past the last valid char in _buffer
    private bool _eof;
    private int _lineStart;      // current line, in _buffer
    private int _lineLength;
    private char[] _fields = new char[256];
    private int[] _fieldStart = new int[32];
    private int[] _fieldLength = new int[32];

    public CsvLineReader(TextReader reader, string path)
    {
        _reader = reader;
        _path = path;
    }

    /// <summary>1-based number of the current line.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Fields of the current line after <see cref="SplitFields"/>.</summary>
    public int FieldCount { get; private set; }

    /// <summary>Reads the next physical line; false at the end of the input.</summary>
    public bool ReadLine()
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            if (newline >= 0)
            {
                SetLine(_start, newline);
                _start = newline + 1;
                return true;
            }
            if (_eof)
            {
                if (_start >= _end)
                {
                    return false;
                }
                SetLine(_start, _end);
                _start = _end;
                return true;
            }
            Fill();
        }
    }

    private void SetLine(int from, int to)
    {
        if (to > from && _buffer[to - 1] == '\r')
        {
            to--;
        }
        // a UTF-8 byte-order mark the decoder left in place
        if (LineNumber == 0 && to > from && _buffer[from] == '\uFEFF')
        {
            from++;
        }
        _lineStart = from;
        _lineLength = to - from;
        LineNumber++;
        FieldCount = 0;
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Array.Copy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end > MaxLineChars)
        {
            // no newline in the whole buffer: a binary file or a file without line ends
            throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                "line " + (LineNumber + 1) + " is longer than " + MaxLineChars + " characters; this is not profiler output", _path, LineNumber + 1, 1);
        }
        if (_end == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        var read = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (read <= 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
        }
    }

    /// <summary>True when the current line starts with <paramref name="prefix"/> (e.g. a <c>==PROF==</c> banner).</summary>
    public bool LineStartsWith(string prefix)
    {
        if (_lineLength < prefix.Length)
        {
            return false;
        }
        for (var i = 0; i < prefix.Length; i++)
        {
            if (_buffer[_lineStart + i] != prefix[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the current line has no characters other than blanks.</summary>
    public bool LineIsBlank()
    {
        for (var i = 0; i < _lineLength; i++)
        {
            if (!char.IsWhiteSpace(_buffer[_lineStart + i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Splits the current line into fields. Throws DNVM0511 on an unterminated quote when
    /// <paramref name="strict"/>; otherwise returns false for such a line.</summary>
    public bool SplitFields(bool strict)
    {
        FieldCount = 0;
        var outLength = 0;
        if (_fields.Length < _lineLength)
        {
            _fields = new char[Math.Max(_lineLength, _fields.Length * 2)];
        }
        var i = _lineStart;
        var end = _lineStart + _lineLength;
        while (true)
        {
            var fieldStart = outLength;
            var column = i - _lineStart + 1;
            if (i < end && _buffer[i] == '"')
            {
                i++;
                var closed = false;
                while (i < end)
                {
                    var c = _buffer[i++];
                    if (c == '"')
                    {
                        if (i < end && _buffer[i] == '"')
                        {
                            _fields[outLength++] = '"';
                            i++;
                            continue;
                        }
                        closed = true;
                        break;
                    }
                    _fields[outLength++] = c;
                }
                if (!closed)
                {
                    if (strict)
                    {
                        throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                            "unterminated quoted field (truncated or garbled file)", _path, LineNumber, column);
                    }
                    return false;
                }
                // tolerate blanks between the closing quote and the comma
                while (i < end && _buffer[i] != ',')
                {
                    if (!char.IsWhiteSpace(_buffer[i]))
                    {
                        if (strict)
                        {
                            throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                                "unexpected character after a closing quote", _path, LineNumber, i - _lineStart + 1);
                        }
                        return false;
                    }
                    i++;
                }
            }
            else
            {
                while (i < end && _buffer[i] != ',')
                {
                    _fields[outLength++] = _buffer[i++];
                }
            }
            AddField(fieldStart, outLength - fieldStart);
            if (i >= end)
            {
                return true;
            }
            i++; // the comma
            if (i == end)
            {
                AddField(outLength, 0);
                return true;
            }
        }
    }

    private void AddField(int start, int length)
    {
        if (FieldCount == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, FieldCount * 2);
            Array.Resize(ref _fieldLength, FieldCount * 2);
        }
        _fieldStart[FieldCount] = start;
        _fieldLength[FieldCount] = length;
        FieldCount++;
    }

    /// <summary>The characters of the fields; a field is <c>Chars[FieldStart(i) .. + FieldLength(i)]</c>.</summary>
    public char[] Chars => _fields;

    public int FieldStart(int index) => _fieldStart[index];

    public int FieldLength(int index) => _fieldLength[index];

    /// <summary>The field as a new string (allocates; use for names, not for every value).</summary>
    public string GetString(int index) => new string(_fields, _fieldStart[index], _fieldLength[index]);

    /// <summary>Ordinal comparison of a field with a string, without allocating.</summary>
    public bool FieldEquals(int index, string value)
    {
        if (_fieldLength[index] != value.Length)
        {
            return false;
        }
        var start = _fieldStart[index];
        for (var i = 0; i < value.Length; i++)
        {
            if (_fields[start + i] != value[i])
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the field is empty or blanks only.</summary>
    public bool FieldIsBlank(int index)
    {
        var start = _fieldStart[index];
        for (var i = 0; i < _fieldLength[index]; i++)
        {
            if (!char.IsWhiteSpace(_fields[start + i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>1-based column of field <paramref name="index"/> in the line, approximately (for messages).</summary>
    public int ColumnOf(int index)
    {
        // count commas outside quotes up to the field; good enough for a message
        var field = 0;
        var inQuotes = false;
        for (var i = 0; i < _lineLength; i++)
        {
            if (field == index)
            {
                return i + 1;
            }
            var c = _buffer[_lineStart + i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == ',' && !inQuotes)
            {
                field++;
            }
        }
        return Math.Max(1, _lineLength);
    }
}

/// <summary>Limits of the profile reader.</summary>
public static class CsvLimits
{
    /// <summary>The longest line read (profiler lines, kernel names with their template arguments
    /// included, stay far below); a longer one is refused before the buffer grows further.</summary>
    public const int MaxLineChars = 1 << 20;
}
