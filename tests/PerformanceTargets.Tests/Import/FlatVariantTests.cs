using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Model;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Flat tables written the way other provinces write them (TestData/Import/flat-*.csv): notes under the table, a header
/// repeated or a second table, weights in 分, header variants, and the value forms of amounts, attributes, periods and
/// directions; each next to a near input that still gets its diagnostic.
/// </summary>
public class FlatVariantTests
{
    private static ImportResult ImportFile(string file) =>
        TargetImporter.Import(File.ReadAllBytes(TestPaths.TestData("Import", file)), new ImportOptions { FileName = file });

    private static ImportResult ImportCsv(string csv) =>
        TargetImporter.Import(Encoding.UTF8.GetBytes(csv), new ImportOptions { FileName = "flat.csv" });

    private static string Text(ImportResult result) => string.Join("\n", result.Diagnostics);

    [Fact]
    public void Notes_and_signature_lines_under_the_table_are_left_out_with_an_information()
    {
        var result = ImportFile("flat-notes-under-table.csv");

        Assert.True(result.Success, Text(result));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
        var project = Assert.Single(result.Document!.Projects);
        Assert.Equal("学生资助", project.Name);
        Assert.Equal(["≥500人", "≤1%", "≥90%"], project.Indicators.Select(i => i.Target));
        var notes = result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.IgnoredText).ToList();
        Assert.Equal([6, 7, 8], notes.Select(d => d.Location!.Line));
        Assert.All(notes, d => Assert.Equal(Severity.Info, d.Severity));
        Assert.Contains("注：本表金额单位为万元。", notes[0].Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_in_a_sheet_are_left_out_too()
    {
        var workbook = XlsxBuilder.Build(("Sheet1", new object?[][]
        {
            ["2024年项目支出绩效目标表"],
            ["项目名称", "预算数（万元）", "一级指标", "二级指标", "三级指标", "指标值"],
            ["学生资助", "120.5", "产出指标", "数量指标", "资助学生人数", "≥500人"],
            ["注：本表由财政部门审核。"],
        }));
        var result = TargetImporter.Import(workbook, new ImportOptions { FileName = "notes.xlsx" });

        Assert.True(result.Success, Text(result));
        Assert.Single(result.Document!.Projects);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.IgnoredText && d.Severity == Severity.Info);
    }

    [Fact]
    public void A_row_under_the_table_that_is_not_a_note_is_still_a_project_and_still_needs_its_budget()
    {
        var csv = File.ReadAllText(TestPaths.TestData("Import", "flat-notes-under-table.csv"))
            .Replace("注：本表金额单位为万元。,,,,,", "助学补助,,产出指标,数量指标,补助人数,≥100人", StringComparison.Ordinal);
        var result = ImportCsv(csv);

        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MissingValue && d.Severity == Severity.Error && d.Location!.Line == 6);

