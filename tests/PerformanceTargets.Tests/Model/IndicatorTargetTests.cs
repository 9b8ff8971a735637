using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Model;

public class IndicatorTargetTests
{
    [Fact]
    public void White_space_is_what_char_IsWhiteSpace_says_and_the_zero_width_space_and_the_byte_order_mark_for_every_character()
    {
        var differ = new List<string>();
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var expected = char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF';
            if (IndicatorTarget.IsWhite(c) != expected)
            {
                differ.Add($"U+{code:X4}");
            }
        }

        Assert.Empty(differ);
        Assert.True(IndicatorTarget.IsWhite('\u3000'));
        Assert.False(IndicatorTarget.IsWhite('保'));
    }

    public static TheoryData<string, TargetKind, Comparator?, string?, string?, TargetSpellings, string> Examples => new()
    {
        { "21个", TargetKind.Quantitative, null, "21", "个", TargetSpellings.None, "21个" },
        { "≥95%", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.None, "≥95%" },
        { " =100%", TargetKind.Quantitative, Comparator.Equal, "100", "%", TargetSpellings.SurroundingWhitespace, "=100%" },
        { "≥95百分比", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.PercentWord, "≥95%" },
        { "≤67.54万元", TargetKind.Quantitative, Comparator.LessOrEqual, "67.54", "万元", TargetSpellings.None, "≤67.54万元" },
        { "≤90万元", TargetKind.Quantitative, Comparator.LessOrEqual, "90", "万元", TargetSpellings.None, "≤90万元" },
        { "得到保障", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "得到保障" },
        { "2023.07-2024.01", TargetKind.Period, null, null, null, TargetSpellings.None, "2023.07-2024.01" },
        { "不低于90%", TargetKind.Quantitative, Comparator.GreaterOrEqual, "90", "%", TargetSpellings.WordComparator, "≥90%" },
        { ">=95%", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.AsciiComparator, "≥95%" },
        { "＞0", TargetKind.Quantitative, Comparator.Greater, "0", null, TargetSpellings.FullWidthComparator, ">0" },
        { "≤10万", TargetKind.Quantitative, Comparator.LessOrEqual, "10", "万元", TargetSpellings.WanForWanyuan, "≤10万元" },
        { "95%以上", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.WordComparator, "≥95%" },
        { "９５％", TargetKind.Quantitative, null, "95", "%", TargetSpellings.FullWidthCharacters, "95%" },
        { "≥ 95 %", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.InnerWhitespace, "≥95%" },
        { "1,000人次", TargetKind.Quantitative, null, "1000", "人次", TargetSpellings.None, "1000人次" },
        { "127人", TargetKind.Quantitative, null, "127", "人", TargetSpellings.None, "127人" },
        { "达到预期目标", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "达到预期目标" },
        { "2024年12月底前完成", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "2024年12月底前完成" },
        { "控制在10万元以内", TargetKind.Quantitative, Comparator.LessOrEqual, "10", "万元", TargetSpellings.WordComparator, "≤10万元" },
        { "保持在95%以上", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.WordComparator, "≥95%" },
        { "不少于 300 人次", TargetKind.Quantitative, Comparator.GreaterOrEqual, "300", "人次", TargetSpellings.WordComparator | TargetSpellings.InnerWhitespace, "≥300人次" },
        { "不超过3个工作日", TargetKind.Quantitative, Comparator.LessOrEqual, "3", "个工作日", TargetSpellings.WordComparator, "≤3个工作日" },
        { "≥百分之九十五", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.PercentWord, "≥95%" },
        { "百分之百", TargetKind.Quantitative, null, "100", "%", TargetSpellings.PercentWord, "100%" },
        { "不低于百分之九十五点五", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95.5", "%", TargetSpellings.WordComparator | TargetSpellings.PercentWord, "≥95.5%" },
        { "≥百分之一百零五", TargetKind.Quantitative, Comparator.GreaterOrEqual, "105", "%", TargetSpellings.PercentWord, "≥105%" },
        { "＞＝95%", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.FullWidthComparator, "≥95%" },
        { "＜＝3个工作日", TargetKind.Quantitative, Comparator.LessOrEqual, "3", "个工作日", TargetSpellings.FullWidthComparator, "≤3个工作日" },
        { ">＝95%", TargetKind.Quantitative, Comparator.GreaterOrEqual, "95", "%", TargetSpellings.FullWidthComparator, "≥95%" },
        { "九十五%", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "九十五%" },
        { "百分之九十五左右", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "百分之九十五左右" },
        { "百分之十十", TargetKind.Qualitative, null, null, null, TargetSpellings.None, "百分之十十" },
        { "", TargetKind.Empty, null, null, null, TargetSpellings.None, "" },
        { "  ", TargetKind.Empty, null, null, null, TargetSpellings.SurroundingWhitespace, "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Parses_the_targets_seen_in_real_tables(string text, TargetKind kind, Comparator? comparator, string? value, string? unit, TargetSpellings spellings, string formatted)
    {
        var target = IndicatorTarget.Parse(text);
        Assert.Equal(text, target.Verbatim);
        Assert.Equal(kind, target.Kind);
        Assert.Equal(comparator, target.Comparator);
        Assert.Equal(value, target.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, target.Unit);
        Assert.Equal(spellings, target.Spellings);
        Assert.Equal(formatted, target.Format());
    }

    public static TheoryData<string, string, string, string?, string> Ranges => new()
    {
        { "3%—5%", "3", "5", "%", "3%～5%" },
        { "3%——5%", "3", "5", "%", "3%～5%" },
        { "3%-5%", "3", "5", "%", "3%～5%" },
        { "3%~5%", "3", "5", "%", "3%～5%" },
        { "3-5%", "3", "5", "%", "3%～5%" },
        { "３％～５％", "3", "5", "%", "3%～5%" },
        { "3～5个", "3", "5", "个", "3～5个" },
        { "3 - 5 个", "3", "5", "个", "3～5个" },
        { "3万-5万元", "3", "5", "万元", "3～5万元" },
        { "6.5～8.5", "6.5", "8.5", null, "6.5～8.5" },
        { "介于80%和90%之间", "80", "90", "%", "80%～90%" },
        { "介于80%与90%之间", "80", "90", "%", "80%～90%" },
        { "在3至5天之间", "3", "5", "天", "3～5天" },
        { "80%-90%之间", "80", "90", "%", "80%～90%" },
        { "-3%~-1%", "-3", "-1", "%", "-3%～-1%" },
        { "±2%", "-2", "2", "%", "±2%" },
        { "±2%以内", "-2", "2", "%", "±2%" },
        { "正负2%", "-2", "2", "%", "±2%" },
        { "误差控制在5%以内", "-5", "5", "%", "±5%" },
        { "偏差不超过0.5%", "-0.5", "0.5", "%", "±0.5%" },
        { "误差±0.5℃", "-0.5", "0.5", "℃", "±0.5℃" },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void Ranges_and_tolerances_are_quantities_with_two_bounds(string text, string lower, string upper, string? unit, string formatted)
    {
        var target = IndicatorTarget.Parse(text);
        Assert.Equal(TargetKind.Range, target.Kind);
        Assert.Equal(lower, target.Lower?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(upper, target.Upper?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(unit, target.Unit);
        Assert.Null(target.Comparator);
        Assert.Null(target.Value);
        Assert.Equal(formatted, target.Format());
        Assert.Null(target.ToTargetValue());
    }

    [Theory]
    [InlineData("5%-3%")]
    [InlineData("3%-5个")]
    [InlineData("误差率≤2%")]
    [InlineData("2024-06-30")]
    [InlineData("1-6月完成50%")]
    [InlineData("在规定时间内完成")]
    [InlineData("正常运转")]
    [InlineData("±")]
    public void Near_ranges_stay_qualitative(string text)
    {
        Assert.Equal(TargetKind.Qualitative, IndicatorTarget.Parse(text).Kind);
    }

    [Fact]
    public void A_period_is_read_before_a_range()
    {
        Assert.Equal(TargetKind.Period, IndicatorTarget.Parse("2024.07-2025.06").Kind);
        Assert.Equal(TargetKind.Range, IndicatorTarget.Parse("2024-2025年").Kind);
    }

    [Fact]
    public void Remembers_the_unit_as_written_and_keeps_the_scale_of_the_number()
    {
        var target = IndicatorTarget.Parse("≥95.0百分比");
        Assert.Equal("百分比", target.WrittenUnit);
        Assert.Equal("≥95.0%", target.Format());
        Assert.True(target.IsPercentage);
        Assert.False(target.IsStandard);
        Assert.True(IndicatorTarget.Parse("≤67.54万元").IsMoney);
    }

    [Fact]
    public void A_period_knows_its_months()
    {
        var target = IndicatorTarget.Parse("2023年7月至2024年1月");
        Assert.Equal(TargetKind.Period, target.Kind);
        Assert.Equal("2023-07", target.PeriodStart);
        Assert.Equal("2024-01", target.PeriodEnd);
        Assert.Equal("2023.07-2024.01", target.Format());
    }

    [Fact]
    public void Converts_to_the_normalised_target_value_of_the_exchange_format()
    {
        Assert.Equal(TargetValue.Quantitative(Comparator.GreaterOrEqual, 95m, "%"), IndicatorTarget.Parse("≥95百分比").ToTargetValue());
        Assert.Equal(TargetValue.Qualitative("得到保障"), IndicatorTarget.Parse(" 得到保障 ").ToTargetValue());
        Assert.Null(IndicatorTarget.Parse("   ").ToTargetValue());
        Assert.Equal("≥95%", IndicatorTarget.Parse("≥95百分比").ToTargetValue()!.Format());
    }

    public static Arbitrary<string> HostileStrings() => Arb.From(Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty),
        Gen.Elements("≥", "≤", ">=", "=<", "＞", "不低于", "以上", "百分比", "百分之", "万", "%", "％", "９", "．", ".", ",", "-", "+", " ", "\u3000", "\ud800", "\udc00", "2023.07", "-", "至", "年", "月", "1", "99999999999999999999999999999999", "元", "个", "\t", "\n",
            "±", "～", "—", "介于", "和", "之间", "在", "误差", "控制在", "以内", "正负", "保持在", "九十五", "十", "百", "两", "〇", "点", "＝", "＜")
            .ListOf().Resize(12).Select(parts => string.Concat(parts))));

    [Property(MaxTest = 2000, Arbitrary = [typeof(IndicatorTargetTests)])]
    public bool Parse_never_throws_and_format_then_parse_is_stable(string text)
    {
        var first = IndicatorTarget.Parse(text);
        var formatted = first.Format();
        var second = IndicatorTarget.Parse(formatted);
        return second.Kind == first.Kind
            && second.Comparator == first.Comparator
            && second.Value == first.Value
            && second.Unit == first.Unit
            && second.Text == first.Text
            && second.PeriodStart == first.PeriodStart
            && second.PeriodEnd == first.PeriodEnd
            && second.Lower == first.Lower
            && second.Upper == first.Upper
            && second.Format() == formatted
            && (first.Kind == TargetKind.Empty || second.IsStandard);
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Parse_is_stable_on_generated_texts(string text)
    {
        var first = IndicatorTarget.Parse(text);
        var second = IndicatorTarget.Parse(first.Format());
        return second.Kind == first.Kind && second.Format() == first.Format();
    }

    [Fact]
    public void Parse_accepts_null_and_pathological_input()
    {
        Assert.Equal(TargetKind.Empty, IndicatorTarget.Parse(null).Kind);
        Assert.Equal(TargetKind.Qualitative, IndicatorTarget.Parse(new string('9', 100_000)).Kind);
        Assert.Equal(TargetKind.Qualitative, IndicatorTarget.Parse("≥" + new string('万', 10_000)).Kind);
        Assert.Equal(TargetKind.Qualitative, IndicatorTarget.Parse("\ud800≥95%").Kind);
    }
}
