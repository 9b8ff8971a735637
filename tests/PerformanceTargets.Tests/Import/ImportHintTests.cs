using PerformanceTargets.Model;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// <see cref="ImportDiagnostic.HintText"/>: every diagnostic that says how to fix the input says it in Chinese too, for
/// damaged text, flat tables, workbooks and files of other formats.
/// </summary>
public class ImportHintTests
{
    static ImportHintTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly string[] Header = ["单位名称", "项目名称", "预算数", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "指标方向性"];

    private static readonly string[] Rows =
    [
        "怀来县官厅镇人民政府,官厅镇村干部工资,\"675,400.00\",目标,产出指标,数量指标,行政村数量,=,21,个,20,正向",
        ",,,,,质量指标,足额发放率,≥,95,%,20,正向",
        "怀来县官厅镇人民政府,官厅镇防火经费,\"210,000.00\",目标内容1,产出指标,数量指标,年度服务部门数量,≥,95,%,50,正向",
        ",,,,满意度指标,服务对象满意度指标,服务满意度,≥,95,%,50,正向",
    ];

    private static string Csv(IEnumerable<string> header, IEnumerable<string> rows, params string[] titleLines) =>
        string.Concat(titleLines.Select(t => t + "\n")) + string.Join(",", header) + "\n" + string.Concat(rows.Select(r => r + "\n"));

    private static ImportResult ImportCsv(string csv, ImportOptions? options = null) =>
        TargetImporter.Import(Encoding.UTF8.GetBytes(csv), options ?? new ImportOptions { FileName = "flat.csv" });

    private static object?[][] SheetRows() =>
    [
        ["项目名称", "预算数", "一级指标", "二级指标", "三级指标", "指标值"],
        ["官厅镇村干部工资", 67.54, "产出指标", "数量指标", "行政村数量", "21个"],
    ];

    private static byte[] Zip(string entry)
    {
        using var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(archive.CreateEntry(entry).Open());
            writer.Write("<x/>");
        }

