using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using static PerformanceTargets.Tests.Import.DocxBuilder;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerformanceTargets.Tests.Import;

/// <summary>Real Word tables: merges, repeated labels, captions, line breaks, paragraphs, empty rows, nested tables, fields, hyperlinks.</summary>
public class DocxImportTests
{
    private const string Goals = "1.加大村级组织建设保障力度；2.调动村干部工作积极性";

    private static readonly object[] Cover = ["怀来县官厅镇人民政府", "2024年部门预算绩效文本", "（草案）", "第二部分 预算项目绩效目标"];

    /// <summary>Seed table 1 in small, as Word writes it: labels merged over the rows below, levels merged over their runs.</summary>
    private static Cell[][] MergedRows() =>
    [
        ["816001怀来县官厅镇人民政府", Cell.Spanning("单位：万元", 6)],
        ["项目编码", "13073024P00888510015C", "项目名称", Cell.Spanning("官厅镇村干部工资", 4)],
        [Cell.Restart("预算规模及资金用途"), "预算数", "67.54", "其中：财政资金", "67.54", "其他资金", " "],
        [Cell.Continue(), Cell.Spanning("用于支付村干部工资", 6)],
        [Cell.Restart("资金支出计划（%）"), "3月底", "6月底", "10月底", Cell.Spanning("12月底", 3)],
        [Cell.Continue(), "25%", "50%", "75%", Cell.Spanning("100%", 3)],
        ["绩效目标", Cell.Spanning(Goals, 6)],
        ["一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", Cell.Spanning("指标值确定依据", 2)],
        [Cell.Restart("产出指标"), Cell.Restart("数量指标"), "行政村数量", "享受补贴的行政村", "21个", Cell.Spanning("年度工作计划", 2)],
        [Cell.Continue(), Cell.Continue(), "村干部人数", "在岗村干部", "=105人", Cell.Spanning("年度工作计划", 2)],
        [Cell.Continue(), "质量指标", "发放准确率", "按标准发放", "100%", Cell.Spanning("相关文件", 2)],
        ["效益指标", "社会效益指标", "村干部工作稳定性", "提升", "稳定", Cell.Spanning("工作目标", 2)],
    ];

    private static byte[] Document(Cell[][] rows, params object[] before) =>
        Build([.. Cover, .. before, "1.官厅镇村干部工资绩效目标表", new Tbl(rows)]);

    private static ImportResult Import(byte[] docx, ImportOptions? options = null) =>
        TargetImporter.Import(docx, options ?? new ImportOptions { FileName = "test.docx" });

    private static string Json(ImportResult result) => TargetJson.WriteToString(result.Document!);

    [Fact]
    public void Merged_cells_are_read_as_the_text_layout_reads_them()
    {
        var result = Import(Document(MergedRows()));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var project = Assert.Single(result.Document!.Projects);
        Assert.Equal(1, project.Sequence);
        Assert.Equal("官厅镇村干部工资", project.Name);
        Assert.Equal("13073024P00888510015C", project.Code);
        Assert.Equal(67.54m, project.Budget.Total);
        Assert.Equal(0m, project.Budget.Other);
        Assert.Equal("用于支付村干部工资", project.FundUse);
        Assert.Equal([3, 6, 10, 12], project.SpendingPlan.Select(p => p.Month));
        Assert.Equal([25m, 50m, 75m, 100m], project.SpendingPlan.Select(p => p.CumulativePercent));
        Assert.Equal(["加大村级组织建设保障力度；", "调动村干部工作积极性"], project.Goals.ToArray());
        Assert.Equal(
            ["产出指标/数量指标/行政村数量/21个", "产出指标/数量指标/村干部人数/=105人", "产出指标/质量指标/发放准确率/100%", "效益指标/社会效益指标/村干部工作稳定性/稳定"],
            project.Indicators.Select(i => i.Level1 + "/" + i.Level2 + "/" + i.Name + "/" + i.Target));
        Assert.Equal(2024, result.Document.FiscalYear);
        Assert.Equal(ImportLayout.Text, result.Layout);
    }

    [Fact]
    public void Source_locations_name_the_Word_table_row_and_cell()
    {
        var result = Import(Document(MergedRows()));
        var target = result.SourceMap.Find("/projects/0/indicators/1/target")!;
        Assert.Equal("test.docx", target.File);
        Assert.Equal(1, target.Table);
        Assert.Equal(10, target.Row);
        Assert.Equal(5, target.Cell);

        // A level carried down by a vertical merge is located at the cell that starts the merge.
        var level1 = result.SourceMap.Find("/projects/0/indicators/2/level1")!;
        Assert.Equal(9, level1.Row);
        Assert.Equal(1, level1.Cell);

        // The line is the paragraph's number in the document (every paragraph counted, those in cells too).
        var name = result.SourceMap.Find("/projects/0/name")!;
        Assert.Equal(2, name.Row);
        Assert.Equal(4, name.Cell);
        Assert.Equal(4 + 1 + 2 + 4, name.Line); // 4 cover paragraphs, the title, 2 cells of row 1, 4th cell of row 2
    }

