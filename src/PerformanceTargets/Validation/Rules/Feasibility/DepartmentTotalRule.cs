using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT501: stated department totals ≠ the sum of the projects.</summary>
internal sealed class DepartmentTotalRule : BuiltInRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT501",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("部门合计与项目之和不符", "Department totals differ from the projects"),
        Description = new(
            "文档给出部门预算合计（departmentBudget）时，各项合计应等于各项目之和。",
            "Where the document states department totals (departmentBudget), each equals the sum over its projects."),
    };

    private static readonly Text Message = new(
        "The department's stated {0} is {1}, but its projects add up to {2}.",
        "部门{0}合计为 {1}，而各项目之和为 {2}。",
        "Correct the total, or the project whose amount is wrong.",
        "请修正合计数，或金额有误的项目。");

    public override void Check(ValidationContext context)
    {
        if (context.Document.DepartmentBudget is not { } stated)
        {
            return;
        }

        decimal? total = 0m, fiscal = 0m, other = 0m;
        foreach (var project in context.Document.Projects)
        {
            total = AddAmounts(total, project.Budget.Total);
            fiscal = AddAmounts(fiscal, project.Budget.Fiscal ?? 0m);
            other = AddAmounts(other, project.Budget.Other ?? 0m);
        }

        if (total is not null && stated.Total != total)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/total"), Message, new LocalizedText("预算数", "budget total"), stated.Total, total);
        }

        if (stated.Fiscal is { } statedFiscal && fiscal is not null && statedFiscal != fiscal)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/fiscal"), Message, new LocalizedText("财政资金", "fiscal funds"), statedFiscal, fiscal);
        }

        if (stated.Other is { } statedOther && other is not null && statedOther != other)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/other"), Message, new LocalizedText("其他资金", "other funds"), statedOther, other);
        }
    }
}
