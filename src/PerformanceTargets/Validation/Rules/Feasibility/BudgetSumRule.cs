using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT201: budget total ≠ fiscal + other funds (when either is stated).</summary>
internal sealed class BudgetSumRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT201",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("预算数不等于财政资金与其他资金之和", "Budget total is not fiscal + other funds"),
        Description = new(
            "预算数应等于财政资金与其他资金之和；填写了其中任一项时，三者须相符。",
            "The budget total (预算数) is the sum of the fiscal funds (财政资金) and the other funds (其他资金); when either is stated, the three must add up."),
    };

    private static readonly Text Message = new(
        "The budget total {0} is not the fiscal funds {1} plus the other funds {2}.",
        "预算数 {0} 不等于财政资金 {1} 与其他资金 {2} 之和。",
        "Correct the total or its parts so that total = fiscal + other.",
        "请修正预算数或其组成，使预算数 = 财政资金 + 其他资金。");

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        var budget = project.Project.Budget;
        if ((budget.Fiscal is not null || budget.Other is not null) && AddAmounts(budget.Fiscal ?? 0m, budget.Other ?? 0m) is { } sum && sum != budget.Total)
        {
            context.Add(PointerSpec.ForProject(project.Index, "budget/total"), Message, budget.Total, budget.Fiscal ?? 0m, budget.Other ?? 0m);
        }
    }
}
