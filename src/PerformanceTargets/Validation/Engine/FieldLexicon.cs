using System.Collections.Immutable;

namespace PerformanceTargets.Validation.Engine;

/// <summary>One field of public spending in the lexicon: words that mark a project as belonging to it, and words that mark an indicator.</summary>
/// <param name="Id">A stable English id, such as <c>agriculture</c>.</param>
/// <param name="Name">The Chinese name.</param>
/// <param name="EnglishName">The English name.</param>
/// <param name="ProjectWords">Words that, in a project's name, use of funds or goals, place the project in the field.</param>
/// <param name="IndicatorWords">Words that, in an indicator's name, place the indicator in the field: specific terms only.</param>
internal sealed record Field(string Id, string Name, string EnglishName, string[] ProjectWords, string[] IndicatorWords);

/// <summary>
/// The small lexicon of fields behind PT402, PT403 and PT404 (documented in docs/rules.md). The fields of a project or
/// a name are document facts (<see cref="ProjectFacts.Fields"/>, <see cref="TextFacts.Fields"/>), so the lexicon lives
/// in the engine and the relevance rules read it from there. Precision matters more than recall: an indicator word is
/// a term that belongs to one field and no other (新增粮食产能, 社保费, 河势), never a generic word (经济, 生态, 环境, 教育,
/// 调查); a project in no known field is not judged.
/// </summary>
/// <remarks>Immutable and thread-safe. Fields are ordered from specific to general; bit i of a mask is field i.</remarks>
internal static class FieldLexicon
{
    public static ImmutableArray<Field> Fields { get; } =
    [
        new("fire", "森林防火与消防", "Fire prevention", ["防火", "消防", "火灾"], ["火灾", "火情", "防火", "灭火", "消防队", "消防员", "消防车"]),
        new("flood", "防汛抗旱", "Flood control and drought relief", ["防汛", "抗旱", "防洪", "汛期"], ["防汛", "汛期", "抗旱", "防洪"]),
        new("water", "水利与河湖", "Water and rivers", ["水利", "河道", "巡河", "河长", "河湖", "水库", "供水", "排水", "污水", "灌溉", "饮水", "水资源"], ["河势", "河道", "巡河", "河湖", "河长", "再生水", "水利", "灌溉", "供水", "污水", "水质", "水资源", "水土保持"]),
        new("agriculture", "农业生产", "Agriculture", ["农业", "粮食", "种植", "养殖", "耕地", "农田", "农机", "畜牧", "渔业", "农产品", "种子", "化肥", "农作物", "灌溉", "田间", "畜禽", "动物防疫", "动物疫病", "兽医"], ["粮食", "耕地", "农田", "农产品", "种植", "养殖", "畜禽", "农机", "化肥", "农药", "农作物", "灌溉"]),
        new("resettlement", "水库移民", "Reservoir resettlement", ["移民", "库区"], ["移民"]),
        new("forestry", "林业与草原", "Forestry and grassland", ["林业", "造林", "绿化", "森林", "湿地", "草原", "林场"], ["造林", "森林覆盖", "林木", "苗木", "湿地", "草原"]),
        new("sanitation", "环境卫生", "Sanitation", ["厕所", "垃圾", "保洁", "环卫", "环境卫生", "人居环境", "改厕"], ["厕所", "垃圾", "保洁", "环卫", "改厕"]),
        new("socialInsurance", "社会保险", "Social insurance", ["养老保险", "医疗保险", "社保", "社会保险", "参保", "医保"], ["社保费", "社会保险费", "养老保险", "医保", "医疗保险"]),
        new("assistance", "社会救助", "Social assistance", ["救助", "低保", "特困", "民政", "优抚", "残疾", "救济", "困难群众"], ["救助", "低保", "特困", "救济", "优抚"]),
        new("taxation", "税收征管", "Taxation", ["税务", "税收", "征管"], ["税源", "税收", "税款", "纳税", "发票损耗", "发票发售", "征税"]),
        new("audit", "审计", "Audit", ["审计"], ["审计通知书", "被审计单位", "审计建议"]),
        new("statistics", "统计调查", "Statistics", ["统计"], ["统计调查", "统计数据", "统计报表", "调查数据审核"]),
        new("education", "教育", "Education", ["教育", "学校", "学生", "教师", "幼儿园", "学前", "校舍"], ["学校", "学生", "教师", "幼儿园", "在校生", "入学"]),
        new("research", "科研与改革试验", "Research and reform pilots", ["科研", "科技", "研发", "试验区", "改革试验"], ["科研", "研发", "专利", "试验区", "改革试验"]),
        new("housing", "住房与棚户区改造", "Housing and shanty-town renewal", ["棚改", "棚户区", "拆迁", "危房", "住房保障", "保障房", "保障性住房"], ["棚改", "棚户区", "拆迁", "危房改造", "保障房", "保障性住房"]),
        new("commerce", "商务与贸易", "Commerce and trade", ["商务", "贸易", "经贸", "招商", "外贸", "会展", "电商", "电子商务"], ["贸易", "经贸", "外贸", "招商", "随团出访", "推介活动", "展会", "行业企业", "成交额", "出口额", "出口增长", "农产品出口"]),
        new("transport", "交通运输", "Transport", ["交通", "公路", "道路", "水运", "航道", "运输", "车辆", "牌照"], ["水运", "航道", "牌照", "公路", "港口"]),
        new("naturalResources", "自然资源", "Natural resources", ["自然资源", "国土", "矿产", "测绘", "不动产"], ["自然资源", "矿产", "国土空间", "测绘", "不动产"]),
        new("health", "卫生健康", "Health", ["卫生院", "医疗", "医院", "卫生健康", "疾控", "疫苗", "卫健", "村医", "乡村医生"], ["医疗", "医院", "患者", "疫苗", "诊疗", "卫生院", "就诊"]),
        new("militia", "武装与国防", "Militia and defence", ["武装", "民兵", "征兵", "国防", "人武", "兵役"], ["民兵", "征兵", "国防", "兵役"]),
        new("culture", "文化旅游", "Culture and tourism", ["文化", "旅游", "文旅", "图书", "体育", "文艺", "非遗", "文体", "少年宫"], ["旅游", "游客", "文艺演出", "图书", "推介活动", "非遗"]),
        new("justice", "司法与信访", "Justice and petitions", ["司法", "法律", "调解", "信访", "综治", "普法"], ["案例办理", "法律援助", "公证", "普法"]),
        new("grassroots", "基层组织与政府运转", "Grassroots organisations and government operation", ["村级组织", "村干部", "村两委", "村党组织", "党组织", "基层组织", "党建", "社区", "乡镇", "驻村", "工作队", "机关运转", "机关运行", "办公经费", "转移支付", "一事一议", "村级", "行政村", "村街", "党员"], []),
    ];

