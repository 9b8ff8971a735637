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
            "比率（……率）和满意度不能高于 100% 或低于 0%。增长率等可以超出的指标除外。",
            "A rate (…率) or a satisfaction cannot exceed 100% or fall below 0%. Growth rates and the like, which can, are exempt."),
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
        var outside = value > 100m || value < 0m ||
                      (value == 100m && target.Comparator == Comparator.Greater) ||
                      (value == 0m && target.Comparator == Comparator.Less);
        if (outside && (indicator.IsSatisfaction || (indicator.Name.IsRate && !indicator.Name.IsUnbounded)))
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Message, IndicatorTarget.TrimWhite(indicator.Indicator.Target), indicator.Name.Trimmed);
        }
    }
}