    [Fact]
    public void A_merged_cell_of_another_indicator_column_gives_each_row_its_value()
    {
        var rows = MergedRows();
        rows[8] = [Cell.Restart("产出指标"), Cell.Restart("数量指标"), "行政村数量", "享受补贴的行政村", "21个", Cell.Restart("年度工作计划", 2)];
        rows[9] = [Cell.Continue(), Cell.Continue(), "村干部人数", "在岗村干部", "=105人", Cell.Continue(2)];
        rows[10] = [Cell.Continue(), "质量指标", "发放准确率", "按标准发放", "100%", Cell.Continue(2)];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(["年度工作计划", "年度工作计划", "年度工作计划", "工作目标"], result.Document!.Projects[0].Indicators.Select(i => i.Basis));
    }

    [Fact]
    public void Labels_repeated_on_every_row_instead_of_merged_give_the_same_document()
    {
        Cell[][] rows =
        [
            .. MergedRows().Take(2),
            ["预算规模及资金用途", "预算数", "67.54", "其中：财政资金", "67.54", "其他资金", " "],
            ["预算规模及资金用途", Cell.Spanning("用于支付村干部工资", 6)],
            ["资金支出计划（%）", "3月底", "6月底", "10月底", Cell.Spanning("12月底", 3)],
            ["资金支出计划（%）", "25%", "50%", "75%", Cell.Spanning("100%", 3)],
            .. MergedRows().Skip(6).Take(2),
            ["产出指标", "数量指标", "行政村数量", "享受补贴的行政村", "21个", Cell.Spanning("年度工作计划", 2)],
            ["产出指标", "数量指标", "村干部人数", "在岗村干部", "=105人", Cell.Spanning("年度工作计划", 2)],
            ["产出指标", "质量指标", "发放准确率", "按标准发放", "100%", Cell.Spanning("相关文件", 2)],
            MergedRows()[11],
        ];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(Json(Import(Document(MergedRows()))), Json(result));
    }

    [Fact]
    public void A_title_in_the_first_row_of_the_table_is_its_title()
    {
        var docx = Build([.. Cover, new Tbl([[Cell.Spanning("1.官厅镇村干部工资绩效目标表", 7)], .. MergedRows()])]);
        var result = Import(docx);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.WithCode(ImportDiagnosticCodes.TitleMismatch));
        Assert.Equal(Json(Import(Document(MergedRows()))), Json(result));

