using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT608: an actual at 150 % or more of a positive target: the target was set too low.</summary>
internal sealed class LowTargetRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT608",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("实际值远超目标：目标设置偏低", "Actual far above the target: target set too low"),
        Description = new(
            "正向定量指标的实际完成值达到指标值的 150% 及以上，说明目标设置偏低，下一年度应据实调高。",
            "An actual of 150 % or more of a positive quantitative target shows the target was set too low (目标设置偏低); raise it for the next year."),
    };

    private static readonly Text Message = new(
        "\"{0}\" reached {1}% of its target {2}: the target was set too low.",
        "“{0}”完成指标值 {2} 的 {1}%，目标设置偏低。",
        "Set next year's target from this year's actual value.",
        "请参照本年实际完成值合理设置下一年度目标。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Evaluation is { Direction: IndicatorDirection.Positive } figures && figures.Completion.TryGetValue(out var completion) && completion >= 150m)
            {
                context.Add(At(project, indicator, "actual"), Message, NameOf(indicator), completion, IndicatorTarget.TrimWhite(indicator.Indicator.Target));
            }
        }
    }
}