        // A project whose name starts with 注 (注册…) is no note.
        csv = csv.Replace("助学补助,,产出指标,数量指标,补助人数,≥100人", "注册会计师培训,,,,,", StringComparison.Ordinal);
        result = ImportCsv(csv);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MissingValue && d.Severity == Severity.Error && d.Location!.Line == 6);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.IgnoredText && d.Location!.Line == 6);
    }

    [Fact]
    public void Weights_written_in_points_are_read_as_numbers_by_the_points_grammar()
    {
        var result = ImportFile("flat-weights-in-points.csv");

        Assert.True(result.Success, Text(result));
        var project = Assert.Single(result.Document!.Projects);
        Assert.Equal([10m, 20m, 10m, 50m, 10m], project.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(["≥10,000人", "≥95%", "＝2024年12月31日前", "≥30%", "≥90%"], project.Indicators.Select(i => i.Target));
    }

    [Fact]
    public void A_weight_that_is_not_a_number_of_points_is_still_an_error()
    {
        var csv = File.ReadAllText(TestPaths.TestData("Import", "flat-weights-in-points.csv")).Replace("（20分）", "二十分", StringComparison.Ordinal);
        var result = ImportCsv(csv);

        var error = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("二十分", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Points_in_brackets_are_read_in_a_self_evaluation_table()
    {
        var result = ImportCsv(
            "2024年项目支出绩效自评表\n"
            + "项目名称,全年预算数（万元）,全年执行数（万元）,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分\n"
            + "学生资助,120.5,118,产出指标,数量指标,资助学生人数,≥500人,520人,（60分）,60分\n"
            + ",,,满意度指标,服务对象满意度指标,满意度,≥90%,95%,40,38 分\n");

        Assert.True(result.Success, Text(result));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
        var indicators = result.Document!.Projects[0].Indicators;
        Assert.Equal([60m, 40m], indicators.Select(i => i.Evaluation!.Points!.Value));
        Assert.Equal([60m, 38m], indicators.Select(i => i.Evaluation!.Score!.Value));
    }

    [Fact]
    public void A_repeated_header_row_is_left_out_and_a_second_title_block_and_header_go_on_with_the_next_table()
    {
        var result = ImportFile("flat-two-tables.csv");

        Assert.True(result.Success, Text(result));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
        var document = result.Document!;
        Assert.Equal(AmountUnit.TenThousandYuan, document.AmountUnit);
        Assert.Equal(["项目甲", "项目乙", "项目丙"], document.Projects.Select(p => p.Name));
        Assert.Equal([10m, 20m, 30m], document.Projects.Select(p => p.Budget.Total));
        Assert.Equal([2, 1, 2], document.Projects.Select(p => p.Indicators.Length));
        Assert.Equal([6, 9, 10, 11], result.Diagnostics.Where(d => d.Code == ImportDiagnosticCodes.IgnoredText).Select(d => d.Location!.Line));
    }

    [Fact]
    public void A_second_table_stating_another_amount_unit_is_still_an_error()
    {
        var csv = File.ReadAllText(TestPaths.TestData("Import", "flat-two-tables.csv"));
        var second = csv.LastIndexOf("单位：万元", StringComparison.Ordinal);
        var result = ImportCsv(csv.Substring(0, second) + "单位：元" + csv.Substring(second + "单位：万元".Length));

        var error = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.AmountUnit && d.Severity == Severity.Error);
        Assert.Equal(10, error.Location!.Line);
    }

    [Fact]
    public void A_second_header_with_other_columns_maps_the_rows_below_it_by_its_own_columns()
    {
        var result = ImportCsv(
            "2024年项目支出绩效目标表\n"
            + "项目名称,预算数,一级指标,二级指标,三级指标,指标值\n"
            + "项目甲,10,产出指标,数量指标,培训人次,≥100人次\n"
            + "项目名称,一级指标,二级指标,三级指标,指标值,预算数\n"
            + "项目乙,产出指标,数量指标,设备数量,5台,20\n");

        Assert.True(result.Success, Text(result));
        Assert.Equal([10m, 20m], result.Document!.Projects.Select(p => p.Budget.Total));
        Assert.Equal("5台", result.Document.Projects[1].Indicators[0].Target);
    }

    [Theory]
    [InlineData("权重（％）")]
    [InlineData("权重％")]
    [InlineData("权重%")]
    [InlineData("权重(％)")]
    [InlineData("分值（分）")]
    [InlineData("分值(分)")]
    public void Weight_header_variants_are_recognised(string header)
    {
        var result = ImportCsv("2024年项目支出绩效目标表\n项目名称,预算数,一级指标,二级指标,三级指标,指标值," + header + "\n甲,1,产出指标,数量指标,培训人次,≥100人次,10\n");

        Assert.True(result.Success, Text(result));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
        Assert.Equal(10m, result.Document!.Projects[0].Indicators[0].Weight);
    }

    [Theory]
    [InlineData("２０２４年")]
    [InlineData("２０２４-２０２６年")]
    [InlineData("２０２４年１月１日至２０２４年１２月３１日")]
    public void A_period_in_full_width_digits_is_a_clear_diagnostic_not_a_crash(string period)
    {
        // Regular expressions' \d matches full-width digits, which int.Parse refuses: the grammar takes ASCII digits only.
        var result = ImportCsv("2024年项目支出绩效目标表\n项目名称,预算数,项目实施期,一级指标,二级指标,三级指标,指标值\n甲,1,\"" + period + "\",产出指标,数量指标,培训人次,≥100人次\n");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidValue);
        Assert.Contains(period, diagnostic.Text.English, StringComparison.Ordinal);
        Assert.Null(result.Document!.Projects[0].ImplementationPeriod);
    }

    [Theory]
    [InlineData("2024年7月31日", "2024-07-31")]
    [InlineData("2024.7.31", "2024-07-31")]
    [InlineData("２０２４-０７-３１", null)]
    public void A_monitoring_date_is_read_by_the_one_date_grammar(string date, string? asOf)
    {
        var result = ImportCsv("2024年项目支出绩效运行监控表\n项目名称,预算数,一级指标,二级指标,三级指标,指标值,执行情况,监控时点\n甲,1,产出指标,数量指标,培训人次,≥100人次,80人次," + date + "\n");

        Assert.True(result.Success, Text(result));
        Assert.Equal(asOf, result.Document!.Projects[0].Monitoring?.AsOf);
        if (asOf is null)
        {
            Assert.Contains(result.Diagnostics, d => d.Text.English.Contains(date, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_year_in_front_of_a_header_is_not_part_of_its_name_and_states_the_fiscal_year()
    {
        var result = ImportCsv("项目名称,2024年预算数（万元）,一级指标,二级指标,三级指标,指标值\n甲,1.5,产出指标,数量指标,培训人次,≥100人次\n");

        Assert.True(result.Success, Text(result));
        Assert.Equal(2024, result.Document!.FiscalYear);
        Assert.Equal(AmountUnit.TenThousandYuan, result.Document.AmountUnit);
        Assert.Equal(1.5m, result.Document.Projects[0].Budget.Total);
    }

    [Fact]
    public void A_year_in_front_of_an_unknown_header_leaves_it_unknown()
    {
        var result = ImportCsv("项目名称,2024年预算额,一级指标,二级指标,三级指标,指标值\n甲,1.5,产出指标,数量指标,培训人次,≥100人次\n");

        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.UnknownColumn && d.Text.English.Contains("2024年预算额", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MissingColumn && d.Severity == Severity.Error);
    }

    [Fact]
    public void Amount_marks_units_attributes_periods_and_a_direction_in_the_kind_column_are_read()
    {
        var result = ImportFile("flat-value-forms.csv");

        Assert.True(result.Success, Text(result));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
        var projects = result.Document!.Projects;
        Assert.Equal(AmountUnit.TenThousandYuan, result.Document.AmountUnit);
        Assert.Equal([120.5m, 80m, 30m, 10m], projects.Select(p => p.Budget.Total));
        Assert.All(projects, p => Assert.Equal(0m, p.Budget.Other));
        Assert.Equal([ProjectAttribute.Continuing, ProjectAttribute.New, ProjectAttribute.Continuing, ProjectAttribute.New], projects.Select(p => p.Attribute!.Value));
        Assert.Equal(
            ["2024-01..2024-12", "2024-01..2026-12", "2024-01..2024-12", "2024-01..2026-12"],
            projects.Select(p => p.ImplementationPeriod!.Start + ".." + p.ImplementationPeriod.End));

        var books = projects[2].Indicators;
        Assert.Equal(["≥3000册", "2%", "90%"], books.Select(i => i.Target));
        Assert.Equal([null, IndicatorDirection.Negative, IndicatorDirection.Positive], books.Select(i => i.Direction));
        Assert.Equal([40m, 30m, 30m], books.Select(i => i.Weight!.Value));
    }

    [Fact]
    public void Values_that_are_not_in_the_grammar_still_get_their_diagnostics()
    {
        var csv = File.ReadAllText(TestPaths.TestData("Import", "flat-value-forms.csv"))
            .Replace("120.5万元", "1205000元", StringComparison.Ordinal)
            .Replace("新增性项目", "一次性项目", StringComparison.Ordinal)
            .Replace("2024年1月1日至2024年12月31日", "1年", StringComparison.Ordinal)
            .Replace(",—,", ",？,", StringComparison.Ordinal)
            .Replace("反向,2", "提高,2", StringComparison.Ordinal);
        var result = ImportCsv(csv);

        var unit = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber && d.Text.English.Contains("1205000元", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, unit.Severity);
        Assert.Contains("in 万元", unit.Text.English, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber && d.Text.English.Contains("\"？\"", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidValue && d.Text.English.Contains("一次性项目", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidValue && d.Text.English.Contains("\"1年\"", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.UnknownComparator && d.Text.English.Contains("提高", StringComparison.Ordinal));
        Assert.Equal("提高2%", result.Document!.Projects.Single(p => p.Name == "图书购置").Indicators[1].Target);
    }

    [Fact]
    public void A_total_written_as_a_dash_is_still_missing()
    {
        var result = ImportCsv("2024年项目支出绩效目标表\n项目名称,预算数（万元）,一级指标,二级指标,三级指标,指标值\n甲,-,产出指标,数量指标,培训人次,≥100人次\n");

        Assert.Contains(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber && d.Severity == Severity.Error);
    }
}
