using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT703: an indicator's progress lags its target pro rata (red: warning, yellow: info).</summary>
internal sealed class IndicatorLagRule : MonitoringRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT703",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("指标进度滞后于目标", "Indicator lags its target"),
        Description = new(
            "定量的数量指标（正向）：100×月数/12 减去 100×执行情况/指标值，滞后超过 10 个百分点为黄灯（提示），超过 20 个百分点为红灯（警告）。执行情况与指标值单位不一致时不作比较。",
            "A quantitative 数量指标 with a positive target: 100·m/12 minus 100·progress/target; a lag above 10 points is yellow (info), above 20 red (warning). A progress in another unit than the target is not compared."),
    };

    private static readonly Text Message = new(
        "\"{0}\" lags its target by {1} points ({2}).",
        "“{0}”进度滞后 {1} 个百分点（{2}）。",
        "Speed up the work, or explain the lag in deviationReason and remedy.",
        "请加快进度，或在 deviationReason 和 remedy 中说明原因与措施。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Monitoring is { ProgressLight: Light.Yellow or Light.Red } status)
            {
                var detail = new LocalizedText(
                    FormattableString.Invariant($"应完成 {status.ExpectedShare.Value}%，已完成 {status.ProgressShare.Value}%"),
                    FormattableString.Invariant($"expected {status.ExpectedShare.Value}%, reached {status.ProgressShare.Value}%"));
                context.Add(At(project, indicator, "progress"), Message, NameOf(indicator), status.Lag.Value, detail, severity: status.ProgressLight == Light.Red ? Severity.Warning : Severity.Info);
            }
        }
    }
}
