using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>Graded phrases and vague words that the target rules recognise.</summary>
internal static class TargetPhrases
{
    /// <summary>Graded phrases reviewers accept as measurable (monitoring and self-evaluation grades, quality grades).</summary>
    private static readonly HashSet<string> Graded = new(StringComparer.Ordinal)
    {
        "达到预期目标", "部分达到预期目标并具有一定效果", "部分达到预期目标", "未达到预期目标", "达到预期", "达到预期效果",
        "合格", "验收合格", "全部合格", "优秀", "优良", "良好", "达标", "全部达标", "符合标准", "符合要求", "符合规定",
        "及时", "按时", "按期", "按时完成", "按期完成", "及时完成", "及时发放", "按时发放", "年内完成", "年底前完成", "当年完成",
        "是", "否", "有", "全覆盖", "全部完成", "完成",
    };

    /// <summary>
    /// Targets that say nothing: a bare direction word or a refusal in words. Refusals in marks (-, --, —, －, /, ／, \, ×)
    /// are <see cref="Placeholders.IsOmission"/>'s, the one list of them.
    /// </summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "改善", "提高", "提升", "增强", "加强", "促进", "改进", "优化", "有效", "明显", "显著", "好", "较好",
        "不涉及", "无", "暂无", "无此项", "不适用", "略", "N/A", "NA", "n/a",
    };

    /// <summary>Words that say "on time" without saying when: as 时效 targets they need a time stated in the name or the description.</summary>
    private static readonly string[] TimelinessWords = ["及时", "按时", "按期", "适时", "准时", "如期", "尽快", "尽早", "及早"];

    /// <summary>Predicates of mood or atmosphere: a benefit that only restates a wish (干劲高涨, 蔚然成风) names no change anyone can check.</summary>
    private static readonly string[] MoodWords =
    [
        "高涨", "高昂", "饱满", "十足", "浓厚", "浓郁", "热烈", "空前", "蔚然成风", "深入人心", "家喻户晓", "人人皆知", "欣欣向荣",
        "蒸蒸日上", "焕然一新", "日新月异", "如火如荼", "安居乐业", "美好", "振奋", "斐然", "辉煌",
    ];

    /// <summary>Verbs of striving that open a target which then states no result (力争群众满意).</summary>
    private static readonly string[] WishVerbs = ["力争", "争取", "努力", "希望", "期望", "力求", "尽量", "尽可能"];

    /// <summary>Words of degree: a target with one names how far a change goes (明显增强, 有所提升), which a self-evaluation can grade.</summary>
    private static readonly string[] DegreeWords = ["有所", "明显", "显著", "进一步", "得到", "逐步", "持续", "稳步", "大幅", "不断", "基本", "较大"];

    private const ulong Degree = 1, Mood = 2, Striving = 4;

    /// <summary>The three lists of <see cref="IsWish"/> in one matcher: one pass over a target.</summary>
    private static readonly KeywordMatcher WishWords = new(
        DegreeWords.Select(w => (w, Degree)).Concat(MoodWords.Select(w => (w, Mood))).Concat(WishVerbs.Select(w => (w, Striving))));

    private static readonly string[] StandardWords = ["合格", "达标", "标准", "规范", "验收", "优良", "要求", "规定"];

    private static readonly char[] FinalStops = ['。', '.', '；', ';'];

    /// <summary>Gets the text of a qualitative target without a final full stop.</summary>
    public static string Core(IndicatorTarget target)
    {
        var text = target.Text ?? string.Empty;
        return text.Length > 0 && Array.IndexOf(FinalStops, text[text.Length - 1]) >= 0 ? text.TrimEnd(FinalStops) : text;
    }

    public static bool IsVague(IndicatorTarget target) =>
        target.Kind == TargetKind.Qualitative && (Vague.Contains(Core(target)) || Placeholders.IsOmission(Core(target).AsSpan()));

    /// <summary>
    /// Gets whether a target only restates a wish: no number, no word of degree, and a predicate of mood or atmosphere
    /// (干劲高涨, 文明新风蔚然成风) or an opening verb of striving (力争群众满意). 群众获得感明显增强 is not a wish: it
    /// names what changes and how far, which the self-evaluation grades.
    /// </summary>
    public static bool IsWish(IndicatorTarget target)
    {
        if (target.Kind != TargetKind.Qualitative)
        {
            return false;
        }

        var text = Core(target);
        foreach (var c in text)
        {
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９'))
            {
                return false;
            }
        }

        var found = WishWords.Match(text);
        return (found & Degree) == 0 && ((found & Mood) != 0 || ((found & Striving) != 0 && StartsWithAny(text, WishVerbs)));
    }

    /// <summary>
    /// Gets whether PT308 reports a row's target as a wish: a benefit or a satisfaction whose target is one. The answer
    /// is kept with the target text's facts, as targets repeat from row to row and from file to file.
    /// </summary>
    public static bool IsWishOn(in IndicatorFacts indicator)
    {
        if (indicator.Category != IndicatorCategory.Benefit && !indicator.IsSatisfaction)
        {
            return false;
        }

        var text = indicator.TargetText;
        if (text.Wish == 0)
        {
            text.Wish = IsWish(indicator.Target) ? (byte)2 : (byte)1;
        }

        return text.Wish == 2;
    }

    /// <summary>Gets whether a 时效 target says "on time" without a time: 及时, 按时完成, 适时, 尽快 ….</summary>
    public static bool IsTimelinessWord(string text) => StartsWithAny(text, TimelinessWords);

    public static bool IsGraded(IndicatorTarget target) => target.Kind == TargetKind.Qualitative && Graded.Contains(Core(target));

    /// <summary>
    /// Gets whether a 时效 target names a time: any number, or what <see cref="TimeText.States"/> reads as one — a date,
    /// a month, a quarter, the year's end ("2024年12月底前", "年底前"), a period in Chinese numerals ("两个月内"), the same
    /// day ("当日办结"), a schedule ("每半年", "按学期"), a deadline tied to an event ("开学前", "汛期前").
    /// </summary>
    public static bool IsTime(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９'))
            {
                return true;
            }
        }

        return TimeText.States(text);
    }

    /// <summary>Gets whether a 质量 target names a standard ("符合国家标准", "达到验收标准").</summary>
    public static bool NamesStandard(string text) => ContainsAny(text, StandardWords);

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

    private static bool StartsWithAny(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
