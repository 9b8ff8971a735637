using PerformanceTargets.Model;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// What the rules need to know about one distinct cell text, worked out once and on demand: as a name, white space
/// around it, whether it names a rate, a count or a satisfaction, a unit written in it, a value written into it and the
/// fields its words belong to; as a target, its parse; as a level-1 or level-2 name, its place in the framework and the
/// points printed in it. All of this holds for the text wherever it occurs, so a thread keeps it from one validation to
/// the next (<see cref="TextTable"/>); only the numbers that place the text in one document (<see cref="Id"/>,
/// <see cref="Key"/>, <see cref="TargetKey"/>) are set again by each validation.
/// </summary>
internal sealed class TextFacts
{
    private static readonly string[] RateEndings = ["率", "比例", "占比", "比重"];
    private static readonly string[] NotRateEndings = ["频率", "功率", "效率", "汇率", "概率"];
    private static readonly string[] UnboundedWords = ["增长", "增速", "增幅", "增加", "提高", "提升", "收益", "回报", "利润", "变化", "变动", "溢价", "倍"];
    private static readonly string[] CountEndings = ["数量", "人次", "场次", "户次", "批次", "车次", "架次", "个数", "人数", "户数", "次数", "件数", "项数", "家数", "村数", "总数", "天数", "企业数"];
    private static readonly string[] NotCountEndings = ["指数", "系数", "分数", "倍数", "基数", "参数", "函数", "读数", "度数", "位数", "级数", "常数", "变数", "余数", "率数", "控制数", "预算数"];

    private const byte Computed = 1;
    private const byte RateBit = 2;
    private const byte CountBit = 4;
    private const byte UnboundedBit = 8;
    private const byte UnitBit = 16;
    private const byte SatisfactionBit = 32;
    private const byte ValueBit = 64;
    private const byte PointsBit = 128;

    private ulong? _fields;
    private byte _known;
    private byte _flags;
    private string? _unit;
    private int _valueStart = -1;
    private IndicatorTarget? _value;
    private decimal? _points;
    private byte _placeholder;

    public TextFacts(string text)
    {
        Text = text;
        Trimmed = IndicatorTarget.TrimWhite(text);
        HasOuterWhitespace = Trimmed.Length != text.Length;
    }

    /// <summary>Gets or sets a number for the text, the same for equal texts within the document (set per validation, with <see cref="Validation"/>).</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the validation that numbered the text last (<see cref="Id"/>, <see cref="Key"/> and <see cref="TargetKey"/> are its).</summary>
    public int Validation { get; set; }

    /// <summary>Gets the text as written.</summary>
    public string Text { get; }

    /// <summary>Gets or sets the parse of the text as a target, once worked out.</summary>
    public IndicatorTarget? Target { get; set; }

    /// <summary>Gets or sets the number of the target's standard spelling (-1 until worked out).</summary>
    public int TargetKey { get; set; } = -1;

    /// <summary>Gets or sets the target's standard spelling (<see cref="IndicatorTarget.Format"/> of <see cref="Target"/>), once worked out.</summary>
    public string? StandardTarget { get; set; }

    /// <summary>Gets or sets the category the text names as a level-1 name, once worked out (<see cref="HasCategory"/>).</summary>
    public IndicatorCategory? Category { get; set; }

    /// <summary>Gets or sets whether <see cref="Category"/> was worked out.</summary>
    public bool HasCategory { get; set; }

    /// <summary>Gets or sets the dimension the text names as a level-2 name, once worked out (<see cref="HasDimension"/>).</summary>
    public IndicatorDimension? Dimension { get; set; }

    /// <summary>Gets or sets whether <see cref="Dimension"/> was worked out.</summary>
    public bool HasDimension { get; set; }

    /// <summary>Gets the text without white space around it.</summary>
    public string Trimmed { get; }

    /// <summary>Gets or sets a number for <see cref="Trimmed"/>, the same for equal names within the document.</summary>
    public int Key { get; set; }

    /// <summary>Gets whether white space surrounds the text.</summary>
    public bool HasOuterWhitespace { get; }

