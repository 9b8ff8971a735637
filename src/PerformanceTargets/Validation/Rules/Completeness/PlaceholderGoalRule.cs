using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT102: a goal that is the template's placeholder text: 目标内容1, XXX, 请填写, 待定 ….</summary>
internal sealed class PlaceholderGoalRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT102",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("绩效目标是模板占位文字", "Goal is template placeholder text"),
        Description = new(
            "“目标内容1”“XXX”“请填写”“待定”等是模板的占位文字，不是目标，说明表格未填写。请写明资金本年度要达到的目标。",
            "A goal such as 目标内容1, XXX, 请填写 or 待定 is the template's placeholder, not a goal: the form was never filled in. Write what the money is to achieve this year."),
    };

    private static readonly Text Message = new(
        "The goal \"{0}\" is the template's placeholder text, not a goal.",
        "绩效目标“{0}”是模板的占位文字，不是目标。",
        "Replace it with what the money is to achieve this year, e.g. \"完成21个行政村……，确保……\".",
        "请改为资金本年度要达到的目标，例如“完成21个行政村……，确保……”。");

    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "待定", "待补充", "待填写", "待完善", "待确定", "暂无", "无", "略", "同上", "空", "无内容", "N/A", "NA", "TBD", "-", "/", "—", "——", "…", "……", "...",
    };

    private static readonly string[] Contained = ["请填写", "请输入", "此处填写", "在此填写", "请在此", "填写说明", "×××", "ＸＸＸ", "＊＊＊", "***", "□□□", "〇〇〇", "○○○"];

    private static readonly char[] ContainedStarts = BuildStarts();

    private static readonly char[] Stops = ['。', '.', '；', ';', '，', ',', '：', ':'];

    private static readonly string[] NumberedPrefixes = ["绩效目标内容", "年度目标内容", "目标内容", "绩效目标", "年度目标", "总体目标", "目标", "内容"];

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        Check(context, project, project.Project.Goals, "goals");
        Check(context, project, project.Project.PeriodGoals, "periodGoals");
    }

    /// <summary>Gets whether a goal is placeholder text.</summary>
    internal static bool IsPlaceholder(string goal)
    {
        var text = IndicatorTarget.TrimWhite(goal);
        if (text.Length > 0 && Array.IndexOf(Stops, text[text.Length - 1]) >= 0)
        {
            text = text.TrimEnd(Stops);
        }

        if (text.Length == 0)
        {
            return false;
        }

        if (Whole.Contains(text) || HasXxx(text))
        {
            return true;
        }

        if (text.IndexOfAny(ContainedStarts) >= 0)
        {
            foreach (var word in Contained)
            {
                if (text.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }
        }

        // 目标内容1, 目标1, 绩效目标一: a template label and a number, nothing else.
        foreach (var prefix in NumberedPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal) && IsNumbering(text, prefix.Length))
            {
                return true;
            }
        }

        return false;
    }

    private static char[] BuildStarts() => [.. Contained.Select(w => w[0]).Distinct()];

    private static bool HasXxx(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = c is 'x' or 'X' ? run + 1 : 0;
            if (run == 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNumbering(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is not ((>= '0' and <= '9') or (>= '０' and <= '９') or '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '、' or ' ' or '(' or ')' or '（' or '）'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Check(ValidationContext context, ProjectFacts project, System.Collections.Immutable.ImmutableArray<string> goals, string list)
    {
        for (var i = 0; i < goals.Length; i++)
        {
            if (IsPlaceholder(goals[i]))
            {
                context.Add(PointerSpec.ForItem(project.Index, list, i), Message, IndicatorTarget.TrimWhite(goals[i]));
            }
        }
    }
}
