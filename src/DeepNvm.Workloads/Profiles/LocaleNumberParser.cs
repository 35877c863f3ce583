namespace DeepNvm.Workloads.Profiles;

/// <summary>How a file writes numbers: which character is the decimal separator (the other one groups thousands).</summary>
public enum NumberFormat
{
    /// <summary>Not decided yet: no number so far has said.</summary>
    Unknown,
    /// <summary><c>1,234.5</c>: '.' is the decimal separator.</summary>
    DotDecimal,
    /// <summary><c>1.234,5</c>: ',' is the decimal separator.</summary>
    CommaDecimal,
}

/// <summary>What one number says about its file's <see cref="NumberFormat"/>.</summary>
/// <param name="Proves">The format this number can only be read in (Unknown: it reads the same in both, or is ambiguous).</param>
/// <param name="Ambiguous">The number reads differently in the two formats and says nothing itself:
/// one separator followed by exactly three digits in a column that may hold fractions (<c>309,461</c> µs
/// is 309.461 or 309461).</param>
internal readonly record struct NumberEvidence(NumberFormat Proves, bool Ambiguous);

/// <summary>
/// Parses profiler numbers written in any locale: <c>157,911</c>, <c>27.595.520</c>, <c>1 234,5</c>,
/// <c>1'234.5</c>, <c>4.0e-05</c>, with an optional inline unit suffix (<c>7.65%</c>, <c>12.5GB/s</c>).
/// The parser itself decides nothing for the file: it reads a number in the file's
/// <see cref="NumberFormat"/> (decided once per file by the importer from unambiguous evidence) and
/// reports, per number, what evidence it gives (<see cref="NumberEvidence"/>): both separators, a
/// separator repeated, a separator followed by other than three digits, or a separator followed by three
/// digits in a column whose unit makes it a whole count (sectors, bytes, ns: a group separator).
/// </summary>
internal sealed class LocaleNumberParser
{
    /// <summary>Parses <c>chars[start..start+length)</c> in <paramref name="format"/> (Unknown: in the format
    /// the number itself proves, else provisionally with '.' as decimal). Returns false when the text is not
    /// a number. <paramref name="unitSuffix"/> receives an inline unit (e.g. "%"), or null.</summary>
    public bool TryParse(char[] chars, int start, int length, bool integerValued, NumberFormat format,
        out double value, out string? unitSuffix, out NumberEvidence evidence)
    {
        value = 0;
        unitSuffix = null;
        evidence = default;
        var end = start + length;
        while (start < end && IsBlank(chars[start]))
        {
            start++;
        }
        while (end > start && IsBlank(chars[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return false;
        }

        // split off a trailing unit (letters, %, /) unless it is an exponent
        var numberEnd = end;
        while (numberEnd > start && IsUnitChar(chars[numberEnd - 1]))
        {
            numberEnd--;
        }
        if (numberEnd < end)
        {
            // "1e5": 'e' followed by digits was not taken (digits are not unit chars); "1.5e" stays a unit
            unitSuffix = new string(chars, numberEnd, end - numberEnd);
        }

        var i = start;
        var negative = false;
        if (i < numberEnd && (chars[i] == '-' || chars[i] == '+'))
        {
            negative = chars[i] == '-';
            i++;
        }

        // find the exponent, if any
        var mantissaEnd = numberEnd;
        for (var j = i; j < numberEnd; j++)
        {
            if (chars[j] == 'e' || chars[j] == 'E')
            {
                mantissaEnd = j;
                break;
            }
        }

        // classify separators in the mantissa
        int dots = 0, commas = 0, lastDot = -1, lastComma = -1, digits = 0;
        for (var j = i; j < mantissaEnd; j++)
        {
            var c = chars[j];
            if (c >= '0' && c <= '9')
            {
                digits++;
            }
            else if (c == '.')
            {
                dots++;
                lastDot = j;
            }
            else if (c == ',')
            {
                commas++;
                lastComma = j;
            }
            else if (c == '\'' || IsBlank(c))
            {
                // grouping
            }
            else
            {
                return false;
            }
        }
        if (digits == 0)
        {
            return false;
        }

        var proves = NumberFormat.Unknown;
        var ambiguous = false;
        if (dots > 0 && commas > 0)
        {
            proves = lastDot > lastComma ? NumberFormat.DotDecimal : NumberFormat.CommaDecimal;
        }
        else if (dots > 1 || commas > 1)
        {
            proves = dots > 1 ? NumberFormat.CommaDecimal : NumberFormat.DotDecimal;
        }
        else if (dots == 1 || commas == 1)
        {
            var separatorIsDot = dots == 1;
            var after = mantissaEnd - (separatorIsDot ? lastDot : lastComma) - 1;
            if (after != 3 || mantissaEnd < numberEnd)
            {
                // "3,20", "0.5", "2,5E+03": only a decimal separator is followed by other than three digits
                proves = separatorIsDot ? NumberFormat.DotDecimal : NumberFormat.CommaDecimal;
            }
            else if (integerValued)
            {
                // "157,911" sectors: a whole count, so the separator groups thousands
                proves = separatorIsDot ? NumberFormat.CommaDecimal : NumberFormat.DotDecimal;
            }
            else
            {
                ambiguous = true;
            }
        }

        evidence = new NumberEvidence(proves, ambiguous);
        var decided = format != NumberFormat.Unknown ? format : proves != NumberFormat.Unknown ? proves : NumberFormat.DotDecimal;
        var decimalSeparator = decided == NumberFormat.CommaDecimal ? ',' : '.';
        var groupSeparator = decided == NumberFormat.CommaDecimal ? '.' : ',';

        double mantissa = 0;
        double scale = 0;   // digits after the decimal separator
        var afterDecimal = false;
        for (var j = i; j < mantissaEnd; j++)
        {
            var c = chars[j];
            if (c >= '0' && c <= '9')
            {
                mantissa = mantissa * 10 + (c - '0');
                if (afterDecimal)
                {
                    scale++;
                }
            }
            else if (c == decimalSeparator)
            {
                if (afterDecimal)
                {
                    return false;
                }
                afterDecimal = true;
            }
            else if (c == groupSeparator && afterDecimal)
            {
                // "1.234,5" read with '.' as decimal: a group separator after the decimal one
                return false;
            }
        }
        var exponent = -(int)scale;
        if (mantissaEnd < numberEnd)
        {
            var j = mantissaEnd + 1;
            var expNegative = false;
            if (j < numberEnd && (chars[j] == '-' || chars[j] == '+'))
            {
                expNegative = chars[j] == '-';
                j++;
            }
            if (j >= numberEnd)
            {
                return false;
            }
            var e = 0;
            for (; j < numberEnd; j++)
            {
                var c = chars[j];
                if (c < '0' || c > '9' || e > 10000)
                {
                    return false;
                }
                e = e * 10 + (c - '0');
            }
            exponent += expNegative ? -e : e;
        }
        value = exponent == 0 ? mantissa : exponent > 0 ? mantissa * Pow10(exponent) : mantissa / Pow10(-exponent);
        if (negative)
        {
            value = -value;
        }
        return true;
    }

    private static double Pow10(int n) => System.Math.Pow(10, n);

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';

    private static bool IsUnitChar(char c) => c == '%' || c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
