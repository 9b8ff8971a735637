using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The format rule of stage 2 (PT211, <c>targetValue</c> against <c>target</c>); the read-stage rules PT001–PT003, PT901 and PT902 are tested with the reading stage (SchemaStageTests, ImportedValidationTests).</summary>
public class FormatRuleTests
{
    [Fact]
    public void PT211_hit_target_value_disagreeing()
    {
        var project = SeedData.Sound.WithIndicator(1, i => i with { TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 90m, "%") })
            .WithIndicator(4, i => i with { TargetValue = TargetValue.Qualitative("得到提升") });
        Assert.Equal(["/projects/0/indicators/1/targetValue", "/projects/0/indicators/4/targetValue"], SeedData.Validate(project).Hits("PT211").Select(f => f.Pointer));
    }

    [Fact]
    public void PT211_near_miss_normalised_values_agree_whatever_the_spelling()
    {
        var project = SeedData.Sound with
        {
            Indicators = [.. SeedData.Table(18).Indicators.Select(i => i with { TargetValue = IndicatorTarget.Parse(i.Target).ToTargetValue() })],
        };
        var scaled = project.WithIndicator(1, i => i with { TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 95.0m, "百分比") });
        SeedData.Validate(project, scaled).None("PT211");
    }

    [Fact]
    public void PT211_near_miss_money_converted_and_units_PT304_holds_equal()
    {
        var yuan = SeedData.Sound.WithIndicator(3, i => i with { Target = "≤240万元", TargetValue = TargetValue.Quantitative(Comparator.LessOrEqual, 2400000m, "元") });
        var named = SeedData.Sound.WithIndicator(0, i => i with { Target = "≥1200人", TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 1200m, "名") });
        var placed = SeedData.Sound.WithIndicator(0, i => i with { Target = "≥1200名", TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 1200m, "位") });
        SeedData.Validate(yuan, named, placed).None("PT211");
    }

    [Fact]
    public void PT211_hit_other_money_or_another_unit()
    {
        var yuan = SeedData.Sound.WithIndicator(3, i => i with { Target = "≤240万元", TargetValue = TargetValue.Quantitative(Comparator.LessOrEqual, 240000m, "元") });
        var items = SeedData.Sound.WithIndicator(0, i => i with { Target = "≥1200人", TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 1200m, "个") });
        var bare = SeedData.Sound.WithIndicator(0, i => i with { Target = "≥1200人", TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 1200m, null) });
        Assert.Equal(
            ["/projects/0/indicators/3/targetValue", "/projects/1/indicators/0/targetValue", "/projects/2/indicators/0/targetValue"],
            SeedData.Validate(yuan, items, bare).Hits("PT211").Select(f => f.Pointer));
    }

    [Fact]
    public void PT211_hit_a_range_with_a_quantitative_target_value()
    {
        var project = SeedData.Sound.WithIndicator(1, i => i with { Target = "3%—5%", TargetValue = TargetValue.Quantitative(Comparator.GreaterOrEqual, 3m, "%") });
        var finding = SeedData.Validate(project).Single("PT211");
        Assert.Contains("3%～5%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT211_near_miss_a_range_without_target_value_or_with_the_text_rule_set_1_0_0_wrote()
    {
        // Rule set 1.0.0 read ranges as qualitative and its normaliser wrote their text; that is accepted, as is none.
        var none = SeedData.Sound.WithIndicator(1, i => i with { Target = "3%—5%", TargetValue = null });
        var legacy = SeedData.Sound.WithIndicator(1, i => i with { Target = "3%—5%", TargetValue = TargetValue.Qualitative("3%—5%") });
        var respelled = SeedData.Sound.WithIndicator(1, i => i with { Target = "±2%以内", TargetValue = TargetValue.Qualitative("±2%") });
        SeedData.Validate(none, legacy, respelled).None("PT211");
    }
}
