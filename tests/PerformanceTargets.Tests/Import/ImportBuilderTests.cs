using System.Globalization;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// The one import builder behind every reader: the seed's projects read from the text layout, from a flat CSV and from
/// the same rows in an XLSX sheet build the same model, with the same messages, the same pointers and the same cell
/// locations (only a CSV's character columns differ from a sheet's column numbers).
/// </summary>
public class ImportBuilderTests
{
    private static readonly string[] Header =
    [
        "单位编码", "单位名称", "项目编码", "项目名称", "预算数", "财政资金", "其他资金", "资金用途", "年度目标",
        "一级指标", "二级指标", "三级指标", "指标解释", "指标值", "指标值确定依据",
    ];

    private static readonly Lazy<string?[][]> SeedRows = new(() => Rows(ImportFixtures.SeedDocument));

    /// <summary>
    /// The seed as a flat table: one row per indicator, project cells on each project's first row, and 一级/二级 cells
    /// left empty under the same category, as merged cells are written.
    /// </summary>
    private static string?[][] Rows(TargetDocument document)
    {
        var rows = new List<string?[]>();
        foreach (var project in document.Projects)
        {
            string? level1 = null, level2 = null;
            for (var i = 0; i < project.Indicators.Length; i++)
            {
                var indicator = project.Indicators[i];
                var first = i == 0;
                var sameCategory = indicator.Level1 == level1;
                rows.Add(
                [
                    first ? project.Unit!.Code : null,
                    first ? project.Unit!.Name : null,
                    first ? project.Code : null,
                    first ? project.Name : null,
                    first ? project.Budget.Total.ToString(CultureInfo.InvariantCulture) : null,
                    first ? project.Budget.Fiscal?.ToString(CultureInfo.InvariantCulture) : null,
                    first && project.Budget.Other != 0 ? project.Budget.Other?.ToString(CultureInfo.InvariantCulture) : null,
                    first ? project.FundUse : null,
                    first ? string.Concat(project.Goals.Select((g, k) => (k + 1).ToString(CultureInfo.InvariantCulture) + "." + g)) : null,
                    sameCategory ? null : indicator.Level1,
                    sameCategory && indicator.Level2 == level2 ? null : indicator.Level2,
                    indicator.Name, indicator.Description, indicator.Target, indicator.Basis,
                ]);
                level1 = indicator.Level1;
                level2 = indicator.Level2;
            }
        }

        return [.. rows];
    }

    private static string Csv(string?[][] rows) => FlatImportTests.Csv(Header, rows, ",", "怀来县官厅镇人民政府2024年部门预算绩效文本", "单位：万元");

    private static ImportResult ImportCsv(string?[][] rows) =>
        TargetImporter.Import(Encoding.UTF8.GetBytes(Csv(rows)), new ImportOptions { FileName = "seed.csv" });

    private static ImportResult ImportXlsx(string?[][] rows)
    {
        var sheet = new List<object?[]> { new object?[] { "怀来县官厅镇人民政府2024年部门预算绩效文本" }, new object?[] { "单位：万元" }, Header.Cast<object?>().ToArray() };
        sheet.AddRange(rows.Select(r => r.Select(c => c is { Length: > 0 } text && text.Trim() != text ? new XlsxBuilder.Inline(text) : (object?)c).ToArray()));
        return TargetImporter.Import(XlsxBuilder.Build(("绩效目标", [.. sheet])), new ImportOptions { FileName = "seed.xlsx" });
    }

    private static string?[][] Edited(int row, int column, string value)
    {
        var rows = SeedRows.Value.Select(r => (string?[])r.Clone()).ToArray();
        rows[row][column] = value;
        return rows;
    }

    [Fact]
    public void The_seeds_projects_build_the_same_from_the_text_layout_and_from_a_flat_table()
    {
        var csv = ImportCsv(SeedRows.Value);
        Assert.True(csv.Success, string.Join("\n", csv.Diagnostics));
        var text = ImportFixtures.SeedDocument;
        Assert.Equal(text.Projects.Length, csv.Document.Projects.Length);
        for (var i = 0; i < text.Projects.Length; i++)
        {
            // The flat layout has no sequence numbers and no spending plan; everything else is the builder's reading of the same cells.
            Assert.Equal(text.Projects[i] with { Sequence = null, SpendingPlan = [] }, csv.Document.Projects[i]);
        }

        Assert.Equal((text.Title, text.FiscalYear, text.AmountUnit, text.Framework), (csv.Document.Title, csv.Document.FiscalYear, csv.Document.AmountUnit, csv.Document.Framework));
        Assert.Equal(text.Department! with { InternalUnits = [] }, csv.Document.Department);
    }

