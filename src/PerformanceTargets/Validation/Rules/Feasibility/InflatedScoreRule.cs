using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT603: a quantitative indicator scored above its formula score.</summary>
internal sealed class InflatedScoreRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT603",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("定量指标得分高于公式得分", "Quantitative score above its formula score"),
        Description = new(
            "定量指标的得分不应高于按完成率计算的得分：分值 × min(实际值/目标值, 1)（反向指标：实际值不高于目标值为 1，否则目标值/实际值），相差超过 0.01 即报告。",
            "A quantitative indicator scores at most its formula score, points · min(actual/target, 1) (negative targets: 1 when the actual is within the target, else target/actual); a difference above 0.01 is reported."),
    };

    private static readonly Text Message = new(
        "\"{0}\" scores {1}, above its formula score {2}.",
        "“{0}”得分 {1}，高于按完成率计算的得分 {2}。",
        "Score the indicator by its completion, or correct the actual value.",
        "请按完成率计分，或修正实际完成值。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Indicator.Evaluation?.Score is { } score && indicator.Evaluation!.FormulaScore.TryGetValue(out var formula) &&
                score > formula + 0.01m && !ScoreAbovePoints(indicator))
            {
                context.Add(At(project, indicator, "score"), Message, NameOf(indicator), score, formula);
            }
        }
    }
}