        // Rows keep the Word table's numbers: the caption is row 1.
        Assert.Equal(11, result.SourceMap.Find("/projects/0/indicators/1/target")!.Row);
    }

    [Fact]
    public void Soft_line_breaks_and_paragraphs_in_a_cell_are_kept_as_line_feeds()
    {
        var rows = MergedRows();
        rows[6] = ["绩效目标", new Cell([Para("1.加大村级组织建设保障力度；"), Para("2.调动村干部工作积极性")], 6)];
        rows[8] = [Cell.Restart("产出指标"), Cell.Restart("数量指标"), "行政村数量", "享受补贴的\n行政村", new Cell([new Paragraph(), Para("21个"), new Paragraph()]), Cell.Spanning("年度工作计划", 2)];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var project = result.Document!.Projects[0];
        Assert.Equal(["加大村级组织建设保障力度；", "调动村干部工作积极性"], project.Goals.ToArray());
        Assert.Equal("享受补贴的\n行政村", project.Indicators[0].Description);
        Assert.Equal("21个", project.Indicators[0].Target); // empty paragraphs around the text are not text
    }

    [Fact]
    public void Empty_rows_and_empty_paragraphs_are_skipped()
    {
        Cell[][] empty = [["", "", "", "", "", "", ""]];
        Cell[][] rows = [.. MergedRows().Take(7), .. empty, .. MergedRows().Skip(7).Take(2), .. empty, .. MergedRows().Skip(9)];
        var result = Import(Build([.. Cover, "", " ", "1.官厅镇村干部工资绩效目标表", "", new Tbl(rows)]));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(Json(Import(Document(MergedRows()))), Json(result));
    }

    [Fact]
    public void A_table_split_by_an_empty_paragraph_is_one_table()
    {
        var rows = MergedRows();
        var docx = Build([.. Cover, "1.官厅镇村干部工资绩效目标表", new Tbl(rows.Take(2).ToArray()), " ", new Tbl(rows.Skip(2).Take(4).ToArray()), "", new Tbl(rows.Skip(6).ToArray())]);
        var result = Import(docx);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(Json(Import(Document(MergedRows()))), Json(result));

        // Rows are counted on through the pieces, as in the table Word shows.
        Assert.Equal(10, result.SourceMap.Find("/projects/0/indicators/1/target")!.Row);
    }

    [Fact]
    public void A_table_framed_in_a_one_cell_table_and_a_table_nested_in_a_cell_are_read()
    {
        var frame = new W.Table(new TableRow(new TableCell(new Paragraph(), DocxBuilder.Table(new Tbl(MergedRows())), new Paragraph())));
        var framed = Import(Build([.. Cover, "1.官厅镇村干部工资绩效目标表", frame]));
        Assert.True(framed.Success, string.Join("\n", framed.Diagnostics));
        Assert.Equal(Json(Import(Document(MergedRows()))), Json(framed));

        var rows = MergedRows();
        var nested = DocxBuilder.Table(new Tbl([["按《村干部报酬管理办法》"], ["逐月核发"]]));
        rows[11] = ["效益指标", "社会效益指标", "村干部工作稳定性", new Cell([Para("提升"), nested]), "稳定", Cell.Spanning("工作目标", 2)];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal("提升\n按《村干部报酬管理办法》\n逐月核发", result.Document!.Projects[0].Indicators[3].Description);
    }

    [Fact]
    public void Fields_give_their_result_and_hyperlinks_their_text()
    {
        var complex = new Paragraph(
            new Run(new Text("≥")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" MERGEFIELD 准确率 ") { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            new Run(new Text("95")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(new Text("%")));
        var simple = new Paragraph(new SimpleField(new Run(new Text("21个"))) { Instruction = " DOCPROPERTY 数量 " });
        var link = new Paragraph(new Run(new Text("官厅镇")), new Hyperlink(new Run(new Text("村干部工资"))) { Anchor = "x" });
        var rows = MergedRows();
        rows[1] = ["项目编码", "13073024P00888510015C", "项目名称", new Cell([link], 4)];
        rows[8] = [Cell.Restart("产出指标"), Cell.Restart("数量指标"), "行政村数量", "享受补贴的行政村", new Cell([simple]), Cell.Spanning("年度工作计划", 2)];
        rows[10] = [Cell.Continue(), "质量指标", "发放准确率", "按标准发放", new Cell([complex]), Cell.Spanning("相关文件", 2)];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        var project = result.Document!.Projects[0];
        Assert.Equal("官厅镇村干部工资", project.Name);
        Assert.Equal("21个", project.Indicators[0].Target);
        Assert.Equal("≥95%", project.Indicators[2].Target);
    }

    [Fact]
    public void Numbers_typed_as_text_are_read_with_their_scale_and_separators()
    {
        var rows = MergedRows();
        rows[0] = ["816001怀来县官厅镇人民政府", Cell.Spanning("单位：元", 6)];
        rows[2] = [Cell.Restart("预算规模及资金用途"), "预算数", "675,400.00", "其中：财政资金", "675,400.00", "其他资金", "0"];
        var result = Import(Document(rows));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(675400.00m, result.Document!.Projects[0].Budget.Total);
        Assert.Equal("675400.00", result.Document.Projects[0].Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Part_1_paragraphs_and_the_year_come_from_the_document_or_the_options()
    {
        object[] part1 = ["第一部分 部门整体绩效目标", "一、总体绩效目标", "1.保障基层政权运转。", "二、分项绩效目标", "1.村干部工资按时发放。", "三、工作保障措施", "1.加强资金监管。", "第二部分 预算项目绩效目标"];
        var withYear = Import(Build(["怀来县官厅镇人民政府", "2024年部门预算绩效文本", "（草案）", .. part1, "1.官厅镇村干部工资绩效目标表", new Tbl(MergedRows())]));
        Assert.True(withYear.Success, string.Join("\n", withYear.Diagnostics));
        Assert.Equal(["保障基层政权运转。"], withYear.Document!.OverallTargets!.Overall.ToArray());
        Assert.Equal(["村干部工资按时发放。"], withYear.Document.OverallTargets.Itemized.ToArray());
        Assert.Equal(["加强资金监管。"], withYear.Document.OverallTargets.Safeguards.ToArray());
        Assert.Equal(2024, withYear.Document.FiscalYear);
        Assert.Equal("816001", withYear.Document.Department!.Code);
        Assert.Equal(PerformanceTargets.Model.AmountUnit.TenThousandYuan, withYear.Document.AmountUnit);

        var noYear = Build(["怀来县官厅镇人民政府", "部门预算绩效文本", "（草案）", .. part1, "1.官厅镇村干部工资绩效目标表", new Tbl(MergedRows())]);
        var missing = Import(noYear);
        Assert.Contains(missing.Diagnostics, d => d.Code == ImportDiagnosticCodes.FiscalYearMissing);
        var given = Import(noYear, new ImportOptions { FileName = "test.docx", FiscalYear = 2025 });
        Assert.True(given.Success, string.Join("\n", given.Diagnostics));
        Assert.Equal(2025, given.Document!.FiscalYear);
    }

    [Fact]
    public void Cover_contents_and_other_tables_are_not_imported_and_are_reported()
    {
        var contents = new Tbl([["一、总体绩效目标", "1"], ["1.官厅镇村干部工资绩效目标表", "4"]]);
        var summary = new Tbl([["项目名称", "金额"], ["官厅镇村干部工资", "67.54"]]);
        var result = Import(Build([.. Cover.Take(3), "目录", contents, "第二部分 预算项目绩效目标", summary, "1.官厅镇村干部工资绩效目标表", new Tbl(MergedRows())]));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Single(result.Document!.Projects);
        var ignored = result.WithCode(ImportDiagnosticCodes.IgnoredText).Where(d => d.Text.English.StartsWith("Word table", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ignored.Count);
        Assert.Contains("Word table 1 (2 rows", ignored[0].Text.English, StringComparison.Ordinal);
        Assert.Contains("Word 表格 2（2 行", ignored[1].Text.Chinese, StringComparison.Ordinal);
        Assert.Equal(PerformanceTargets.Diagnostics.Severity.Info, ignored[0].Severity);
    }

    [Fact]
    public void A_bad_cell_gives_a_diagnostic_located_at_its_Word_table_row_and_cell()
    {
        var rows = MergedRows();
        rows[2] = [Cell.Restart("预算规模及资金用途"), "预算数", "六十七万", "其中：财政资金", "67.54", "其他资金", " "];
        var result = Import(Document(rows));
        var error = Assert.Single(result.WithCode(ImportDiagnosticCodes.InvalidNumber));
        Assert.Equal(PerformanceTargets.Diagnostics.Severity.Error, error.Severity);
        Assert.Equal(1, error.Location!.Table);
        Assert.Equal(3, error.Location.Row);
        Assert.Equal(3, error.Location.Cell);
        Assert.Equal("test.docx", error.Location.File);
        Assert.Contains("六十七万", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("六十七万", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stream_of_a_docx_imports_as_its_bytes_do()
    {
        var docx = Document(MergedRows());
        using var stream = new MemoryStream(docx);
        var result = TargetImporter.Import(stream, new ImportOptions { FileName = "test.docx" });
        Assert.True(result.Success);
        Assert.Equal(Json(Import(docx)), Json(result));
    }

    [Fact]
    public void A_flat_table_in_a_Word_document_is_read_by_its_header()
    {
        Cell[][] rows =
        [
            ["单位名称", "项目名称", "预算数（万元）", "年度目标", "一级指标", "二级指标", "三级指标", "指标值", "权重", "指标方向"],
            [Cell.Restart("怀来县官厅镇人民政府"), Cell.Restart("官厅镇村干部工资"), Cell.Restart("67.54"), Cell.Restart("按时发放"), Cell.Restart("产出指标"), "数量指标", "行政村数量", "21个", "20", "正向"],
            [Cell.Continue(), Cell.Continue(), Cell.Continue(), Cell.Continue(), Cell.Continue(), "质量指标", "发放准确率", "100%", "30", "正向"],
            [Cell.Continue(), "防火经费", "5.00", "安全", "效益指标", "社会效益指标", "火灾发生", "0起", "50", "反向"],
        ];
        var result = Import(Build(["2024年项目支出绩效目标", new Tbl(rows)]));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(ImportLayout.Flat, result.Layout);
        var document = result.Document!;
        Assert.Equal(2024, document.FiscalYear);
        Assert.Equal(["官厅镇村干部工资", "防火经费"], document.Projects.Select(p => p.Name));
        Assert.Equal(67.54m, document.Projects[0].Budget.Total);
        Assert.Equal(["产出指标/数量指标/行政村数量/21个", "产出指标/质量指标/发放准确率/100%"], document.Projects[0].Indicators.Select(i => i.Level1 + "/" + i.Level2 + "/" + i.Name + "/" + i.Target));
        Assert.Equal(30m, document.Projects[0].Indicators[1].Weight);
        Assert.Equal(PerformanceTargets.Model.IndicatorDirection.Negative, document.Projects[1].Indicators[0].Direction);
        var weight = result.SourceMap.Find("/projects/1/indicators/0/weight")!;
        Assert.Equal(4, weight.Row);
        Assert.Equal(9, weight.Cell);
    }
}