    [Fact]
    public void The_same_rows_from_csv_and_xlsx_build_the_same_document_located_at_the_same_rows_and_cells()
    {
        var csv = ImportCsv(SeedRows.Value);
        var xlsx = ImportXlsx(SeedRows.Value);
        Assert.True(xlsx.Success, string.Join("\n", xlsx.Diagnostics));
        Assert.Equal(TargetJson.Write(csv.Document!), TargetJson.Write(xlsx.Document!));
        Assert.Equal(csv.Diagnostics.Select(d => (d.Code, d.Text)), xlsx.Diagnostics.Select(d => (d.Code, d.Text)));

        var csvEntries = csv.SourceMap.Entries.ToList();
        var xlsxEntries = xlsx.SourceMap.Entries.ToList();
        Assert.Equal(csvEntries.Select(e => e.Key), xlsxEntries.Select(e => e.Key));
        Assert.True(csvEntries.Count > 1500, csvEntries.Count.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < csvEntries.Count; i++)
        {
            var (a, b) = (csvEntries[i].Value, xlsxEntries[i].Value);
            Assert.Equal((a.Line, a.Row, a.Table, a.Cell), (b.Line, b.Row, b.Table, b.Cell));
            Assert.Equal(("seed.csv", "seed.xlsx"), (a.File, b.File));
        }

        // Every value of a flat table is located at its cell: record or sheet row, and column number.
        var target = xlsx.SourceMap.Find("/projects/0/indicators/1/target")!;
        Assert.Equal((5, 5, 14, 14, 1), (target.Line, target.Row, target.Column, target.Cell, target.Table));
    }

