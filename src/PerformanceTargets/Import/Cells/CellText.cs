using PerformanceTargets.Model;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PerformanceTargets.Import.Cells;

/// <summary>
/// The text of cells: label keys, blank cells, numbering, and the values the builder reads from cells (amounts,
/// percentages, months, years, implementation periods), each written once for every layout and format.
/// </summary>
internal static class CellText
{
    /// <summary>Returns a comparison key for a label: white space removed, ASCII colon and brackets made full-width, the full-width ％ made ASCII.</summary>
    public static string LabelKey(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text!.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
            {
                continue;
            }

            builder.Append(c switch
            {
                ':' => '：',
                '(' => '（',
                ')' => '）',
                '％' => '%',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Whether <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/> are all white space.</summary>
    public static bool IsBlank(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Measures leading numbering: "1." "1．" "1、" "（1）" "(1)" followed by optional spaces. A number followed by a
    /// digit ("1.5万元") is not numbering. Returns the length to remove (0 when none) and the number.
    /// </summary>
    public static int NumberingLength(string text, out int number)
    {
        number = 0;
        var i = 0;
        var bracketed = false;
        if (i < text.Length && text[i] is '（' or '(')
        {
            bracketed = true;
            i++;
        }

        var digitsStart = i;
        while (i < text.Length && i - digitsStart < 3 && text[i] is >= '0' and <= '9')
        {
            number = (number * 10) + (text[i] - '0');
            i++;
        }

        if (i == digitsStart || i >= text.Length)
        {
            return 0;
        }

        if (bracketed)
        {
            if (text[i] is not ('）' or ')'))
            {
                return 0;
            }
        }
        else if (text[i] is not ('.' or '．' or '、'))
        {
            return 0;
        }

        i++;
        if (i < text.Length && text[i] is >= '0' and <= '9')
        {
            return 0;
        }

        while (i < text.Length && text[i] is ' ' or '\u3000' or '\t')
        {
            i++;
        }

        return i;
    }

    public static string StripNumbering(string text, out int removed)
    {
        removed = NumberingLength(text, out _);
        return removed == 0 ? text : text.Substring(removed);
    }

    /// <summary>
    /// Splits a goal cell that numbers several goals inline ("1.甲；2.乙") into the numbered parts, numbering removed.
    /// A cell numbered from another number ("2.乙", a second goal in a cell of its own) is one goal, numbering removed;
    /// a cell without numbering is one goal as written.
    /// </summary>
    public static List<(string Text, int Offset)> SplitNumbered(string text)
    {
        var first = NumberingLength(text, out var number);
        if (first == 0)
        {
            return [(text, 0)];
        }

        if (number != 1)
        {
            return [(text.Substring(first), first)];
        }

        var starts = new List<(int At, int Length)> { (0, first) };
        var expected = 2;
        for (var i = first; i < text.Length; i++)
        {
            var previous = text[i - 1];
            if (text[i] is < '0' or > '9' || !(previous is '；' or ';' or '。' or ' ' or '\u3000' or '，' or ',' or '\n' or '\r'))
            {
                continue;
            }

            var length = NumberingLength(text.Substring(i, Math.Min(8, text.Length - i)), out var n);
            if (length > 0 && n == expected)
            {
                starts.Add((i, length));
                expected++;
                i += length - 1;
            }
        }

        var parts = new List<(string, int)>(starts.Count);
        for (var k = 0; k < starts.Count; k++)
        {
            var begin = starts[k].At + starts[k].Length;
            var end = k + 1 < starts.Count ? starts[k + 1].At : text.Length;
            var part = text.Substring(begin, end - begin);
            if (k + 1 < starts.Count)
            {
                part = part.TrimEnd(' ', '\u3000', '\r', '\n', '\t');
            }

            parts.Add((part, begin));
        }

        return parts;
    }

    /// <summary>Parses an amount: digits, an optional sign, decimal point and well-placed thousands separators; keeps the scale ("90.00").</summary>
    public static bool TryParseAmount(string? text, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim().Replace('，', ',');
        if (s.Length == 0 || s.Length > 40)
        {
            return false;
        }

        var body = s[0] is '-' or '+' ? s.Substring(1) : s;
        if (body.IndexOf(',') >= 0 && !WellGrouped(body))
        {
            return false;
        }

        foreach (var c in body)
        {
            if (c is not ((>= '0' and <= '9') or '.' or ','))
            {
                return false;
            }
        }

        return decimal.TryParse(
            s,
            NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowThousands,
            CultureInfo.InvariantCulture,
            out value);
    }

    /// <summary>Parses a percentage such as "25%", "25", "33.3％"; the value is in percent.</summary>
    public static bool TryParsePercent(string? text, out decimal value)
    {
        value = 0m;
        if (text is null)
        {
            return false;
        }

        var s = text.Trim();
        if (s.EndsWith("%", StringComparison.Ordinal) || s.EndsWith("％", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 1).TrimEnd();
        }

        return TryParseAmount(s, out value);
    }

    /// <summary>
    /// Gives the number of a points cell, as 分值 and 得分 are written: "10", "10分", "10 分", "（10分）" → "10"; the text
    /// trimmed when it has no such form. <see cref="TryParseAmount"/> reads what it gives.
    /// </summary>
    public static string PointsNumber(string text)
    {
        var s = text.Trim();
        if (s.Length >= 2 && s[0] is '（' or '(' && s[s.Length - 1] is '）' or ')')
        {
            s = s.Substring(1, s.Length - 2).Trim();
        }

        if (s.EndsWith("分", StringComparison.Ordinal))
        {
            s = s.Substring(0, s.Length - 1).TrimEnd();
        }

        return s;
    }

    /// <summary>Parses a weight: a percentage (<see cref="TryParsePercent"/>) or points (<see cref="PointsNumber"/>: "10分", "（10分）").</summary>
    public static bool TryParseWeight(string? text, out decimal value) =>
        TryParsePercent(text, out value) || (text is not null && TryParseAmount(PointsNumber(text), out value));

    /// <summary>Parses a spending-plan month heading: "3月底", "3月末", "3月", "截至3月底".</summary>
    public static bool TryParseMonth(string? text, out int month)
    {
        month = 0;
        var s = LabelKey(text);
        if (s.StartsWith("截至", StringComparison.Ordinal) || s.StartsWith("截止", StringComparison.Ordinal))
        {
            s = s.Substring(2);
        }

        var i = 0;
        while (i < s.Length && i < 2 && s[i] is >= '0' and <= '9')
        {
            month = (month * 10) + (s[i] - '0');
            i++;
        }

        if (i == 0 || i >= s.Length || s[i] != '月')
        {
            return false;
        }

        var rest = s.Substring(i + 1);
        return (rest.Length == 0 || rest is "底" or "末" or "份" or "底前") && month is >= 1 and <= 12;
    }

    /// <summary>Finds a four-digit year followed by 年 ("2024年"), or 0.</summary>
    public static int FindYear(string? text)
    {
        if (text is null)
        {
            return 0;
        }

        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] == '年' && IsDigits(text, i, 4) && (i == 0 || text[i - 1] is < '0' or > '9'))
            {
                var year = int.Parse(text.Substring(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                if (TargetDocument.IsFiscalYear(year))
                {
                    return year;
                }
            }
        }

        return 0;
    }

    /// <summary>Parses a year cell: "2024" or "2024年", within <see cref="TargetDocument.IsFiscalYear"/>.</summary>
    public static bool TryParseYear(string? text, out int year)
    {
        year = 0;
        var s = (text ?? string.Empty).Trim().TrimEnd('年');
        return s.Length == 4 && IsDigits(s, 0, 4)
            && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out year) && TargetDocument.IsFiscalYear(year);
    }

    /// <summary>
    /// Parses an implementation period ("2023.07-2024.01", "2023年7月至2024年1月", "2023/07~2024/01") with the grammar of
    /// a period target (<see cref="IndicatorTarget.Parse"/>), so that the library reads periods one way; also whole years
    /// ("2024年" is 2024-01 to 2024-12, "2024-2026年" is 2024-01 to 2026-12) and full dates
    /// ("2024年1月1日至2024年12月31日", their months). Gives the months as yyyy-MM and the offsets in
    /// <paramref name="text"/> where each starts.
    /// </summary>
    public static bool TryParsePeriod(string text, out string start, out string end, out int startOffset, out int endOffset)
    {
        start = end = string.Empty;
        startOffset = endOffset = 0;
        var parsed = IndicatorTarget.Parse(text);
        if (parsed.Kind != TargetKind.Period || parsed.PeriodStart is not { } first || parsed.PeriodEnd is not { } last)
        {
            if (!TryParseYearsOrDates(text, out first, out last))
            {
                return false;
            }
        }

        start = first;
        end = last;
        startOffset = Math.Max(0, text.IndexOf(first.Substring(0, 4), StringComparison.Ordinal));
        endOffset = Math.Max(0, text.IndexOf(last.Substring(0, 4), startOffset + 4, StringComparison.Ordinal));
        return true;
    }

    // A date as tables write it: 2024-07-31, 2024.7.31, 2024/07/31, 2024年7月31日 (year, month and day captured). ASCII
    // digits only: \d would also match full-width digits (２０２４), which int.Parse refuses.
    private const string DatePattern = @"([0-9]{4})\s*[-./年]\s*([0-9]{1,2})\s*[-./月]\s*([0-9]{1,2})\s*日?";

    // What stands between the two ends of a period.
    private const string PeriodTo = @"\s*(?:至|到|-|－|—|–|~|～)\s*";

    private static readonly Regex Date = new(@"^\s*" + DatePattern + @"\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Years = new(@"^\s*([0-9]{4})\s*年?(?:" + PeriodTo + @"([0-9]{4})\s*年?)?\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex Dates = new(@"^\s*" + DatePattern + PeriodTo + DatePattern + @"\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Parses a date as tables write it (2024-07-31, 2024.7.31, 2024/07/31, 2024年7月31日) into its year, month and
    /// day as written; the caller judges the range.
    /// </summary>
    public static bool TryParseDate(string text, out int year, out int month, out int day)
    {
        var match = Date.Match(text);
        year = month = day = 0;
        if (!match.Success)
        {
            return false;
        }

        (year, month, day) = (Number(match.Groups[1].Value), Number(match.Groups[2].Value), Number(match.Groups[3].Value));
        return true;
    }

    /// <summary>An implementation period written as whole years or as full dates (<see cref="TryParsePeriod"/>).</summary>
    private static bool TryParseYearsOrDates(string text, out string start, out string end)
    {
        start = end = string.Empty;
        var years = Years.Match(text);
        int firstYear, firstMonth, lastYear, lastMonth;
        if (years.Success)
        {
            firstYear = Number(years.Groups[1].Value);
            lastYear = years.Groups[2].Success ? Number(years.Groups[2].Value) : firstYear;
            (firstMonth, lastMonth) = (1, 12);
        }
        else if (Dates.Match(text) is { Success: true } dates)
        {
            (firstYear, firstMonth) = (Number(dates.Groups[1].Value), Number(dates.Groups[2].Value));
            (lastYear, lastMonth) = (Number(dates.Groups[4].Value), Number(dates.Groups[5].Value));
        }
        else
        {
            return false;
        }

        if (!TargetDocument.IsFiscalYear(firstYear) || !TargetDocument.IsFiscalYear(lastYear) || firstMonth is < 1 or > 12 || lastMonth is < 1 or > 12
            || (firstYear * 12) + firstMonth > (lastYear * 12) + lastMonth)
        {
            return false;
        }

        start = firstYear.ToString("D4", CultureInfo.InvariantCulture) + "-" + firstMonth.ToString("D2", CultureInfo.InvariantCulture);
        end = lastYear.ToString("D4", CultureInfo.InvariantCulture) + "-" + lastMonth.ToString("D2", CultureInfo.InvariantCulture);
        return true;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Whether a cell starts with a 6-digit unit code ("816001怀来县官厅镇人民政府"), white space before it allowed.</summary>
    public static bool StartsWithUnitCode(string text, out int codeStart)
    {
        codeStart = text.Length - text.TrimStart().Length;
        return text.Length >= codeStart + 6 && IsDigits(text, codeStart, 6) && (text.Length == codeStart + 6 || text[codeStart + 6] is < '0' or > '9');
    }

    /// <summary>Quotes a cell for a message, shortened when long.</summary>
    public static string Quote(string? text)
    {
        var s = text ?? string.Empty;
        if (s.Length > 60)
        {
            s = s.Substring(0, 57) + "…";
        }

        return "\"" + s.Replace("\t", "\\t") + "\"";
    }

    public static string Join(IEnumerable<string> cells) => string.Join(" | ", cells.Select(Quote));

    private static bool IsDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool WellGrouped(string body)
    {
        var point = body.IndexOf('.');
        var integer = point < 0 ? body : body.Substring(0, point);
        if (point >= 0 && body.IndexOf(',', point) >= 0)
        {
            return false;
        }

        var groups = integer.Split(',');
        if (groups[0].Length is < 1 or > 3)
        {
            return false;
        }

        for (var k = 1; k < groups.Length; k++)
        {
            if (groups[k].Length != 3)
            {
                return false;
            }
        }

        return true;
    }
}
