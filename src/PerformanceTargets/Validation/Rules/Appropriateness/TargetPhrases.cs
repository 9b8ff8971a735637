using PerformanceTargets.Model;

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

    /// <summary>Targets that say nothing: a bare direction word or a refusal.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "改善", "提高", "提升", "增强", "加强", "促进", "改进", "优化", "有效", "明显", "显著", "好", "较好",
        "不涉及", "无", "暂无", "无此项", "不适用", "略", "/", "-", "—", "——", "N/A", "NA", "n/a",
    };

    private static readonly string[] TimeWords = ["年底", "年内", "月底", "月末", "季度", "上半年", "下半年", "年末", "日前", "月前", "天内", "日内", "工作日"];

    private static readonly string[] StandardWords = ["合格", "达标", "标准", "规范", "验收", "优良"];

    private static readonly char[] FinalStops = ['。', '.', '；', ';'];

    /// <summary>Gets the text of a qualitative target without a final full stop.</summary>
    public static string Core(IndicatorTarget target)
    {
        var text = target.Text ?? string.Empty;
        return text.Length > 0 && Array.IndexOf(FinalStops, text[text.Length - 1]) >= 0 ? text.TrimEnd(FinalStops) : text;
    }

    public static bool IsVague(IndicatorTarget target) => target.Kind == TargetKind.Qualitative && Vague.Contains(Core(target));

    public static bool IsGraded(IndicatorTarget target) => target.Kind == TargetKind.Qualitative && Graded.Contains(Core(target));

    /// <summary>Gets whether a 时效 target names a time: a date, a month, a quarter, the year's end ("2024年12月底前", "年底前").</summary>
    public static bool IsTime(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '0' and <= '9') or (>= '０' and <= '９'))
            {
                return true;
            }
        }

        foreach (var word in TimeWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a 质量 target names a standard ("符合国家标准", "达到验收标准").</summary>
    public static bool NamesStandard(string text)
    {
        foreach (var word in StandardWords)
        {
            if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
