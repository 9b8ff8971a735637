using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT602: an indicator's score exceeds its points.</summary>
internal sealed class ScoreAbovePointsRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT602",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("指标得分超过分值", "Indicator score above its points"),
        Description = new(
            "指标得分不能超过其分值。本规则报告时，PT603、PT612 不再报告同一指标。",
            "An indicator's score cannot exceed its points. Where this rule reports, PT603 and PT612 stay silent on the same indicator."),
    };

    private static readonly Text Message = new(
        "\"{0}\" scores {1}, above its {2} points.",
        "“{0}”得分 {1}，超过其分值 {2}。",
        "Give a score within the points, or correct the points.",
        "请使得分不超过分值，或修正分值。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (ScoreAbovePoints(indicator))
            {
                var given = indicator.Indicator.Evaluation!;
                context.Add(At(project, indicator, "score"), Message, NameOf(indicator), given.Score, given.Points);
            }
        }
    }
}
