using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT601: a project's points (execution + indicators) do not sum to 100.</summary>
internal sealed class PointsTotalRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT601",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("自评分值合计不等于 100", "Self-evaluation points do not sum to 100"),
        Description = new(
            "绩效自评满分为 100 分：预算执行率的分值（未填写时为 10 分）与各指标分值之和应为 100。",
            "A self-evaluation is out of 100: the points of budget execution (10 when not stated) and the points of the indicators sum to 100."),
    };

    private static readonly Text Message = new(
        "The points of table {0} sum to {1} ({2}), not 100.",
        "表{0}的分值合计为 {1}（{2}），不等于 100。",
        "Correct the points of the indicators or of budget execution so that they sum to 100.",
        "请修正各指标或预算执行率的分值，使合计为 100。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        if (!TargetScorer.Agree(evaluation.TotalPoints, 100m))
        {
            var parts = new LocalizedText(
                FormattableString.Invariant($"预算执行 {evaluation.ExecutionPoints} + 指标 {evaluation.IndicatorPoints}"),
                FormattableString.Invariant($"execution {evaluation.ExecutionPoints} + indicators {evaluation.IndicatorPoints}"));
            context.Add(At(project, "executionPoints"), Message, Table(project), evaluation.TotalPoints, parts);
        }
    }
}
