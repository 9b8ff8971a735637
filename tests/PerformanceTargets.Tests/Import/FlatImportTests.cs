using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Import;

/// <summary>Flat indicator tables (one row per indicator) from CSV and XLSX files built by the tests.</summary>
public class FlatImportTests
{
    private static readonly string[] Header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"];

    // Tables 1 and 3 of the seed as a provincial flat table would hold them, amounts in 元.
    private static readonly string?[][] Rows =
    [
        ["怀来县官厅镇人民政府", "官厅镇村干部工资", "675,400.00", "1.加大村级组织建设保障力度；2.确保村级组织机构的正常运转。", "产出指标", "数量指标", "行政村数量", "=", "21", "个", "20", "正向"],
        [null, null, null, null, null, "质量指标", "足额发放率", "≥", "95", "%", "20", "正向"],
        [null, null, null, null, null, "成本指标", "预算成本内", "≤", "675400", "元", "10", "反向"],
        [null, null, null, null, "效益指标", "社会效益指标", " 加强村干部工作稳定性", "定性", "得到提升", null, "30", "正向"],
        [null, null, null, null, "满意度指标", "服务对象满意度指标", "村干部满意度", "≥", "95", "%", "20", "正向"],
        ["怀来县官厅镇人民政府", "官厅镇怀财字【2024】7号防火经费", "210,000.00", "目标内容1", "产出指标", "数量指标", "年度服务部门数量", "≥", "95", "百分比", "50", "正向"],
        [null, null, null, null, "满意度指标", "服务对象满意度指标", "服务满意度", "≥", "95", "%", "50", "正向"],
    ];

    internal static string Csv(string[] header, string?[][] rows, string delimiter = ",", params string[] titleLines)
    {
        var text = new StringBuilder();
        foreach (var title in titleLines)
        {
            text.Append(title).Append('\n');
        }

        text.Append(string.Join(delimiter, header.Select(Quote))).Append('\n');
        foreach (var row in rows)
        {
            text.Append(string.Join(delimiter, row.Select(c => Quote(c ?? string.Empty)))).Append('\n');
        }

        return text.ToString();

        string Quote(string cell) =>
            cell.IndexOfAny([',', '"', '\n', ';']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    private static ImportResult ImportCsv(string csv, ImportOptions? options = null) =>
        TargetImporter.Import(Encoding.UTF8.GetBytes(csv), options ?? new ImportOptions { FileName = "flat.csv" });

    private static string SeedLikeCsv() => Csv(Header, Rows, ",", "2024年项目支出绩效目标表", "单位：元");

    [Fact]
    public void A_csv_flat_table_imports_into_the_model_with_targets_composed_from_the_split_columns()
    {
        var result = ImportCsv(SeedLikeCsv());
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(ImportLayout.Flat, result.Layout);
        var document = result.Document;
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal("2024年项目支出绩效目标表", document.Title);
        Assert.Equal(AmountUnit.Yuan, document.AmountUnit);
        Assert.Equal(IndicatorFramework.Framework2020, document.Framework);
        Assert.Equal("怀来县官厅镇人民政府", document.Department!.Name);
        Assert.Equal(2, document.Projects.Length);

        var wages = document.Projects[0];
        Assert.Equal("官厅镇村干部工资", wages.Name);
        Assert.Null(wages.FundingReference);
        Assert.Equal("675400.00", wages.Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new[] { "加大村级组织建设保障力度；", "确保村级组织机构的正常运转。" }, wages.Goals);
        Assert.Equal("怀来县官厅镇人民政府", wages.Unit!.Name);
        Assert.Equal(
            ["=21个", "≥95%", "≤675400元", "得到提升", "≥95%"],
            wages.Indicators.Select(i => i.Target));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "满意度指标"], wages.Indicators.Select(i => i.Level1));
        Assert.Equal(" 加强村干部工作稳定性", wages.Indicators[3].Name);
        Assert.Equal([20m, 20m, 10m, 30m, 20m], wages.Indicators.Select(i => i.Weight!.Value));
        Assert.Equal(100m, wages.Indicators.Sum(i => i.Weight!.Value));
        Assert.Equal(IndicatorDirection.Negative, wages.Indicators[2].Direction);
        Assert.Equal(IndicatorDirection.Positive, wages.Indicators[0].Direction);
        Assert.All(wages.Indicators, i => Assert.Null(i.Description));

        var fire = document.Projects[1];
        Assert.Equal("怀财字【2024】7号", fire.FundingReference);
        Assert.Equal(210000m, fire.Budget.Total);
        Assert.Equal(new[] { "目标内容1" }, fire.Goals);
        Assert.Equal("≥95百分比", fire.Indicators[0].Target); // kept as spelled: the validator reports it
        Assert.Equal(2, fire.Indicators.Length);
    }