        return stream.ToArray();
    }

    /// <summary>Damaged and foreign inputs, each meant to reach a diagnostic with a hint.</summary>
    private static IEnumerable<(string Name, Func<ImportResult> Import)> Inputs()
    {
        var seed = ImportFixtures.SeedText;
        var workbook = XlsxBuilder.Build(("绩效目标", SheetRows()));

        // The text layout.
        yield return ("empty", () => ImportFixtures.Import(string.Empty));
        yield return ("too large", () => ImportFixtures.Import(Encoding.UTF8.GetBytes(seed), new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = 1000  } }));
        yield return ("xls", () => ImportFixtures.Import(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }));
        yield return ("pdf", () => ImportFixtures.Import(Encoding.ASCII.GetBytes("%PDF-1.7\n")));
        yield return ("json", () => ImportFixtures.Import(File.ReadAllBytes(TestPaths.Excerpt)));
        yield return ("prose", () => ImportFixtures.Import("这是一段普通文字。\n没有表格。\n"));
        yield return ("docx", () => ImportFixtures.Import(Zip("word/document.xml")));
        yield return ("zip", () => ImportFixtures.Import(Zip("readme.txt")));
        yield return ("xlsx as text", () => TargetImporter.Import(workbook, new ImportOptions { Layout = ImportLayout.Text }));
        yield return ("xlsx damaged", () => TargetImporter.Import(workbook.Take(workbook.Length / 2).ToArray()));
        yield return ("xlsx with an unreadable workbook part", () => ImportFixtures.Import(Zip("xl/workbook.xml")));
        yield return ("xlsx unpacked too large", () => TargetImporter.Import(workbook, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = workbook.Length }, FiscalYear = 2024 }));
        yield return ("xlsx without header", () => TargetImporter.Import(XlsxBuilder.Build(("空", [["无表头"]]))));
        yield return ("utf-32", () => ImportFixtures.Import([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));
        yield return ("gb18030", () => ImportFixtures.Import(Encoding.GetEncoding("GB18030").GetBytes(seed)));
        yield return ("neither utf-8 nor gb18030", () => ImportFixtures.Import([.. Encoding.UTF8.GetBytes("\t项目编码\n\t"), 0xFF, 0xFF, 0x81, .. Encoding.UTF8.GetBytes("\n")]));
        yield return ("utf-16 without bom", () => ImportFixtures.Import(Encoding.Unicode.GetBytes(seed)));
        yield return ("forced utf-8", () => ImportFixtures.Import(Encoding.GetEncoding("GB18030").GetBytes(seed), new ImportOptions { Encoding = ImportEncoding.Utf8 }));
        yield return ("unknown amount unit", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines[102] = "\t单位：千元")));
        yield return ("amount units differ", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines[200] = "\t单位：元")));
        yield return ("missing cell", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines.RemoveAt(565))));
        yield return ("table cut short", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines.RemoveRange(2420, lines.Count - 2420))));
        yield return ("no year in the title", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines[4] = "部门预算绩效文本")));

        // Flat tables.
        yield return ("csv", () => ImportCsv(Csv(Header, Rows, "2024年项目支出绩效目标表")));
        yield return ("csv unclosed quote", () => ImportCsv(Csv(Header, [.. Rows, "怀来县官厅镇人民政府,\"未闭合,1,目标,产出指标,数量指标,x,=,1,个,1,正向"], "2024年", "单位：元")));
        yield return ("csv missing column", () => ImportCsv(Csv(Header.Where(h => h != "指标值"), Rows.Select(r => r.Replace(",21,", ",", StringComparison.Ordinal)), "2024年", "单位：元")));
        yield return ("csv short row", () => ImportCsv(Csv(Header, [.. Rows.Take(1), ",,,,,质量指标,足额发放率,≥,95"], "2024年", "单位：元")));
        yield return ("csv no budget", () => ImportCsv(Csv(Header, [Rows[0].Replace("\"675,400.00\"", string.Empty, StringComparison.Ordinal)], "2024年", "单位：元")));
        yield return ("csv conflicting", () => ImportCsv(Csv(Header, [Rows[0], "怀来县官厅镇人民政府,官厅镇村干部工资,\"600,000.00\",,,质量指标,足额发放率,≥,95,%,20,正向"], "2024年", "单位：元")));
        yield return ("csv no year", () => ImportCsv(Csv(Header, Rows, "单位：元")));

        // The limits of the document, which the JSON reader applies too.
        yield return ("value too long", () => ImportCsv(Csv(Header, Rows, "2024年", "单位：元"), new ImportOptions { Limits = new DocumentLimits { MaxStringLength = 8 } }));
        yield return ("too many projects", () => ImportCsv(Csv(Header, Rows, "2024年", "单位：元"), new ImportOptions { Limits = new DocumentLimits { MaxProjects = 1 } }));
        yield return ("too many indicators", () => ImportCsv(Csv(Header, Rows, "2024年", "单位：元"), new ImportOptions { Limits = new DocumentLimits { MaxIndicators = 2 } }));
        yield return ("no project name", () => ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines[107] = "\t")));
    }

    private static readonly Lazy<List<(string Name, ImportDiagnostic Diagnostic)>> AllDiagnostics = new(() =>
        [.. Inputs().SelectMany(i => i.Import().Diagnostics.Select(d => (i.Name, d)))]);

    private static bool HasCjk(string text) => text.Any(c => c >= '\u4E00' && c <= '\u9FFF');

    private static ImportDiagnostic Single(ImportResult result, string code) => Assert.Single(result.Diagnostics, d => d.Code == code);

    [Fact]
    public void Every_diagnostic_with_a_hint_has_a_chinese_hint()
    {
        var withHint = AllDiagnostics.Value.Where(x => x.Diagnostic.HintText?.English is not null).ToList();
        Assert.All(withHint, x =>
        {
            Assert.True(x.Diagnostic.HintText?.Chinese is { } zh && HasCjk(zh), x.Name + ": " + x.Diagnostic.Code + " has no Chinese hint for \"" + x.Diagnostic.HintText?.English + "\"");
        });

        // A hint says the same in both languages: neither text is empty.
        Assert.All(withHint, x => Assert.False(string.IsNullOrWhiteSpace(x.Diagnostic.HintText!.English) || string.IsNullOrWhiteSpace(x.Diagnostic.HintText.Chinese)));

        // The inputs reach the hints of every kind of input: text, encodings, other formats, CSV, XLSX and the limits (32
        // distinct hints since the one import builder; a new hint should get an input here).
        var distinct = withHint.Select(x => x.Diagnostic.HintText?.English).Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct >= 32, "distinct hints reached: " + distinct.ToString(CultureInfo.InvariantCulture) + "\n" + string.Join("\n", withHint.Select(x => x.Name + ": " + x.Diagnostic.Code + " " + x.Diagnostic.HintText?.English).Distinct(StringComparer.Ordinal)));
    }

    [Fact]
    public void Input_too_large_has_the_chinese_hint_naming_the_option()
    {
        var result = TargetImporter.Import(File.ReadAllBytes(TestPaths.Seed), new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = 1000  } });
        var error = Single(result, ImportDiagnosticCodes.InputTooLarge);
        Assert.Equal("Raise DocumentLimits.MaxInputBytes if the file is genuine.", error.HintText?.English);
        Assert.Equal("如文件确无问题，请调高 DocumentLimits.MaxInputBytes。", error.HintText?.Chinese);
    }

    [Fact]
    public void A_missing_column_has_the_chinese_hint()
    {
        var result = ImportCsv(Csv(Header.Where(h => h != "指标值"), Rows.Select(r => r.Replace(",21,", ",", StringComparison.Ordinal)), "2024年", "单位：元"));
        var error = Single(result, ImportDiagnosticCodes.MissingColumn);
        Assert.Equal("Add the column, or rename a column to one of the names listed in docs/import.md.", error.HintText?.English);
        Assert.Equal("请补充该列，或将某一列改为 docs/import.md 所列的列名之一。", error.HintText?.Chinese);
        Assert.Contains("指标值", error.Text.Chinese, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_prints_the_message_without_a_hint_in_either_language()
    {
        var error = Single(ImportFixtures.Import(string.Empty), ImportDiagnosticCodes.EmptyInput);
        Assert.Equal("test.txt: error PTI001: 输入为空。", error.Format(Language.Chinese));
        Assert.Equal("test.txt: error PTI001: The input is empty.", error.Format(Language.English));
        Assert.Equal("请导入从 Word 文档提取的文本，或 CSV、XLSX 格式的指标表。", error.HintText?.Chinese);
    }
}
