using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DeepNvm.Model.Nvsim;

/// <summary>One <c>-Key (unit): value</c> line of an NVSim file.</summary>
internal readonly struct NvsimLine
{
    public NvsimLine(int line, string key, string? unit, string value, int valueColumn)
    {
        Line = line;
        Key = key;
        Unit = unit;
        Value = value;
        ValueColumn = valueColumn;
    }

    public int Line { get; }
    public string Key { get; }
    public string? Unit { get; }
    public string Value { get; }
    public int ValueColumn { get; }
}

/// <summary>Splits an NVSim file into key lines. Unlike NVSim, anything that is neither a comment
/// (<c>//</c>, <c>#</c>, blank) nor a well-formed <c>-Key (unit): value</c> line is an error.</summary>
internal static class NvsimLines
{
    public static List<NvsimLine> Read(string file, string text, List<NvsimDiagnostic> diagnostics)
    {
        var lines = new List<NvsimLine>();
        var number = 0;
        using var reader = new StringReader(text);
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            number++;
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("#", StringComparison.Ordinal))
            {
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            if (trimmed[0] != '-')
            {
                diagnostics.Add(new NvsimDiagnostic(file, number, indent + 1, ModelDiagnosticIds.SyntaxError, ModelSeverity.Error,
                    "expected '-Key: value' or a comment (// or #)"));
                continue;
            }

            var colon = FindColon(trimmed);
            if (colon < 0)
            {
                diagnostics.Add(new NvsimDiagnostic(file, number, indent + 1, ModelDiagnosticIds.SyntaxError, ModelSeverity.Error,
                    "missing ':' after the key"));
                continue;
            }

            var head = trimmed.Substring(1, colon - 1).Trim();
            string key;
            string? unit = null;
            var open = head.IndexOf('(');
            if (open >= 0)
            {
                var close = head.LastIndexOf(')');
                if (close < open)
                {
                    diagnostics.Add(new NvsimDiagnostic(file, number, indent + open + 2, ModelDiagnosticIds.SyntaxError, ModelSeverity.Error,
                        "unclosed '(' in the unit"));
                    continue;
                }

                key = head.Substring(0, open).Trim();
                unit = head.Substring(open + 1, close - open - 1).Trim();
            }
            else
            {
                key = head;
            }

            var valueStart = colon + 1;
            while (valueStart < trimmed.Length && char.IsWhiteSpace(trimmed[valueStart]))
            {
                valueStart++;
            }

            var value = trimmed.Substring(valueStart).Trim();
            lines.Add(new NvsimLine(number, key, unit, value, indent + valueStart + 1));
        }

        return lines;
    }

    private static int FindColon(string s)
    {
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '(')
            {
                depth++;
            }
            else if (s[i] == ')')
            {
                depth--;
            }
            else if (s[i] == ':' && depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    public static bool TryNumber(string value, out double result) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out result) && !double.IsNaN(result) && !double.IsInfinity(result);
}
