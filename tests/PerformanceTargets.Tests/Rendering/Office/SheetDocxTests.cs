using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Scoring;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering.Office;

/// <summary>
/// The 绩效自评表 and the 绩效运行监控表 as Word files (<see cref="RenderOptions.TableKind"/>): valid WordprocessingML, the
/// reported figures of the samples in their cells with the scorer's beside them, every light a symbol, a word and a colour;
/// and the Excel export refuses them.
/// </summary>
public class SheetDocxTests
{
    private static readonly TargetDocument Evaluation = TargetJson.ReadFile(TestPaths.Sample("guanting-2024-evaluation.json")).GetDocumentOrThrow();
    private static readonly TargetDocument Monitoring = TargetJson.ReadFile(TestPaths.Sample("guanting-2024-monitoring.json")).GetDocumentOrThrow();

    public static TheoryData<string, bool> Sheets() => new() { { "evaluation", false }, { "evaluation", true }, { "monitoring", false }, { "monitoring", true } };

    private static (TargetDocument Document, TableKind Kind) Sample(string kind) =>
        kind == "evaluation" ? (Evaluation, TableKind.Evaluation) : (Monitoring, TableKind.Monitoring);

    private static byte[] Export(string kind, bool review = false)
    {
        var (document, tableKind) = Sample(kind);
        var options = new RenderOptions { TableKind = tableKind };
        return review ? TargetRendering.ToReviewDocx(document, TargetValidator.Default.Validate(document), options) : TargetRendering.ToDocx(document, options);
    }

