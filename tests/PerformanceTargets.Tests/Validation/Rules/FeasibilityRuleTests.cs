using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The feasibility rules (可行性: PT201–PT203, PT303, PT501): hit and near miss on documents built from the seed.</summary>
public class FeasibilityRuleTests
{
    [Fact]
    public void PT201_hit_total_is_not_fiscal_plus_other()
    {
        var finding = SeedData.Validate(SeedData.Sound with { Budget = new Budget { Total = 52.9m, Fiscal = 50m, Other = 0m } }).Single("PT201");
        Assert.Equal("/projects/0/budget/total", finding.Pointer);
        Assert.Contains("52.9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT201_near_miss_parts_add_up_whatever_their_scale_or_absence()
    {
        var report = SeedData.Validate(
            SeedData.Sound with { Budget = new Budget { Total = 52.90m, Fiscal = 50.9m, Other = 2m } },
            SeedData.Sound with { Budget = new Budget { Total = 52.9m } },
            SeedData.Sound with { Budget = new Budget { Total = 52.9m, Fiscal = 52.9m } });
        report.None("PT201");
    }

    [Fact]
    public void PT201_near_miss_the_float_sum_an_exporter_writes()
    {
        // 0.1 + 0.2 in binary floating point, as a JavaScript or Python exporter writes it: less than a millionth off.
        SeedData.Validate(SeedData.Sound with { Budget = new Budget { Total = 0.30000000000000004m, Fiscal = 0.1m, Other = 0.2m } }).None("PT201");
    }

    [Fact]
    public void PT201_hit_a_millionth_off_is_a_figure()
    {
        SeedData.Validate(SeedData.Sound with { Budget = new Budget { Total = 0.300001m, Fiscal = 0.1m, Other = 0.2m } }).Single("PT201");
    }

    [Fact]
    public void PT201_hit_an_absent_part_is_said_to_be_absent_not_0()
    {
        var fiscalAbsent = SeedData.Validate(SeedData.Sound with { Budget = new Budget { Total = 67.54m, Other = 0m } }).Single("PT201");
        Assert.Equal("预算数 67.54 不等于其他资金 0，且未填写财政资金。", fiscalAbsent.Message);
        var otherAbsent = SeedData.Validate(SeedData.Sound with { Budget = new Budget { Total = 67.54m, Fiscal = 60m } }).Single("PT201");
        Assert.Equal("预算数 67.54 不等于财政资金 60，且未填写其他资金。", otherAbsent.Message);
    }

    [Theory]
    [InlineData(new[] { 3, 6, 10, 12 }, new[] { 25, 50, 40, 100 }, 2, "40")]
    [InlineData(new[] { 3, 6, 13, 12 }, new[] { 25, 50, 75, 100 }, 2, "13")]
    [InlineData(new[] { 3, 6, 6, 12 }, new[] { 25, 50, 75, 100 }, 2, "6")]
    [InlineData(new[] { 3, 6, 10, 12 }, new[] { 25, 50, 75, 120 }, 3, "120")]
    public void PT202_hit_malformed_plans(int[] months, int[] percents, int point, string shown)
    {
        var finding = SeedData.Validate(SeedData.Sound with { SpendingPlan = Plan(months, percents) }).Single("PT202");
        Assert.Equal($"/projects/0/spendingPlan/{point}", finding.Pointer);
        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT202_near_miss_a_share_may_stay_level()
    {
        SeedData.Validate(SeedData.Sound with { SpendingPlan = Plan([3, 6, 10, 12], [25, 25, 75, 100]) }).None("PT202");
    }

    [Fact]
    public void PT203_hit_plan_ends_below_100()
    {
        var finding = SeedData.Validate(SeedData.Sound with { SpendingPlan = Plan([3, 6, 10, 12], [25, 50, 75, 90]) }).Single("PT203");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void PT203_near_miss_plan_reaching_100_or_no_plan()
    {
        SeedData.Validate(SeedData.Sound, SeedData.Sound with { SpendingPlan = [] }).None("PT203");
    }

    [Fact]
    public void PT501_hit_department_total_differs()
    {
        var document = SeedData.With(SeedData.Sound, SeedData.Table(14)) with { DepartmentBudget = new Budget { Total = 100m, Fiscal = 65.2m } };
        var hits = SeedData.Validate(document).Hits("PT501");
        Assert.Equal(["/departmentBudget/total"], hits.Select(f => f.Pointer));
        Assert.Null(hits[0].ProjectIndex);
    }

    [Fact]
    public void PT501_near_miss_totals_agree_or_are_not_stated()
    {
        SeedData.Validate(SeedData.With(SeedData.Sound, SeedData.Table(14)) with { DepartmentBudget = new Budget { Total = 65.20m, Fiscal = 65.2m, Other = 0m } }).None("PT501");
        SeedData.Validate(SeedData.Sound, SeedData.Table(14)).None("PT501");
    }

    [Theory]
    [InlineData(1, "≥105%", null)]
    [InlineData(6, ">100%", null)]
    [InlineData(1, "≥-5%", null)]
    [InlineData(1, "≥-5%", "税收收入任务完成率")]
    [InlineData(1, "≥105%", "项目按时完成率")]
    [InlineData(1, "≥105%", "工作完成及时率")]
    [InlineData(1, "≥105%", "补助资金发放率")]
    [InlineData(1, "≥105%", "政策知晓率")]
    public void PT303_hit_rates_outside_0_to_100(int row, string target, string? name)
    {
        Assert.Equal(Severity.Error, SeedData.WithTarget(row, target, name).Single("PT303").Severity);
    }

    [Theory]
    [InlineData(1, "=100%", null)]
    [InlineData(1, "≥150%", "农产品出口增长率")]
    [InlineData(0, "≥150%", "资金使用效益比")]
    [InlineData(1, "≥102%", "税收收入任务完成率")]
    [InlineData(1, "≥103%", "一般公共预算收入完成率")]
    [InlineData(1, "≥101%", "地方财政收入完成比例")]
    public void PT303_near_miss_100_percent_growth_rates_and_non_rates(int row, string target, string? name)
    {
        // A completion rate (actual ÷ plan) may exceed 100% (超额完成), but not fall below 0 nor be qualified by time.
        SeedData.WithTarget(row, target, name).None("PT303");
    }

    private static System.Collections.Immutable.ImmutableArray<SpendingPoint> Plan(int[] months, int[] percents) =>
        [.. months.Select((m, i) => new SpendingPoint { Month = m, CumulativePercent = percents[i] })];
}
