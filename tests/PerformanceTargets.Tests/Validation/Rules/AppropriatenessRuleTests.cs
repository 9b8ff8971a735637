using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Validation.Rules;

/// <summary>The appropriateness rules (适当性: PT204, PT210, PT301, PT302, PT304–PT308, PT311, PT312): hit and near miss, mostly on table 12 of the seed with one cell changed at a time.</summary>
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
    public void PT204_near_miss_the_cost_of_a_whole_implementation_period_is_not_compared_with_the_years_budget()
    {
        var period = SeedData.Sound with
        {
            ImplementationPeriod = new ImplementationPeriod { Start = "2024-01", End = "2026-12" },
            PeriodIndicators = [.. SeedData.Sound.Indicators.Select(i => i.Level2 == "成本指标" ? i with { Target = "≤158.7万元" } : i with { Target = i.Target })],
        };
        SeedData.Validate(period).None("PT204");

        // A period cost that is not money is still a warning.
        var notMoney = period with { PeriodIndicators = [.. period.PeriodIndicators.Select(i => i.Level2 == "成本指标" ? i with { Target = "≥95%" } : i)] };
        Assert.Equal("/projects/0/periodIndicators/3/target", SeedData.Validate(notMoney).Single("PT204").Pointer);
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

    [Fact]
    public void PT210_near_miss_weights_rounded_to_two_decimals()
    {
        // 100 ÷ 7 and 100 ÷ 3 written to two decimals: 100.03 and 99.99, within 0.005 a weight.
        SeedData.Validate(
            Weighted(SeedData.Sound, [14.29m, 14.29m, 14.29m, 14.29m, 14.29m, 14.29m, 14.29m]),
            Weighted(SeedData.Sound, [33.33m, 33.33m, 33.33m, 0, 0, 0, 0])).None("PT210");
    }

    [Fact]
    public void PT210_hit_a_miss_larger_than_rounding()
    {
        var report = SeedData.Validate(
            Weighted(SeedData.Sound, [20, 10, 10, 10, 20, 20, 9.9m]),
            Weighted(SeedData.Sound, [20, 10, 10, 10, 20, 20, 11]),
            Weighted(SeedData.Sound, [14.28m, 14.28m, 14.28m, 14.28m, 14.28m, 14.28m, 14.28m]));
        Assert.Collection(
            report.Hits("PT210"),
            f => Assert.Contains("合计为 99.9，", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("合计为 101，", f.Message, StringComparison.Ordinal),
            f => Assert.Contains("合计为 99.96，", f.Message, StringComparison.Ordinal));
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
    [InlineData("±2%以内")]
    [InlineData("误差控制在5%以内")]
    [InlineData("3%—5%")]
    [InlineData("3%-5%")]
    [InlineData("3%~5%")]
    [InlineData("介于80%和90%之间")]
    [InlineData("不低于95%")]
    [InlineData("不高于3%")]
    [InlineData("不超过3个工作日")]
    [InlineData("不少于 2 次")]
    public void PT301_near_miss_ranges_tolerances_and_comparators_in_words_are_quantities(string target)
    {
        var report = SeedData.WithTarget(1, target);
        report.None("PT301");
        report.None("PT308");
    }

    [Theory]
    [InlineData("及时")]
    [InlineData("按时")]
    [InlineData("适时")]
    [InlineData("按时完成")]
    [InlineData("及时足额发放")]
    [InlineData("尽快")]
    public void PT301_hit_on_time_words_on_a_timeliness_indicator_when_no_time_is_stated(string target)
    {
        var finding = SeedData.WithTarget(2, target).Single("PT301");
        Assert.Equal("/projects/0/indicators/2/target", finding.Pointer);
        Assert.Contains("没有写明时间", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一周内")]
    [InlineData("两周内")]
    [InlineData("两个月内")]
    [InlineData("二个月内")]
    [InlineData("三个月内")]
    [InlineData("十五个工作日内")]
    [InlineData("资金到位后一个月内发放")]
    [InlineData("二〇二四年十二月底前")]
    [InlineData("开学前")]
    [InlineData("秋季学期开学前")]
    [InlineData("汛期前")]
    [InlineData("汛前完成")]
    [InlineData("春节前")]
    [InlineData("秋收前")]
    [InlineData("供暖季之前")]
    [InlineData("当日办结")]
    [InlineData("当天")]
    [InlineData("即时办结")]
    [InlineData("每半年")]
    [InlineData("每学期")]
    [InlineData("按学期发放")]
    [InlineData("每季度")]
    public void PT301_near_miss_times_in_chinese_numerals_event_deadlines_same_day_and_schedules(string target)
    {
        SeedData.WithTarget(2, target).None("PT301");
    }

    [Theory]
    [InlineData("开学")]
    [InlineData("项目验收后拨付")]
    [InlineData("几个月内")]
    [InlineData("九年义务教育阶段")]
    [InlineData("随到随办")]
    public void PT301_hit_timeliness_targets_near_a_time_that_state_none(string target)
    {
        Assert.Equal("/projects/0/indicators/2/target", SeedData.WithTarget(2, target).Single("PT301").Pointer);
    }

    [Fact]
    public void PT301_on_time_words_count_a_time_in_chinese_numerals_or_an_event_in_the_description_but_not_a_word_that_only_looks_like_one()
    {
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "及时", Description = "资金到位后一个月内拨付到位" })).None("PT301");
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "按时", Description = "春节前发放到户" })).None("PT301");
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "及时", Description = "九年义务教育阶段一年级新生统一月报" })).Single("PT301");
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "及时", Description = "春节慰问困难群众" })).Single("PT301");
    }

    [Fact]
    public void PT301_near_miss_on_time_words_with_a_time_in_the_name_or_description_or_elsewhere()
    {
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "及时", Description = "资金下达后30日内拨付到位" })).None("PT301");
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "按时", Name = "2024年6月底前拨付资金" })).None("PT301");
        SeedData.WithTarget(2, "年内及时完成").None("PT301");
        SeedData.WithTarget(2, "按月发放").None("PT301");
        SeedData.WithTarget(2, "全年").None("PT301");

        // Under 质量, 及时 stays a grade; a number in the description that is not a time does not count as one.
        SeedData.WithTarget(1, "及时").None("PT301");
        SeedData.Validate(SeedData.Sound.WithIndicator(2, i => i with { Target = "及时", Description = "发放给127名村干部" })).Single("PT301");
    }

    [Theory]
    [InlineData("≥95百分比", "≥95%")]
    [InlineData(">=95%", "≥95%")]
    [InlineData("＞90%", ">90%")]
    [InlineData("≥９５％", "≥95%")]
    [InlineData("＞＝95%", "≥95%")]
    [InlineData("≥百分之九十五", "≥95%")]
    public void PT302_hit_non_standard_spellings_with_the_standard_form_as_hint(string target, string standard)
    {
        var report = SeedData.WithTarget(1, target);
        Assert.Equal($"请写作“{standard}”。", report.Single("PT302").Hint);

        // A readable target is not also "not measurable".
        report.None("PT301");
    }

    [Theory]
    [InlineData("≥百分之几十")]
    [InlineData("＞＞95%")]
    public void PT302_near_miss_unreadable_spellings_stay_not_measurable(string target)
    {
        var report = SeedData.WithTarget(1, target);
        report.None("PT302");
        report.Single("PT301");
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
    [InlineData(5, "≥300个", "培训农民300人")]
    [InlineData(1, "≥85", null)]
    [InlineData(1, "80～90", null)]
    [InlineData(6, "≥85", null)]
    [InlineData(0, "3%～5%", null)]
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
    [InlineData(5, "≥300人", "培训农民300人")]
    [InlineData(5, "≥300名", "培训农民300人")]
    [InlineData(5, "5千米", "新建道路5公里")]
    [InlineData(1, "=0", "安全事故发生率")]
    [InlineData(1, "≥95%", "安全饮水达标率100%")]
    [InlineData(1, "介于80%和90%之间", "乡镇卫生院病床使用率")]
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
    [InlineData(1, "-")]
    [InlineData(1, "--")]
    [InlineData(1, "—")]
    [InlineData(1, "——")]
    [InlineData(1, "－")]
    [InlineData(1, "―")]
    [InlineData(1, "/")]
    [InlineData(1, "／")]
    [InlineData(1, "\\")]
    [InlineData(1, "×")]
    [InlineData(4, "--")]
    [InlineData(4, "－")]
    [InlineData(4, "―")]
    [InlineData(4, "／")]
    [InlineData(4, "\\")]
    [InlineData(4, "×")]
    [InlineData(4, "/")]
    public void PT308_hit_every_mark_of_a_cell_left_out_on_quality_and_benefit_rows_alike(int row, string target)
    {
        var report = SeedData.WithTarget(row, target);
        Assert.Equal($"/projects/0/indicators/{row}/target", report.Single("PT308").Pointer);
        report.None("PT301");
        report.None("PT309");
    }

    [Theory]
    [InlineData(4, "××")]
    [InlineData(1, "——合格")]
    [InlineData(4, "5×24小时服务")]
    public void PT308_near_miss_marks_that_are_a_placeholder_or_part_of_a_target(int row, string target)
    {
        SeedData.WithTarget(row, target).None("PT308");
    }

    [Theory]
    [InlineData(4, "进一步改善")]
    [InlineData(5, "有所提升")]
    [InlineData(4, "得到保障")]
    [InlineData(5, "群众获得感明显增强")]
    [InlineData(5, "村容村貌明显改善，群众生活更加美好")]
    [InlineData(1, "干劲高涨")]
    public void PT308_near_miss_graded_qualitative_benefits(int row, string target)
    {
        // The last: a wish on a 质量 indicator is not a benefit; it is PT301's (not measurable).
        SeedData.WithTarget(row, target).None("PT308");
    }

    [Theory]
    [InlineData(5, "干劲高涨")]
    [InlineData(4, "文明新风蔚然成风")]
    [InlineData(5, "力争群众满意")]
    [InlineData(6, "群众参与热情高涨")]
    public void PT308_hit_benefit_or_satisfaction_targets_that_only_restate_a_wish(int row, string target)
    {
        var report = SeedData.WithTarget(row, target);
        Assert.Contains("愿景", report.Single("PT308").Message, StringComparison.Ordinal);
        report.None("PT301");
    }

    [Fact]
    public void PT308_near_miss_no_cost_on_a_2021_social_or_ecological_cost_indicator()
    {
        var project = SeedData.Sound.WithIndicator(3, i => i with { Level1 = "成本指标", Level2 = "经济成本指标" })
            .WithAddedIndicator(SeedData.Row("成本指标", "社会成本指标", "对村民生产生活的负面影响", "项目实施对村民生产生活的负面影响", "无"))
            .WithAddedIndicator(SeedData.Row("成本指标", "生态环境成本指标", "对生态环境的负面影响", "项目实施对生态环境的负面影响", "无明显负面影响"));
        var under2021 = SeedData.With(project) with { Framework = IndicatorFramework.Framework2021 };
        Assert.Empty(SeedData.Validate(under2021).Findings);

        // 不涉及 there is still a refusal: the row should go.
        var refusal = SeedData.With(project.WithIndicator(7, i => i with { Target = "不涉及" })) with { Framework = IndicatorFramework.Framework2021 };
        Assert.Equal("/projects/0/indicators/7/target", SeedData.Validate(refusal).Single("PT308").Pointer);
    }

    [Fact]
    public void PT311_hit_period_indicators_that_repeat_the_annual_ones()
    {
        var copied = SeedData.Sound with
        {
            ImplementationPeriod = new ImplementationPeriod { Start = "2024-01", End = "2026-12" },
            PeriodIndicators = [.. SeedData.Sound.Indicators.Reverse()],
        };
        var finding = SeedData.Validate(copied).Single("PT311");
        Assert.Equal("/projects/0/periodIndicators", finding.Pointer);
        Assert.Equal(Severity.Warning, finding.Severity);

        // The same targets in another spelling and no stated period are the same copy.
        var respelled = SeedData.Sound with { PeriodIndicators = [.. SeedData.Sound.Indicators.Select(i => i with { Target = i.Target.Replace("%", "百分比", StringComparison.Ordinal) })] };
        SeedData.Validate(respelled).Single("PT311");
    }

    [Fact]
    public void PT312_hit_a_direction_that_contradicts_the_target()
    {
        // 正向 with an upper bound, 反向 with a lower bound (word comparators too): reported on the direction cell.
        var project = SeedData.Sound
            .WithIndicator(1, i => i with { Direction = IndicatorDirection.Negative })
            .WithIndicator(3, i => i with { Direction = IndicatorDirection.Positive })
            .WithIndicator(6, i => i with { Target = "不低于95%", Direction = IndicatorDirection.Negative });
        var hits = SeedData.Validate(project).Hits("PT312");
        Assert.Equal(["/projects/0/indicators/1/direction", "/projects/0/indicators/3/direction", "/projects/0/indicators/6/direction"], hits.Select(f => f.Pointer));
        Assert.All(hits, f => Assert.Equal(Severity.Warning, f.Severity));
        Assert.Contains("反向", hits[0].Message, StringComparison.Ordinal);
        Assert.Contains("≤52.9万元", hits[1].Message, StringComparison.Ordinal);
        var english = SeedData.Validate(SeedData.With(project), TargetValidator.CreateBuilder().UseCulture(Language.English).Build()).Hits("PT312");
        Assert.Contains("a lower bound", english[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PT312_near_miss_directions_that_agree_exact_values_and_no_comparator()
    {
        var project = SeedData.Sound
            .WithIndicator(0, i => i with { Direction = IndicatorDirection.Negative })          // 1个: no comparator
            .WithIndicator(1, i => i with { Direction = IndicatorDirection.Positive })          // ≥95%
            .WithIndicator(2, i => i with { Target = "=0次", Direction = IndicatorDirection.Negative })
            .WithIndicator(3, i => i with { Direction = IndicatorDirection.Negative })          // ≤52.9万元
            .WithIndicator(4, i => i with { Direction = IndicatorDirection.Positive })          // 得到保障: qualitative
            .WithIndicator(5, i => i with { Target = "3%～5%", Direction = IndicatorDirection.Negative });
        SeedData.Validate(project).None("PT312");

        // Without a direction nothing is compared.
        SeedData.Validate(SeedData.Sound.WithIndicator(3, i => i with { Direction = null })).None("PT312");
    }

    [Fact]
    public void PT311_near_miss_a_one_year_period_or_period_targets_of_their_own()
    {
        var oneYear = SeedData.Sound with { ImplementationPeriod = new ImplementationPeriod { Start = "2024-01", End = "2024-12" }, PeriodIndicators = SeedData.Sound.Indicators };
        SeedData.Validate(oneYear).None("PT311");

        var cumulative = SeedData.Sound with
        {
            ImplementationPeriod = new ImplementationPeriod { Start = "2024-01", End = "2026-12" },
            PeriodIndicators = SeedData.Sound.Indicators.SetItem(0, SeedData.Sound.Indicators[0] with { Target = "3个" }),
        };
        SeedData.Validate(cumulative).None("PT311");

        var fewer = SeedData.Sound with { PeriodIndicators = SeedData.Sound.Indicators.RemoveAt(6) };
        SeedData.Validate(fewer).None("PT311");
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
