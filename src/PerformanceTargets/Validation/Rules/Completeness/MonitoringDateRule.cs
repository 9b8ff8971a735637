using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT705: the monitoring date lies outside the fiscal year, or is not a date of the calendar.</summary>
internal sealed class MonitoringDateRule : MonitoringRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT705",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("监控日期不在预算年度内", "Monitoring date outside the fiscal year"),
        Description = new(
            "监控截至日期（asOf）应为预算年度内的日期；否则无法计算已过月数，项目和指标不亮灯。",
            "The monitoring date (asOf) is a date of the fiscal year; otherwise the months elapsed are unknown and neither the project nor its indicators get a light."),
    };

    private static readonly Text Outside = new(
        "Table {0} is monitored as of {1}, outside the fiscal year {2}.",
        "表{0}的监控日期 {1} 不在预算年度 {2} 年内。",
        "Give the date of the monitoring in the fiscal year, such as {2}-07-31.",
        "请填写预算年度内的监控日期，如 {2}-07-31。");

    private static readonly Text NotADate = new(
        "Table {0} is monitored as of {1}, which is not a date of the calendar.",
        "表{0}的监控日期 {1} 不是有效日期。",
        "Give the date of the monitoring, such as {2}-07-31.",
        "请填写有效的监控日期，如 {2}-07-31。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring)
    {
        if (project.Project.Monitoring is not { } given)
        {
            return;
        }

        var fiscalYear = context.Document.FiscalYear;
        if (!given.TryGetAsOf(out var year, out _, out _))
        {
            context.Add(At(project, "asOf"), NotADate, Table(project), given.AsOf, fiscalYear);
        }
        else if (year != fiscalYear)
        {
            context.Add(At(project, "asOf"), Outside, Table(project), given.AsOf, fiscalYear);
        }
    }
}
