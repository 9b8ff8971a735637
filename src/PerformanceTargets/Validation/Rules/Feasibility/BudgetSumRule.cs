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
            "预算数应等于财政资金与其他资金之和；填写了其中任一项时，三者须相符（未填写的一项按 0 计；小于金额单位百万分之一的差额是导出程序的浮点误差，不计）。",
            "The budget total (预算数) is the sum of the fiscal funds (财政资金) and the other funds (其他资金); when either is stated, the three must add up (an absent part counts 0; a difference below a millionth of the amount unit is an exporter's float rounding, not counted)."),
    };

    private static readonly Text Message = new(
        "The budget total {0} is not the fiscal funds {1} plus the other funds {2}.",
        "预算数 {0} 不等于财政资金 {1} 与其他资金 {2} 之和。",
        "Correct the total or its parts so that total = fiscal + other.",
        "请修正预算数或其组成，使预算数 = 财政资金 + 其他资金。");

    private static readonly Text FiscalAbsent = new(
        "The budget total {0} is not the other funds {1}, and the fiscal funds are not given.",
        "预算数 {0} 不等于其他资金 {1}，且未填写财政资金。",
        "Give the fiscal funds, or correct the figures so that total = fiscal + other.",
        "请填写财政资金，或修正各数，使预算数 = 财政资金 + 其他资金。");

    private static readonly Text OtherAbsent = new(
        "The budget total {0} is not the fiscal funds {1}, and the other funds are not given.",
        "预算数 {0} 不等于财政资金 {1}，且未填写其他资金。",
        "Give the other funds, or correct the figures so that total = fiscal + other.",
        "请填写其他资金，或修正各数，使预算数 = 财政资金 + 其他资金。");

    /// <summary>
    /// A difference below a millionth of the amount unit is not a figure anyone wrote, but the binary float sum an
    /// exporter wrote (0.1 + 0.2 = 0.30000000000000004): less than a fen in 万元, far less in 元.
    /// </summary>
    private const decimal FloatNoise = 0.000001m;

    internal override void Check(ValidationContext context, ProjectFacts project)
    {
        var budget = project.Project.Budget;
        if ((budget.Fiscal is not null || budget.Other is not null) && AddAmounts(budget.Fiscal ?? 0m, budget.Other ?? 0m) is { } sum && Differs(budget.Total, sum))
        {
            var pointer = PointerSpec.ForProject(project.Index, "budget/total");
            if (budget.Fiscal is not { } fiscal)
            {
                context.Add(pointer, FiscalAbsent, budget.Total, budget.Other!.Value);
            }
            else if (budget.Other is not { } other)
            {
                context.Add(pointer, OtherAbsent, budget.Total, fiscal);
            }
            else
            {
                context.Add(pointer, Message, budget.Total, fiscal, other);
            }
        }
    }

    private static bool Differs(decimal total, decimal sum)
    {
        try
        {
            return Math.Abs(total - sum) >= FloatNoise;
        }
        catch (OverflowException)
        {
            return true;
        }
    }
}
