using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>PT305: a satisfaction target below the configured floor (80% unless set).</summary>
internal sealed class SatisfactionFloorRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT305",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Appropriateness,
        Title = new("满意度目标过低", "Satisfaction target below the floor"),
        Description = new(
            "满意度目标低于设定下限（默认 80%）是为了容易达标而压低目标，审核者通常要求更高。",
            "A satisfaction target below the configured floor (80% unless set otherwise) is set low to pass; reviewers expect more."),
    };

    private static readonly Text Message = new(
        "The satisfaction target {0} of \"{1}\" is below {2}%: set low to pass.",
        "满意度指标“{1}”的指标值 {0} 低于 {2}%，目标设置偏低。",
        "Set the target at {2}% or more, as reviewers expect.",
        "请将目标设为不低于 {2}%。");

    internal override RowNeeds Needs => RowNeeds.Percentage;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
        if (!indicator.IsSatisfaction || target.Comparator is Comparator.Less or Comparator.LessOrEqual)
        {
            return;
        }

        if (target.Value < context.SatisfactionFloor && target.Value >= 0m)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), indicator.Name.Trimmed, context.SatisfactionFloor);
        }
    }
}
