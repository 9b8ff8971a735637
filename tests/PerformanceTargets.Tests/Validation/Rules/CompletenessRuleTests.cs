using PerformanceTargets.Model;
using PerformanceTargets.Validation;
using PerformanceTargets.Validation.Rules.Completeness;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The completeness rules (完整性: PT101–PT106, PT205–PT209, PT309, PT310, PT401): each on a document built from the seed, once where it should fire and once just short of it.</summary>
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
    [InlineData("完成XX个村的村级公益事业建设")]
    [InlineData("保障××名村干部工资发放")]
    [InlineData("某某村道路硬化")]
    [InlineData("新建〇〇村文化广场")]
    [InlineData("...")]
    [InlineData(" …… ")]
    [InlineData("--")]
    [InlineData("／")]
    [InlineData("————")]
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
    [InlineData("巩固二〇〇〇年以来建成的村级阵地")]
    [InlineData("为5×24小时便民服务热线提供保障")]
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
    public void PT103_and_PT205_near_miss_level_cells_that_carry_their_points()
    {
        // 产出指标(50分), 效益指标（30分）, 满意度指标（10 分）: the name is the standard category, the points are data.
        string Points(string level1) => level1 switch
        {
            "产出指标" => "产出指标(50分)",
            "效益指标" => "效益指标（30分）",
            _ => "满意度指标（10 分）",
        };
        var project = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select(i => i with { Level1 = Points(i.Level1) })] };
        Assert.Empty(SeedData.Validate(project).Findings);

        var decimals = SeedData.Sound with { Indicators = [.. SeedData.Sound.Indicators.Select(i => i with { Level1 = i.Level1 + " (47.5分)", Level2 = i.Level2 + "（ 10 分 ）" })] };
        Assert.Empty(SeedData.Validate(decimals).Findings);
    }

    [Fact]
    public void PT205_hit_a_level_cell_with_a_number_that_is_not_points()
    {
        var finding = SeedData.Validate(SeedData.Sound.WithIndicator(0, i => i with { Level1 = "产出指标(50)" })).Single("PT205");
        Assert.Equal("/projects/0/indicators/0/level1", finding.Pointer);
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

    [Theory]
    [InlineData("产出指标", "社会效益指标", "level2")]
    [InlineData("产出效果指标", "数量指标", "level1")]
    [InlineData("产出指标", "数目指标", "level2")]
    public void PT205_hit_misplaced_or_unknown_names(string level1, string level2, string field)
    {
        var finding = SeedData.Validate(SeedData.Sound.WithIndicator(0, i => i with { Level1 = level1, Level2 = level2 })).Single("PT205");
        Assert.Equal($"/projects/0/indicators/0/{field}", finding.Pointer);
        Assert.Equal(Severity.Error, finding.Severity);
    }

    [Fact]
    public void PT205_near_miss_synonyms_and_2021_cost_category()
    {
        SeedData.Validate(SeedData.Sound.WithIndicator(4, i => i with { Level2 = "环境效益指标" }).WithIndicator(6, i => i with { Level2 = "社会公众或服务对象满意度指标" })).None("PT205");
        var under2021 = SeedData.With(SeedData.Sound.WithIndicator(3, i => i with { Level1 = "成本指标", Level2 = "经济成本指标" })) with { Framework = IndicatorFramework.Framework2021 };
        SeedData.Validate(under2021).None("PT205");
    }

    [Theory]
    [InlineData("一、产出指标", "1.数量指标")]
    [InlineData("（一）产出指标", "(1)数量指标")]
    [InlineData("(一)产出指标", "1、数量指标")]
    [InlineData("一．产出指标", "1．数量指标")]
    [InlineData("1. 产出指标", "①数量指标")]
    [InlineData("一、产出指标（50分）", "１．数量")]
    public void PT205_PT103_PT104_near_miss_level_names_after_an_outline_numbering(string level1, string level2)
    {
        var report = SeedData.Validate(SeedData.Sound.WithIndicator(0, i => i with { Level1 = level1, Level2 = level2 }));
        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData("一产出指标", "数量指标", "level1")]
    [InlineData("产出指标", "1数量指标", "level2")]
    [InlineData("产出指标", "（一数量指标", "level2")]
    [InlineData("产出指标", "1.", "level2")]
    public void PT205_hit_a_numbering_without_its_mark_is_not_a_numbering(string level1, string level2, string field)
    {
        var finding = SeedData.Validate(SeedData.Sound.WithIndicator(0, i => i with { Level1 = level1, Level2 = level2 })).Single("PT205");
        Assert.Equal($"/projects/0/indicators/0/{field}", finding.Pointer);
    }

    [Fact]
    public void PT205_alone_on_a_wrong_level1_name_over_a_known_level2_name()
    {
        // 效果指标 over 社会效益指标: the row fills 效益 all the same; PT205 reports the cell, PT103 not the table.
        var sound = SeedData.Sound;
        var benefits = sound.Indicators.Select((indicator, index) => (indicator, index)).Where(x => x.indicator.Level1 == "效益指标").Select(x => x.index).ToList();
        var renamed = sound with { Indicators = [.. sound.Indicators.Select(i => i.Level1 == "效益指标" ? i with { Level1 = "效果指标" } : i)] };
        var report = SeedData.Validate(renamed);
        Assert.Equal(benefits.Select(i => $"/projects/0/indicators/{i}/level1"), report.Findings.Where(f => f.RuleId == "PT205").Select(f => f.Pointer));
        report.None("PT103");

        // With a level-2 name that is wrong as well, the row shows no category: the table lacks 效益 (PT103).
        var unknown = sound with { Indicators = [.. sound.Indicators.Select(i => i.Level1 == "效益指标" ? i with { Level1 = "效果指标", Level2 = "效果" } : i)] };
        Assert.Contains("效益指标", SeedData.Validate(unknown).Single("PT103").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT205_alone_on_a_wrong_level2_name_under_output_unless_more_dimensions_are_missing()
    {
        // 经济成本指标 under 产出 in a 2020 table: a 2021 name, meant for 成本; PT205 reports it, PT104 not the table.
        var cost = SeedData.Sound.Indicators.ToList().FindIndex(i => i.Level2 == "成本指标");
        var report = SeedData.Validate(SeedData.Sound.WithIndicator(cost, i => i with { Level2 = "经济成本指标" }));
        Assert.Equal($"/projects/0/indicators/{cost}/level2", report.Single("PT205").Pointer);
        report.None("PT104");

        // One wrong name cannot stand for two missing dimensions: 时效 is missing as well.
        var twoMissing = SeedData.Sound.WithIndicator(cost, i => i with { Level2 = "经济成本指标" }).WithoutIndicators(i => i.Level2 == "时效指标");
        var finding = SeedData.Validate(twoMissing).Single("PT104");
        Assert.Contains("时效指标", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT205_under_2021_cost_under_output_is_unknown()
    {
        var under2021 = SeedData.With(SeedData.Sound) with { Framework = IndicatorFramework.Framework2021 };
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
        SeedData.Validate(SeedData.Table(1), SeedData.Table(14), SeedData.Sound with { Code = null }, SeedData.Table(15) with { Code = null }).None("PT206");
    }

    [Fact]
    public void PT207_hit_the_same_indicator_twice_in_a_table_spaces_ignored()
    {
        var project = SeedData.Sound.WithAddedIndicator(SeedData.Sound.Indicators[1] with { Name = " 工作正常开展率", Level2 = "质量指标" });
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
            SeedData.Sound with { Code = good.Substring(0, 20) },
            SeedData.Sound with { Code = good.Substring(0, 15) + "1001I" + good[20] },
            SeedData.Sound with { Code = lastYear },
            SeedData.Sound with { Code = badCheck },
            SeedData.Sound with { Code = otherRegion },
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
        var report = TargetValidator.Default.Validate(SeedData.Document with { Projects = [.. SeedData.Document.Projects, SeedData.Sound with { Code = null }] });
        report.None("PT208");
    }

    [Fact]
    public void PT209_hit_a_gap_and_a_first_table_not_numbered_1()
    {
        var report = SeedData.Validate(SeedData.WithNumbers(SeedData.Sound with { Sequence = 2 }, SeedData.Table(14) with { Sequence = 3 }, SeedData.Table(15) with { Sequence = 5 }));
        Assert.Equal(["/projects/0/sequence", "/projects/2/sequence"], report.Hits("PT209").Select(f => f.Pointer));
    }

    [Fact]
    public void PT209_near_miss_in_order_or_unnumbered()
    {
        SeedData.Validate(SeedData.WithNumbers(SeedData.Sound with { Sequence = null }, SeedData.Table(14) with { Sequence = null })).None("PT209");
        SeedData.Validate(SeedData.Sound, SeedData.Table(14)).None("PT209");
    }

    [Fact]
    public void PT401_hit_names_cut_at_the_documents_longest_length()
    {
        var project = SeedData.Sound
            .WithAddedIndicator(SeedData.Row("效益指标", "社会效益指标", "逐步促进了解河势变化及对防洪、", "逐步促进了解河势变化及对防洪、河道整治的开发利用", "得到促进"))
            .WithAddedIndicator(SeedData.Row("效益指标", "社会效益指标", "通过问卷调查，满意的受资助对象", "通过问卷调查，满意的受资助对象占所有调查对象的比例", "得到提高"));
        var hits = SeedData.Validate(project).Hits("PT401");
        Assert.Equal(["/projects/0/indicators/7/name", "/projects/0/indicators/8/name"], hits.Select(f => f.Pointer));
        Assert.Contains("15", hits[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT401_near_miss_a_short_name_extended_by_its_description_a_single_cut_or_a_longer_name_elsewhere()
    {
        // 服务水平 / 服务水平是否提升 (table 12 itself) is not a cut.
        SeedData.Validate(SeedData.Sound).None("PT401");

        var single = SeedData.Sound.WithAddedIndicator(SeedData.Row("效益指标", "社会效益指标", "逐步促进了解河势变化及对防洪、", "逐步促进了解河势变化及对防洪、河道整治的开发利用", "得到促进"));
        SeedData.Validate(single).None("PT401");

        var longer = SeedData.Sound
            .WithAddedIndicator(SeedData.Row("效益指标", "社会效益指标", "逐步促进了解河势变化及对防洪、", "逐步促进了解河势变化及对防洪、河道整治的开发利用", "得到促进"))
            .WithAddedIndicator(SeedData.Row("效益指标", "社会效益指标", "通过问卷调查，满意的受资助对象", "通过问卷调查，满意的受资助对象占所有调查对象的比例", "得到提高"))
            .WithAddedIndicator(SeedData.Row("效益指标", "可持续影响指标", "保障村级组织机构长期稳定正常运转", "保障村级组织机构长期稳定正常运转", "得到保障"));
        SeedData.Validate(longer).None("PT401");
    }

    [Theory]
    [InlineData("name", "指标1", Severity.Error)]
    [InlineData("name", "某某村群众满意度", Severity.Error)]
    [InlineData("target", "≥**%", Severity.Error)]
    [InlineData("target", "（≥XX个）", Severity.Error)]
    [InlineData("target", "××人", Severity.Error)]
    [InlineData("target", "★★★", Severity.Error)]
    [InlineData("target", "≤xx万元", Severity.Error)]
    [InlineData("target", "待定", Severity.Error)]
    [InlineData("target", "＊＊%", Severity.Error)]
    [InlineData("description", "请填写指标解释", Severity.Warning)]
    [InlineData("description", "XXX", Severity.Warning)]
    [InlineData("basis", "待定", Severity.Warning)]
    [InlineData("description", "。。。", Severity.Warning)]
    [InlineData("basis", "...", Severity.Warning)]
    public void PT309_hit_placeholders_in_indicator_cells(string field, string text, Severity severity)
    {
        var project = SeedData.Sound.WithIndicator(1, i => field switch
        {
            "name" => i with { Name = text },
            "target" => i with { Target = text },
            "description" => i with { Description = text },
            _ => i with { Basis = text },
        });
        var report = SeedData.Validate(project);
        var finding = report.Single("PT309");
        Assert.Equal($"/projects/0/indicators/1/{field}", finding.Pointer);
        Assert.Equal(severity, finding.Severity);

        // One cell, one finding: a placeholder target is not also unmeasurable (PT301) or vague (PT308).
        report.None("PT301");
        report.None("PT308");
    }

    [Theory]
    [InlineData("name", "X射线机配置数量")]
    [InlineData("target", "5×24小时")]
    [InlineData("target", "★")]
    [InlineData("description", "待定期检查后拨付")]
    [InlineData("description", "二〇〇〇年以来建成的设施")]
    [InlineData("basis", "某项目管理办法")]
    public void PT309_near_miss_real_text_that_shares_characters_with_placeholders(string field, string text)
    {
        var project = SeedData.Sound.WithIndicator(1, i => field switch
        {
            "name" => i with { Name = text },
            "target" => i with { Target = text },
            "description" => i with { Description = text },
            _ => i with { Basis = text },
        });
        SeedData.Validate(project).None("PT309");
    }

    [Theory]
    [InlineData("安全饮水达标率100%", "=100%", "100%")]
    [InlineData("培训农民300人", "≥300人", "300人")]
    [InlineData("群众满意度不低于90%", "≥90%", "不低于90%")]
    [InlineData("接待游客10万人次", "≥10万人次", "10万人次")]
    [InlineData("巡查频次2次/年", "≥2次/年", "2次/年")]
    public void PT310_hit_a_name_that_carries_its_value(string name, string target, string value)
    {
        var finding = SeedData.WithTarget(0, target, name).Single("PT310");
        Assert.Equal("/projects/0/indicators/0/name", finding.Pointer);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains(value, finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024年底前")]
    [InlineData("2024年12月31日前")]
    [InlineData("年内完成")]
    [InlineData("95")]
    [InlineData("≥95%")]
    [InlineData("300人")]
    [InlineData("两个月内")]
    [InlineData("一周内完成")]
    public void PT310_hit_a_name_that_is_a_target(string name)
    {
        var finding = SeedData.WithTarget(2, "≥95%", name).Single("PT310");
        Assert.Contains("不是名称", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PM2.5年均浓度")]
    [InlineData("空气质量PM2.5")]
    [InlineData("5G基站数量")]
    [InlineData("12345热线办结率")]
    [InlineData("市民服务热线12345")]
    [InlineData("2024年度培训人数")]
    [InlineData("促成贸易成交额(亿元)")]
    [InlineData("服务60岁以上老人")]
    [InlineData("国道G109养护里程")]
    [InlineData("第3季度完成率")]
    [InlineData("年度工作完成及时率")]
    [InlineData("九年义务教育学生人数")]
    [InlineData("一周内办结率")]
    public void PT310_near_miss_numbers_that_are_part_of_the_name(string name)
    {
        SeedData.WithTarget(0, "≥95%", name).None("PT310");
    }

    private static string WithCheck(string first20) => first20 + ProjectCodeRule.CheckCharacter(first20 + "0");
}
