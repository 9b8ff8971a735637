using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Consistency;

/// <summary>PT201: budget total ≠ fiscal + other funds (when either is stated).</summary>
internal sealed class BudgetSumRule : BuiltInRule
{
    private static readonly Text Message = new(
        "The budget total {0} is not the fiscal funds {1} plus the other funds {2}.",
        "预算数 {0} 不等于财政资金 {1} 与其他资金 {2} 之和。",
        "Correct the total or its parts so that total = fiscal + other.",
        "请修正预算数或其组成，使预算数 = 财政资金 + 其他资金。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT201;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            var budget = project.Project.Budget;
            if ((budget.Fiscal is not null || budget.Other is not null) && Amounts.Sum(budget.Fiscal ?? 0m, budget.Other ?? 0m) is { } sum && sum != budget.Total)
            {
                context.Add(PointerSpec.ForProject(project.Index, "budget/total"), Message, budget.Total, budget.Fiscal ?? 0m, budget.Other ?? 0m);
            }
        }
    }
}

/// <summary>PT202: a spending-plan share decreases or lies outside 0–100, or the months do not increase within 1–12.</summary>
internal sealed class SpendingPlanRule : BuiltInRule
{
    private static readonly Text BadMonth = new(
        "Spending plan point {0}: month {1} is not a month of the year (1–12).",
        "资金支出计划第 {0} 项：月份 {1} 不在 1–12 之间。",
        "Give the month by whose end the share is spent: 3, 6, 10 and 12 in most tables.",
        "请填写累计比例对应的月末月份，多数表为 3、6、10、12 月。");

    private static readonly Text NotIncreasing = new(
        "Spending plan point {0}: month {1} does not come after month {2}.",
        "资金支出计划第 {0} 项：月份 {1} 未排在月份 {2} 之后。",
        "List the months in increasing order, each once.",
        "请按月份递增排列，每个月份只出现一次。");

    private static readonly Text OutOfRange = new(
        "Spending plan point {0}: {1}% is not a share between 0 and 100.",
        "资金支出计划第 {0} 项：{1}% 不在 0 到 100 之间。",
        "Give the cumulative share spent, in percent of the budget.",
        "请填写累计支出占预算的百分比。");

    private static readonly Text Decreasing = new(
        "Spending plan point {0}: the cumulative share {1}% is less than the {2}% before it.",
        "资金支出计划第 {0} 项：累计比例 {1}% 小于前一项的 {2}%。",
        "Cumulative shares never decrease: each includes what was spent before.",
        "累计比例不会减少：每一项都包含此前已支出的部分。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT202;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            // Each point is compared with the last sound one, so that one bad point is one finding.
            var plan = project.Project.SpendingPlan;
            int? lastMonth = null;
            decimal? lastShare = null;
            for (var i = 0; i < plan.Length; i++)
            {
                var point = plan[i];
                var pointer = PointerSpec.ForItem(project.Index, "spendingPlan", i);
                if (point.Month is < 1 or > 12)
                {
                    context.Add(pointer, BadMonth, i + 1, point.Month);
                    continue;
                }

                if (point.Month <= lastMonth)
                {
                    context.Add(pointer, NotIncreasing, i + 1, point.Month, lastMonth);
                    continue;
                }

                lastMonth = point.Month;
                if (point.CumulativePercent is < 0 or > 100)
                {
                    context.Add(pointer, OutOfRange, i + 1, point.CumulativePercent);
                }
                else if (point.CumulativePercent < lastShare)
                {
                    context.Add(pointer, Decreasing, i + 1, point.CumulativePercent, lastShare);
                }
                else
                {
                    lastShare = point.CumulativePercent;
                }
            }
        }
    }
}

