using System.Globalization;
using System.Text;

namespace PerformanceTargets.Model;

/// <summary>What an indicator target (指标值) is, as interpreted by <see cref="IndicatorTarget.Parse"/>.</summary>
public enum TargetKind
{
    /// <summary>Nothing but white space was written.</summary>
    Empty,

    /// <summary>定量: an optional comparator, a number and an optional unit ("21个", "≥95%", "≤67.54万元").</summary>
    Quantitative,

    /// <summary>定性: a phrase ("得到保障", "有所提升").</summary>
    Qualitative,

    /// <summary>A period of months ("2023.07-2024.01"), as 时效 targets and 项目实施期 are written.</summary>
    Period,

    /// <summary>
    /// A range or a tolerance: two bounds and an optional unit ("3%～5%", "3%-5%", "介于80%和90%之间", "3-5个"), or a
    /// deviation either side of zero ("±2%", "±2%以内", "误差控制在5%以内" are −2 to 2 and −5 to 5). A quantity, like
    /// <see cref="Quantitative"/>, but with <see cref="IndicatorTarget.Lower"/> and <see cref="IndicatorTarget.Upper"/>
    /// instead of a comparator and a value.
    /// </summary>
    Range,
}

/// <summary>Non-standard spellings met while parsing a target; the standard form is what <see cref="IndicatorTarget.Format"/> writes.</summary>
[Flags]
public enum TargetSpellings
{
    /// <summary>The target is written in the standard form.</summary>
    None = 0,

    /// <summary>Spaces or other white space before or after the target (" =100%").</summary>
    SurroundingWhitespace = 1,

    /// <summary>White space between comparator, number and unit ("≥ 95 %").</summary>
    InnerWhitespace = 2,

    /// <summary>An ASCII spelling of ≥ or ≤ (">=", "&lt;=", "=&gt;").</summary>
    AsciiComparator = 4,

    /// <summary>A full-width comparator ("＞", "＜", "＝", "≧", "≦", "＞＝").</summary>
    FullWidthComparator = 8,

    /// <summary>A comparator written in words ("不低于90%", "95%以上").</summary>
    WordComparator = 16,

    /// <summary>Full-width digits, decimal point or percent sign ("９５％").</summary>
    FullWidthCharacters = 32,

    /// <summary>"百分比" or "百分之" for % ("≥95百分比", "≥百分之九十五").</summary>
    PercentWord = 64,

    /// <summary>"万" alone for 万元 ("≤10万").</summary>
    WanForWanyuan = 128,
}

/// <summary>
/// An interpreted indicator target (指标值): kind, comparator, number and unit, or qualitative text, with the
/// non-standard spellings that were met. Created by <see cref="Parse"/>, which accepts any string and never throws.
/// </summary>
/// <remarks>
/// <para>Examples: "21个" is quantitative 21 个 without comparator; "≥95百分比" is ≥ 95 % with
/// <see cref="TargetSpellings.PercentWord"/>; " =100%" is = 100 % with <see cref="TargetSpellings.SurroundingWhitespace"/>;
/// "不低于90%" is ≥ 90 % with <see cref="TargetSpellings.WordComparator"/>; "控制在10万元以内" is ≤ 10 万元; "＞0" is &gt; 0;
/// "得到保障" is qualitative; "2023.07-2024.01" is a period; "3%—5%" is the range 3 to 5 %; "±2%以内" is the range −2
/// to 2 %.</para>
/// <para><see cref="Format"/> writes the standard spelling, and parsing that again gives the same interpretation.
/// Instances are immutable and thread-safe.</para>
/// </remarks>
public sealed record IndicatorTarget
{
    private const int MaxUnitLength = 6;
    private const int MaxNumberLength = 40;

