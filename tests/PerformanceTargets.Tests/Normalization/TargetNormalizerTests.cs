using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Normalization;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Normalization;

public class TargetNormalizerTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();

    [Theory]
    [InlineData(">=95%", "≥95%")]
    [InlineData("<=90万元", "≤90万元")]
    [InlineData("＞0", ">0")]
    [InlineData("≧95%", "≥95%")]
    [InlineData("≥95百分比", "≥95%")]
    [InlineData("≤10万", "≤10万元")]
    [InlineData("百分之95", "95%")]
    [InlineData("＞＝95%", "≥95%")]
    [InlineData("＜=10万元", "≤10万元")]
    [InlineData("≥百分之九十五", "≥95%")]
    [InlineData("不低于百分之九十五点五", "不低于95.5%")]
    [InlineData("百分之百", "100%")]
    [InlineData(" >=95百分比", " ≥95%")]
    [InlineData("不低于90%", "不低于90%")]
    [InlineData("９５％", "９５％")]
    [InlineData("得到保障", "得到保障")]
    [InlineData("≥95%", "≥95%")]
    [InlineData("10万人", "10万人")]
    public void Repairs_only_the_safe_spellings(string target, string expected) =>
        Assert.Equal(expected, TargetNormalizer.RepairSpelling(target));

    [Fact]
    public void By_default_every_indicator_gets_its_target_value_and_nothing_else_changes()
    {
        var result = TargetNormalizer.Normalize(Seed);
        var indicators = result.Document.Projects.SelectMany(p => p.Indicators).ToList();
        Assert.Equal(179, indicators.Count);
        Assert.All(indicators, i => Assert.Equal(IndicatorTarget.Parse(i.Target).ToTargetValue(), i.TargetValue));
        Assert.Equal(179, result.Changes.Length);
        Assert.All(result.Changes, c => Assert.Equal("targetValue", c.Reason));
        Assert.Equal(
            Seed.Projects.SelectMany(p => p.Indicators).Select(i => (i.Name, i.Target)),
            indicators.Select(i => (i.Name, i.Target)));
        var written = TargetJson.Write(result.Document);
        Assert.Equal(result.Document, TargetJson.Read(written).GetDocumentOrThrow());
        Assert.Empty(TargetNormalizer.Normalize(result.Document).Changes);
    }

    [Fact]
    public void Fix_repairs_every_percent_word_and_space_of_the_seed_and_lists_each_change()
    {
        var source = File.ReadAllText(TestPaths.Seed);
        var percentWords = Regex.Matches(source, "百分比").Count;
        var spacedTargets = Regex.Matches(source, "^\t =100%$", RegexOptions.Multiline).Count;
        var result = TargetNormalizer.Normalize(Seed, NormalizeOptions.Fix);
        var spellings = result.Changes.Where(c => c.Reason == "PT302").ToList();
        var spaces = result.Changes.Where(c => c.Reason == "PT306").ToList();
        Assert.Equal(percentWords, spellings.Count);
        Assert.All(spellings, c => Assert.Equal(c.Before!.Replace("百分比", "%", StringComparison.Ordinal), c.After));
        Assert.Equal(spacedTargets + 1, spaces.Count);
        Assert.Contains(spaces, c => c.Pointer == "/projects/0/indicators/5/name" && c.After == "加强村干部工作稳定性");
        Assert.Contains(spaces, c => c.Pointer == "/projects/1/indicators/1/target" && c.Before == " =100%" && c.After == "=100%");
        var after = result.Document.Projects.SelectMany(p => p.Indicators).ToList();
        Assert.DoesNotContain(after, i => i.Target.Contains("百分比", StringComparison.Ordinal));
        Assert.All(after, i => Assert.True(IndicatorTarget.Parse(i.Target).IsStandard, i.Target));
        Assert.Empty(TargetNormalizer.Normalize(result.Document, NormalizeOptions.Fix).Changes);
    }

    [Fact]
    public void A_range_gets_no_target_value_and_loses_one_written_before()
    {
        var project = Seed.Projects[11];
        var document = Seed with
        {
            Projects =
            [
                project with
                {
                    Indicators = project.Indicators
                        .SetItem(1, project.Indicators[1] with { Target = "3%—5%", TargetValue = TargetValue.Qualitative("3%—5%") })
                        .SetItem(2, project.Indicators[2] with { Target = "±2%以内" }),
                },
            ],
        };
        var result = TargetNormalizer.Normalize(document);
        var indicators = result.Document.Projects[0].Indicators;
        Assert.Null(indicators[1].TargetValue);
        Assert.Null(indicators[2].TargetValue);
        var removed = Assert.Single(result.Changes, c => c.Pointer == "/projects/0/indicators/1/targetValue");
        Assert.Equal("null", removed.After);
        Assert.DoesNotContain(result.Changes, c => c.Pointer == "/projects/0/indicators/2/targetValue");
        Assert.Empty(TargetNormalizer.Normalize(result.Document).Changes);
    }

    public static Arbitrary<string> Targets() => Arb.From(Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        Gen.Elements(">=", "=>", "<=", "＞", "＜", "＝", "≧", "≥", "百分比", "百分之", "万", "万元", "%", "1", "95", "0.5", " ", "个", "以上", "-", "不低于")
            .ListOf().Resize(6).Select(parts => string.Concat(parts))));

    [Property(MaxTest = 1000, Arbitrary = [typeof(TargetNormalizerTests)])]
    public bool A_repair_keeps_the_meaning_and_is_idempotent(string target)
    {
        var repaired = TargetNormalizer.RepairSpelling(target);
        var before = IndicatorTarget.Parse(target);
        var after = IndicatorTarget.Parse(repaired);
        return after.Kind == before.Kind && after.Comparator == before.Comparator && after.Value == before.Value && after.Unit == before.Unit
            && TargetNormalizer.RepairSpelling(repaired) == repaired;
    }
}
