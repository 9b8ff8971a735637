using PerformanceTargets.Model;

namespace PerformanceTargets.Tests.Model;

public class IndicatorFrameworkTests
{
    [Theory]
    [InlineData("产出指标", "数量指标", IndicatorPlacement.Valid)]
    [InlineData("产出指标", "成本指标", IndicatorPlacement.Valid)]
    [InlineData("效益指标", "环境效益指标", IndicatorPlacement.Valid)]
    [InlineData("满意度指标", "社会公众或服务对象满意度指标", IndicatorPlacement.Valid)]
    [InlineData("产出", "数量", IndicatorPlacement.Valid)]
    [InlineData(" 产出指标 ", "质量指标", IndicatorPlacement.Valid)]
    [InlineData("效益指标", "数量指标", IndicatorPlacement.Misplaced)]
    [InlineData("成本指标", "经济成本指标", IndicatorPlacement.UnknownCategory)]
    [InlineData("产出指标", "经济成本指标", IndicatorPlacement.UnknownDimension)]
    [InlineData("产出指标", "", IndicatorPlacement.UnknownDimension)]
    public void Framework_2020_knows_its_names_and_synonyms(string level1, string level2, IndicatorPlacement expected) =>
        Assert.Equal(expected, IndicatorFramework.Framework2020.Classify(level1, level2));

    [Theory]
    [InlineData("成本指标", "经济成本指标", IndicatorPlacement.Valid)]
    [InlineData("成本指标", "生态环境成本指标", IndicatorPlacement.Valid)]
    [InlineData("产出指标", "成本指标", IndicatorPlacement.UnknownDimension)]
    [InlineData("产出指标", "经济成本指标", IndicatorPlacement.Misplaced)]
    [InlineData("满意度指标", "服务对象满意度指标", IndicatorPlacement.Valid)]
    public void Framework_2021_makes_cost_a_category(string level1, string level2, IndicatorPlacement expected) =>
        Assert.Equal(expected, IndicatorFramework.Framework2021.Classify(level1, level2));

    [Fact]
    public void Frameworks_are_found_by_their_exchange_format_id()
    {
        Assert.True(IndicatorFramework.TryGet("2020", out var f2020));
        Assert.Same(IndicatorFramework.Framework2020, f2020);
        Assert.True(IndicatorFramework.TryGet("2021", out var f2021));
        Assert.Equal([IndicatorCategory.Output, IndicatorCategory.Cost, IndicatorCategory.Benefit, IndicatorCategory.Satisfaction], f2021!.Categories.ToArray());
        Assert.False(IndicatorFramework.TryGet("2019", out _));
        Assert.False(IndicatorFramework.TryGet(null, out _));
    }

    [Fact]
    public void Every_dimension_of_a_framework_has_a_parent_and_names()
    {
        foreach (var framework in IndicatorFramework.All)
        {
            foreach (var category in framework.Categories)
            {
                Assert.True(framework.TryGetCategory(IndicatorFramework.GetName(category), out var resolved));
                Assert.Equal(category, resolved);
                foreach (var dimension in framework.Dimensions[category])
                {
                    Assert.True(framework.TryGetParent(dimension, out var parent));
                    Assert.Equal(category, parent);
                    Assert.Equal(IndicatorPlacement.Valid, framework.Classify(IndicatorFramework.GetName(category), IndicatorFramework.GetName(dimension)));
                    Assert.False(string.IsNullOrEmpty(IndicatorFramework.GetEnglishName(dimension)));
                }
            }
        }
    }

    [Fact]
    public void Every_level_pair_in_the_excerpt_of_the_seed_is_valid_under_2020()
    {
        var document = PerformanceTargets.Json.TargetJson.ReadFile(Infrastructure.TestPaths.Excerpt).GetDocumentOrThrow();
        Assert.All(
            document.Projects.SelectMany(p => p.Indicators),
            i => Assert.Equal(IndicatorPlacement.Valid, IndicatorFramework.Framework2020.Classify(i.Level1, i.Level2)));
    }
}
