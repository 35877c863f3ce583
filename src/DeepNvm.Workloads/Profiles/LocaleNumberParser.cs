namespace DeepNvm.Workloads.Profiles;

/// <summary>
/// Parses profiler numbers written in any locale: <c>157,911</c>, <c>27.595.520</c>, <c>1 234,5</c>,
/// <c>1'234.5</c>, <c>4.0e-05</c>, with an optional inline unit suffix (<c>7.65%</c>, <c>12.5GB/s</c>).
/// The decimal separator is learned per file from the first unambiguous number (both separators
/// present, or one repeated); a lone separator followed by exactly three digits is read as a
/// thousands separator in an integer-valued column and as the decimal point otherwise, until the file
/// has told us otherwise.
/// </summary>
internal sealed class LocaleNumberParser
{
    /// <summary>The decimal separator this file uses, once known ('.' or ','); '\0' while unknown.</summary>
    public char DecimalSeparator { get; private set; }

    /// <summary>Parses <c>chars[start..start+length)</c>. Returns false when the text is not a number.
    /// <paramref name="unitSuffix"/> receives an inline unit (e.g. "%"), or null.</summary>
    public bool TryParse(char[] chars, int start, int length, bool integerValued, out double value, out string? unitSuffix)
    {
        value = 0;
        unitSuffix = null;
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

        char decimalSeparator;
        if (dots > 0 && commas > 0)
        {
            decimalSeparator = lastDot > lastComma ? '.' : ',';
            Learn(decimalSeparator);
        }
        else if (dots > 1 || commas > 1)
        {
            decimalSeparator = dots > 1 ? ',' : '.';
            Learn(decimalSeparator);
        }
        else if (dots == 1 || commas == 1)
        {
            var separator = dots == 1 ? '.' : ',';
            var position = dots == 1 ? lastDot : lastComma;
            var after = mantissaEnd - position - 1;
            if (DecimalSeparator != '\0')
            {
                decimalSeparator = DecimalSeparator;
            }
            else if (after != 3 || mantissaEnd < numberEnd)
            {
                decimalSeparator = separator;
                Learn(separator);
            }
            else
            {
                // "157,911" or "1.234": ambiguous until the file says otherwise
                decimalSeparator = integerValued ? (separator == '.' ? ',' : '.') : '.';
            }
        }
        else
        {
            decimalSeparator = '.';
        }

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

    private void Learn(char decimalSeparator)
    {
        if (DecimalSeparator == '\0')
        {
            DecimalSeparator = decimalSeparator;
        }
    }

    private static double Pow10(int n) => System.Math.Pow(10, n);

    private static bool IsBlank(char c) => c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';

    private static bool IsUnitChar(char c) => c == '%' || c == '/' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
