using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DeepNvm.Files;

namespace DeepNvm.Workloads.Profiles;

/// <summary>
/// Reads nvprof and Nsight Compute CSV exports (summary, GPU trace, details page, raw page) into
/// canonical <see cref="KernelRecord"/>s. Streaming: memory grows with the number of distinct kernel
/// names, not with the file. All-or-nothing: any error throws a <see cref="WorkloadException"/> with the
/// file and line, and nothing is returned.
/// </summary>
public static class ProfileImporter
{
    /// <summary>Lines (other than banners) searched for the header before giving up.</summary>
    private const int HeaderSearchLines = 10_000;

    public static ImportedProfile Import(string path, ProfileImportOptions? options = null)
    {
        if (FileGate.WhyNotReadable(path, long.MaxValue) is { } refused)
        {
            throw new WorkloadException(WorkloadDiagnosticIds.ProfileNotFound, "cannot open the profile: " + refused, path);
        }
        StreamReader reader;
        try
        {
            reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16),
                new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
        {
            throw new WorkloadException(WorkloadDiagnosticIds.ProfileNotFound, "cannot open the profile: " + e.Message, path);
        }
        using (reader)
        {
            return Import(reader, path, options);
        }
    }

    public static ImportedProfile Import(TextReader reader, string displayPath, ProfileImportOptions? options = null)
    {
        try
        {
            return new ImportSession(new CsvLineReader(reader, displayPath), displayPath, options ?? ProfileImportOptions.Default, NumberFormat.Unknown).Run();
        }
        catch (NumberFormatDecidedLate late) when (reader is StreamReader { BaseStream.CanSeek: true } stream)
        {
            // numbers read before the file told its format were read provisionally: read the file again, knowing it
            stream.BaseStream.Seek(0, SeekOrigin.Begin);
            stream.DiscardBufferedData();
            return new ImportSession(new CsvLineReader(stream, displayPath), displayPath, options ?? ProfileImportOptions.Default, late.Format).Run();
        }
        catch (NumberFormatDecidedLate late)
        {
            throw late.Unreadable;
        }
    }

    /// <summary>Thrown inside an import when the file's number format was decided after ambiguous numbers had
    /// been read provisionally in the other format; the import starts again knowing the format.</summary>
    private sealed class NumberFormatDecidedLate(NumberFormat format, WorkloadException unreadable) : Exception
    {
        public NumberFormat Format { get; } = format;

        /// <summary>The located error for a reader that cannot be read again.</summary>
        public WorkloadException Unreadable { get; } = unreadable;
    }

    private sealed class ImportSession
    {
        private readonly CsvLineReader _csv;
        private readonly string _path;
        private readonly ProfileImportOptions _options;
        private readonly LocaleNumberParser _numbers = new();
        private NumberFormat _numberFormat;
        private (int Line, int Column, string Text)? _formatShownAt;
        private (int Line, int Column, string Text)? _firstAmbiguous;
        private readonly Dictionary<string, KernelAccumulator> _kernels = new(StringComparer.Ordinal);
        private readonly List<KernelAccumulator> _order = new();
        private ProfileFormat _format;
        private int _headerFields;

        public ImportSession(CsvLineReader csv, string path, ProfileImportOptions options, NumberFormat format)
        {
            _csv = csv;
            _path = path;
            _options = options;
            _numberFormat = format;
        }

        public ImportedProfile Run()
        {
            var header = FindHeader();
            switch (_format)
            {
                case ProfileFormat.NvprofSummary:
                    ReadNvprofSummary(header);
                    break;
                case ProfileFormat.NsightComputeDetails:
                    ReadNsightDetails(header);
                    break;
                default:
                    ReadWide(header);
                    break;
            }
            if (_numberFormat == NumberFormat.Unknown && _firstAmbiguous is { } first)
            {
                throw new WorkloadException(WorkloadDiagnosticIds.AmbiguousNumberFormat,
                    "'" + first.Text + "' reads as " + Readings(first.Text) + " and no number in the file says which "
                    + "(no value with both separators, a separator repeated, or one followed by other than three digits); "
                    + "export with the C locale (LC_ALL=C ncu --csv …) or with base units",
                    _path, first.Line, first.Column);
            }
            return Build();
        }

