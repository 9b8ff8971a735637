using PerformanceTargets.Model;

namespace PerformanceTargets.Validation.Engine;

/// <summary>
/// What the rules need to know about one distinct cell text of a document, worked out once and on demand: as a name,
/// white space around it, whether it names a rate, a count or a satisfaction, a unit written in it and the fields its
/// words belong to; as a target, its parse; as a level-1 or level-2 name, its place in the framework.
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

    private ulong? _fields;
    private byte _known;
    private byte _flags;
    private string? _unit;

    public TextFacts(string text, int id)
    {
        Id = id;
        Text = text;
        Trimmed = IndicatorTarget.TrimWhite(text);
        HasOuterWhitespace = Trimmed.Length != text.Length;
        var last = Trimmed.Length > 0 ? Trimmed[Trimmed.Length - 1] : '\0';
        IsSatisfaction = (last == '度' && Trimmed.EndsWith("满意度", StringComparison.Ordinal)) || (last == '率' && Trimmed.EndsWith("满意率", StringComparison.Ordinal));
    }

    /// <summary>Gets a number for the text, the same for equal texts within the document.</summary>
    public int Id { get; }

    /// <summary>Gets the text as written.</summary>
    public string Text { get; }

    /// <summary>Gets or sets the parse of the text as a target, once worked out.</summary>
    public IndicatorTarget? Target { get; set; }

    /// <summary>Gets or sets the number of the target's standard spelling (-1 until worked out).</summary>
    public int TargetKey { get; set; } = -1;

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

    /// <summary>Gets whether the name is a rate: ends with 率, 比例, 占比 or 比重 (not 频率, 功率, 效率 …).</summary>
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

    /// <summary>Gets whether the name is a satisfaction: ends with 满意度 or 满意率.</summary>
    public bool IsSatisfaction { get; }

    /// <summary>Gets the unit written in brackets at the end of the name ("促成贸易成交额(亿元)" gives 亿元), or null.</summary>
    public string? UnitInName
    {
        get
        {
            if ((_known & UnitBit) == 0)
            {
                _unit = Units.FromName(Trimmed);
                _known |= UnitBit;
            }

            return _unit;
        }
    }

    /// <summary>Gets the fields of the lexicon the name's words belong to (bit mask of <see cref="FieldLexicon"/>).</summary>
    public ulong Fields => _fields ??= FieldLexicon.IndicatorFields(Trimmed);

    private bool Flag(byte bit)
    {
        if ((_known & Computed) == 0)
        {
            _flags |= Classify(Trimmed);
            _known |= Computed;
        }

        return (_flags & bit) != 0;
    }

    /// <summary>Works out the rate, count and growth flags, looking at the last character before any word list.</summary>
    private static byte Classify(string name)
    {
        if (name.Length < 2)
        {
            return 0;
        }

        byte flags = 0;
        var last = name[name.Length - 1];
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