    private static readonly (string Word, Comparator Comparator)[] PrefixWords =
    [
        ("大于或等于", Model.Comparator.GreaterOrEqual),
        ("大于等于", Model.Comparator.GreaterOrEqual),
        ("小于或等于", Model.Comparator.LessOrEqual),
        ("小于等于", Model.Comparator.LessOrEqual),
        ("不低于", Model.Comparator.GreaterOrEqual),
        ("不少于", Model.Comparator.GreaterOrEqual),
        ("不小于", Model.Comparator.GreaterOrEqual),
        ("不高于", Model.Comparator.LessOrEqual),
        ("不超过", Model.Comparator.LessOrEqual),
        ("不多于", Model.Comparator.LessOrEqual),
        ("不大于", Model.Comparator.LessOrEqual),
        ("至少", Model.Comparator.GreaterOrEqual),
        ("至多", Model.Comparator.LessOrEqual),
        ("最多", Model.Comparator.LessOrEqual),
        ("大于", Model.Comparator.Greater),
        ("高于", Model.Comparator.Greater),
        ("超过", Model.Comparator.Greater),
        ("小于", Model.Comparator.Less),
        ("低于", Model.Comparator.Less),
        ("等于", Model.Comparator.Equal),
        ("达到", Model.Comparator.GreaterOrEqual),
        ("控制在", Model.Comparator.LessOrEqual),
    ];

    // Words that lead a quantity without saying which way: the comparator is the suffix's (保持在95%以上 is ≥95%).
    private static readonly string[] LeadWords = ["保持在", "维持在", "稳定在"];

    // What may stand between the two numbers of a range, what may close it, and what leads a tolerance.
    private static readonly string[] RangeEnds = ["之间", "范围内", "区间内", "区间"];
    private static readonly string[] ToleranceEnds = ["以内", "之内", "范围内", "内"];
    private static readonly string[] ToleranceBounds = ["控制在", "不超过", "不大于", "不高于", "小于", "低于", "在", "为", "≤", "<"];

    private static readonly (string Word, Comparator Comparator)[] SuffixWords =
    [
        ("及以上", Model.Comparator.GreaterOrEqual),
        ("以上", Model.Comparator.GreaterOrEqual),
        ("及以下", Model.Comparator.LessOrEqual),
        ("以下", Model.Comparator.LessOrEqual),
        ("以内", Model.Comparator.LessOrEqual),
    ];

    private IndicatorTarget(string verbatim, TargetKind kind)
    {
        Verbatim = verbatim;
        Kind = kind;
    }

    /// <summary>Gets the target exactly as written.</summary>
    public string Verbatim { get; }

    /// <summary>Gets what kind of target this is.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the comparator of a quantitative target, or null when none was written ("21个").</summary>
    public Comparator? Comparator { get; private init; }

    /// <summary>Gets the comparator, taking a missing one as <see cref="Model.Comparator.Equal"/>; null unless quantitative.</summary>
    public Comparator? EffectiveComparator => Kind == TargetKind.Quantitative ? Comparator ?? Model.Comparator.Equal : null;

    /// <summary>Gets the number of a quantitative target, with the scale it was written with.</summary>
    public decimal? Value { get; private init; }

    /// <summary>Gets the unit of a quantitative target or a range in the standard spelling (% for 百分比, 万元 for 万), or null.</summary>
    public string? Unit { get; private init; }

    /// <summary>Gets the unit as it was written (百分比, ％, 万 …), or null.</summary>
    public string? WrittenUnit { get; private init; }

    /// <summary>Gets the text of a qualitative target, white space around it removed.</summary>
    public string? Text { get; private init; }

    /// <summary>Gets the first month of a period, <c>yyyy-MM</c>.</summary>
    public string? PeriodStart { get; private init; }

    /// <summary>Gets the last month of a period, <c>yyyy-MM</c>.</summary>
    public string? PeriodEnd { get; private init; }

    /// <summary>Gets the lower bound of a <see cref="TargetKind.Range"/> ("3%～5%" gives 3, the tolerance "±2%" gives −2), or null for other kinds.</summary>
    public decimal? Lower { get; private init; }

    /// <summary>Gets the upper bound of a <see cref="TargetKind.Range"/> ("3%～5%" gives 5, the tolerance "±2%" gives 2), or null for other kinds.</summary>
    public decimal? Upper { get; private init; }

    /// <summary>Gets the non-standard spellings that were met.</summary>
    public TargetSpellings Spellings { get; private init; }

    /// <summary>Gets whether the target is written in the standard form.</summary>
    public bool IsStandard => Spellings == TargetSpellings.None;