        // ---------------------------------------------------------------- header

        private Dictionary<string, int> FindHeader()
        {
            var searched = 0;
            while (_csv.ReadLine())
            {
                if (_csv.LineStartsWith("==") || _csv.LineIsBlank())
                {
                    continue;
                }
                if (++searched > HeaderSearchLines)
                {
                    break;
                }
                if (!_csv.SplitFields(strict: false) || _csv.FieldCount < 3)
                {
                    continue;
                }
                var columns = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _csv.FieldCount; i++)
                {
                    var name = _csv.GetString(i).Trim();
                    if (!columns.ContainsKey(name))
                    {
                        columns[name] = i;
                    }
                }
                if (Detect(columns) is { } format)
                {
                    _format = format;
                    _headerFields = _csv.FieldCount;
                    return columns;
                }
            }
            throw new WorkloadException(WorkloadDiagnosticIds.NotAProfile,
                "no nvprof or Nsight Compute CSV header found (export with `nvprof --csv` or `ncu --csv`)", _path,
                Math.Max(1, _csv.LineNumber), 1);
        }

        private static ProfileFormat? Detect(Dictionary<string, int> c)
        {
            bool Has(string name) => c.ContainsKey(name);
            if (Has("Kernel") && Has("Invocations") && Has("Metric Name") && Has("Avg"))
            {
                return ProfileFormat.NvprofSummary;
            }
            if (Has("Kernel Name") && Has("Metric Name") && Has("Metric Value") && Has("ID"))
            {
                return ProfileFormat.NsightComputeDetails;
            }
            if (Has("ID") && Has("Kernel Name") && !Has("Metric Name"))
            {
                return ProfileFormat.NsightComputeRaw;
            }
            if (Has("Device") && (Has("Kernel") || Has("Name")) && !Has("Metric Name") && !Has("Invocations"))
            {
                return ProfileFormat.NvprofTrace;
            }
            return null;
        }

