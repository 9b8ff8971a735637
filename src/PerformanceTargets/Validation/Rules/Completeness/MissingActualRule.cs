using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT606: an indicator of an evaluated project without an actual value.</summary>
internal sealed class MissingActualRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT606",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("自评指标缺少实际完成值", "Evaluated indicator without an actual value"),
        Description = new(
            "项目进行自评时，其每个指标都要填写实际完成值；没有得分的指标计 0 分。",
            "Once a project is evaluated, each of its indicators gives its actual value; one without a score adds 0 to the total."),
    };

    private static readonly Text Message = new(
        "\"{0}\" of table {1} has no actual value.",
        "表{1}的“{0}”未填写实际完成值。",
        "Give the value reached in the year (实际完成值).",
        "请填写全年实际完成值。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Evaluation?.Actual is null)
            {
                context.Add(At(project, indicator, "actual"), Message, NameOf(indicator), Table(project));
            }
        }
    }
}
