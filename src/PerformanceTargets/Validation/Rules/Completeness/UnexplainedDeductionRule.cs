using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT604: a score below its formula score with no deviation reason.</summary>
internal sealed class UnexplainedDeductionRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT604",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("扣分未说明原因", "Score below its formula score without a reason"),
        Description = new(
            "定量指标得分低于按完成率计算的得分（相差超过 0.01）时，应在“偏差原因分析及改进措施”中说明扣分原因。本规则报告时，PT605 不再报告同一指标。",
            "When a quantitative indicator scores more than 0.01 below its formula score, the deduction is explained in deviationReason (偏差原因分析及改进措施). Where this rule reports, PT605 stays silent on the same indicator."),
    };

    private static readonly Text Message = new(
        "\"{0}\" scores {1}, below its formula score {2}, and gives no reason.",
        "“{0}”得分 {1}，低于按完成率计算的得分 {2}，未说明原因。",
        "Explain the deduction in deviationReason.",
        "请在偏差原因分析及改进措施中说明扣分原因。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (DeductedWithoutReason(indicator))
            {
                context.Add(At(project, indicator, "deviationReason"), Message, NameOf(indicator), indicator.Indicator.Evaluation!.Score, indicator.Evaluation!.FormulaScore.Value);
            }
        }
    }
}