    /// <summary>Pairs of fields that are related: a project of one may well carry indicators of the other.</summary>
    public static ImmutableArray<(string A, string B)> Related { get; } =
    [
        ("fire", "forestry"),
        ("flood", "water"),
        ("water", "sanitation"),
        ("resettlement", "agriculture"),
        ("resettlement", "water"),
    ];

    /// <summary>Gets the mask of the general field, grassroots organisations and government operation: its money may go to any purpose.</summary>
    public static ulong General { get; } = 1UL << (Fields.Length - 1);

    private static readonly KeywordMatcher ProjectMatcher = Build(f => f.ProjectWords);
    private static readonly KeywordMatcher IndicatorMatcher = Build(f => f.IndicatorWords);
    private static readonly ulong[] RelatedMasks = BuildRelated();

    /// <summary>Gets the fields of a project's text (name, use of funds, goals).</summary>
    public static ulong ProjectFields(string? text) => ProjectMatcher.Match(text);

    /// <summary>Gets the fields of an indicator name.</summary>
    public static ulong IndicatorFields(string? text) => IndicatorMatcher.Match(text);

    /// <summary>Adds to a mask the fields related to those in it.</summary>
    public static ulong WithRelated(ulong fields)
    {
        var result = fields;
        for (var i = 0; i < RelatedMasks.Length; i++)
        {
            if ((fields & (1UL << i)) != 0)
            {
                result |= RelatedMasks[i];
            }
        }

        return result;
    }

    /// <summary>Gets the index of the first (most specific) field in a mask, or -1.</summary>
    public static int First(ulong fields)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if ((fields & (1UL << i)) != 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Names the fields of a mask, joined with "、" (Chinese) or ", " (English).</summary>
    public static string Describe(ulong fields, Language culture)
    {
        var names = new List<string>();
        for (var i = 0; i < Fields.Length; i++)
        {
            if ((fields & (1UL << i)) != 0)
            {
                names.Add(culture == Language.English ? Fields[i].EnglishName : Fields[i].Name);
            }
        }

        return string.Join(culture == Language.English ? ", " : "、", names);
    }

    private static KeywordMatcher Build(Func<Field, string[]> words)
    {
        var list = new List<(string, ulong)>();
        for (var i = 0; i < Fields.Length; i++)
        {
            foreach (var word in words(Fields[i]))
            {
                list.Add((word, 1UL << i));
            }
        }

        return new KeywordMatcher(list);
    }

    private static ulong[] BuildRelated()
    {
        var masks = new ulong[Fields.Length];
        foreach (var (a, b) in Related)
        {
            var i = IndexOf(a);
            var j = IndexOf(b);
            masks[i] |= 1UL << j;
            masks[j] |= 1UL << i;
        }

        return masks;
    }

    private static int IndexOf(string id)
    {
        for (var i = 0; i < Fields.Length; i++)
        {
            if (Fields[i].Id == id)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unknown field '{id}' in FieldLexicon.Related.");
    }
}