        private int Column(Dictionary<string, int> columns, string name)
        {
            if (!columns.TryGetValue(name, out var index))
            {
                throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv, "the header has no column '" + name + "'", _path, _csv.LineNumber, 1);
            }
            return index;
        }

        /// <summary>Reads the next data line into fields; false at the end. Skips banners and blank lines;
        /// a line with a different field count than the header is an error (truncated or garbled).</summary>
        private bool NextRow()
        {
            while (_csv.ReadLine())
            {
                if (_csv.LineStartsWith("==") || _csv.LineIsBlank())
                {
                    continue;
                }
                _csv.SplitFields(strict: true);
                if (_csv.FieldCount != _headerFields)
                {
                    throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                        "expected " + _headerFields + " fields as in the header, found " + _csv.FieldCount + " (truncated or garbled line)",
                        _path, _csv.LineNumber, 1);
                }
                return true;
            }
            return false;
        }

        // ---------------------------------------------------------------- values

        /// <summary>Reads a number in the file's format, deciding the format from the first number that shows
        /// it and holding every later number to it: a number that shows the other format is a located error
        /// (the file mixes <c>1,234.5</c> and <c>1.234,5</c>), and a number read provisionally before the format
        /// was known makes the import start again (<see cref="NumberFormatDecidedLate"/>).</summary>
        private bool TryNumber(int field, bool wholeCount, out double value, out string? inlineUnit)
        {
            if (!_numbers.TryParse(_csv.Chars, _csv.FieldStart(field), _csv.FieldLength(field), wholeCount, _numberFormat,
                    out value, out inlineUnit, out var evidence))
            {
                if (_numberFormat != NumberFormat.Unknown && evidence.Proves != NumberFormat.Unknown && evidence.Proves != _numberFormat)
                {
                    throw MixedFormats(field, evidence.Proves);
                }
                return false;
            }
            if (evidence.Proves != NumberFormat.Unknown)
            {
                if (_numberFormat == NumberFormat.Unknown)
                {
                    _numberFormat = evidence.Proves;
                    _formatShownAt = (_csv.LineNumber, _csv.ColumnOf(field), _csv.GetString(field).Trim());
                    if (_numberFormat != NumberFormat.DotDecimal && _firstAmbiguous is { } first)
                    {
                        // earlier ambiguous numbers were read with '.' as the decimal separator
                        throw new NumberFormatDecidedLate(_numberFormat, new WorkloadException(WorkloadDiagnosticIds.AmbiguousNumberFormat,
                            "'" + first.Text + "' reads as " + Readings(first.Text) + "; the file shows its number format only at line "
                            + _csv.LineNumber + " ('" + _formatShownAt.Value.Text + "'), and this input cannot be read a second time",
                            _path, first.Line, first.Column));
                    }
                }
                else if (evidence.Proves != _numberFormat)
                {
                    throw MixedFormats(field, evidence.Proves);
                }
            }
            else if (evidence.Ambiguous && _numberFormat == NumberFormat.Unknown && _firstAmbiguous is null)
            {
                _firstAmbiguous = (_csv.LineNumber, _csv.ColumnOf(field), _csv.GetString(field).Trim());
            }
            return true;
        }

        private WorkloadException MixedFormats(int field, NumberFormat shown)
        {
            var where = _formatShownAt is { } at ? "line " + at.Line + " ('" + at.Text + "')" : "the file";
            return new WorkloadException(WorkloadDiagnosticIds.MixedNumberFormats,
                "'" + _csv.GetString(field).Trim() + "' writes numbers as " + Example(shown) + " but " + where + " writes them as "
                + Example(_numberFormat) + "; a file must use one number format", _path, _csv.LineNumber, _csv.ColumnOf(field));
        }

        private static string Example(NumberFormat format) => format == NumberFormat.CommaDecimal ? "1.234,5" : "1,234.5";

        private static string Readings(string text)
        {
            var chars = text.ToCharArray();
            var parser = new LocaleNumberParser();
            parser.TryParse(chars, 0, chars.Length, false, NumberFormat.DotDecimal, out var dot, out _, out _);
            parser.TryParse(chars, 0, chars.Length, false, NumberFormat.CommaDecimal, out var comma, out _, out _);
            return dot.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + " or "
                + comma.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }

        private bool TryReadValue(int field, Quantity quantity, string unit, out double canonical, bool wholeCount = true)
        {
            canonical = 0;
            if (_csv.FieldIsBlank(field) || _csv.FieldEquals(field, "n/a") || _csv.FieldEquals(field, "N/A"))
            {
                return false;
            }
            if (!TryNumber(field, wholeCount && ProfileMetrics.IsIntegerValued(quantity, unit), out var value, out var inlineUnit))
            {
                throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                    "cannot read '" + _csv.GetString(field) + "' as a number", _path, _csv.LineNumber, _csv.ColumnOf(field));
            }
            var effectiveUnit = inlineUnit ?? unit;
            var factor = ProfileMetrics.Factor(quantity, effectiveUnit, DefaultTimeUnitNs);
            if (factor is null)
            {
                throw new WorkloadException(WorkloadDiagnosticIds.UnknownUnit,
                    "cannot convert unit '" + effectiveUnit + "' of " + ProfileMetrics.NameOf(quantity, IsNsight) +
                    (ProfileMetrics.IsTime(quantity) ? " to seconds" : " to 32-byte sectors"), _path, _csv.LineNumber, _csv.ColumnOf(field));
            }
            if (value < 0)
            {
                throw new WorkloadException(WorkloadDiagnosticIds.InvalidValue,
                    "negative value " + _csv.GetString(field) + " for " + ProfileMetrics.NameOf(quantity, IsNsight), _path, _csv.LineNumber, _csv.ColumnOf(field));
            }
            canonical = value * factor.Value;
            if (WhyImplausible(quantity, value, canonical, effectiveUnit) is { } reason)
            {
                throw new WorkloadException(WorkloadDiagnosticIds.InvalidValue,
                    "'" + _csv.GetString(field) + "' for " + ProfileMetrics.NameOf(quantity, IsNsight) + " " + reason, _path, _csv.LineNumber, _csv.ColumnOf(field));
            }
            return true;
        }

        /// <summary>The range .nvm allows for counts written by hand (0 .. 1e18 sectors) and for a
        /// duration (up to 1e7 s), finite, and whole sectors where the profiler counts sectors: what
        /// passes here cannot turn into ∞ or NaN in a report.</summary>
        private string? WhyImplausible(Quantity quantity, double value, double canonical, string unit)
        {
            if (double.IsNaN(canonical) || double.IsInfinity(canonical))
            {
                return "is not a finite number";
            }
            if (ProfileMetrics.IsTime(quantity))
            {
                return canonical > MaxDurationNs ? "is above the plausible " + MaxDurationNs / 1e9 + " s" : null;
            }
            if (canonical > MaxSectors)
            {
                return "is above the plausible 1e18 sectors";
            }
            return IsNsight && unit.IndexOf("sector", StringComparison.Ordinal) >= 0 && value != Math.Floor(value)
                ? "is not a whole number of sectors"
                : null;
        }

        /// <summary>Counts and durations a profile may hold; the same bounds as counts written in .nvm.</summary>
        private const double MaxSectors = 1e18;
        private const double MaxDurationNs = 1e7 * 1e9;

        private bool IsNsight => _format == ProfileFormat.NsightComputeDetails || _format == ProfileFormat.NsightComputeRaw;

        /// <summary>Base time unit when a duration has no unit: Nsight Compute's is nanoseconds; nvprof's trace
        /// prints a units row, and a bare nvprof duration is read as microseconds (its default for <c>-u</c>).</summary>
        private double DefaultTimeUnitNs => IsNsight ? 1 : 1e3;

        private readonly Dictionary<int, List<KernelAccumulator>> _byHash = new();

        /// <summary>The accumulator of the kernel named by a field, found by hashing the field's characters
        /// (no string is allocated for a kernel seen before).</summary>
        private KernelAccumulator KernelAt(int field)
        {
            var chars = _csv.Chars;
            var start = _csv.FieldStart(field);
            var length = _csv.FieldLength(field);
            var hash = unchecked((int)2166136261);
            for (var i = 0; i < length; i++)
            {
                hash = unchecked((hash ^ chars[start + i]) * 16777619);
            }
            if (_byHash.TryGetValue(hash, out var bucket))
            {
                foreach (var k in bucket)
                {
                    if (_csv.FieldEquals(field, k.Name))
                    {
                        return k;
                    }
                }
            }
            else
            {
                bucket = new List<KernelAccumulator>(1);
                _byHash.Add(hash, bucket);
            }
            var created = Kernel(_csv.GetString(field), _csv.LineNumber);
            bucket.Add(created);
            return created;
        }

        private KernelAccumulator Kernel(string name, int line)
        {
            if (!_kernels.TryGetValue(name, out var k))
            {
                k = new KernelAccumulator(name, line);
                _kernels.Add(name, k);
                _order.Add(k);
            }
            return k;
        }

        // ---------------------------------------------------------------- nvprof summary (long, Avg × Invocations)

        private void ReadNvprofSummary(Dictionary<string, int> columns)
        {
            var kernel = Column(columns, "Kernel");
            var invocations = Column(columns, "Invocations");
            var metric = Column(columns, "Metric Name");
            var avg = Column(columns, "Avg");
            columns.TryGetValue("Device", out var device);
            var hasDevice = columns.ContainsKey("Device");
            while (NextRow())
            {
                if (!ProfileMetrics.TryLookup(_csv.Chars, _csv.FieldStart(metric), _csv.FieldLength(metric), out var quantity))
                {
                    continue;
                }
                var name = _csv.GetString(kernel);
                var key = hasDevice ? _csv.GetString(device) + "\u0001" + name : name;
                if (!TryNumber(invocations, true, out var calls, out _)
                    || calls != Math.Floor(calls))
                {
                    throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                        "cannot read '" + _csv.GetString(invocations) + "' as a number of invocations", _path, _csv.LineNumber, _csv.ColumnOf(invocations));
                }
                if (calls > MaxSectors)
                {
                    throw new WorkloadException(WorkloadDiagnosticIds.InvalidValue,
                        "kernel '" + name + "' has " + _csv.GetString(invocations) + " invocations, above the plausible 1e18", _path, _csv.LineNumber, _csv.ColumnOf(invocations));
                }
                if (calls <= 0)
                {
                    throw new WorkloadException(WorkloadDiagnosticIds.InvalidValue,
                        "kernel '" + name + "' has " + _csv.GetString(invocations) + " invocations", _path, _csv.LineNumber, _csv.ColumnOf(invocations));
                }
                // an average over invocations need not be a whole count: its separators prove nothing
                if (!TryReadValue(avg, quantity, "", out var value, wholeCount: false))
                {
                    continue;
                }
                if (quantity == Quantity.Duration && value == 0)
                {
                    throw ZeroDuration(name, _csv.LineNumber);
                }
                var acc = Kernel(key, _csv.LineNumber);
                acc.DisplayName = name;
                acc.AddSummary(quantity, value, (long)calls);
            }
        }

        // ---------------------------------------------------------------- Nsight Compute details (long, one row per launch × metric)

        private void ReadNsightDetails(Dictionary<string, int> columns)
        {
            var id = Column(columns, "ID");
            var kernel = Column(columns, "Kernel Name");
            var metric = Column(columns, "Metric Name");
            var unitColumn = Column(columns, "Metric Unit");
            var valueColumn = Column(columns, "Metric Value");
            var launch = new LaunchValues();
            var currentId = new StringBuilder();
            KernelAccumulator? current = null;
            while (NextRow())
            {
                if (current is null || !SameId(currentId, id))
                {
                    if (current is not null)
                    {
                        FinishLaunch(current, launch);
                    }
                    currentId.Clear();
                    currentId.Append(_csv.Chars, _csv.FieldStart(id), _csv.FieldLength(id));
                    current = current is not null && _csv.FieldEquals(kernel, current.Name) ? current : KernelAt(kernel);
                    launch.Reset(_csv.LineNumber);
                }
                if (!ProfileMetrics.TryLookup(_csv.Chars, _csv.FieldStart(metric), _csv.FieldLength(metric), out var quantity))
                {
                    continue;
                }
                if (TryReadValue(valueColumn, quantity, Unit(unitColumn), out var value))
                {
                    launch.Set(quantity, value);
                }
            }
            if (current is not null)
            {
                FinishLaunch(current, launch);
            }
        }

        private readonly List<string> _units = new();

        /// <summary>The unit in a field, from a small cache of the units seen (no allocation per row).</summary>
        private string Unit(int field)
        {
            foreach (var u in _units)
            {
                if (_csv.FieldEquals(field, u))
                {
                    return u;
                }
            }
            var unit = _csv.GetString(field);
            if (_units.Count < 64)
            {
                _units.Add(unit);
            }
            return unit;
        }

        private bool SameId(StringBuilder currentId, int field)
        {
            if (currentId.Length != _csv.FieldLength(field))
            {
                return false;
            }
            var start = _csv.FieldStart(field);
            for (var i = 0; i < currentId.Length; i++)
            {
                if (currentId[i] != _csv.Chars[start + i])
                {
                    return false;
                }
            }
            return true;
        }

        private void FinishLaunch(KernelAccumulator kernel, LaunchValues launch)
        {
            if (launch.Has(Quantity.Duration) && launch.Get(Quantity.Duration) == 0)
            {
                throw ZeroDuration(kernel.Name, launch.Line);
            }
            kernel.AddLaunch(launch);
        }

        private WorkloadException ZeroDuration(string kernel, int line) =>
            new(WorkloadDiagnosticIds.InvalidValue, "kernel '" + kernel + "' has zero duration", _path, line, 1);

        // ---------------------------------------------------------------- wide: nvprof GPU trace, Nsight Compute raw page

        private void ReadWide(Dictionary<string, int> columns)
        {
            var nameColumn = columns.TryGetValue("Kernel Name", out var kn) ? kn
                : columns.TryGetValue("Kernel", out var k) ? k : Column(columns, "Name");
            var metricColumns = new List<int>();
            var metricQuantities = new List<Quantity>();
            foreach (var pair in columns)
            {
                if (ProfileMetrics.TryLookup(pair.Key, out var q))
                {
                    metricColumns.Add(pair.Value);
                    metricQuantities.Add(q);
                }
            }
            var units = new string[metricColumns.Count];
            for (var i = 0; i < units.Length; i++)
            {
                units[i] = "";
            }
            var launch = new LaunchValues();
            var first = true;
            while (NextRow())
            {
                if (_csv.FieldIsBlank(nameColumn))
                {
                    if (first)
                    {
                        // the units row: "","",…,"sector","byte","nsecond"
                        for (var i = 0; i < units.Length; i++)
                        {
                            units[i] = _csv.GetString(metricColumns[i]).Trim();
                        }
                        first = false;
                        continue;
                    }
                    throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv, "a launch row without a kernel name", _path, _csv.LineNumber, _csv.ColumnOf(nameColumn));
                }
                first = false;
                if (_csv.FieldLength(nameColumn) > 6 && _csv.Chars[_csv.FieldStart(nameColumn)] == '[')
                {
                    continue; // "[CUDA memcpy HtoD]", "[CUDA memset]": not kernels
                }
                launch.Reset(_csv.LineNumber);
                for (var i = 0; i < metricColumns.Count; i++)
                {
                    if (TryReadValue(metricColumns[i], metricQuantities[i], units[i], out var value))
                    {
                        launch.Set(metricQuantities[i], value);
                    }
                }
                FinishLaunch(KernelAt(nameColumn), launch);
            }
        }

        // ---------------------------------------------------------------- result

        private ImportedProfile Build()
        {
            if (_order.Count == 0)
            {
                throw new WorkloadException(WorkloadDiagnosticIds.MalformedCsv,
                    "the profile has a header but no kernel rows with known metrics (truncated file, or no metrics collected)", _path, Math.Max(1, _csv.LineNumber), 1);
            }
            var union = 0;
            foreach (var k in _order)
            {
                union |= k.AnyMask;
            }
            var family = _options.Family ?? (Has(union, Quantity.L2Read) || Has(union, Quantity.L2Write) || !Has(union, Quantity.L2TexRead)
                ? MetricFamily.L2AllClients
                : MetricFamily.L2Tex);
            var nsight = IsNsight;
            var requireAtomics = nsight && family == MetricFamily.L2AllClients && _options.RequireAtomicsAndReductions;
            var records = new List<KernelRecord>(_order.Count);
            foreach (var k in _order)
            {
                var missing = new List<string>();
                void Need(Quantity q)
                {
                    if (!k.HasAll(q))
                    {
                        missing.Add(ProfileMetrics.NameOf(q, nsight));
                    }
                }
                void NeedEither(Quantity sectors, Quantity bytes)
                {
                    if (!k.HasAll(sectors) && !k.HasAll(bytes))
                    {
                        missing.Add(ProfileMetrics.NameOf(sectors, nsight) + " (or " + ProfileMetrics.NameOf(bytes, nsight) + ")");
                    }
                }
                if (family == MetricFamily.L2Tex)
                {
                    Need(Quantity.L2TexRead);
                    Need(Quantity.L2TexWrite);
                }
                else
                {
                    Need(Quantity.L2Read);
                    Need(Quantity.L2Write);
                    if (requireAtomics)
                    {
                        Need(Quantity.L2Atom);
                        Need(Quantity.L2Red);
                    }
                }
                NeedEither(Quantity.DramRead, Quantity.DramReadBytes);
                NeedEither(Quantity.DramWrite, Quantity.DramWriteBytes);
                if (nsight)
                {
                    Need(Quantity.Duration);
                }
                if (missing.Count > 0)
                {
                    throw new WorkloadException(WorkloadDiagnosticIds.MissingMetrics,
                        "kernel '" + k.DisplayName + "' lacks metric(s) " + string.Join(", ", missing), _path, k.FirstLine, 1);
                }
                double l2Read, l2Write;
                if (family == MetricFamily.L2Tex)
                {
                    l2Read = k.Sum(Quantity.L2TexRead);
                    l2Write = k.Sum(Quantity.L2TexWrite);
                }
                else
                {
                    var atomics = k.Sum(Quantity.L2Atom) + k.Sum(Quantity.L2Red);
                    l2Read = k.Sum(Quantity.L2Read) + atomics;
                    l2Write = k.Sum(Quantity.L2Write) + atomics;
                }
                var dramRead = k.HasAll(Quantity.DramRead) ? k.Sum(Quantity.DramRead) : k.Sum(Quantity.DramReadBytes);
                var dramWrite = k.HasAll(Quantity.DramWrite) ? k.Sum(Quantity.DramWrite) : k.Sum(Quantity.DramWriteBytes);
                double? duration = k.HasAll(Quantity.Duration) ? k.Sum(Quantity.Duration) : null;
                records.Add(new KernelRecord(k.DisplayName, k.Invocations, l2Read, l2Write, dramRead, dramWrite, duration, family));
            }
            return new ImportedProfile(_path, _format, family, MergeByName(records));
        }

        private static bool Has(int mask, Quantity q) => (mask & (1 << (int)q)) != 0;

        /// <summary>nvprof summaries key kernels by device too; the canonical record is per kernel name.</summary>
        private static IReadOnlyList<KernelRecord> MergeByName(List<KernelRecord> records)
        {
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            var merged = new List<KernelRecord>(records.Count);
            foreach (var r in records)
            {
                if (byName.TryGetValue(r.Name, out var i))
                {
                    var m = merged[i];
                    merged[i] = m with
                    {
                        Invocations = m.Invocations + r.Invocations,
                        L2ReadSectors = m.L2ReadSectors + r.L2ReadSectors,
                        L2WriteSectors = m.L2WriteSectors + r.L2WriteSectors,
                        DramReadSectors = m.DramReadSectors + r.DramReadSectors,
                        DramWriteSectors = m.DramWriteSectors + r.DramWriteSectors,
                        DurationNs = m.DurationNs + r.DurationNs,
                    };
                }
                else
                {
                    byName.Add(r.Name, merged.Count);
                    merged.Add(r);
                }
            }
            return merged;
        }
    }

    /// <summary>The metrics of one launch as they are read.</summary>
    private sealed class LaunchValues
    {
        private readonly double[] _values = new double[ProfileMetrics.QuantityCount];
        public int Mask { get; private set; }
        public int Line { get; private set; }

        public void Reset(int line)
        {
            Mask = 0;
            Line = line;
        }

        public void Set(Quantity q, double value)
        {
            _values[(int)q] = value;
            Mask |= 1 << (int)q;
        }

        public bool Has(Quantity q) => (Mask & (1 << (int)q)) != 0;

        public double Get(Quantity q) => _values[(int)q];
    }

    /// <summary>Sums of one kernel name's launches, and how many launches had each metric.</summary>
    private sealed class KernelAccumulator
    {
        private readonly double[] _sums = new double[ProfileMetrics.QuantityCount];
        private readonly long[] _present = new long[ProfileMetrics.QuantityCount];

        public KernelAccumulator(string name, int firstLine)
        {
            Name = name;
            DisplayName = name;
            FirstLine = firstLine;
        }

        public string Name { get; }
        public string DisplayName { get; set; }
        public int FirstLine { get; }
        public long Invocations { get; private set; }
        public int AnyMask { get; private set; }

        public void AddLaunch(LaunchValues launch)
        {
            Invocations++;
            for (var q = 0; q < ProfileMetrics.QuantityCount; q++)
            {
                if ((launch.Mask & (1 << q)) != 0)
                {
                    _sums[q] += launch.Get((Quantity)q);
                    _present[q]++;
                }
            }
            AnyMask |= launch.Mask;
        }

        /// <summary>nvprof summary row: total = Avg × Invocations.</summary>
        public void AddSummary(Quantity q, double average, long invocations)
        {
            if (invocations > Invocations)
            {
                Invocations = invocations;
            }
            _sums[(int)q] += average * invocations;
            _present[(int)q] += invocations;
            AnyMask |= 1 << (int)q;
        }

        public bool HasAll(Quantity q) => _present[(int)q] >= Invocations && Invocations > 0;

        public double Sum(Quantity q) => _sums[(int)q];
    }
}