    /// <summary>Gets whether the name is a rate: ends with 率, 比例, 占比 or 比重 (not 频率, 功率, 效率 …), a value written after it aside (安全饮水达标率100%).</summary>
    public bool IsRate => Flag(RateBit);

    /// <summary>Gets whether the name measures growth, return or change, which may exceed 100% or fall below 0.</summary>
    public bool IsUnbounded
    {
        get
        {
            if ((_known & UnboundedBit) == 0)
            {
                _known |= UnboundedBit;
                if (ContainsAny(Trimmed, UnboundedWords))
                {
                    _flags |= UnboundedBit;
                }
            }

            return (_flags & UnboundedBit) != 0;
        }
    }

    /// <summary>Gets whether the name counts things: ends with 数量, 人数, 户数, 个数, 次数, 人次 … (not 指数, 系数 …).</summary>
    public bool IsCount => Flag(CountBit);

    /// <summary>Gets whether the name is a satisfaction: ends with 满意度 or 满意率 (a value written after it aside).</summary>
    public bool IsSatisfaction => Flag(SatisfactionBit);

    /// <summary>
    /// Gets the unit the name states: written in brackets at its end ("促成贸易成交额(亿元)" gives 亿元), else the unit of
    /// a value written into it ("培训农民300人" gives 人); or null.
    /// </summary>
    public string? UnitInName
    {
        get
        {
            if ((_known & UnitBit) == 0)
            {
                _unit = Units.FromName(Trimmed) ?? (ValueInName is { Unit: { } unit } ? unit : null);
                _known |= UnitBit;
            }

            return _unit;
        }
    }

    /// <summary>
    /// Gets the value written at the end of the name, with a unit: "安全饮水达标率100%" gives 100%, "培训农民300人" gives
    /// 300人, "群众满意度不低于90%" gives ≥90%; null when there is none, when the number has no unit (热线12345), when
    /// it is part of a designation (PM2.5, G109), or when the name is nothing but a target (<see cref="IsOnlyTarget"/>).
    /// </summary>
    public IndicatorTarget? ValueInName
    {
        get
        {
            ScanValue();
            return _value;
        }
    }

    /// <summary>Gets where <see cref="ValueInName"/> starts in <see cref="Trimmed"/>, or -1.</summary>
    public int ValueStart
    {
        get
        {
            ScanValue();
            return _valueStart;
        }
    }

    /// <summary>Gets whether the whole name is a target, not a name: a number ("95", "300人", "≥95%"), a range, a period, or a time ("2024年底前").</summary>
    public bool IsOnlyTarget
    {
        get
        {
            ScanValue();
            return _valueStart == 0;
        }
    }

    /// <summary>Gets whether the text, as an indicator cell, is or contains template placeholder text (<see cref="Placeholders.IsCell"/>).</summary>
    public bool IsPlaceholder
    {
        get
        {
            if (_placeholder == 0)
            {
                _placeholder = Placeholders.IsCell(Text) ? (byte)2 : (byte)1;
            }

            return _placeholder == 2;
        }
    }

    /// <summary>
    /// Gets or sets whether the text, as a target, only restates a wish (0: not worked out, 1: no, 2: yes): PT308's test
    /// (<c>TargetPhrases.IsWishOn</c>) keeps its answer here, as it holds for the text wherever it occurs.
    /// </summary>
    public byte Wish { get; set; }

    /// <summary>
    /// Gets the points printed in a level name ("产出指标(50分)", "效益指标（30 分）" give 50 and 30), or null. Read by
    /// <see cref="IndicatorFramework.TrySplitPoints"/>, the one place that parses them; the self-evaluation rule PT613
    /// compares them with the indicators' points (<c>context.Facts.Text(indicator.Level1).Points</c>).
    /// </summary>
    public decimal? Points
    {
        get
        {
            if ((_known & PointsBit) == 0)
            {
                _points = IndicatorFramework.TrySplitPoints(Text, out _, out var points) ? points : null;
                _known |= PointsBit;
            }

            return _points;
        }
    }