    [Fact]
    public void Flat_values_remember_their_line_row_and_column()
    {
        var result = ImportCsv(SeedLikeCsv());
        var map = result.SourceMap;
        var name = map.Find("/projects/0/name")!;
        Assert.Equal((4, 4, 1), (name.Line, name.Row, name.Table));
        Assert.Equal("flat.csv", name.File);
        Assert.Equal(SeedLikeCsv().Split('\n')[3].IndexOf("官厅镇村干部工资", StringComparison.Ordinal) + 1, name.Column);

        var target = map.Find("/projects/0/indicators/1/target")!;
        Assert.Equal((5, 5, 1), (target.Line, target.Row, target.Table));
        var level1 = map.Find("/projects/0/indicators/2/level1")!;
        Assert.Equal(4, level1.Line); // carried down from the first row of the project
        Assert.Equal((9, 2), (map.Find("/projects/1/indicators/0/weight")!.Line, map.Find("/projects/1")!.Table));
        Assert.Equal(1, map.Find("/fiscalYear")!.Line);
        Assert.Equal(2, map.Find("/amountUnit")!.Line);
    }

    [Fact]
    public void Every_value_imported_from_a_flat_table_has_a_source_location()
    {
        var header = Header.Concat(new[] { "财政资金", "其他资金", "指标解释", "指标值确定依据" }).ToArray();
        var rows = Rows.Select(r => r.Concat(r[1] is null ? new string?[] { null, null, "说明", "计划标准" } : new string?[] { "1,000", null, "说明", "计划标准" }).ToArray()).ToArray();
        var result = ImportCsv(Csv(header, rows, ",", "2024年项目支出绩效目标表", "单位：元"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var unmapped = ImportFixtures.LeafPointers(result.Document).Where(p => p is not ("/schemaVersion" or "/framework") && !result.SourceMap.TryGetExact(p, out _)).ToList();
        Assert.Empty(unmapped);
        Assert.Equal(0m, result.Document.Projects[0].Budget.Other); // an empty cell is 0, located at that cell
        Assert.Equal(4, result.SourceMap.Find("/projects/0/budget/other")!.Line);
    }

    [Fact]
    public void Header_names_are_matched_with_their_common_variants()
    {
        string[] header = ["序号", "预算单位", "项目", "预算数（万元）", "年度绩效目标", "一级指标", "二级指标", "指标名称", "指标解释", "比较符", "目标值", "计量单位", "权重（%）", "指标方向", "绩效标准", "年度"];
        string?[][] rows =
        [
            ["1", "816001", "垃圾清运", "104.00", "保持环境整洁", "产出指标", "数量指标", "清运村数", "清运的行政村个数", ">=", "21", "个", "60", "正向", "计划标准", "2024"],
            ["2", null, null, null, null, "满意度指标", "服务对象满意度指标", "群众满意度", "抽样调查", "≥", "90", "%", "40", "正向", "历史标准", null],
        ];
        var result = ImportCsv(Csv(header, rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var document = result.Document;
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal(AmountUnit.TenThousandYuan, document.AmountUnit);
        var project = Assert.Single(document.Projects);
        Assert.Equal("104.00", project.Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([">=21个", "≥90%"], project.Indicators.Select(i => i.Target));
        Assert.Equal(["清运的行政村个数", "抽样调查"], project.Indicators.Select(i => i.Description));
        Assert.Equal(["计划标准", "历史标准"], project.Indicators.Select(i => i.Basis));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= Severity.Warning));
    }

    [Fact]
    public void A_gb18030_csv_with_semicolons_quotes_and_line_breaks_imports()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string?[][] rows =
        [
            ["怀来县官厅镇人民政府", "项目;\"甲\"", "1,000.50", "1.第一行\n2.第二行", "产出指标", "数量指标", "个数", "=", "3", "个", "100", "正向"],
        ];
        var csv = Csv(Header, rows, ";", "2024年绩效目标");
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(csv);
        var result = TargetImporter.Import(bytes);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(ImportEncoding.Gb18030, result.Encoding);
        var project = Assert.Single(result.Document.Projects);
        Assert.Equal("项目;\"甲\"", project.Name);
        Assert.Equal(1000.50m, project.Budget.Total);
        Assert.Equal(new[] { "第一行", "第二行" }, project.Goals);
        var target = result.SourceMap.Find("/projects/0/indicators/0/target")!;
        Assert.Equal((4, 3), (target.Line, target.Row)); // record 3 starts on line 3; its quoted goal cell spans two lines

        var forced = TargetImporter.Import(bytes, new ImportOptions { Encoding = ImportEncoding.Gb18030, Layout = ImportLayout.Flat });
        Assert.Equal(result.Document, forced.Document);
    }

    [Fact]
    public void A_csv_without_a_required_column_names_it_and_imports_nothing()
    {
        var header = Header.Where(h => h != "指标值").ToArray();
        var rows = Rows.Select(r => r.Where((_, i) => i != 8).ToArray()).ToArray();
        var result = ImportCsv(Csv(header, rows, ",", "2024年"));
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.MissingColumn, error.Code);
        Assert.Equal((2, 2), (error.Location?.Line, error.Location?.Row));
        Assert.Contains("指标值", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("\"项目名称\"", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_missing_cells_is_an_error_naming_the_row_and_the_rest_is_imported()
    {
        var csv = SeedLikeCsv().Split('\n').ToList();
        csv[4] = "  ,,,,,质量指标,足额发放率,≥,95"; // row 5 lost its last three cells
        var result = ImportCsv(string.Join("\n", csv));
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.RowCellCount, error.Code);
        Assert.Equal((5, 5), (error.Location?.Line, error.Location?.Row));
        Assert.Contains("9 cells where the header has 12", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("度量单位", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("足额发放率", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(4, result.Document!.Projects[0].Indicators.Length);
        Assert.Equal(2, result.Document.Projects[1].Indicators.Length);
    }

    [Fact]
    public void An_unknown_column_is_a_warning_and_extra_cells_beyond_the_header_are_errors()
    {
        string[] header = [.. Header, "联系人"];
        var rows = Rows.Select(r => (string?[])[.. r, "张三"]).ToArray();
        var result = ImportCsv(Csv(header, rows, ",", "2024年"));
        var warning = Assert.Single(result.WithCode(ImportDiagnosticCodes.UnknownColumn));
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("联系人", warning.Text.English, StringComparison.Ordinal);
        Assert.Equal((2, 2), (warning.Location?.Line, warning.Location?.Row));
        Assert.True(warning.Location?.Column > 1);
        Assert.True(result.Success);

        var csv = SeedLikeCsv().Split('\n').ToList();
        csv[3] += ",多余";
        result = ImportCsv(string.Join("\n", csv));
        var error = Assert.Single(result.Errors());
        Assert.Equal((ImportDiagnosticCodes.RowCellCount, 4), (error.Code, error.Location?.Line));
        Assert.Contains("多余", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(5, result.Document!.Projects[0].Indicators.Length);
    }

    [Fact]
    public void Repeated_project_cells_must_agree_and_rows_need_a_project()
    {
        var csv = SeedLikeCsv().Split('\n').ToList();
        csv[4] = "怀来县官厅镇人民政府,官厅镇村干部工资,\"600,000.00\",,,质量指标,足额发放率,≥,95,%,20,正向";
        var result = ImportCsv(string.Join("\n", csv));
        var warning = Assert.Single(result.WithCode(ImportDiagnosticCodes.ConflictingValue));
        Assert.Equal(5, warning.Location?.Line);
        Assert.Contains("600,000.00", warning.Text.English, StringComparison.Ordinal);
        Assert.Equal(675400.00m, result.Document!.Projects[0].Budget.Total);
        Assert.Equal(5, result.Document.Projects[0].Indicators.Length);

        csv = SeedLikeCsv().Split('\n').ToList();
        csv.Insert(3, ",,,,产出指标,数量指标,孤立指标,=,1,个,,");
        result = ImportCsv(string.Join("\n", csv));
        var error = Assert.Single(result.Errors());
        Assert.Equal((ImportDiagnosticCodes.RowWithoutProject, 4), (error.Code, error.Location?.Line));
        Assert.Contains("孤立指标", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(2, result.Document!.Projects.Length);
    }

    [Fact]
    public void Bad_numbers_comparators_and_directions_are_reported()
    {
        var csv = SeedLikeCsv().Split('\n').ToList();
        csv[3] = csv[3].Replace("\"675,400.00\"", "六十七万", StringComparison.Ordinal);
        csv[8] = csv[8].Replace(",50,正向", ",五十,中性", StringComparison.Ordinal).Replace(",≥,", ",约,", StringComparison.Ordinal);
        var result = ImportCsv(string.Join("\n", csv));
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.InvalidNumber && e.Location?.Line == 4 && e.Text.English.Contains("六十七万", StringComparison.Ordinal));
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.InvalidNumber && e.Location?.Line == 9 && e.Text.English.Contains("五十", StringComparison.Ordinal));
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.UnknownDirection), w => w.Location?.Line == 9);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.UnknownComparator), w => w.Location?.Line == 9);
        var project = Assert.Single(result.Document!.Projects); // the first project has no budget: not imported
        Assert.Equal("约95百分比", project.Indicators[0].Target);
        Assert.Null(project.Indicators[0].Weight);
        Assert.Null(project.Indicators[0].Direction);
    }

    [Fact]
    public void An_unclosed_quote_is_an_error_at_its_line()
    {
        var csv = SeedLikeCsv() + "怀来县官厅镇人民政府,\"未闭合,1,目标,产出指标,数量指标,x,=,1,个,1,正向\n";
        var result = ImportCsv(csv);
        var error = Assert.Single(result.Errors());
        Assert.Equal((ImportDiagnosticCodes.CsvSyntax, 11), (error.Code, error.Location?.Line));
        Assert.Equal(2, result.Document!.Projects.Length);
    }

    [Fact]
    public void The_fiscal_year_comes_from_a_year_column_a_title_the_file_name_or_the_options()
    {
        var csv = Csv(Header, Rows);
        var missing = ImportCsv(csv);
        Assert.Null(missing.Document);
        var error = Assert.Single(missing.Errors());
        Assert.Equal(ImportDiagnosticCodes.FiscalYearMissing, error.Code);
        Assert.Contains("--year", error.HintText?.English, StringComparison.Ordinal);

        Assert.Equal(2025, ImportCsv(csv, new ImportOptions { FiscalYear = 2025 }).Document!.FiscalYear);
        Assert.Equal(2023, ImportCsv(csv, new ImportOptions { FileName = "官厅镇2023年绩效目标.csv" }).Document!.FiscalYear);
    }

    [Fact]
    public void An_unstated_amount_unit_is_assumed_to_be_yuan_and_said_so()
    {
        var result = ImportCsv(Csv(Header, Rows, ",", "2024年项目支出绩效目标表"));
        Assert.Equal(AmountUnit.Yuan, result.Document!.AmountUnit);
        Assert.Equal(Severity.Info, Assert.Single(result.WithCode(ImportDiagnosticCodes.AmountUnit)).Severity);
        Assert.Equal(AmountUnit.TenThousandYuan, ImportCsv(Csv(Header, Rows, ",", "2024年"), new ImportOptions { AmountUnit = AmountUnit.TenThousandYuan }).Document!.AmountUnit);
    }

    [Fact]
    public void A_title_row_naming_the_budget_unit_is_not_an_amount_unit()
    {
        var header = Header.Select(h => h == "预算数" ? "预算数（万元）" : h).ToArray();
        var result = ImportCsv(Csv(header, Rows, ",", "2024年项目支出绩效目标表", "预算单位：怀来县官厅镇人民政府"));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(AmountUnit.TenThousandYuan, result.Document.AmountUnit);
        Assert.Equal(3, result.SourceMap.Find("/amountUnit")!.Line);
    }

    [Fact]
    public void Cost_as_a_level1_category_selects_the_2021_framework()
    {
        string?[][] rows = [["某单位", "某项目", "10", "目标", "成本指标", "经济成本指标", "人均成本", "≤", "5", "万元", "100", "反向"]];
        var result = ImportCsv(Csv(Header, rows, ",", "2024年"));
        Assert.Equal(IndicatorFramework.Framework2021, result.Document!.Framework);
        Assert.Single(result.WithCode(ImportDiagnosticCodes.FrameworkDetected));
    }

    private static object?[][] XlsxRows(bool percentCells)
    {
        var rows = new List<object?[]>
        {
            new object?[] { "2024年项目支出绩效目标表" },
            new object?[] { null, null, "单位：元" },
            Header.Cast<object?>().ToArray(),
        };
        foreach (var row in Rows)
        {
            var cells = row.Cast<object?>().ToArray();
            cells[2] = cells[2] is string amount ? decimal.Parse(amount.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) : null;
            if (double.TryParse((string)cells[8]!, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                cells[8] = value;
            }

            cells[10] = int.Parse((string)cells[10]!, System.Globalization.CultureInfo.InvariantCulture);
            if (percentCells && (string?)row[9] == "%")
            {
                cells[8] = new XlsxBuilder.Percent((double)cells[8]! / 100);
                cells[9] = null;
            }

            if (cells[6] is string name && name.StartsWith(' '))
            {
                cells[6] = new XlsxBuilder.Inline(name);
            }

            rows.Add(cells);
        }

        return [.. rows];
    }

    [Fact]
    public void An_xlsx_flat_table_imports_to_the_same_model_as_the_csv()
    {
        var csv = ImportCsv(SeedLikeCsv());
        var bytes = XlsxBuilder.Build(("说明", [["本工作簿为测试数据"]]), ("绩效目标", XlsxRows(percentCells: false)));
        var xlsx = TargetImporter.Import(bytes, new ImportOptions { FileName = "flat.xlsx" });
        Assert.True(xlsx.Success, string.Join("\n", xlsx.Diagnostics));
        Assert.Equal(ImportLayout.Flat, xlsx.Layout);
        Assert.Equal(csv.Document, xlsx.Document);

        // Locations are sheet rows and columns: project 2's budget is cell C9.
        var total = xlsx.SourceMap.Find("/projects/1/budget/total")!;
        Assert.Equal((9, 3, 9), (total.Line, total.Column, total.Row));
    }

    [Fact]
    public void Percent_formatted_cells_read_as_excel_shows_them()
    {
        var bytes = XlsxBuilder.Build(("Sheet1", XlsxRows(percentCells: true)));
        var result = TargetImporter.Import(bytes);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(["=21个", "≥95%", "≤675400元", "得到提升", "≥95%"], result.Document.Projects[0].Indicators.Select(i => i.Target));
    }

    [Fact]
    public void The_sheet_can_be_chosen_and_a_missing_sheet_is_an_error()
    {
        var bytes = XlsxBuilder.Build(("A", XlsxRows(false)), ("B", XlsxRows(false).Take(4).ToArray()));
        var chosen = TargetImporter.Import(bytes, new ImportOptions { SheetName = "B" });
        Assert.Single(chosen.Document!.Projects.Single().Indicators);

        var missing = TargetImporter.Import(bytes, new ImportOptions { SheetName = "C" });
        Assert.Null(missing.Document);
        var error = Assert.Single(missing.Errors());
        Assert.Equal(ImportDiagnosticCodes.SheetNotFound, error.Code);
        Assert.Contains("\"A\" | \"B\"", error.Text.English, StringComparison.Ordinal);

        var none = TargetImporter.Import(XlsxBuilder.Build(("空", [["无表头"]])));
        Assert.Equal(ImportDiagnosticCodes.SheetNotFound, Assert.Single(none.Errors()).Code);
    }

    [Fact]
    public void An_xlsx_without_a_required_column_is_refused_like_a_csv()
    {
        var rows = XlsxRows(false).Select(r => r.Where((_, i) => i != 2).ToArray()).ToArray();
        var result = TargetImporter.Import(XlsxBuilder.Build(("S", rows)));
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.MissingColumn, error.Code);
        Assert.Contains("预算数", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(3, error.Location?.Row);
    }

    [Fact]
    public void A_docx_or_a_damaged_workbook_is_refused_with_a_clear_message()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write("<w:document/>");
        }

        var docx = TargetImporter.Import(stream.ToArray());
        Assert.Contains("Word", Assert.Single(docx.Errors()).Text.English, StringComparison.Ordinal);

        var workbook = XlsxBuilder.Build(("S", XlsxRows(false)));
        var damaged = workbook.Take(workbook.Length / 2).ToArray();
        var result = TargetImporter.Import(damaged);
        Assert.Null(result.Document);
        Assert.Equal(ImportDiagnosticCodes.UnsupportedFormat, Assert.Single(result.Errors()).Code);
    }

    [Fact]
    public void An_xlsx_forced_to_the_text_layout_is_refused()
    {
        var result = TargetImporter.Import(XlsxBuilder.Build(("S", XlsxRows(false))), new ImportOptions { Layout = ImportLayout.Text });
        Assert.Null(result.Document);
        Assert.Equal(ImportDiagnosticCodes.UnsupportedFormat, Assert.Single(result.Errors()).Code);
    }

    [Fact]
    public void Imported_flat_documents_round_trip_through_the_json_format()
    {
        var document = ImportCsv(SeedLikeCsv()).Document!;
        var json = TargetJson.Write(document);
        var read = TargetJson.Read(json);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        Assert.Equal(document, read.Document);
    }
}
