using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT702: a yellow or red project or indicator with no deviation reason or no remedy.</summary>
internal sealed class MissingDeviationReasonRule : MonitoringRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT702",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Completeness,
        Title = new("黄灯、红灯未说明原因或措施", "Yellow or red without a reason or a remedy"),
        Description = new(
            "监控为黄灯或红灯的项目和指标，应填写偏差原因（指标可勾选偏差原因类别）和改进措施。",
            "A project or an indicator with a yellow or red light states the deviation reason (an indicator may tick the kinds of cause instead) and the remedy."),
    };

    private static readonly Text Project = new(
        "Table {0} is {1} but gives no {2}.",
        "表{0}为{1}，未填写{2}。",
        "Explain the lag (deviationReason) and what will be done (remedy).",
        "请填写偏差原因（deviationReason）和改进措施（remedy）。");

    private static readonly Text Indicator = new(
        "\"{0}\" is {1} but gives no {2}.",
        "“{0}”为{1}，未填写{2}。",
        "Explain the deviation (deviationReason or deviationCauses) and what will be done (remedy).",
        "请填写偏差原因（deviationReason 或 deviationCauses）和改进措施（remedy）。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring)
    {
        if (monitoring.Light is Light.Yellow or Light.Red && Missing(project.Project.Monitoring?.DeviationReason, project.Project.Monitoring?.Remedy, false) is { } what)
        {
            context.Add(At(project, IsBlank(project.Project.Monitoring?.DeviationReason) ? "deviationReason" : "remedy"), Project, Table(project), LightName(monitoring.Light), what);
        }

        foreach (var indicator in project.Indicators)
        {
            var given = indicator.Indicator.Monitoring;
            if (indicator.Monitoring is { Light: Light.Yellow or Light.Red } status &&
                Missing(given?.DeviationReason, given?.Remedy, given is { DeviationCauses.Length: > 0 }) is { } missing)
            {
                var field = IsBlank(given?.DeviationReason) && given is not { DeviationCauses.Length: > 0 } ? "deviationReason" : "remedy";
                context.Add(At(project, indicator, field), Indicator, NameOf(indicator), LightName(status.Light), missing);
            }
        }
    }

    private static LocalizedText? Missing(string? reason, string? remedy, bool causes)
    {
        var noReason = IsBlank(reason) && !causes;
        var noRemedy = IsBlank(remedy);
        return (noReason, noRemedy) switch
        {
            (true, true) => new LocalizedText("偏差原因和改进措施", "deviation reason or remedy"),
            (true, false) => new LocalizedText("偏差原因", "deviation reason"),
            (false, true) => new LocalizedText("改进措施", "remedy"),
            _ => null,
        };
    }
}
