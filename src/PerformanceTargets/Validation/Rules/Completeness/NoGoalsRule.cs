using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Completeness;

/// <summary>PT101: a project without goals (annual or period goals, none of them blank).</summary>
internal sealed class NoGoalsRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT101",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Completeness,
        Title = new("项目缺少绩效目标", "Project without goals"),
        Description = new(
            "每张项目绩效目标表都应写明绩效目标。没有目标的表无法审核，也无法评价。",
            "Every project table states its performance goals (绩效目标). A table without goals cannot be reviewed or evaluated."),
    };

    private static readonly Text Message = new(
        "Table {0} ({1}) states no performance goals.",
        "表{0}（{1}）没有填写绩效目标。",
        "Write what the money is to achieve this year (绩效目标), one goal per line.",
        "请写明资金本年度要达到的绩效目标，每条目标一行。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        if (AllBlank(project.Project.Goals) && AllBlank(project.Project.PeriodGoals))
        {
            context.Add(PointerSpec.ForProject(project.Index, "goals"), Message, project.Table, project.Project.Name);
        }
    }

    private static bool AllBlank(System.Collections.Immutable.ImmutableArray<string> goals)
    {
        foreach (var goal in goals)
        {
            if (!IsBlank(goal))
            {
                return false;
            }
        }

        return true;
    }
}
