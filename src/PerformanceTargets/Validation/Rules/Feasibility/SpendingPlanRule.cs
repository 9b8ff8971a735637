using PerformanceTargets.Validation.Engine;

namespace PerformanceTargets.Validation.Rules.Feasibility;

/// <summary>PT202: a spending-plan share decreases or lies outside 0–100, or the months do not increase within 1–12.</summary>
internal sealed class SpendingPlanRule : ProjectRule
{
    public override RuleDescriptor Descriptor { get; } = new()
    {
        Id = "PT202",
        DefaultSeverity = Severity.Error,
        Category = RuleCategory.Feasibility,
        Title = new("资金支出计划有误", "Spending plan malformed"),
        Description = new(
            "资金支出计划为累计比例：每项在 0 到 100 之间，不小于前一项，月份（1–12）递增。",
            "The spending plan gives cumulative shares: each is between 0 and 100, none is smaller than the one before, and the months (1–12) increase."),
    };

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

    internal override void Check(ValidationContext context, ProjectFacts project)
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
