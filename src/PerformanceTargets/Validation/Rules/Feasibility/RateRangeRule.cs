using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT303: a percentage above 100 or below 0 for a rate or a satisfaction.</summary>
internal sealed class RateRangeRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT303",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("比率超出 0–100%", "Rate outside 0–100%"),
        Description = new(
            "比率（……率）和满意度不能高于 100% 或低于 0%。增长率等可以超出的指标除外；完成率（实际数÷计划数）可以超过 100%（超额完成），但不能低于 0%。",
            "A rate (…率) or a satisfaction cannot exceed 100% or fall below 0%. Growth rates and the like, which can, are exempt; a completion rate (actual ÷ plan, 完成率) may exceed 100% (超额完成) but not fall below 0%."),
    };

    private static readonly Text Message = new(
        "The target {0} of \"{1}\" is outside 0–100%: a rate cannot be more than all or less than none.",
        "指标“{1}”的指标值 {0} 超出 0–100%：比率不可能超过全部或少于零。",
        "Give a share between 0% and 100%, e.g. ≥95% or =100%.",
        "请给出 0% 到 100% 之间的比例，例如 ≥95% 或 =100%。");

    internal override RowNeeds Needs => RowNeeds.Percentage;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        var value = target.Value!.Value;
        var above = value > 100m || (value == 100m && target.Comparator == Comparator.Greater);
        var outside = above || value < 0m || (value == 0m && target.Comparator == Comparator.Less);
        if (outside && (indicator.IsSatisfaction || (indicator.Name.IsRate && !indicator.Name.IsUnbounded && !(above && IsCompletion(indicator.Name)))))
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), indicator.Name.Trimmed);
        }
    }

    /// <summary>Words that end a completion rate (actual ÷ plan), which may exceed 100%: 税收收入任务完成率, 地方财政收入完成比例.</summary>
    private static readonly string[] CompletionEndings = ["完成率", "完成比例", "完成比率"];

    /// <summary>Words that make a completion rate a share of items done in time (项目按时完成率), which cannot exceed 100%.</summary>
    private static readonly string[] TimelyWords = ["按时", "及时", "准时", "按期", "如期"];

    /// <summary>
    /// Gets whether the name is a completion rate: it ends with 完成率, 完成比例 or 完成比率 (a value written after it
    /// aside) and is not qualified by time (项目按时完成率, 任务及时保质完成率 are shares of items). 工作完成及时率 ends with 及时率: it is a
    /// timeliness rate, bounded like any other.
    /// </summary>
    private static bool IsCompletion(TextFacts name)
    {
        var text = name.ValueStart > 0 ? IndicatorTarget.TrimWhite(name.Trimmed.Substring(0, name.ValueStart)) : name.Trimmed;
        foreach (var ending in CompletionEndings)
        {
            if (text.EndsWith(ending, StringComparison.Ordinal))
            {
                var qualifier = text.Substring(0, text.Length - ending.Length);
                foreach (var word in TimelyWords)
                {
                    if (qualifier.IndexOf(word, StringComparison.Ordinal) >= 0)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }
}
