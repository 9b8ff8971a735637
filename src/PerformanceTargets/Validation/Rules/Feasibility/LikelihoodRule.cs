using PerformanceTargets.Model;
using PerformanceTargets.Scoring;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT704: likelihood "certain" while the value expected by the year's end falls short of the target.</summary>
internal sealed class LikelihoodRule : MonitoringRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT704",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("“确定能”完成但全年预计值未达目标", "\"Certain\" while the year-end value falls short"),
        Description = new(
            "完成目标可能性为“确定能”时，全年预计完成情况应达到指标值（完成率 100%）。",
            "When the likelihood is certain, the value expected by the year's end reaches the target (a completion of 100 %)."),
    };

    private static readonly Text Message = new(
        "\"{0}\" is certain to be met, but the value expected by the year's end, {1}, reaches {2}% of the target.",
        "“{0}”完成目标可能性为“确定能”，但全年预计完成 {1}，仅达指标值的 {2}%。",
        "Correct the likelihood to possible or impossible, or the expected value.",
        "请将完成目标可能性改为“有可能”或“完全不可能”，或修正全年预计完成情况。");

    internal override void Check(ValidationContext context, ProjectScores project, ProjectMonitoringStatus monitoring)
    {
        foreach (var indicator in project.Indicators)
        {
            if (indicator.Indicator.Monitoring is { Likelihood: MonitoringLikelihood.Certain } given &&
                indicator.Monitoring!.ExpectedCompletion.TryGetValue(out var completion) && completion < 100m)
            {
                context.Add(At(project, indicator, "likelihood"), Message, NameOf(indicator), IndicatorTarget.TrimWhite(given.ExpectedYearEnd!), completion);
            }
        }
    }
}
