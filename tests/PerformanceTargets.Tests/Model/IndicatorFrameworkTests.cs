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

    [Theory]
    [InlineData("产出指标(50分)", "产出指标", "50")]
    [InlineData("效益指标（30分）", "效益指标", "30")]
    [InlineData("满意度指标（10 分）", "满意度指标", "10")]
    [InlineData("产出指标 (47.5分)", "产出指标", "47.5")]
    [InlineData("产出指标（ ５０ 分 ）", "产出指标", "50")]
    [InlineData("产出指标(50分）", "产出指标", "50")]
    [InlineData("数量指标（20分） ", "数量指标", "20")]
    public void Points_printed_in_a_level_cell_are_split_from_the_name(string cell, string bare, string points)
    {
        Assert.True(IndicatorFramework.TrySplitPoints(cell, out var name, out var value));
        Assert.Equal(bare, name);
        Assert.Equal(points, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("产出指标")]
    [InlineData("产出指标(50)")]
    [InlineData("(50分)")]
    [InlineData("产出指标（分）")]
    [InlineData("产出指标（1.2.3分）")]
    [InlineData(null)]
    public void Names_without_points_are_not_split(string? cell)
    {
        Assert.False(IndicatorFramework.TrySplitPoints(cell, out var name, out var value));
        Assert.Equal(cell ?? string.Empty, name);
        Assert.Equal(0m, value);
    }

    [Theory]
    [InlineData("产出指标(50分)", "数量指标")]
    [InlineData("效益指标（30分）", "社会效益指标")]
    [InlineData("满意度指标（10 分）", "服务对象满意度指标")]
    [InlineData("产出指标", "数量指标（20分）")]
    public void A_level_cell_that_carries_points_names_the_standard_category(string level1, string level2)
    {
        Assert.Equal(IndicatorPlacement.Valid, IndicatorFramework.Framework2020.Classify(level1, level2));
        Assert.True(IndicatorFramework.Framework2021.TryGetCategory("成本指标（20分）", out var cost));
        Assert.Equal(IndicatorCategory.Cost, cost);
    }
}
