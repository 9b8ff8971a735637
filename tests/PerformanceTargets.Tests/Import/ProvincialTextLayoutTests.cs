using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;
using static PerformanceTargets.Tests.Import.DocxBuilder;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Project tables written the way other provinces write them, read by the text layout (and, through the same table
/// logic, from a Word document): the national 项目支出绩效目标申报表 (a single table with no part headings, 主管部门 and
/// 实施单位, budget rows stacked under 项目资金（万元）, 总体目标 with the sub-labels 实施期目标 and 年度目标, a 绩效指标
/// column merged in front of the indicators), labels with a colon, a 序号 column and a header repeated on a new page.
/// Each case has a nearby input that still gets its diagnostic.
/// </summary>
public class ProvincialTextLayoutTests
{
    private static string National => File.ReadAllText(TestPaths.TestData("Import", "national-form-2024.txt"), Encoding.UTF8);

    private static string Variants => File.ReadAllText(TestPaths.TestData("Import", "province-variants-2024.txt"), Encoding.UTF8);

    private static Project Only(ImportResult result)
    {
        Assert.Empty(result.Errors());
        return Assert.Single(result.Document!.Projects);
    }

    [Fact]
    public void The_national_form_imports_as_one_titled_table_with_its_unit_budget_goals_and_indicators()
    {
        var result = ImportFixtures.Import(National);
        var project = Only(result);

        Assert.Equal(2024, result.Document!.FiscalYear);
        Assert.Equal(1, project.Sequence);
        Assert.Equal("乡村学校营养改善计划", project.Name);
        Assert.Equal("某县第一中学", project.Unit!.Name); // the 实施单位, not the 主管部门
        Assert.Equal("120.50", project.Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(100.00m, project.Budget.Fiscal);
        Assert.Equal(20.50m, project.Budget.Other);
        Assert.Equal(AmountUnit.TenThousandYuan, result.Document.AmountUnit);
        Assert.Equal(["三年内学生营养餐全覆盖"], project.PeriodGoals.ToArray());
        Assert.Equal(["保障学生营养餐供应；", "提高学生健康水平。"], project.Goals.ToArray());
        Assert.Equal(
            ["产出指标/数量指标/受益学生人数/≥3000人", "产出指标/质量指标/食品安全事故发生率/=0", "效益指标/社会效益指标/学生营养状况/明显改善", "满意度指标/服务对象满意度指标/家长满意度/≥90%"],
            project.Indicators.Select(i => i.Level1 + "/" + i.Level2 + "/" + i.Name + "/" + i.Target));
        Assert.Empty(project.PeriodIndicators);
        Assert.Empty(result.WithCode(ImportDiagnosticCodes.IgnoredText));
        Assert.Empty(result.WithCode(ImportDiagnosticCodes.TitleMismatch));
    }

    [Fact]
    public void A_label_in_front_of_the_indicator_header_that_is_no_group_label_is_still_unknown()
    {
        var result = ImportFixtures.Import(National.Replace("\t绩效指标\n", "\t考核指标\n", StringComparison.Ordinal));

        Assert.Contains(result.WithCode(ImportDiagnosticCodes.UnknownLabel), d => d.Text.English.Contains("\"考核指标\"", StringComparison.Ordinal));
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.TableCutShort), _ => true);
    }

    [Fact]
    public void Stacked_budget_rows_without_a_total_still_lack_the_budget()
    {
        var result = ImportFixtures.Import(National.Replace("\t年度资金总额\n", "\t年度资金合计\n", StringComparison.Ordinal));

        Assert.Contains(result.WithCode(ImportDiagnosticCodes.MissingValue), d => d.Text.English.Contains("预算数", StringComparison.Ordinal));
        Assert.Empty(result.Document!.Projects);
    }

    [Fact]
    public void The_supervising_department_is_the_unit_when_no_implementing_unit_is_named_and_an_unknown_unit_label_is_refused()
    {
        var department = Only(ImportFixtures.Import(National.Replace("\t实施单位\n\t某县第一中学\n", string.Empty, StringComparison.Ordinal)));
        Assert.Equal("某县教育局", department.Unit!.Name);

        var unknown = ImportFixtures.Import(National.Replace("\t主管部门\n", "\t主管单位\n", StringComparison.Ordinal));
        Assert.Contains(unknown.WithCode(ImportDiagnosticCodes.UnknownLabel), d => d.Text.English.Contains("\"主管单位\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Goal_sub_labels_say_which_list_the_text_goes_to_and_are_never_goals_themselves()
    {
        var project = Only(ImportFixtures.Import(Variants));
        Assert.Equal(["保障学生按时足额获得资助"], project.Goals.ToArray());
        Assert.Empty(project.PeriodGoals);

        // 总体目标 | 年度目标, the text in the row below: an annual goal.
        var below = Only(ImportFixtures.Import(Variants.Replace("\t绩效目标\n\t年度目标\n\t保障", "\t总体目标\n\t年度目标\n\n\t\n\t保障", StringComparison.Ordinal)));
        Assert.Equal(["保障学生按时足额获得资助"], below.Goals.ToArray());
        Assert.Empty(below.PeriodGoals);

        // The same list given a second time is still a duplicate (PTI112), not a second goal.
        var twice = ImportFixtures.Import(Variants.Replace("\t绩效目标\n\t年度目标\n\t保障学生按时足额获得资助\n", "\t绩效目标\n\t年度目标\n\t保障学生按时足额获得资助\n\n\t年度目标\n\t再次填写\n", StringComparison.Ordinal));
        Assert.Equal(["保障学生按时足额获得资助"], Only(twice).Goals.ToArray());
        Assert.Contains(twice.WithCode(ImportDiagnosticCodes.DuplicateField), d => d.Text.English.StartsWith("\"年度目标\" appears a second time", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_with_a_colon_a_serial_number_column_and_a_repeated_header_import_as_one_annual_list()
    {
        var result = ImportFixtures.Import(Variants);
        var project = Only(result);

        Assert.Equal("学生资助", project.Name);
        Assert.Null(project.Code);
        Assert.Equal(120.50m, project.Budget.Total);
        Assert.Equal(["资助学生人数", "资助准确率", "辍学率", "受助学生满意度"], project.Indicators.Select(i => i.Name));
        Assert.Equal("产出指标", project.Indicators[1].Level1); // the empty 一级指标 continues, whatever the 序号
        Assert.Empty(project.PeriodIndicators);
        Assert.Empty(result.Diagnostics.Where(d => d.Code is ImportDiagnosticCodes.UnknownLabel or ImportDiagnosticCodes.DuplicateField or "PTI204"));
    }

    [Fact]
    public void A_label_with_another_ending_is_still_unknown()
    {
        var result = ImportFixtures.Import(Variants.Replace("\t项目名称：\n", "\t项目名称：。\n", StringComparison.Ordinal));

        Assert.Contains(result.WithCode(ImportDiagnosticCodes.UnknownLabel), d => d.Text.English.Contains("\"项目名称：。\"", StringComparison.Ordinal));
        Assert.Empty(result.Document!.Projects);
    }

    [Fact]
    public void A_second_header_after_a_period_caption_or_period_goals_starts_the_period_indicators()
    {
        var captioned = Only(ImportFixtures.Import(Variants.Replace("\t序号\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t3\n", "\t实施期绩效指标\n\n\t序号\n\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\n\t3\n", StringComparison.Ordinal)));
        Assert.Equal(["资助学生人数", "资助准确率"], captioned.Indicators.Select(i => i.Name));
        Assert.Equal(["辍学率", "受助学生满意度"], captioned.PeriodIndicators.Select(i => i.Name));

        var periodGoals = Only(ImportFixtures.Import(Variants.Replace("\t绩效目标\n\t年度目标\n\t保障学生按时足额获得资助\n", "\t绩效目标\n\t年度目标\n\t保障学生按时足额获得资助\n\n\t实施期目标\n\t三年内资助全覆盖\n", StringComparison.Ordinal)));
        Assert.Equal(["三年内资助全覆盖"], periodGoals.PeriodGoals.ToArray());
        Assert.Equal(["辍学率", "受助学生满意度"], periodGoals.PeriodIndicators.Select(i => i.Name));
    }

    [Fact]
    public void A_serial_number_header_without_its_target_column_is_still_refused()
    {
        var result = ImportFixtures.Import(Variants.Replace("\t三级指标\n\t指标值\n\n\t1\n", "\t三级指标\n\t备注\n\n\t1\n", StringComparison.Ordinal));

        Assert.Contains(result.WithCode(ImportDiagnosticCodes.MissingValue), d => d.Text.English.Contains("指标值", StringComparison.Ordinal));
    }

    [Fact]
    public void A_standalone_table_title_is_the_title_and_a_line_that_is_no_title_is_still_ignored()
    {
        var untitled = ImportFixtures.Import(National.Replace("1.乡村学校营养改善计划绩效目标表", "乡村学校营养改善计划明细", StringComparison.Ordinal));
        Assert.Contains(untitled.WithCode(ImportDiagnosticCodes.IgnoredText), d => d.Text.English.Contains("乡村学校营养改善计划明细", StringComparison.Ordinal));
        Assert.Contains(untitled.WithCode(ImportDiagnosticCodes.TitleMismatch), d => d.Text.English.Contains("no title line", StringComparison.Ordinal));

        var unnumbered = ImportFixtures.Import(National.Replace("1.乡村学校营养改善计划绩效目标表", "乡村学校营养改善计划绩效目标表", StringComparison.Ordinal));
        Assert.Empty(unnumbered.WithCode(ImportDiagnosticCodes.IgnoredText));
        Assert.Contains(unnumbered.WithCode(ImportDiagnosticCodes.TitleMismatch), d => d.Text.English.Contains("does not start with a sequence number", StringComparison.Ordinal));
    }

    [Fact]
    public void The_national_form_as_a_word_document_reads_as_its_text_does()
    {
        Cell[][] rows =
        [
            ["项目名称", "乡村学校营养改善计划"],
            ["主管部门", "某县教育局", "实施单位", "某县第一中学"],
            [Cell.Restart("项目资金（万元）"), "年度资金总额", "120.50"],
            [Cell.Continue(), "其中：财政拨款", "100.00"],
            [Cell.Continue(), "其他资金", "20.50"],
            ["绩效目标", "年度目标", "保障学生营养餐供应"],
            [Cell.Restart("绩效指标"), "一级指标", "二级指标", "三级指标", "指标值"],
            [Cell.Continue(), "产出指标", "数量指标", "受益学生人数", "≥3000人"],
            [Cell.Continue(), "一级指标", "二级指标", "三级指标", "指标值"],
            [Cell.Continue(), "满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"],
        ];
        var docx = Build("2024年项目支出绩效目标申报表", "1.乡村学校营养改善计划绩效目标表", new Tbl(rows));
        var result = TargetImporter.Import(docx, new ImportOptions { FileName = "test.docx" });
        var project = Only(result);

        Assert.Equal(1, project.Sequence);
        Assert.Equal("某县第一中学", project.Unit!.Name);
        Assert.Equal(120.50m, project.Budget.Total);
        Assert.Equal(20.50m, project.Budget.Other);
        Assert.Equal(["保障学生营养餐供应"], project.Goals.ToArray());
        Assert.Equal(["受益学生人数", "家长满意度"], project.Indicators.Select(i => i.Name));
        Assert.Empty(project.PeriodIndicators);
    }
}
