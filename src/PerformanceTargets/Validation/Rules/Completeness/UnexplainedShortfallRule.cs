using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT605: an indicator not fully achieved with no deviation reason.</summary>
internal sealed class UnexplainedShortfallRule : EvaluationRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT605",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("未完成目标未说明原因", "Shortfall without a reason"),
        Description = new(
            "指标未完全完成（完成率低于 100%，或完成程度为部分达成、未达成）时，应说明偏差原因及改进措施。完成情况不明（无实际值、不可比）时不报告，由 PT606、PT607 报告。",
            "An indicator not fully achieved (a completion under 100 %, or a tier partly or not achieved) explains why and what will be done. Unknown completion (no actual, not comparable) is PT606's or PT607's."),
    };

    private static readonly Text Message = new(
        "\"{0}\" was not fully achieved ({1}) and gives no reason.",
        "“{0}”未完全完成（{1}），未说明偏差原因。",
        "Explain the shortfall and the improvements in deviationReason.",
        "请在偏差原因分析及改进措施中说明原因及改进措施。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectEvaluationScore evaluation)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Evaluation is { FallsShort: true } figures && IsBlank(indicator.Indicator.Evaluation?.DeviationReason) && !DeductedWithoutReason(indicator))
            {
                var how = figures.Completion.TryGetValue(out var completion)
                    ? new LocalizedText("完成率 " + Percent(completion), "completion " + Percent(completion))
                    : figures.Achievement == Model.Achievement.Partly ? new LocalizedText("部分达成", "partly achieved") : new LocalizedText("未达成", "not achieved");
                context.Add(At(project, indicator, "deviationReason"), Message, NameOf(indicator), how);
            }
        }
    }

    private static string Percent(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