/// <summary>PT203: the spending plan does not reach 100%.</summary>
internal sealed class SpendingPlanIncompleteRule : BuiltInRule
{
    private static readonly Text Message = new(
        "The spending plan of table {0} ends at {1}%: part of the budget is planned to stay unspent.",
        "表{0}的资金支出计划最终只到 {1}%：部分预算计划不予支出。",
        "Plan to spend the whole budget (100%) by the last month, or reduce the budget.",
        "请计划在最后一个月前支出全部预算（100%），或核减预算。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT203;

    public override void Check(ValidationContext context)
    {
        foreach (var project in context.Facts.Projects)
        {
            var plan = project.Project.SpendingPlan;
            if (plan.IsEmpty)
            {
                continue;
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
}

/// <summary>PT204: a cost indicator above the budget (error), different from it (info), or not an amount of money (warning).</summary>
internal sealed class CostIndicatorRule : IndicatorRule
{
    private static readonly Text Exceeds = new(
        "The cost target {0} exceeds the budget of {1} {2}.",
        "成本指标值 {0} 超过了预算 {1}{2}。",
        "A cost indicator cannot exceed the money available: lower it to the budget at most.",
        "成本不能超过可用资金：请降至不超过预算。");

    private static readonly Text Differs = new(
        "The cost target {0} differs from the budget of {1} {2}.",
        "成本指标值 {0} 与预算 {1}{2} 不同。",
        "If the indicator is the project's total cost, give the budget; a part of it is fine as it is.",
        "如该指标为项目总成本，请填写预算数；如为其中一部分，可保持不变。");

    private static readonly Text NotMoney = new(
        "The cost indicator \"{0}\" has the target {1}, which is not an amount of money.",
        "成本指标“{0}”的指标值 {1} 不是金额。",
        "Give the cost as an amount, e.g. ≤{2}, with the basis 预算支出标准 or the budget notice.",
        "请以金额表示成本，例如 ≤{2}，依据为预算支出标准或预算编制通知。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT204;

    internal override RowNeeds Needs => RowNeeds.Cost | RowNeeds.Quantitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        if (!indicator.IsCost)
        {
            return;
        }

        var target = indicator.Target;
        if (target.Kind != TargetKind.Quantitative)
        {
            // Empty targets are PT105's; qualitative ones PT308's.
            return;
        }

        var documentUnit = context.Document.AmountUnit == AmountUnit.Yuan ? "元" : "万元";
        var budget = project.Project.Budget.Total;
        if (!target.IsMoney)
        {
            // A cost per unit (元/人, 万元/公里) is money too, but not comparable with the budget.
            if (target.Unit is { } unit && IsMoneyPerUnit(unit))
            {
                return;
            }

            context.Add(
                PointerSpec.ForItem(project.Index, list, row, "target"),
                NotMoney,
                indicator.Name.Trimmed,
                indicator.Indicator.Target,
                budget.ToString(CultureInfo.InvariantCulture) + documentUnit,
                Severity.Warning);
            return;
        }

        var amount = InDocumentUnit(target.Value!.Value, target.Unit!, documentUnit);
        if (amount > budget)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Exceeds, IndicatorTarget.TrimWhite(indicator.Indicator.Target), budget, documentUnit);
        }
        else if (amount != budget)
        {
            context.Add(PointerSpec.ForItem(project.Index, list, row, "target"), Differs, IndicatorTarget.TrimWhite(indicator.Indicator.Target), budget, documentUnit, Severity.Info);
        }
    }

    private static bool IsMoneyPerUnit(string unit)
    {
        foreach (var money in new[] { "元/", "元每", "元／" })
        {
            if (unit.IndexOf(money, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static decimal InDocumentUnit(decimal value, string unit, string documentUnit)
    {
        var factor = unit switch
        {
            "元" => 1m,
            "千元" => 1_000m,
            "万元" => 10_000m,
            _ => 100_000_000m,
        };
        try
        {
            var yuan = value * factor;
            return documentUnit == "元" ? yuan : yuan / 10_000m;
        }
        catch (OverflowException)
        {
            return decimal.MaxValue;
        }
    }
}

/// <summary>PT501: stated department totals ≠ the sum of the projects.</summary>
internal sealed class DepartmentTotalRule : BuiltInRule
{
    private static readonly Text Message = new(
        "The department's stated {0} is {1}, but its projects add up to {2}.",
        "部门{0}合计为 {1}，而各项目之和为 {2}。",
        "Correct the total, or the project whose amount is wrong.",
        "请修正合计数，或金额有误的项目。");

    public override RuleDescriptor Descriptor => RuleCatalog.PT501;

    public override void Check(ValidationContext context)
    {
        if (context.Document.DepartmentBudget is not { } stated)
        {
            return;
        }

        decimal? total = 0m, fiscal = 0m, other = 0m;
        foreach (var project in context.Document.Projects)
        {
            total = Amounts.Sum(total, project.Budget.Total);
            fiscal = Amounts.Sum(fiscal, project.Budget.Fiscal ?? 0m);
            other = Amounts.Sum(other, project.Budget.Other ?? 0m);
        }

        var english = context.Culture == Language.English;
        if (total is not null && stated.Total != total)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/total"), Message, english ? "budget total" : "预算数", stated.Total, total);
        }

        if (stated.Fiscal is { } statedFiscal && fiscal is not null && statedFiscal != fiscal)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/fiscal"), Message, english ? "fiscal funds" : "财政资金", statedFiscal, fiscal);
        }

        if (stated.Other is { } statedOther && other is not null && statedOther != other)
        {
            context.Add(PointerSpec.Literal("/departmentBudget/other"), Message, english ? "other funds" : "其他资金", statedOther, other);
        }
    }
}

/// <summary>Sums of amounts that report an overflow as null instead of throwing.</summary>
internal static class Amounts
{
    public static decimal? Sum(decimal? a, decimal? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        try
        {
            return a.Value + b.Value;
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
