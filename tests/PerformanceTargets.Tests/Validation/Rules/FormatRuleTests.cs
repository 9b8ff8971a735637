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
}
