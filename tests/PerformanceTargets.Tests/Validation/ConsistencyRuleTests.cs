using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Rules.Completeness;

namespace PerformanceTargets.Tests.Validation;

/// <summary>PT201–PT211 and PT501: hit and near miss on documents built from the seed.</summary>
public class ConsistencyRuleTests
{
    private static Project Sound => SeedData.Sound;

    [Fact]
    public void PT201_hit_total_is_not_fiscal_plus_other()
    {
        var finding = SeedData.Validate(Sound with { Budget = new Budget { Total = 52.9m, Fiscal = 50m, Other = 0m } }).Single("PT201");
        Assert.Equal("/projects/0/budget/total", finding.Pointer);
        Assert.Contains("52.9", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT201_near_miss_parts_add_up_whatever_their_scale_or_absence()
    {
        var report = SeedData.Validate(
            Sound with { Budget = new Budget { Total = 52.90m, Fiscal = 50.9m, Other = 2m } },
            Sound with { Budget = new Budget { Total = 52.9m } },
            Sound with { Budget = new Budget { Total = 52.9m, Fiscal = 52.9m } });
        report.None("PT201");
    }

    [Theory]
    [InlineData(new[] { 3, 6, 10, 12 }, new[] { 25, 50, 40, 100 }, 2, "40")]
    [InlineData(new[] { 3, 6, 13, 12 }, new[] { 25, 50, 75, 100 }, 2, "13")]
    [InlineData(new[] { 3, 6, 6, 12 }, new[] { 25, 50, 75, 100 }, 2, "6")]
    [InlineData(new[] { 3, 6, 10, 12 }, new[] { 25, 50, 75, 120 }, 3, "120")]
    public void PT202_hit_malformed_plans(int[] months, int[] percents, int point, string shown)
    {
        var finding = SeedData.Validate(Sound with { SpendingPlan = Plan(months, percents) }).Single("PT202");
        Assert.Equal($"/projects/0/spendingPlan/{point}", finding.Pointer);
        Assert.Contains(shown, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT202_near_miss_a_share_may_stay_level()
    {
        SeedData.Validate(Sound with { SpendingPlan = Plan([3, 6, 10, 12], [25, 25, 75, 100]) }).None("PT202");
    }

    [Fact]
    public void PT203_hit_plan_ends_below_100()
    {
        var finding = SeedData.Validate(Sound with { SpendingPlan = Plan([3, 6, 10, 12], [25, 50, 75, 90]) }).Single("PT203");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void PT203_near_miss_plan_reaching_100_or_no_plan()
    {
        SeedData.Validate(Sound, Sound with { SpendingPlan = [] }).None("PT203");
    }

    [Theory]
    [InlineData("≤80万元", Severity.Error)]
    [InlineData("≤600000元", Severity.Error)]
    [InlineData("≤50万元", Severity.Info)]
    [InlineData("≥95%", Severity.Warning)]
    [InlineData("≥95百分比", Severity.Warning)]
    [InlineData("≤52.9", Severity.Warning)]
    public void PT204_hit_cost_above_below_or_not_money(string target, Severity severity)
    {
        var finding = SeedData.Validate(Sound.WithIndicator(3, i => i with { Target = target })).Single("PT204");
        Assert.Equal(severity, finding.Severity);
        Assert.Equal("/projects/0/indicators/3/target", finding.Pointer);
    }

    [Theory]
    [InlineData("≤52.90万元")]
    [InlineData("≤529000元")]
    [InlineData("≤52.9万")]
    [InlineData("≤200元/人")]
    public void PT204_near_miss_the_budget_in_any_unit_or_a_unit_cost(string target)
    {
        SeedData.Validate(Sound.WithIndicator(3, i => i with { Target = target })).None("PT204");
    }

    [Fact]
    public void PT204_compares_in_the_documents_amount_unit()
    {
        var inYuan = SeedData.With(Sound with { Budget = new Budget { Total = 529000m, Fiscal = 529000m, Other = 0m } }) with { AmountUnit = AmountUnit.Yuan };
        SeedData.Validate(inYuan).None("PT204");
    }

    [Theory]
    [InlineData("产出指标", "社会效益指标", "level2")]
    [InlineData("产出效果指标", "数量指标", "level1")]
    [InlineData("产出指标", "数目指标", "level2")]
    public void PT205_hit_misplaced_or_unknown_names(string level1, string level2, string field)
    {
        var finding = SeedData.Validate(Sound.WithIndicator(0, i => i with { Level1 = level1, Level2 = level2 })).Single("PT205");
        Assert.Equal($"/projects/0/indicators/0/{field}", finding.Pointer);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void PT205_near_miss_synonyms_and_2021_cost_category()
    {
        SeedData.Validate(Sound.WithIndicator(4, i => i with { Level2 = "环境效益指标" }).WithIndicator(6, i => i with { Level2 = "社会公众或服务对象满意度指标" })).None("PT205");
        var under2021 = SeedData.With(Sound.WithIndicator(3, i => i with { Level1 = "成本指标", Level2 = "经济成本指标" })) with { Framework = IndicatorFramework.Framework2021 };
        SeedData.Validate(under2021).None("PT205");
    }

    [Fact]
    public void PT205_under_2021_cost_under_output_is_unknown()
    {
        var under2021 = SeedData.With(Sound) with { Framework = IndicatorFramework.Framework2021 };
        var finding = SeedData.Validate(under2021).Single("PT205");
        Assert.Equal("/projects/0/indicators/3/level2", finding.Pointer);
    }

    [Fact]
    public void PT206_hit_two_tables_with_one_code()
    {
        var finding = SeedData.Validate(SeedData.Table(1), SeedData.Table(14) with { Code = SeedData.Table(1).Code }).Single("PT206");
        Assert.Equal("/projects/1/code", finding.Pointer);
        Assert.Contains("表1", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT206_near_miss_different_or_absent_codes()
    {
        SeedData.Validate(SeedData.Table(1), SeedData.Table(14), Sound with { Code = null }, SeedData.Table(15) with { Code = null }).None("PT206");
    }

    [Fact]
    public void PT207_hit_the_same_indicator_twice_in_a_table_spaces_ignored()
    {
        var project = Sound.WithAddedIndicator(Sound.Indicators[1] with { Name = " 工作正常开展率", Level2 = "质量指标" });
        var finding = SeedData.Validate(project).Single("PT207");
        Assert.Equal("/projects/0/indicators/7/name", finding.Pointer);
        Assert.Contains("2, 8", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT207_near_miss_the_same_indicator_in_two_tables()
    {
        SeedData.Validate(SeedData.Table(15), SeedData.Table(16)).None("PT207");
    }

    [Fact]
    public void PT208_hit_shape_errors_and_part_warnings()
    {
        var good = SeedData.Table(1).Code!;
        var lastYear = WithCheck(good.Substring(0, 6) + "23" + good.Substring(8, 12));
        var otherRegion = WithCheck("130731" + good.Substring(6, 14));
        var badCheck = good.Substring(0, 20) + (good[20] == 'A' ? 'B' : 'A');
        var report = SeedData.Validate(
            Sound with { Code = good.Substring(0, 20) },
            Sound with { Code = good.Substring(0, 15) + "1001I" + good[20] },
            Sound with { Code = lastYear },
            Sound with { Code = badCheck },
            Sound with { Code = otherRegion },
            SeedData.Table(14));
        var hits = report.Hits("PT208");
        Assert.Equal(
            [(0, Severity.Error), (1, Severity.Error), (2, Severity.Warning), (3, Severity.Warning), (4, Severity.Warning)],
            hits.Select(f => (f.ProjectIndex!.Value, f.Severity)));
        Assert.Contains("2023", hits[2].Message, StringComparison.Ordinal);
        Assert.Contains(good[20].ToString(), hits[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT208_near_miss_every_seed_code_and_no_code()
    {
        var report = TargetValidator.Default.Validate(SeedData.Document with { Projects = [.. SeedData.Document.Projects, Sound with { Code = null }] });
        report.None("PT208");
    }

    [Fact]
    public void PT209_hit_a_gap_and_a_first_table_not_numbered_1()
    {
        var report = SeedData.Validate(SeedData.WithNumbers(Sound with { Sequence = 2 }, SeedData.Table(14) with { Sequence = 3 }, SeedData.Table(15) with { Sequence = 5 }));
        Assert.Equal(["/projects/0/sequence", "/projects/2/sequence"], report.Hits("PT209").Select(f => f.Pointer));
    }

    [Fact]
    public void PT209_near_miss_in_order_or_unnumbered()
    {
        SeedData.Validate(SeedData.WithNumbers(Sound with { Sequence = null }, SeedData.Table(14) with { Sequence = null })).None("PT209");
        SeedData.Validate(Sound, SeedData.Table(14)).None("PT209");
    }

    [Fact]
    public void PT210_hit_weights_not_summing_to_100_or_partial()
    {
        var weights = new decimal[] { 10, 10, 10, 10, 20, 20, 10 };
        var partial = Sound.WithIndicator(0, i => i with { Weight = 50 });
        var report = SeedData.Validate(Weighted(Sound, weights), partial);
        Assert.Equal(["/projects/0/indicators", "/projects/1/indicators"], report.Hits("PT210").Select(f => f.Pointer));
        Assert.Contains("90", report.Hits("PT210")[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT210_near_miss_weights_summing_to_100_or_none()
    {
        SeedData.Validate(Weighted(Sound, [20, 10, 10, 10, 20, 20, 10]), Sound).None("PT210");
    }

    [Fact]
    public void PT211_hit_target_value_disagreeing()
    {
        var project = Sound.WithIndicator(1, i => i with { TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 90m, "%") })
            .WithIndicator(4, i => i with { TargetValue = TargetValue.Qualitative("得到提升") });
        Assert.Equal(["/projects/0/indicators/1/targetValue", "/projects/0/indicators/4/targetValue"], SeedData.Validate(project).Hits("PT211").Select(f => f.Pointer));
    }

    [Fact]
    public void PT211_near_miss_normalised_values_agree_whatever_the_spelling()
    {
        var project = Sound with
        {
            Indicators = [.. SeedData.Table(18).Indicators.Select(i => i with { TargetValue = IndicatorTarget.Parse(i.Target).ToTargetValue() })],
        };
        var scaled = project.WithIndicator(1, i => i with { TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 95.0m, "百分比") });
        SeedData.Validate(project, scaled).None("PT211");
    }

    [Fact]
    public void PT501_hit_department_total_differs()
    {
        var document = SeedData.With(Sound, SeedData.Table(14)) with { DepartmentBudget = new Budget { Total = 100m, Fiscal = 65.2m } };
        var hits = SeedData.Validate(document).Hits("PT501");
        Assert.Equal(["/departmentBudget/total"], hits.Select(f => f.Pointer));
        Assert.Null(hits[0].ProjectIndex);
    }

    [Fact]
    public void PT501_near_miss_totals_agree_or_are_not_stated()
    {
        SeedData.Validate(SeedData.With(Sound, SeedData.Table(14)) with { DepartmentBudget = new Budget { Total = 65.20m, Fiscal = 65.2m, Other = 0m } }).None("PT501");
        SeedData.Validate(Sound, SeedData.Table(14)).None("PT501");
    }

    private static System.Collections.Immutable.ImmutableArray<SpendingPoint> Plan(int[] months, int[] percents) =>
        [.. months.Select((m, i) => new SpendingPoint { Month = m, CumulativePercent = percents[i] })];

    private static Project Weighted(Project project, decimal[] weights) =>
        project with { Indicators = [.. project.Indicators.Select((i, k) => i with { Weight = weights[k] })] };

    private static string WithCheck(string first20) => first20 + ProjectCodeRule.CheckCharacter(first20 + "0");
}
