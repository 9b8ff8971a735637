using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation;

/// <summary>PT101–PT106: each rule on a document built from the seed, once where it should fire and once just short of it.</summary>
public class CompletenessRuleTests
{
    [Fact]
    public void The_sound_table_raises_nothing()
    {
        Assert.Empty(SeedData.Validate(SeedData.Sound).Findings);
    }

    [Fact]
    public void PT101_hit_a_table_without_goals()
    {
        var report = SeedData.Validate(SeedData.Sound with { Goals = [] }, SeedData.Sound with { Goals = [" ", ""] });
        Assert.Equal(["/projects/0/goals", "/projects/1/goals"], report.Hits("PT101").Select(f => f.Pointer));
        Assert.All(report.Hits("PT101"), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void PT101_near_miss_period_goals_count_as_goals()
    {
        SeedData.Validate(SeedData.Sound with { Goals = [], PeriodGoals = ["三年内完成全镇21个行政村的村级组织阵地建设"] }).None("PT101");
    }

    [Theory]
    [InlineData("目标内容1")]
    [InlineData(" 目标内容2。")]
    [InlineData("目标1")]
    [InlineData("绩效目标一")]
    [InlineData("XXX")]
    [InlineData("完成xxx村道路硬化")]
    [InlineData("请填写本项目的绩效目标")]
    [InlineData("待定")]
    [InlineData("×××")]
    public void PT102_hit_placeholder_goals(string goal)
    {
        var finding = SeedData.Validate(SeedData.Sound with { Goals = ["保障镇机关工作正常运行", goal] }).Single("PT102");
        Assert.Equal("/projects/0/goals/1", finding.Pointer);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Theory]
    [InlineData("待定期检查村级组织运转情况后拨付资金")]
    [InlineData("目标任务：完成21个行政村的村级组织运转保障")]
    [InlineData("年度目标：保障村级组织正常运转")]
    [InlineData("完成目标内容所列全部任务")]
    public void PT102_near_miss_real_goals_that_share_words_with_placeholders(string goal)
    {
        SeedData.Validate(SeedData.Sound with { Goals = [goal] }).None("PT102");
    }

    [Fact]
    public void PT103_hit_a_table_without_satisfaction_and_under_2021_without_cost()
    {
        var noSatisfaction = SeedData.Sound.WithoutIndicators(i => i.Level1 == "满意度指标");
        var finding = SeedData.Validate(noSatisfaction).Single("PT103");
        Assert.Equal("/projects/0/indicators", finding.Pointer);
        Assert.Contains("满意度指标", finding.Message, StringComparison.Ordinal);

        var under2021 = SeedData.With(SeedData.Sound) with { Framework = IndicatorFramework.Framework2021 };
        Assert.Contains("成本指标", SeedData.Validate(under2021).Single("PT103").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT103_near_miss_names_without_指标_and_2020_needs_no_cost_category()
    {
        var shortNames = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select(i => i with { Level1 = i.Level1.Replace("指标", string.Empty, StringComparison.Ordinal) })] };
        SeedData.Validate(shortNames).None("PT103");
        SeedData.Validate(SeedData.Sound.WithoutIndicators(i => i.Level2 == "成本指标")).None("PT103");
    }

    [Fact]
    public void PT104_hit_output_without_timeliness()
    {
        var finding = SeedData.Validate(SeedData.Sound.WithoutIndicators(i => i.Level2 == "时效指标")).Single("PT104");
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("时效指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT104_near_miss_2021_does_not_ask_for_cost_under_output()
    {
        var project = SeedData.Sound
            .WithIndicator(3, i => i with { Level1 = "成本指标", Level2 = "经济成本指标" });
        var document = SeedData.With(project) with { Framework = IndicatorFramework.Framework2021 };
        var report = SeedData.Validate(document);
        report.None("PT104");
        report.None("PT103");
        report.None("PT205");
    }

    [Fact]
    public void PT105_hit_empty_name_and_target_are_errors_empty_description_and_basis_warnings()
    {
        var project = SeedData.Sound
            .WithIndicator(0, i => i with { Name = " " })
            .WithIndicator(1, i => i with { Target = "" })
            .WithIndicator(2, i => i with { Description = "" })
            .WithIndicator(4, i => i with { Basis = null });
        var hits = SeedData.Validate(project).Hits("PT105");
        Assert.Equal(
            [("/projects/0/indicators/0/name", Severity.Error), ("/projects/0/indicators/1/target", Severity.Error), ("/projects/0/indicators/2/description", Severity.Warning), ("/projects/0/indicators/4/basis", Severity.Warning)],
            hits.Select(f => (f.Pointer, f.Severity)));
    }

    [Fact]
    public void PT105_near_miss_a_document_without_description_column()
    {
        var project = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select(i => i with { Description = null, Basis = null })] };
        SeedData.Validate(project).None("PT105");
    }

    [Fact]
    public void PT106_hit_blank_or_missing_use_of_funds()
    {
        var report = SeedData.Validate(SeedData.Sound with { FundUse = "  " }, SeedData.Sound with { FundUse = null }, SeedData.Sound);
        Assert.Equal(["/projects/0/fundUse", "/projects/1/fundUse"], report.Hits("PT106").Select(f => f.Pointer));
    }

    [Fact]
    public void PT106_near_miss_no_table_of_the_document_has_the_row()
    {
        SeedData.Validate(SeedData.Sound with { FundUse = null }, SeedData.Table(14) with { FundUse = null }).None("PT106");
    }
}
