using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT609: a reported execution rate, execution score, total or grade disagrees with the figures.</summary>
internal sealed class ReportedFiguresRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT609",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("填报的执行率、得分、总分或等级与计算不符", "Reported rate, score, total or grade disagrees with the figures"),
        Description = new(
            "填报的执行率、预算执行得分和总分应与按全年预算数、执行数、分值和指标得分计算的结果相差不超过 0.01（执行率按填报的小数位数比较），评价等级应为计算总分的等级（≥90 优，≥80 良，≥60 中，否则差）。",
            "The reported execution rate, execution score and total agree within 0.01 with those computed from the budget, the amount spent, the points and the indicators' scores (the rate at the precision printed), and the grade is that of the computed total (≥ 90 优, ≥ 80 良, ≥ 60 中, else 差)."),
    };

    private static readonly Text Rate = new(
        "Table {0} reports an execution rate of {1}%; the amounts give {2}%.",
        "表{0}填报的执行率为 {1}%，按预算数与执行数计算为 {2}%。",
        "Correct the rate, or the budget or amount spent it comes from.",
        "请修正执行率，或其依据的预算数、执行数。");

    private static readonly Text ExecutionScore = new(
        "Table {0} reports an execution score of {1}; the rate gives {2}.",
        "表{0}填报的预算执行得分为 {1}，按执行率计算为 {2}。",
        "The execution score is points · min(spent/budget, 1), rounded to 2 places.",
        "预算执行得分 = 分值 × min(执行数/预算数, 1)，保留两位小数。");

    private static readonly Text Total = new(
        "Table {0} reports a total of {1}; its scores sum to {2}.",
        "表{0}填报的总分为 {1}，各项得分合计为 {2}。",
        "The total is the execution score plus the indicators' scores.",
        "总分 = 预算执行得分 + 各指标得分。");

    private static readonly Text Grade = new(
        "Table {0} reports the grade {1}; its total {2} gives another.",
        "表{0}填报的评价等级为 {1}，与计算总分 {2} 对应的等级不符。",
        "The grade is 优 from 90, 良 from 80, 中 from 60, else 差.",
        "等级：90 分及以上为优，80 分及以上为良，60 分及以上为中，其余为差。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        var reported = project.Project.Evaluation;
        if (reported is null)
        {
            return;
        }

        if (reported.ExecutionRate is { } rate && evaluation.ExecutionRate.TryGetValue(out var computedRate) && !RateAgrees(rate, computedRate))
        {
            context.Add(At(project, "executionRate"), Rate, Table(project), rate, computedRate);
        }

        if (reported.ExecutionScore is { } score && evaluation.ExecutionScore.TryGetValue(out var computedScore) && !TargetScorer.Agree(score, computedScore))
        {
            context.Add(At(project, "executionScore"), ExecutionScore, Table(project), score, computedScore);
        }

        if (reported.TotalScore is { } total && !TargetScorer.Agree(total, evaluation.TotalScore))
        {
            context.Add(At(project, "totalScore"), Total, Table(project), total, evaluation.TotalScore);
        }

        if (reported.Grade is { } grade && grade != evaluation.Grade)
        {
            context.Add(At(project, "grade"), Grade, Table(project), GradeName(grade), evaluation.TotalScore);
        }
    }

    /// <summary>A rate printed with fewer than 2 decimals (99%) agrees when it is the computed rate rounded to its precision.</summary>
    private static bool RateAgrees(decimal reported, decimal computed)
    {
        if (TargetScorer.Agree(reported, computed))
        {
            return true;
        }

        var scale = (decimal.GetBits(reported)[3] >> 16) & 0xFF;
        return scale < 2 && Math.Round(computed, scale, MidpointRounding.AwayFromZero) == reported;
    }

    private static string GradeName(Model.EvaluationGrade grade) => grade switch
    {
        Model.EvaluationGrade.Excellent => "优",
        Model.EvaluationGrade.Good => "良",
        Model.EvaluationGrade.Fair => "中",
        _ => "差",
    };
}
