using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The appropriateness rules (适当性: PT204, PT210, PT301, PT302, PT304–PT308): hit and near miss, mostly on table 12 of the seed with one cell changed at a time.</summary>
public class AppropriatenessRuleTests
{
    [Theory]
    [InlineData("≤80万元", Severity.Error)]
    [InlineData("≤600000元", Severity.Error)]
    [InlineData("≤50万元", Severity.Info)]
    [InlineData("≥95%", Severity.Warning)]
    [InlineData("≥95百分比", Severity.Warning)]
    [InlineData("≤52.9", Severity.Warning)]
    public void PT204_hit_cost_above_below_or_not_money(string target, Severity severity)
    {
        var finding = SeedData.Validate(SeedData.Sound.WithIndicator(3, i => i with { Target = target })).Single("PT204");
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
        SeedData.Validate(SeedData.Sound.WithIndicator(3, i => i with { Target = target })).None("PT204");
    }

    [Fact]
    public void PT204_compares_in_the_documents_amount_unit()
    {
        var inYuan = SeedData.With(SeedData.Sound with { Budget = new Budget { Total = 529000m, Fiscal = 529000m, Other = 0m } }) with { AmountUnit = AmountUnit.Yuan };
        SeedData.Validate(inYuan).None("PT204");
    }

