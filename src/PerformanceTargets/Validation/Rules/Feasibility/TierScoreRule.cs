using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT612: a qualitative score outside the tier of its achievement.</summary>
internal sealed class TierScoreRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT612",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("定性指标得分与完成程度不符", "Qualitative score outside its tier"),
        Description = new(
            "定性指标按完成程度计分：达成为分值的 80%–100%，部分达成为 60%–80%（不含），未达成为 60% 以下。完成程度取 achievement，未填写时取实际完成值中的“达成”“部分达成”“未完成”等词，实际完成值与指标值相同视为达成。",
            "A qualitative indicator scores by its tier: achieved 80–100 % of its points, partly 60 % to under 80 %, not achieved under 60 %. The tier is achievement, else a tier word of the actual (达成, 部分达成, 未完成 …); an actual equal to the target is achieved."),
    };

    private static readonly Text Message = new(
        "\"{0}\" scores {1}, outside the range {2} of its achievement.",
        "“{0}”得分 {1}，不在其完成程度对应的得分区间 {2} 内。",
        "Score the indicator within its tier, or correct the achievement.",
        "请在完成程度对应的区间内计分，或修正完成程度。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Indicator.Evaluation is not { Score: { } score, Points: { } points } ||
                indicator.Evaluation is not { Achievement: { } tier } figures || figures.FormulaScore.HasValue || ScoreAbovePoints(indicator))
            {
                continue;
            }

            var (low, high, closed) = tier switch
            {
                Achievement.Achieved => (points * 0.8m, points, true),
                Achievement.Partly => (points * 0.6m, points * 0.8m, false),
                _ => (0m, points * 0.6m, false),
            };
            if (score < low - 0.01m || (closed ? score > high + 0.01m : score >= high))
            {
                var range = FormattableString.Invariant($"[{TargetScorer.Round(low)}, {TargetScorer.Round(high)}{(closed ? "]" : ")")}");
                context.Add(At(project, indicator, "score"), Message, NameOf(indicator), score, range);
            }
        }
    }
}