    /// <summary>The body's tables, each row a list of its cells' texts (paragraphs joined by a line break).</summary>
    private static List<List<List<string>>> Tables(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        return [.. word.MainDocumentPart!.Document!.Body!.Elements<Table>().Select(t => t.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => string.Join("\n", c.Elements<Paragraph>().Select(p => p.InnerText))).ToList()).ToList())];
    }

    private static string Headings(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        return string.Join("\n", word.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().Select(p => p.InnerText));
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public void Each_sheet_passes_the_OpenXml_validator(string kind, bool review)
    {
        var docx = Export(kind, review);
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).Select(e => e.Id + " " + e.Path?.XPath + ": " + e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        Assert.Equal(docx, Export(kind, review));
        Assert.NotEqual(TargetRendering.ToDocx(Sample(kind).Document), docx);
    }

    [Fact]
    public void The_self_evaluation_holds_the_reported_figures_and_the_computed_ones()
    {
        var docx = Export("evaluation");
        var tables = Tables(docx);
        var scores = TargetScorer.Default.Score(Evaluation);
        Assert.Equal(2 * Evaluation.Projects.Length, tables.Count);
        var headings = Headings(docx);
        for (var p = 0; p < Evaluation.Projects.Length; p++)
        {
            var project = Evaluation.Projects[p];
            Assert.Contains(project.Sequence + "." + project.Name + "项目支出绩效自评表", headings, StringComparison.Ordinal);
            var block = tables[2 * p];
            var indicators = tables[(2 * p) + 1];
            Assert.Equal(["项目编码", project.Code ?? string.Empty, "项目名称", project.Name], block[1]);
            Assert.Equal(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], block[2].Skip(2));
            var evaluation = project.Evaluation!;
            Assert.Equal(N(evaluation.Budget), block[3][3]);
            Assert.Equal(N(evaluation.Spent), block[3][4]);
            Assert.Equal(N(evaluation.ExecutionScore), block[3][7]);
            Assert.Equal(project.Goals.Length, block.Count(r => r.Count == 3 && project.Goals.Contains(r[1])));

            Assert.Equal(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "核算"], indicators[0]);
            for (var i = 0; i < project.Indicators.Length; i++)
            {
                var indicator = project.Indicators[i];
                var row = indicators[1 + i];
                Assert.Equal([indicator.Name, indicator.Target, indicator.Evaluation?.Actual ?? string.Empty, N(indicator.Evaluation?.Points)], row.Skip(2).Take(4));
            }

            var total = indicators[1 + project.Indicators.Length];
            Assert.Equal("总分", total[0]);
            Assert.Equal(N(evaluation.TotalScore), total[2]);
            Assert.Equal("评价等级：" + Grade(evaluation.Grade ?? scores.Projects[p].Evaluation!.Grade), total[3]);
            Assert.StartsWith(scores.Projects[p].Evaluation!.TotalScore.ToString("G29", System.Globalization.CultureInfo.InvariantCulture) + " · ", total[4], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_monitoring_sheet_shows_every_light_as_symbol_word_and_colour()
    {
        var docx = Export("monitoring");
        var scores = TargetScorer.Default.Score(Monitoring);
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<Table>().ToList();
        Assert.Equal(2 * Monitoring.Projects.Length, tables.Count);
        var headings = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Contains(headings, h => h.StartsWith("● 绿灯：按计划进行", StringComparison.Ordinal));
        for (var p = 0; p < Monitoring.Projects.Length; p++)
        {
            var project = Monitoring.Projects[p];
            var status = scores.Projects[p].Monitoring!;
            Assert.Contains(headings, h => h == project.Sequence + "." + project.Name + "项目支出绩效运行监控表  " + LightText(status.Light));
            var block = tables[2 * p].Elements<TableRow>().ToList();
            Assert.Equal("监控时点：" + project.Monitoring!.AsOf, block[0].Elements<TableCell>().First().InnerText);
            AssertLightCell(block[3].Elements<TableCell>().Last(), status.Light);

            var rows = tables[(2 * p) + 1].Elements<TableRow>().ToList();
            Assert.Equal("1-7月执行情况", rows[0].Elements<TableCell>().ElementAt(4).InnerText.Replace('–', '-'));
            for (var i = 0; i < project.Indicators.Length; i++)
            {
                var cells = rows[1 + i].Elements<TableCell>().ToList();
                var monitoring = project.Indicators[i].Monitoring;
                Assert.Equal(project.Indicators[i].Name, cells[2].InnerText);
                Assert.Equal(monitoring?.Progress ?? string.Empty, cells[4].InnerText);
                AssertLightCell(cells[10], scores.Projects[p].Indicators[i].Monitoring?.Light ?? Light.Unknown);
            }
        }
    }

    private static void AssertLightCell(TableCell cell, Light light)
    {
        Assert.Equal(LightText(light), cell.InnerText);
        var color = cell.Descendants<Color>().Single().Val!.Value;
        Assert.Equal(light switch { Light.Green => "1B5E20", Light.Yellow => "8A6D00", Light.Red => "B00020", _ => "595959" }, color);
        if (light != Light.Unknown)
        {
            Assert.NotEqual("F2F2F2", cell.TableCellProperties!.GetFirstChild<Shading>()!.Fill!.Value);
        }
    }

    private static string LightText(Light light) => light switch
    {
        Light.Green => "● 绿灯",
        Light.Yellow => "▲ 黄灯",
        Light.Red => "■ 红灯",
        _ => "? 无法判断",
    };

    private static string Grade(EvaluationGrade grade) => grade switch
    {
        EvaluationGrade.Excellent => "优",
        EvaluationGrade.Good => "良",
        EvaluationGrade.Fair => "中",
        _ => "差",
    };

    private static string N(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    [Theory]
    [InlineData(TableKind.Evaluation)]
    [InlineData(TableKind.Monitoring)]
    public void The_Excel_export_refuses_the_lifecycle_sheets(TableKind kind)
    {
        var error = Assert.Throws<ArgumentException>(() => TargetRendering.ToXlsx(Evaluation, new RenderOptions { TableKind = kind }));
        Assert.Contains("target table only", error.Message, StringComparison.Ordinal);
        using var stream = new MemoryStream();
        Assert.Throws<ArgumentException>(() => TargetRenderer.Default.RenderTable(Evaluation, 0, stream, new RenderOptions { Format = RenderFormat.Xlsx, TableKind = kind }));
        Assert.Equal(0, stream.Length);
    }
}
