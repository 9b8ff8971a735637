using System.Globalization;
using PerformanceTargets.Model;
using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Appropriateness;

/// <summary>
/// PT204: a cost indicator above the budget (error), different from it (info), or not an amount of money (warning).
/// The amounts of implementation-period indicators are not compared with the year's budget.
/// </summary>
internal sealed class CostIndicatorRule : IndicatorRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT204",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Appropriateness,
        Title = new("成本指标与预算不符", "Cost indicator does not match the budget"),
        Description = new(
            "成本指标应为不超过项目预算的金额。超过预算为错误；低于预算值得注意（提示）；成本指标值根本不是金额（百分比、数量）为警告。实施期指标的金额是整个实施期的，不与年度预算比较。",
            "A cost (成本) indicator is an amount of money no greater than the project's budget. Above the budget it is an error; below it, worth a note (info); a cost target that is not an amount of money at all (a percentage, a count) is a warning. Amounts of implementation-period indicators cover the whole period and are not compared with the year's budget."),
    };

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

    // Empty cost targets are PT105's; qualitative ones PT308's.
    internal override RowNeeds Needs => RowNeeds.Cost | RowNeeds.Quantitative;

    internal override void Check(ValidationContext context, ProjectFacts project, int row, in IndicatorFacts indicator, string list)
    {
        var target = indicator.Target;
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

        // The budget is the year's: the cost of a whole implementation period (periodIndicators) is not compared with it.
        if (list == PeriodIndicatorsList)
        {
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
        if (IndicatorTarget.InYuan(value, unit) is not { } yuan)
        {
            return decimal.MaxValue;
        }

        return documentUnit == "元" ? yuan : yuan / 10_000m;
    }
}
