using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT607: an actual value not comparable with its target.</summary>
internal sealed class IncomparableActualRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT607",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("实际完成值与指标值不可比", "Actual not comparable with the target"),
        Description = new(
            "实际完成值应与指标值可比：单位相同（% 与百分比、元/万元/亿元换算后视为相同；只写数字时取指标值的单位；实际值中的比较符忽略），数值对数值、文字对文字。",
            "The actual value is comparable with the target: the same unit (% and 百分比 are one, 元/万元/亿元 are converted; a bare number takes the target's unit; a comparator in the actual is ignored), a number against a number, a text against a text."),
    };

    private static readonly Text Message = new(
        "The actual {1} of \"{0}\" cannot be compared with its target {2}.",
        "“{0}”的实际完成值 {1} 与指标值 {2} 不可比。",
        "Give the actual in the target's unit, as a number for a quantitative target.",
        "请按指标值的单位填写实际完成值，定量指标填写数值。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Evaluation is { Completion.Gap: FigureGap.NotComparable, Actual: { } actual })
            {
                context.Add(At(project, indicator, "actual"), Message, NameOf(indicator), IndicatorTarget.TrimWhite(actual.Verbatim), IndicatorTarget.TrimWhite(indicator.Indicator.Target));
            }
        }
    }
}