    [Fact]
    public void A_value_error_gets_one_message_pointer_and_cell_whichever_reader()
    {
        // Row 2 of the table (sheet row 5) is indicator 1 of project 0; its 指标值 cell becomes a weight-like mistake in 预算数 of row 1.
        var rows = Edited(0, 4, "六十七万");
        var csv = ImportCsv(rows);
        var xlsx = ImportXlsx(rows);
        var fromCsv = Assert.Single(csv.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber);
        var fromXlsx = Assert.Single(xlsx.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber);
        Assert.Equal(fromCsv.Text, fromXlsx.Text);
        Assert.Equal((4, 4, 5), (fromCsv.Location!.Line, fromCsv.Location.Row, fromCsv.Location.Cell));
        Assert.Equal((4, 4, 5), (fromXlsx.Location!.Line, fromXlsx.Location.Row, fromXlsx.Location.Cell));

        // The text layout says the same of the same cell: the builder writes the message, not the reader.
        var text = ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines[111] = "\t六十七万"));
        var fromText = Assert.Single(text.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber);
        Assert.Equal(fromCsv.Text, fromText.Text);
        Assert.Equal((112, 2, 1, 3, 3), (fromText.Location!.Line, fromText.Location.Column, fromText.Location.Table, fromText.Location.Row, fromText.Location.Cell));

        // The project has no budget total left, so it is not imported: the diagnostics point at no value.
        Assert.All([fromCsv, fromXlsx, fromText], d => Assert.Equal(string.Empty, d.Pointer));
        foreach (var result in new[] { csv, xlsx, text })
        {
            var missing = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.MissingValue);
            Assert.Equal("Project \"官厅镇村干部工资\" has no 预算数 (the budget total), which every project needs; it was not imported.", missing.Text.English);
            Assert.Equal(22, result.Document!.Projects.Length);
        }
    }

    [Fact]
    public void A_diagnostic_on_a_value_of_an_imported_project_points_at_that_value()
    {
        string[] header = [.. Header, "权重", "指标方向"];
        var rows = SeedRows.Value.Select(r => (string?[])[.. r, "10", "正向"]).ToArray();
        rows[2][^2] = "五十";
        rows[3][^1] = "中性";
        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(FlatImportTests.Csv(header, rows, ",", "2024年", "单位：万元")), new ImportOptions { FileName = "weights.csv" });
        var weight = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.InvalidNumber);
        Assert.Equal("/projects/0/indicators/2/weight", weight.Pointer);
        Assert.Equal((6, 16), (weight.Location!.Row, weight.Location.Cell));
        var direction = Assert.Single(result.Diagnostics, d => d.Code == ImportDiagnosticCodes.UnknownDirection);
        Assert.Equal("/projects/0/indicators/3/direction", direction.Pointer);
        Assert.Null(result.Document!.Projects[0].Indicators[2].Weight);
        Assert.Equal(10m, result.Document.Projects[0].Indicators[1].Weight);

        // A row of a text table that is not imported points at its project.
        var damaged = ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines.RemoveAt(565)));
        Assert.Equal("/projects/4", Assert.Single(damaged.Errors()).Pointer);
    }

    [Fact]
    public void Implementation_periods_are_read_one_way_in_every_layout()
    {
        static byte[] SeedWithPeriod(string period) => ImportFixtures.EditSeed(lines =>
        {
            var end = lines.FindIndex(107, l => l.Length == 0);
            lines.InsertRange(end + 1, ["\t项目实施期", "\t" + period, string.Empty]);
        });

        string[] header = [.. Header, "项目实施期"];
        ImportResult Flat(string period) => TargetImporter.Import(
            Encoding.UTF8.GetBytes(FlatImportTests.Csv(header, [.. SeedRows.Value.Select((r, i) => (string?[])[.. r, i == 0 ? period : null])], ",", "2024年", "单位：万元")),
            new ImportOptions { FileName = "period.csv" });

        foreach (var period in new[] { "2023.07-2024.01", "2023年7月至2024年1月", "2023/07 ~ 2024/1" })
        {
            var text = ImportFixtures.Import(SeedWithPeriod(period));
            var flat = Flat(period);
            Assert.True(text.Success, string.Join("\n", text.Diagnostics));
            Assert.True(flat.Success, string.Join("\n", flat.Diagnostics));
            var expected = new ImplementationPeriod { Start = "2023-07", End = "2024-01" };
            Assert.Equal(expected, text.Document.Projects[0].ImplementationPeriod);
            Assert.Equal(expected, flat.Document.Projects[0].ImplementationPeriod);
        }

        // The end of the period is located where it starts in the cell.
        var located = ImportFixtures.Import(SeedWithPeriod("2023.07-2024.01")).SourceMap.Find("/projects/0/implementationPeriod/end")!;
        Assert.Equal(2 + "2023.07-".Length, located.Column);

        var badText = Assert.Single(ImportFixtures.Import(SeedWithPeriod("明年")).Errors());
        var badFlat = Assert.Single(Flat("明年").Errors());
        Assert.Equal(ImportDiagnosticCodes.InvalidValue, badText.Code);
        Assert.Equal(badText.Text, badFlat.Text);
        Assert.Equal("/projects/0/implementationPeriod", badFlat.Pointer);
        Assert.Equal("\"项目实施期\" holds \"明年\"; expected a period such as 2023.07-2024.01. The value was not imported.", badText.Text.English);
    }

    [Fact]
    public void Text_layout_values_are_located_at_their_table_row_and_cell()
    {
        var map = ImportFixtures.SeedResult.SourceMap;

        // Table 1: 项目编码 | code | 项目名称 | name is row 2, the name its cell 4; the first indicator row is row 9, its 指标值 cell 5.
        var name = map.Find("/projects/0/name")!;
        Assert.Equal((108, 2, 1, 2, 4), (name.Line, name.Column, name.Table, name.Row, name.Cell));
        var target = map.Find("/projects/0/indicators/0/target")!;
        Assert.Equal((151, 1, 9, 5), (target.Line, target.Table, target.Row, target.Cell));
        Assert.Equal("guanting-2024.txt:151:2 (table 1, row 9, cell 5)", Path.GetFileName(target.ToString()));

        // Every value read from a table cell names the cell; values outside tables (cover, part 1) have none.
        var cells = new System.Text.RegularExpressions.Regex(@"^/projects/\d+/(name|code|fundUse|budget/\w+|goals/\d+|spendingPlan/\d+/\w+|unit/\w+|indicators/\d+/\w+)$");
        var values = map.Entries.Where(e => cells.IsMatch(e.Key)).ToList();
        Assert.True(values.Count > 1400, values.Count.ToString(CultureInfo.InvariantCulture));
        Assert.All(values, e => Assert.True(e.Value.Cell > 0 && e.Value.Row > 0 && e.Value.Table > 0, e.Key + " " + e.Value));
        Assert.Null(map.Find("/overallTargets/overall/0")!.Cell);
    }
}