    /// <summary>Gets the fields of the lexicon the name's words belong to (bit mask of <see cref="FieldLexicon"/>).</summary>
    public ulong Fields => _fields ??= FieldLexicon.IndicatorFields(Trimmed);

    private bool Flag(byte bit)
    {
        if ((_known & Computed) == 0)
        {
            // A value written after the name is not part of what it names: 安全饮水达标率100% is a rate.
            var start = ValueStart;
            _flags |= Classify(start > 0 ? IndicatorTarget.TrimWhite(Trimmed.Substring(0, start)) : Trimmed);
            _known |= Computed;
        }

        return (_flags & bit) != 0;
    }

    /// <summary>Finds a value written into the name (or a name that is only a target), once; names without a digit or 年/月/季/日/周/天 cost one pass.</summary>
    private void ScanValue()
    {
        if ((_known & ValueBit) != 0)
        {
            return;
        }

        _known |= ValueBit;
        var name = Trimmed;
        var lastDigit = -1;
        var timeChar = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is >= '0' and <= '9' or >= '０' and <= '９')
            {
                lastDigit = i;
            }
            else if (c is '年' or '月' or '季' or '日' or '周' or '天')
            {
                timeChar = true;
            }
        }

        if (lastDigit < 0 && !timeChar)
        {
            return;
        }

        if (TimeText.IsOnlyTime(name))
        {
            _valueStart = 0;
            return;
        }

        if (lastDigit < 0)
        {
            return;
        }

        var whole = IndicatorTarget.Parse(name);
        if (whole.Kind == TargetKind.Period || (whole.Kind is TargetKind.Quantitative or TargetKind.Range && (whole.Unit is null || Units.IsKnown(whole.Unit))))
        {
            _valueStart = 0;
            return;
        }

        // A value at the end: the digits nearest the end (at most a unit and a suffix word after them), the number
        // they end, and a comparator before it (≥, 不低于 …).
        if (name.Length - lastDigit > 10)
        {
            return;
        }

        var start = lastDigit;
        while (start > 0 && (name[start - 1] is >= '0' and <= '9' or >= '０' and <= '９' or '.' or '．' or ','))
        {
            start--;
        }

        if (start > 0 && name[start - 1] is '≥' or '≤' or '>' or '<' or '=' or '＞' or '＜' or '＝' or '±')
        {
            start--;
        }
        else
        {
            foreach (var word in ComparatorWords)
            {
                if (start > word.Length && string.CompareOrdinal(name, start - word.Length, word, 0, word.Length) == 0)
                {
                    start -= word.Length;
                    break;
                }
            }
        }

        // Designations are not values: PM2.5, G109, 3-1, 1/2.
        var before = start > 0 ? name[start - 1] : '\0';
        if (start == 0 || before is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or '-' or '/' or '.' or '#' or '第' || char.IsDigit(before))
        {
            return;
        }

        var value = IndicatorTarget.Parse(name.Substring(start));
        if (value.Kind is TargetKind.Quantitative or TargetKind.Range && Units.IsKnown(value.Unit))
        {
            _valueStart = start;
            _value = value;
        }
    }

    private static readonly string[] ComparatorWords = ["不低于", "不少于", "不高于", "不超过", "不小于", "不大于", "大于等于", "小于等于", "达到", "超过", "高于", "低于", "大于", "小于", "控制在"];

    /// <summary>Works out the rate, count and satisfaction flags, looking at the last character before any word list.</summary>
    private static byte Classify(string name)
    {
        if (name.Length < 2)
        {
            return 0;
        }

        byte flags = 0;
        var last = name[name.Length - 1];
        if ((last == '度' && name.EndsWith("满意度", StringComparison.Ordinal)) || (last == '率' && name.EndsWith("满意率", StringComparison.Ordinal)))
        {
            flags |= SatisfactionBit;
        }

        var rate = last is '率' or '例' or '比' or '重' && EndsWithAny(name, RateEndings) && !EndsWithAny(name, NotRateEndings);
        if (rate)
        {
            flags |= RateBit;
        }
        else if (last is '量' or '次' or '数' && (EndsWithAny(name, CountEndings) || (last == '数' && !EndsWithAny(name, NotCountEndings))))
        {
            flags |= CountBit;
        }

        return flags;
    }

    private static bool EndsWithAny(string text, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Units of measure as indicator tables write them.</summary>
internal static class Units
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "%", "个", "人", "人次", "户", "户次", "村", "次", "项", "辆", "天", "日", "月", "年", "周", "小时", "万元", "元", "千元", "亿元",
        "件", "家", "所", "处", "座", "台", "套", "场", "场次", "批", "期", "名", "位", "篇", "份", "本", "册", "张", "条", "栋", "间",
        "株", "棵", "头", "只", "吨", "公斤", "千克", "米", "千米", "公里", "平方米", "立方米", "万立方米", "亩", "万亩", "公顷", "分",
    };

    private static readonly char[] Brackets = ['(', '（'];

    private static readonly HashSet<string> CountUnits = new(StringComparer.Ordinal)
    {
        "个", "人", "人次", "户", "户次", "村", "次", "项", "辆", "件", "家", "所", "处", "座", "台", "套", "场", "场次", "批", "期",
        "名", "位", "篇", "份", "本", "册", "张", "条", "栋", "间", "株", "棵", "头", "只",
    };

    /// <summary>Gets whether a (standard) unit counts things: 个, 人, 户, 次 ….</summary>
    public static bool IsCount(string? unit) => unit is not null && CountUnits.Contains(unit);

    /// <summary>
    /// Gets whether a (standard) unit is one tables use: a known unit, % or ‰, one with a magnitude before it (万人次,
    /// 亿元 is known), or a unit per something (次/年, 元/人). Used to tell a value written into a name from a
    /// designation (5G, 12345热线).
    /// </summary>
    public static bool IsKnown(string? unit)
    {
        if (unit is null)
        {
            return false;
        }

        var slash = unit.IndexOfAny(['/', '／']);
        if (slash > 0)
        {
            unit = unit.Substring(0, slash);
        }

        if (unit is "%" or "‰" || Known.Contains(unit))
        {
            return true;
        }

        return unit.Length > 1 && unit[0] is '万' or '亿' or '千' or '百' && Known.Contains(unit.Substring(1));
    }

    /// <summary>
    /// Gets whether two (standard) units are one: equal, or two spellings of one unit (公里 and 千米, 公斤 and 千克,
    /// 天 and 日, and 人, 名 and 位 counting people).
    /// </summary>
    public static bool Same(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) || (Group(a) is { } g && g == Group(b));

    private static int? Group(string unit) => unit switch
    {
        "公里" or "千米" => 1,
        "公斤" or "千克" => 2,
        "天" or "日" => 3,
        "人" or "名" or "位" => 4,
        _ => null,
    };

    /// <summary>Gets the standard spelling of a unit: % for 百分比 and ％, 万元 for 万.</summary>
    public static string Standard(string unit) => unit switch
    {
        "百分比" or "％" or "百分之" => "%",
        "万" => "万元",
        _ => unit,
    };

    /// <summary>Reads a unit written in brackets at the end of a name: "(亿元)", "（万立方米）", "（单位：户）".</summary>
    public static string? FromName(string name)
    {
        if (name.Length < 3)
        {
            return null;
        }

        var last = name[name.Length - 1];
        if (last is not (')' or '）'))
        {
            return null;
        }

        var open = name.LastIndexOfAny(Brackets);
        if (open < 0 || open >= name.Length - 2)
        {
            return null;
        }

        var inside = name.Substring(open + 1, name.Length - open - 2).Trim();
        foreach (var prefix in new[] { "单位：", "单位:" })
        {
            if (inside.StartsWith(prefix, StringComparison.Ordinal))
            {
                inside = inside.Substring(prefix.Length).Trim();
            }
        }

        inside = Standard(inside);
        return Known.Contains(inside) ? inside : null;
    }
}
