using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT701: spending lags the plan (red: warning, yellow: info).</summary>
internal sealed class SpendingLagRule : MonitoringRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT701",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("资金支出进度滞后于计划", "Spending lags the plan"),
        Description = new(
            "监控日期的计划支出进度 p（按资金支出计划线性插值，无计划时为 100×月数/12）减去实际支出进度 e = 100×执行数/预算数，滞后超过 10 个百分点为黄灯（提示），超过 20 个百分点为红灯（警告）；阈值可配置。",
            "The planned share p at the monitoring date (the spending plan, linear between its points; 100·m/12 without a plan) minus the executed share e = 100·spent/budget: a lag above 10 points is yellow (info), above 20 red (warning); the thresholds are configurable."),
    };

    private static readonly Text Message = new(
        "Table {0}: spending lags the plan by {1} points ({2}).",
        "表{0}资金支出进度滞后计划 {1} 个百分点（{2}）。",
        "Speed up spending, or explain the lag in deviationReason and remedy.",
        "请加快支出进度，或在 deviationReason 和 remedy 中说明原因与措施。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring)
    {
        if (monitoring.Light is Light.Yellow or Light.Red)
        {
            var lag = monitoring.Lag.Value;
            var light = LightName(monitoring.Light);
            var detail = new LocalizedText(
                FormattableString.Invariant($"计划 {monitoring.PlannedShare.Value}%，实际 {monitoring.ExecutedShare.Value}%，{light.Chinese}"),
                FormattableString.Invariant($"planned {monitoring.PlannedShare.Value}%, spent {monitoring.ExecutedShare.Value}%, {light.English}"));
            context.Add(At(project, "spent"), Message, Table(project), lag, detail, severity: monitoring.Light == Light.Red ? Severity.Warning : Severity.Info);
        }
    }
}