    [Fact]
    public void PT210_hit_weights_not_summing_to_100_or_partial()
    {
        var weights = new decimal[] { 10, 10, 10, 10, 20, 20, 10 };
        var partial = SeedData.Sound.WithIndicator(0, i => i with { Weight = 50 });
        var report = SeedData.Validate(Weighted(SeedData.Sound, weights), partial);
        Assert.Equal(["/projects/0/indicators", "/projects/1/indicators"], report.Hits("PT210").Select(f => f.Pointer));
        Assert.Contains("90", report.Hits("PT210")[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT210_near_miss_weights_summing_to_100_or_none()
    {
        SeedData.Validate(Weighted(SeedData.Sound, [20, 10, 10, 10, 20, 20, 10]), SeedData.Sound).None("PT210");
    }

    [Theory]
    [InlineData(1, "工作质量高")]
    [InlineData(2, "尽快")]
    [InlineData(6, "满意")]
    public void PT301_hit_unmeasurable_targets(int row, string target)
    {
        var finding = SeedData.WithTarget(row, target).Single("PT301");
        Assert.Equal($"/projects/0/indicators/{row}/target", finding.Pointer);
    }

    [Theory]
    [InlineData(1, "验收合格")]
    [InlineData(1, "符合国家标准")]
    [InlineData(2, "2024年12月底前")]
    [InlineData(2, "年底前完成")]
    [InlineData(6, "达到预期目标")]
    [InlineData(4, "村级组织运转得到有力保障")]
    public void PT301_near_miss_grades_dates_and_benefits(int row, string target)
    {
        SeedData.WithTarget(row, target).None("PT301");
    }

    [Theory]
    [InlineData("≥95百分比", "≥95%")]
    [InlineData(">=95%", "≥95%")]
    [InlineData("＞90%", ">90%")]
    [InlineData("≥９５％", "≥95%")]
    public void PT302_hit_non_standard_spellings_with_the_standard_form_as_hint(string target, string standard)
    {
        var finding = SeedData.WithTarget(1, target).Single("PT302");
        Assert.Equal($"请写作“{standard}”。", finding.Hint);
    }

    [Fact]
    public void PT302_hit_wan_for_wanyuan_on_a_cost()
    {
        Assert.Equal("请写作“≤52.9万元”。", SeedData.WithTarget(3, "≤52.9万").Single("PT302").Hint);
    }

    [Theory]
    [InlineData("≥95%")]
    [InlineData("不低于95%")]
    [InlineData(" ≥95%")]
    public void PT302_near_miss_standard_or_word_comparators_and_mere_spaces(string target)
    {
        SeedData.WithTarget(1, target).None("PT302");
    }

    [Theory]
    [InlineData(0, "≥95%", "年度服务部门数量")]
    [InlineData(5, "≥95%", "累计随团出访的企业数")]
    [InlineData(1, "21个", "社区覆盖率")]
    [InlineData(6, "95人", null)]
    [InlineData(5, "≥95%", "促成贸易成交额(亿元)")]
    public void PT304_hit_units_contradicting_the_indicator(int row, string target, string? name)
    {
        var finding = SeedData.WithTarget(row, target, name).Single("PT304");
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Theory]
    [InlineData(0, "100%", "社区覆盖率")]
    [InlineData(0, "127人", "离任村干部补贴人数")]
    [InlineData(6, "≥90分", null)]
    [InlineData(5, "≥2亿元", "促成贸易成交额(亿元)")]
    [InlineData(3, "≥95%", "预算控制数")]
    public void PT304_near_miss_coverage_rates_scores_matching_units_and_costs(int row, string target, string? name)
    {
        SeedData.WithTarget(row, target, name).None("PT304");
    }

    [Fact]
    public void PT305_hit_satisfaction_below_the_floor()
    {
        var finding = SeedData.WithTarget(6, "≥70%").Single("PT305");
        Assert.Contains("80", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT305_near_miss_above_the_floor_or_a_lower_configured_floor()
    {
        SeedData.WithTarget(6, "≥85%").None("PT305");
        var lenient = TargetValidator.CreateBuilder().UseSatisfactionFloor(60m).Build();
        Assert.Equal(60m, lenient.SatisfactionFloor);
        SeedData.WithTarget(6, "≥70%", validator: lenient).None("PT305");
    }

    [Fact]
    public void PT306_hit_spaces_around_a_name_or_target_are_info()
    {
        var project = SeedData.Sound.WithIndicator(1, i => i with { Target = " =100%" }).WithIndicator(5, i => i with { Name = "服务水平\u3000" }) with { Name = "乡镇转移支付 " };
        var hits = SeedData.Validate(project).Hits("PT306");
        Assert.Equal(["/projects/0/name", "/projects/0/indicators/1/target", "/projects/0/indicators/5/name"], hits.Select(f => f.Pointer));
        Assert.All(hits, f => Assert.Equal(Severity.Info, f.Severity));
    }

    [Fact]
    public void PT306_near_miss_inner_spaces()
    {
        SeedData.WithTarget(1, "≥ 95%").None("PT306");
    }

    [Fact]
    public void PT307_hit_every_target_the_same()
    {
        var project = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select(i => i with { Target = "≥95%" })] };
        var finding = SeedData.Validate(project).Single("PT307");
        Assert.Equal("/projects/0/indicators", finding.Pointer);
    }

    [Fact]
    public void PT307_near_miss_all_but_one_or_a_short_table()
    {
        var project = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select((i, k) => i with { Target = k == 0 ? "1个" : "≥95%" })] };
        SeedData.Validate(project).None("PT307");
        SeedData.Validate(SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Take(2).Select(i => i with { Target = "≥95%" })] }).None("PT307");
    }

    [Theory]
    [InlineData(4, "改善")]
    [InlineData(5, "提高。")]
    [InlineData(4, "不涉及")]
    [InlineData(5, "无")]
    [InlineData(0, "若干")]
    [InlineData(3, "控制在预算内")]
    public void PT308_hit_vague_targets_and_qualitative_counts_or_costs(int row, string target)
    {
        SeedData.WithTarget(row, target).Single("PT308");
    }

    [Theory]
    [InlineData(4, "进一步改善")]
    [InlineData(5, "有所提升")]
    [InlineData(4, "得到保障")]
    public void PT308_near_miss_graded_qualitative_benefits(int row, string target)
    {
        SeedData.WithTarget(row, target).None("PT308");
    }

    [Fact]
    public void One_cell_gets_one_finding_a_qualitative_cost_is_PT308_not_PT204_or_PT301()
    {
        var report = SeedData.WithTarget(3, "控制在预算内");
        Assert.Equal(["PT308"], report.Codes());
    }

    private static Project Weighted(Project project, decimal[] weights) =>
        project with { Indicators = [.. project.Indicators.Select((i, k) => i with { Weight = weights[k] })] };
}
