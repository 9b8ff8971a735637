namespace PerformanceTargets.Model;

/// <summary>
/// Numbers written in Chinese numerals, as tables write them before a time unit (一周内, 两个月内, 十五个工作日) or after
/// 百分之 (百分之九十五): 零 〇 一 二 两 三 … 九 with 十 百 千 (九十五, 十二, 一百零五, 百), a run of digits (二〇二四), and
/// a decimal part after 点 (九十五点五). Stateless and thread-safe.
/// </summary>
internal static class ChineseNumber
{
    /// <summary>Gets the value of a Chinese digit (零 〇 一 二 两 三 … 九), or -1.</summary>
    public static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };

    /// <summary>Gets the value of a Chinese power of ten (十 百 千), or 0.</summary>
    public static int Power(char c) => c switch
    {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 0,
    };

    /// <summary>Gets whether a character is a Chinese digit or power of ten.</summary>
    public static bool IsNumeral(char c) => Digit(c) >= 0 || Power(c) > 0;

    /// <summary>
    /// Reads a number in Chinese numerals at <paramref name="position"/> and moves past it; false, with the position
    /// unchanged, when none is there or the numerals do not make a number (十十, 五百千).
    /// </summary>
    public static bool TryRead(string text, ref int position, out decimal value)
    {
        value = 0m;
        var end = position;
        var structured = false;
        while (end < text.Length && IsNumeral(text[end]))
        {
            structured |= Power(text[end]) > 0;
            end++;
        }

        if (end == position || end - position > 12)
        {
            return false;
        }

        long number = 0;
        if (structured)
        {
            // 九十五, 十二, 一百零五, 百: each power once, from the largest down; 零 only marks a gap.
            var current = -1;
            var lastPower = int.MaxValue;
            for (var i = position; i < end; i++)
            {
                var digit = Digit(text[i]);
                if (digit == 0)
                {
                    continue;
                }

                if (digit > 0)
                {
                    if (current >= 0)
                    {
                        return false;
                    }

                    current = digit;
                    continue;
                }

                var power = Power(text[i]);
                if (power >= lastPower)
                {
                    return false;
                }

                number += (current < 0 ? 1 : current) * power;
                current = -1;
                lastPower = power;
            }

            number += Math.Max(current, 0);
        }
        else
        {
            // 二〇二四: digits by position.
            for (var i = position; i < end; i++)
            {
                number = (number * 10) + Digit(text[i]);
            }
        }

        decimal result = number;

        // A decimal part: 九十五点五.
        if (end + 1 < text.Length && text[end] == '点' && Digit(text[end + 1]) >= 0)
        {
            end++;
            var scale = 0.1m;
            while (end < text.Length && Digit(text[end]) is var d && d >= 0)
            {
                result += d * scale;
                scale /= 10m;
                end++;
            }
        }

        value = result;
        position = end;
        return true;
    }
}
