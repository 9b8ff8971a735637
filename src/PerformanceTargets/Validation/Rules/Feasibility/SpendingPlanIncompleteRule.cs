using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT203: the spending plan does not reach 100%.</summary>
internal sealed class SpendingPlanIncompleteRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT203",
        DefaultSeverity = Severity.Warning,
        Category = RuleCategory.Feasibility,
        Title = new("资金支出计划未达到 100%", "Spending plan does not reach 100%"),
        Description = new(
            "到计划的最后一个月应支出全部预算（100%）。低于此数意味着资金闲置。",
            "By the last month of the plan the whole budget is expected to be spent (100%). A lower figure plans idle money."),
    };

    private static readonly Text Message = new(
        "The spending plan of table {0} ends at {1}%: part of the budget is planned to stay unspent.",
        "表{0}的资金支出计划最终只到 {1}%：部分预算计划不予支出。",
        "Plan to spend the whole budget (100%) by the last month, or reduce the budget.",
        "请计划在最后一个月前支出全部预算（100%），或核减预算。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        var plan = project.Project.SpendingPlan;
        if (plan.IsEmpty)
        {
            return;
        }

        var last = plan[plan.Length - 1].CumulativePercent;
        foreach (var point in plan)
        {
            last = Math.Max(last, point.CumulativePercent);
        }

        if (last < 100m && last >= 0m)
        {
            context.Add(PointerSpec.ForProject(project.Index, "spendingPlan"), Message, project.Table, last);
        }
    }
}