    /// <summary>Gets whether this is a quantitative target in percent.</summary>
    public bool IsPercentage => Kind == TargetKind.Quantitative && string.Equals(Unit, "%", StringComparison.Ordinal);

    /// <summary>Gets whether this is a quantitative amount of money (元, 千元, 万元, 亿元).</summary>
    public bool IsMoney => Kind == TargetKind.Quantitative && YuanPer(Unit) is not null;

    /// <summary>
    /// Gets the yuan in one of a money unit (元 1, 千元 1,000, 万元 10,000, 亿元 100,000,000), or null for any other
    /// unit: the one table of money units, read by <see cref="IsMoney"/>, the cost rule PT204, the agreement rule PT211
    /// and the scorer's comparison.
    /// </summary>
    internal static decimal? YuanPer(string? unit) => unit switch
    {
        "元" => 1m,
        "千元" => 1_000m,
        "万元" => 10_000m,
        "亿元" => 100_000_000m,
        _ => null,
    };

    /// <summary>Gets an amount of money in yuan, or null when the unit is not money or the product overflows.</summary>
    internal static decimal? InYuan(decimal value, string? unit)
    {
        if (YuanPer(unit) is not { } factor)
        {
            return null;
        }

        try
        {
            return value * factor;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Interprets a target as written. Accepts any string, null included, and never throws.</summary>
    /// <param name="text">The target (指标值) verbatim.</param>
    /// <returns>The interpretation; qualitative when the text is not a quantity or a period.</returns>
    public static IndicatorTarget Parse(string? text)
    {
        var verbatim = text ?? string.Empty;
        var trimmed = TrimWhite(verbatim);
        var spellings = trimmed.Length != verbatim.Length ? TargetSpellings.SurroundingWhitespace : TargetSpellings.None;
        if (trimmed.Length == 0)
        {
            return new IndicatorTarget(verbatim, TargetKind.Empty) { Spellings = spellings };
        }

        var period = TryParsePeriod(verbatim, trimmed, spellings);
        if (period is not null)
        {
            return period;
        }

        return TryParseQuantity(verbatim, trimmed, spellings)
            ?? TryParseRange(verbatim, trimmed, spellings)
            ?? new IndicatorTarget(verbatim, TargetKind.Qualitative) { Text = trimmed, Spellings = spellings };
    }

    /// <summary>
    /// Formats the target in the standard spelling: "≥95%", "21个", "≤67.54万元", "得到保障", "2023.07-2024.01"; a range
    /// as GB/T 15835 writes one, "3%～5%" (the percent sign on both numbers) or "3～5个" (the unit once, after the upper
    /// bound); a tolerance as "±2%".
    /// </summary>
    /// <returns>The standard text; empty for an empty target.</returns>
    public string Format() => Kind switch
    {
        TargetKind.Quantitative => FormatQuantity(Comparator, Value ?? 0m, Unit),
        TargetKind.Qualitative => Text ?? string.Empty,
        TargetKind.Period => $"{PeriodStart!.Replace('-', '.')}-{PeriodEnd!.Replace('-', '.')}",
        TargetKind.Range => FormatRange(Lower ?? 0m, Upper ?? 0m, Unit),
        _ => string.Empty,
    };

    /// <summary>Converts the interpretation to the exchange format's normalised <see cref="TargetValue"/>.</summary>
    /// <returns>
    /// The normalised value; a period becomes qualitative text in the standard spelling; null for an empty target and
    /// for a range, which the exchange format's <c>targetValue</c> has no form for (it is a quantity, not a text, so it
    /// is left without one rather than written as qualitative).
    /// </returns>
    public TargetValue? ToTargetValue() => Kind switch
    {
        TargetKind.Quantitative => TargetValue.Quantitative(Comparator, Value ?? 0m, Unit),
        TargetKind.Qualitative => TargetValue.Qualitative(Text ?? string.Empty),
        TargetKind.Period => TargetValue.Qualitative(Format()),
        _ => null,
    };

    /// <summary>Returns the target as written.</summary>
    /// <returns><see cref="Verbatim"/>.</returns>
    public override string ToString() => Verbatim;

    /// <summary>Gets the standard symbol of a comparator: ≥, &gt;, =, ≤ or &lt;.</summary>
    /// <param name="comparator">The comparator.</param>
    /// <returns>The symbol.</returns>
    public static string GetSymbol(Comparator comparator) => comparator switch
    {
        Model.Comparator.GreaterOrEqual => "≥",
        Model.Comparator.Greater => ">",
        Model.Comparator.LessOrEqual => "≤",
        Model.Comparator.Less => "<",
        _ => "=",
    };

    internal static string FormatQuantity(Comparator? comparator, decimal value, string? unit)
    {
        var number = value.ToString(CultureInfo.InvariantCulture);
        return (comparator is { } c ? GetSymbol(c) : string.Empty) + number + (unit ?? string.Empty);
    }

    internal static string FormatRange(decimal lower, decimal upper, string? unit)
    {
        if (upper > 0m && lower == -upper)
        {
            return "±" + upper.ToString(CultureInfo.InvariantCulture) + unit;
        }

        return lower.ToString(CultureInfo.InvariantCulture) + (unit == "%" ? "%" : string.Empty) + "～" + upper.ToString(CultureInfo.InvariantCulture) + unit;
    }

    /// <summary>
    /// Gets whether a character is white space: what <see cref="char.IsWhiteSpace(char)"/> says, and the zero-width space
    /// and the byte order mark. Written out by ranges, so that a Chinese character (above U+3000) is settled by one
    /// comparison instead of a look-up of its Unicode category; a test checks all 65,536 characters against the definition.
    /// </summary>
    internal static bool IsWhite(char c)
    {
        if (c > '\u3000')
        {
            return c == '\uFEFF';
        }

        if (c <= '\u00A0')
        {
            return c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || c == '\u0085' || c == '\u00A0';
        }

        return c == '\u1680' || (uint)(c - '\u2000') <= '\u200B' - '\u2000' || c == '\u2028' || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /// <summary>Gets whether a cell is null, empty or only white space as <see cref="IsWhite"/> counts it (zero-width space and BOM included).</summary>
    internal static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!IsWhite(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static string TrimWhite(string text)
    {
        WhiteBounds(text, out var start, out var end);
        return start == 0 && end == text.Length ? text : text.Substring(start, end - start);
    }

    /// <summary>Where a text stands without the white space around it: from <paramref name="start"/> to before <paramref name="end"/> (equal when it is all white).</summary>
    internal static void WhiteBounds(string text, out int start, out int end)
    {
        start = 0;
        end = text.Length;
        while (start < end && IsWhite(text[start]))
        {
            start++;
        }

        while (end > start && IsWhite(text[end - 1]))
        {
            end--;
        }
    }

    private static IndicatorTarget? TryParseQuantity(string verbatim, string trimmed, TargetSpellings spellings)
    {
        // Work on a copy where full-width digits, point and percent are ASCII, remembering that we changed them.
        var text = NormalizeWidth(trimmed, ref spellings);
        var position = 0;
        var comparator = ReadComparator(text, ref position, ref spellings);
        var leadWord = (spellings & TargetSpellings.WordComparator) != 0;
        if (comparator is null)
        {
            foreach (var word in LeadWords)
            {
                if (string.CompareOrdinal(text, 0, word, 0, word.Length) == 0)
                {
                    position = word.Length;
                    leadWord = true;
                    spellings |= TargetSpellings.WordComparator;
                    break;
                }
            }
        }

        position = SkipWhite(text, position, ref spellings);

        // 百分之95: the percent word before the number.
        var percentBefore = false;
        if (string.CompareOrdinal(text, position, "百分之", 0, 3) == 0)
        {
            percentBefore = true;
            spellings |= TargetSpellings.PercentWord;
            position += 3;
        }

        // 百分之九十五: after the percent word, the number may be written in Chinese numerals.
        if (!TryReadNumber(text, ref position, allowSign: true, out var value) && !(percentBefore && ChineseNumber.TryRead(text, ref position, out value)))
        {
            return null;
        }

        position = SkipWhite(text, position, ref spellings);
        var unitEnd = text.Length;

        // A comparator written after the number: 95%以上, 10万元以内; after a word that already says it (控制在10万元以内),
        // the suffix agreeing with it is dropped too.
        foreach (var (word, wordComparator) in SuffixWords)
        {
            if (unitEnd - position >= word.Length && string.CompareOrdinal(text, unitEnd - word.Length, word, 0, word.Length) == 0)
            {
                if (comparator is null || (leadWord && IsUpper(comparator.Value) == IsUpper(wordComparator)))
                {
                    comparator ??= wordComparator;
                    spellings |= TargetSpellings.WordComparator;
                    unitEnd -= word.Length;
                }

                break;
            }
        }

        var unitStart = position;
        while (unitEnd > unitStart && IsWhite(text[unitEnd - 1]))
        {
            unitEnd--;
            spellings |= TargetSpellings.InnerWhitespace;
        }

        // The width-normalised text has the same length as the original, so the unit as written is at the same place.
        string? writtenUnit = unitEnd > unitStart ? trimmed.Substring(unitStart, unitEnd - unitStart) : null;
        string? unit = unitEnd > unitStart ? text.Substring(unitStart, unitEnd - unitStart) : null;
        if (percentBefore)
        {
            if (unit is not null)
            {
                return null;
            }

            unit = "%";
            writtenUnit = "百分之";
        }
        else if (unit is not null)
        {
            if (!IsUnitLike(unit))
            {
                return null;
            }

            switch (unit)
            {
                case "百分比":
                    unit = "%";
                    spellings |= TargetSpellings.PercentWord;
                    break;
                case "万":
                    unit = "万元";
                    spellings |= TargetSpellings.WanForWanyuan;
                    break;
            }
        }

        return new IndicatorTarget(verbatim, TargetKind.Quantitative)
        {
            Comparator = comparator,
            Value = value,
            Unit = unit,
            WrittenUnit = writtenUnit,
            Spellings = spellings,
        };
    }

    /// <summary>Reads a number at <paramref name="position"/>: an optional sign, digits, a decimal point, thousands separators (1,000).</summary>
    private static bool TryReadNumber(string text, ref int position, bool allowSign, out decimal value)
    {
        value = 0m;
        var numberStart = position;
        if (allowSign && position < text.Length && (text[position] == '-' || text[position] == '+'))
        {
            position++;
        }

        // The number's characters are contiguous unless thousands separators are dropped; only then is a copy built.
        var digits = 0;
        var sawPoint = false;
        var length = position - numberStart;
        StringBuilder? builder = null;
        while (position < text.Length)
        {
            var c = text[position];
            if (c is >= '0' and <= '9')
            {
                digits++;
                builder?.Append(c);
                length++;
            }
            else if (c == '.' && !sawPoint && position + 1 < text.Length && text[position + 1] is >= '0' and <= '9' && digits > 0)
            {
                sawPoint = true;
                builder?.Append(c);
                length++;
            }
            else if (c == ',' && digits > 0 && !sawPoint && IsThousandsGroup(text, position))
            {
                // 1,000: thousands separators are dropped from the number.
                builder ??= new StringBuilder(text, numberStart, position - numberStart, MaxNumberLength + 2);
            }
            else
            {
                break;
            }

            position++;
            if (length > MaxNumberLength)
            {
                return false;
            }
        }

        return digits > 0 && TryParseNumber(builder, text, numberStart, position - numberStart, out value);
    }

    private static bool IsUpper(Comparator comparator) => comparator is Model.Comparator.LessOrEqual or Model.Comparator.Less;

    private static bool At(string text, int position, string token) =>
        text.Length - position >= token.Length && string.CompareOrdinal(text, position, token, 0, token.Length) == 0;

    /// <summary>
    /// Reads a range ("3%—5%", "3-5个", "介于80%和90%之间", "在3至5天之间") or a tolerance ("±2%", "±2%以内", "正负2%",
    /// "误差控制在5%以内", "偏差不超过0.5%"). Returns null for anything else, so that the text stays qualitative.
    /// </summary>
    private static IndicatorTarget? TryParseRange(string verbatim, string trimmed, TargetSpellings spellings)
    {
        var first = trimmed[0];
        if (!(first is (>= '0' and <= '9') or (>= '０' and <= '９') or '-' or '+' or '±' or '正' or '介' or '在' or '误' or '偏'))
        {
            return null;
        }

        var text = NormalizeWidth(trimmed, ref spellings);
        var position = 0;

        // A tolerance: ±N, or 误差/偏差 (not 误差率, a rate) followed by a bound.
        var tolerance = false;
        if (At(text, 0, "误差") || At(text, 0, "偏差"))
        {
            if (At(text, 2, "率"))
            {
                return null;
            }

            tolerance = true;
            position = SkipWhite(text, 2, ref spellings);
            foreach (var bound in ToleranceBounds)
            {
                if (At(text, position, bound))
                {
                    position = SkipWhite(text, position + bound.Length, ref spellings);
                    break;
                }
            }
        }

        if (At(text, position, "±") || At(text, position, "正负") || At(text, position, "+/-"))
        {
            tolerance = true;
            position = SkipWhite(text, position + (text[position] == '±' ? 1 : text[position] == '正' ? 2 : 3), ref spellings);
        }

        if (tolerance)
        {
            if (!TryReadNumber(text, ref position, allowSign: false, out var bound) || !TryReadUnit(text, trimmed, ref position, ToleranceEnds, ref spellings, out var toleranceUnit, out var toleranceWritten))
            {
                return null;
            }

            return new IndicatorTarget(verbatim, TargetKind.Range)
            {
                Lower = -bound,
                Upper = bound,
                Unit = toleranceUnit,
                WrittenUnit = toleranceWritten,
                Spellings = spellings,
            };
        }

        // 介于 … 之间 / 在 … 之间 around two bounds.
        var needsEnd = false;
        if (At(text, 0, "介于"))
        {
            position = SkipWhite(text, 2, ref spellings);
        }
        else if (At(text, 0, "在"))
        {
            needsEnd = true;
            position = SkipWhite(text, 1, ref spellings);
        }

        var between = position > 0;
        if (!TryReadNumber(text, ref position, allowSign: true, out var lower))
        {
            return null;
        }

        // The first bound's unit, if any, runs to the separator.
        var unitStart = position;
        while (position < text.Length && position - unitStart <= MaxUnitLength && !IsRangeSeparator(text[position], between) && text[position] is not ((>= '0' and <= '9') or '+'))
        {
            position++;
        }

        var firstUnit = position > unitStart ? TrimWhite(text.Substring(unitStart, position - unitStart)) : null;
        if (position >= text.Length || !IsRangeSeparator(text[position], between) || (firstUnit is { Length: > 0 } && !IsUnitLike(firstUnit)))
        {
            return null;
        }

        if (position > unitStart && (firstUnit is null || firstUnit.Length != position - unitStart))
        {
            spellings |= TargetSpellings.InnerWhitespace;
        }

        var separator = text[position];
        position++;
        while (separator == '—' && position < text.Length && text[position] == '—')
        {
            position++;
        }

        position = SkipWhite(text, position, ref spellings);
        if (!TryReadNumber(text, ref position, allowSign: true, out var upper) || upper < lower)
        {
            return null;
        }

        if (!TryReadUnit(text, trimmed, ref position, RangeEnds, ref spellings, out var unit, out var writtenUnit, out var ended) || (needsEnd && !ended))
        {
            return null;
        }

        if (firstUnit is { Length: > 0 } && !string.Equals(StandardUnit(firstUnit), unit, StringComparison.Ordinal))
        {
            return null;
        }

        return new IndicatorTarget(verbatim, TargetKind.Range)
        {
            Lower = lower,
            Upper = upper,
            Unit = unit,
            WrittenUnit = writtenUnit,
            Spellings = spellings,
        };
    }

    private static bool IsRangeSeparator(char c, bool between) =>
        c is '-' or '–' or '—' or '―' or '－' or '~' or '～' or '〜' or '至' or '到' || (between && c is '和' or '与');

    private static string StandardUnit(string unit) => unit switch
    {
        "百分比" or "百分之" => "%",
        "万" => "万元",
        _ => unit,
    };

    /// <summary>Reads the unit after the last number of a range and an optional closing word; the unit must end the text.</summary>
    private static bool TryReadUnit(string text, string trimmed, ref int position, string[] ends, ref TargetSpellings spellings, out string? unit, out string? writtenUnit)
        => TryReadUnit(text, trimmed, ref position, ends, ref spellings, out unit, out writtenUnit, out _);

    private static bool TryReadUnit(string text, string trimmed, ref int position, string[] ends, ref TargetSpellings spellings, out string? unit, out string? writtenUnit, out bool ended)
    {
        unit = null;
        writtenUnit = null;
        ended = false;
        position = SkipWhite(text, position, ref spellings);
        var unitEnd = text.Length;
        foreach (var end in ends)
        {
            if (unitEnd - position >= end.Length && string.CompareOrdinal(text, unitEnd - end.Length, end, 0, end.Length) == 0)
            {
                unitEnd -= end.Length;
                ended = true;
                break;
            }
        }

        var unitStart = position;
        while (unitEnd > unitStart && IsWhite(text[unitEnd - 1]))
        {
            unitEnd--;
            spellings |= TargetSpellings.InnerWhitespace;
        }

        position = text.Length;
        if (unitEnd == unitStart)
        {
            return true;
        }

        var written = trimmed.Substring(unitStart, unitEnd - unitStart);
        var standard = text.Substring(unitStart, unitEnd - unitStart);
        if (!IsUnitLike(standard))
        {
            return false;
        }

        switch (standard)
        {
            case "百分比":
                standard = "%";
                spellings |= TargetSpellings.PercentWord;
                break;
            case "万":
                standard = "万元";
                spellings |= TargetSpellings.WanForWanyuan;
                break;
        }

        unit = standard;
        writtenUnit = written;
        return true;
    }

    private static bool TryParseNumber(StringBuilder? builder, string text, int start, int length, out decimal value)
    {
        const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
        if (builder is not null)
        {
            return decimal.TryParse(builder.ToString(), Styles, CultureInfo.InvariantCulture, out value);
        }

#if NET8_0_OR_GREATER
        return decimal.TryParse(text.AsSpan(start, length), Styles, CultureInfo.InvariantCulture, out value);
#else
        return decimal.TryParse(text.Substring(start, length), Styles, CultureInfo.InvariantCulture, out value);
#endif
    }

    private static bool IsThousandsGroup(string text, int commaPosition)
    {
        var count = 0;
        var i = commaPosition + 1;
        while (i < text.Length && text[i] is >= '0' and <= '9')
        {
            count++;
            i++;
        }

        return count == 3;
    }

    private static bool IsUnitLike(string unit)
    {
        if (unit.Length > MaxUnitLength)
        {
            return false;
        }

        foreach (var c in unit)
        {
            if (c is >= '0' and <= '9' || IsWhite(c) || char.IsControl(c) ||
                c is '，' or '。' or '；' or '、' or ',' or ';' or '：' or ':' or '≥' or '≤' or '>' or '<' or '=' or '-' or '+' or '～' or '~' or '至')
            {
                return false;
            }
        }

        return true;
    }

    private static Comparator? ReadComparator(string text, ref int position, ref TargetSpellings spellings)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (At(text, position, ">=") || At(text, position, "=>"))
        {
            position += 2;
            spellings |= TargetSpellings.AsciiComparator;
            return Model.Comparator.GreaterOrEqual;
        }

        if (At(text, position, "<=") || At(text, position, "=<"))
        {
            position += 2;
            spellings |= TargetSpellings.AsciiComparator;
            return Model.Comparator.LessOrEqual;
        }

        // ≥ and ≤ spelt with full-width signs, alone or mixed with ASCII ones: ＞＝, ＜＝, ＞=, >＝.
        if (text.Length - position >= 2 && text[position] is '＞' or '>' or '＜' or '<' && text[position + 1] is '＝' or '=')
        {
            var greater = text[position] is '＞' or '>';
            position += 2;
            spellings |= TargetSpellings.FullWidthComparator;
            return greater ? Model.Comparator.GreaterOrEqual : Model.Comparator.LessOrEqual;
        }

        switch (text[position])
        {
            case '≥':
                position++;
                return Model.Comparator.GreaterOrEqual;
            case '≤':
                position++;
                return Model.Comparator.LessOrEqual;
            case '>':
                position++;
                return Model.Comparator.Greater;
            case '<':
                position++;
                return Model.Comparator.Less;
            case '=':
                position++;
                return Model.Comparator.Equal;
            case '≧' or '⩾':
                position++;
                spellings |= TargetSpellings.FullWidthComparator;
                return Model.Comparator.GreaterOrEqual;
            case '≦' or '⩽':
                position++;
                spellings |= TargetSpellings.FullWidthComparator;
                return Model.Comparator.LessOrEqual;
            case '＞':
                position++;
                spellings |= TargetSpellings.FullWidthComparator;
                return Model.Comparator.Greater;
            case '＜':
                position++;
                spellings |= TargetSpellings.FullWidthComparator;
                return Model.Comparator.Less;
            case '＝':
                position++;
                spellings |= TargetSpellings.FullWidthComparator;
                return Model.Comparator.Equal;
        }

        if (text[position] is not ('大' or '小' or '不' or '至' or '最' or '高' or '超' or '低' or '等' or '达' or '控'))
        {
            return null;
        }

        foreach (var (word, comparator) in PrefixWords)
        {
            if (At(text, position, word))
            {
                position += word.Length;
                spellings |= TargetSpellings.WordComparator;
                return comparator;
            }
        }

        return null;
    }

    private static int SkipWhite(string text, int position, ref TargetSpellings spellings)
    {
        var start = position;
        while (position < text.Length && IsWhite(text[position]))
        {
            position++;
        }

        if (position > start)
        {
            spellings |= TargetSpellings.InnerWhitespace;
        }

        return position;
    }

    private static string NormalizeWidth(string text, ref TargetSpellings spellings)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '．' => '.',
                '％' => '%',
                '，' when i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]) => ',',
                _ => c,
            };
            if (replacement != c)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                spellings |= TargetSpellings.FullWidthCharacters;
            }

            builder?.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    private static IndicatorTarget? TryParsePeriod(string verbatim, string trimmed, TargetSpellings spellings)
    {
        // yyyy.MM-yyyy.MM, yyyy-MM至yyyy-MM, yyyy年M月-yyyy年M月, yyyy/MM~yyyy/MM
        var position = 0;
        if (!ReadMonth(trimmed, ref position, out var start))
        {
            return null;
        }

        while (position < trimmed.Length && IsWhite(trimmed[position]))
        {
            position++;
        }

        if (position >= trimmed.Length || trimmed[position] is not ('-' or '–' or '—' or '~' or '～' or '至' or '到'))
        {
            return null;
        }

        position++;
        while (position < trimmed.Length && IsWhite(trimmed[position]))
        {
            position++;
        }

        if (!ReadMonth(trimmed, ref position, out var end) || position != trimmed.Length)
        {
            return null;
        }

        if (trimmed.Any(IsWhite))
        {
            spellings |= TargetSpellings.InnerWhitespace;
        }

        return new IndicatorTarget(verbatim, TargetKind.Period) { PeriodStart = start, PeriodEnd = end, Spellings = spellings };
    }

    private static bool ReadMonth(string text, ref int position, out string month)
    {
        month = string.Empty;
        var i = position;
        if (i + 4 > text.Length)
        {
            return false;
        }

        for (var k = 0; k < 4; k++)
        {
            if (text[i + k] is < '0' or > '9')
            {
                return false;
            }
        }

        var year = text.Substring(i, 4);
        i += 4;
        if (i >= text.Length || text[i] is not ('.' or '-' or '/' or '年'))
        {
            return false;
        }

        var separator = text[i];
        i++;
        var monthStart = i;
        while (i < text.Length && i - monthStart < 2 && text[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == monthStart)
        {
            return false;
        }

        var number = 0;
        for (var k = monthStart; k < i; k++)
        {
            number = (number * 10) + (text[k] - '0');
        }

        if (number is < 1 or > 12)
        {
            return false;
        }

        if (separator == '年' && i < text.Length && text[i] == '月')
        {
            i++;
        }

        // A following digit means this was not a month (2024.011).
        if (i < text.Length && text[i] is >= '0' and <= '9')
        {
            return false;
        }

        month = $"{year}-{number.ToString("00", CultureInfo.InvariantCulture)}";
        position = i;
        return true;
    }
}
