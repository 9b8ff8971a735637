using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PerformanceTargets.Json.Codec;

/// <summary>What became of a number read as a decimal.</summary>
internal enum NumberStatus
{
    /// <summary>Read exactly, with the scale it was written with.</summary>
    Exact,

    /// <summary>Beyond what a decimal can hold (about 7.9 × 10²⁸).</summary>
    OutOfRange,

    /// <summary>Within range, but with more significant digits than a decimal keeps: reading it would round it.</summary>
    NotExact,
}

/// <summary>
/// Reads JSON numbers into decimals exactly or not at all: a number is never rounded silently. The common numbers of a
/// document (67.54, 25, 0) take a fast path; anything else is parsed by the reader and then compared digit by digit
/// with its text.
/// </summary>
internal static class Numbers
{
    public static NumberStatus ReadDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (TryParsePlain(span, out value))
        {
            return NumberStatus.Exact;
        }

        if (!reader.TryGetDecimal(out value))
        {
            return NumberStatus.OutOfRange;
        }

        return IsExact(span, value) ? NumberStatus.Exact : NumberStatus.NotExact;
    }

    /// <summary>
    /// Reads the common numbers of a document quickly: at most 18 digits with at most one decimal point, no sign, no
    /// exponent; the scale is the number of digits after the point, as the reader's TryGetDecimal gives it.
    /// </summary>
    internal static bool TryParsePlain(ReadOnlySpan<byte> number, out decimal value)
    {
        value = 0m;
        if (number.Length is 0 or > 19)
        {
            return false;
        }

        var digits = 0UL;
        var count = 0;
        var scale = -1;
        foreach (var c in number)
        {
            if ((uint)(c - '0') <= 9)
            {
                digits = (digits * 10) + (uint)(c - '0');
                count++;
                if (scale >= 0)
                {
                    scale++;
                }
            }
            else if (c == (byte)'.' && scale < 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (count > 18 || scale == 0)
        {
            return false;
        }

        value = new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    /// <summary>Gets whether <paramref name="value"/> is exactly the number written in <paramref name="text"/> (JSON number syntax).</summary>
    internal static bool IsExact(ReadOnlySpan<byte> text, decimal value)
    {
        var written = Normalize(text);
        var read = Normalize(Encoding.ASCII.GetBytes(value.ToString(CultureInfo.InvariantCulture)));
        if (written.Digits.Length == 0)
        {
            return read.Digits.Length == 0;
        }

        return written.Negative == read.Negative && string.Equals(written.Digits, read.Digits, StringComparison.Ordinal) && written.Exponent == read.Exponent;
    }

    /// <summary>Splits a number into its sign, its significant digits (no leading or trailing zeros) and the power of ten of the last one.</summary>
    private static (bool Negative, string Digits, long Exponent) Normalize(ReadOnlySpan<byte> text)
    {
        var negative = false;
        var digits = new StringBuilder(text.Length);
        long exponent = 0;
        var fraction = 0;
        var inFraction = false;
        var i = 0;
        if (i < text.Length && text[i] == (byte)'-')
        {
            negative = true;
            i++;
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= (byte)'0' and <= (byte)'9')
            {
                digits.Append((char)c);
                if (inFraction)
                {
                    fraction++;
                }
            }
            else if (c == (byte)'.')
            {
                inFraction = true;
            }
            else if (c is (byte)'e' or (byte)'E')
            {
                var rest = Encoding.ASCII.GetString(text.Slice(i + 1).ToArray());
                if (!long.TryParse(rest, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
                {
                    // An exponent beyond 64 bits: never the exponent of a decimal.
                    exponent = rest.StartsWith("-", StringComparison.Ordinal) ? long.MinValue / 2 : long.MaxValue / 2;
                }

                break;
            }
        }

        var all = digits.ToString();
        var start = 0;
        while (start < all.Length && all[start] == '0')
        {
            start++;
        }

        var end = all.Length;
        while (end > start && all[end - 1] == '0')
        {
            end--;
        }

        // The last significant digit stands at 10^(exponent - fraction + trailing zeros removed).
        return (negative, all.Substring(start, end - start), exponent - fraction + (all.Length - end));
    }
}
