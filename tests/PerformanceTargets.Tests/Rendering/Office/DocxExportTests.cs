using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Rendering.Office;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;
using FsCheck.Xunit;

namespace PerformanceTargets.Tests.Rendering.Office;

/// <summary>The Word export: valid WordprocessingML, the official layout, deterministic bytes, data as text, findings as comments.</summary>
public class DocxExportTests
{
    private static readonly Lazy<byte[]> SeedDocx = new(() => TargetRendering.ToDocx(RenderingFixtures.Seed));

    private static readonly Lazy<byte[]> SeedReviewDocx = new(() => TargetRendering.ToReviewDocx(RenderingFixtures.Seed, RenderingFixtures.SeedReport()));

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return [.. validator.Validate(word).Select(e => e.Id + " " + e.Path?.XPath + ": " + e.Description)];
    }

    public static T WithBody<T>(byte[] docx, Func<WordprocessingDocument, T> read)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        return read(word);
    }

    [Fact]
    public void The_seed_export_passes_the_OpenXml_validator()
    {
        var errors = ValidationErrors(SeedDocx.Value);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_review_export_passes_the_OpenXml_validator()
    {
        var errors = ValidationErrors(SeedReviewDocx.Value);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_same_document_gives_the_same_bytes_and_every_zip_entry_has_the_fixed_time()
    {
        var again = TargetRendering.ToDocx(RenderingFixtures.Seed);
        Assert.Equal(SeedDocx.Value, again);
        Assert.Equal(SeedReviewDocx.Value, TargetRendering.ToReviewDocx(RenderingFixtures.Seed, RenderingFixtures.SeedReport()));

        using var zip = new ZipArchive(new MemoryStream(again), ZipArchiveMode.Read);
        Assert.All(zip.Entries, e => Assert.Equal(OfficePackage.EntryTime.DateTime, e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_page_is_A4_with_a_CJK_font_and_every_table_has_borders_whole_rows_and_a_repeated_indicator_header()
    {
        WithBody(SeedDocx.Value, word =>
        {
            var main = word.MainDocumentPart!;
            var size = main.Document.Body!.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
            Assert.Equal(11906u, size.Width!.Value);
            Assert.Equal(16838u, size.Height!.Value);

            var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
            Assert.Equal("宋体", fonts.EastAsia!.Value);
            Assert.Equal("Times New Roman", fonts.Ascii!.Value);

            var tables = main.Document.Body!.Elements<Table>().ToList();
            Assert.Equal(2 * RenderingFixtures.Seed.Projects.Length, tables.Count);
            foreach (var table in tables)
            {
                var borders = table.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!;
                Assert.Equal(6, borders.ChildElements.Count);
                Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal(BorderValues.Single, b.Val!.Value));
                Assert.All(table.Elements<TableRow>(), r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
            }

            // Every second table is an indicator table: its first row, and only it, repeats on each page.
            foreach (var table in tables.Where((_, i) => i % 2 == 1))
            {
                var rows = table.Elements<TableRow>().ToList();
                Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
                Assert.Equal("一级指标", rows[0].Elements<TableCell>().First().InnerText);
                Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
            }

            return 0;
        });
    }

    [Fact]
    public void The_first_table_holds_the_header_block_and_the_indicator_rows_of_the_seed()
    {
        var project = RenderingFixtures.Seed.Projects[0];
        WithBody(SeedDocx.Value, word =>
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Contains(body.Elements<Paragraph>(), p => p.InnerText == "1." + project.Name + "绩效目标表");
            var tables = body.Elements<Table>().ToList();
            var block = tables[0].Descendants<TableCell>().Select(c => c.InnerText).ToList();
            Assert.Contains(project.Code!, block);
            Assert.Contains(project.Name, block);
            Assert.Contains("预算规模及资金用途", block);
            Assert.Contains("资金支出计划（%）", block);
            Assert.Contains("3月底", block);
            Assert.Contains("25%", block);
            Assert.Contains(project.Budget.Total.ToString(System.Globalization.CultureInfo.InvariantCulture), block);
            Assert.Contains(block, c => c.StartsWith("1." + project.Goals[0], StringComparison.Ordinal));

            var names = tables[1].Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().ElementAt(2).InnerText).ToList();
            Assert.Equal(project.Indicators.Select(i => i.Name), names);
            return 0;
        });
    }

    [Fact]
    public void Level_1_and_level_2_cells_are_merged_down_their_runs_with_vMerge()
    {
        var document = RenderingFixtures.Seed;
        WithBody(SeedDocx.Value, word =>
        {
            var tables = word.MainDocumentPart!.Document.Body!.Elements<Table>().ToList();
            for (var p = 0; p < document.Projects.Length; p++)
            {
                var indicators = document.Projects[p].Indicators;
                var rows = tables[(2 * p) + 1].Elements<TableRow>().Skip(1).ToList();
                Assert.Equal(indicators.Length, rows.Count);
                for (var r = 0; r < rows.Count; r++)
                {
                    var cells = rows[r].Elements<TableCell>().ToList();
                    var sameLevel1 = r > 0 && indicators[r - 1].Level1 == indicators[r].Level1;
                    var sameLevel2 = sameLevel1 && indicators[r - 1].Level2 == indicators[r].Level2;
                    var nextLevel1 = r + 1 < rows.Count && indicators[r + 1].Level1 == indicators[r].Level1;
                    var nextLevel2 = nextLevel1 && indicators[r + 1].Level2 == indicators[r].Level2;
                    AssertMerge(cells[0], sameLevel1, nextLevel1, indicators[r].Level1);
                    AssertMerge(cells[1], sameLevel2, nextLevel2, indicators[r].Level2);
                    Assert.Equal(indicators[r].Name, cells[2].InnerText);
                }
            }

            return 0;
        });

        static void AssertMerge(TableCell cell, bool continues, bool runGoesOn, string text)
        {
            var merge = cell.TableCellProperties!.GetFirstChild<VerticalMerge>();
            if (continues)
            {
                Assert.NotNull(merge);
                Assert.True(merge!.Val is null || merge.Val.Value == MergedCellValues.Continue);
                Assert.Equal(string.Empty, cell.InnerText);
            }
            else
            {
                Assert.Equal(text, cell.InnerText);
                if (runGoesOn)
                {
                    Assert.Equal(MergedCellValues.Restart, merge!.Val!.Value);
                }
                else
                {
                    Assert.Null(merge);
                }
            }
        }
    }

    [Fact]
    public void Repeated_cells_have_no_merge()
    {
        var docx = TargetRendering.ToDocx(RenderingFixtures.Seed, new RenderOptions { MergedCells = MergedCellStyle.Repeat, Tables = [0] });
        WithBody(docx, word =>
        {
            var indicators = word.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1);
            Assert.Empty(indicators.Descendants<VerticalMerge>());
            Assert.Equal(RenderingFixtures.Seed.Projects[0].Indicators.Select(i => i.Level1), indicators.Elements<TableRow>().Skip(1).Select(r => r.Elements<TableCell>().First().InnerText));
            return 0;
        });
    }

    [Fact]
    public void Hostile_text_is_written_as_text_never_as_fields_links_or_markup()
    {
        var hostile = RenderingFixtures.Hostile();
        var docx = TargetRendering.ToDocx(hostile);
        var errors = ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        WithBody(docx, word =>
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Empty(body.Descendants<SimpleField>());
            Assert.Empty(body.Descendants<FieldCode>());
            Assert.Empty(body.Descendants<FieldChar>());
            Assert.Empty(body.Descendants<Hyperlink>());
            Assert.Empty(word.MainDocumentPart.HyperlinkRelationships);
            Assert.All(body.Descendants<Text>(), t => Assert.Equal(SpaceProcessingModeValues.Preserve, t.Space!.Value));

            // Each hostile string is in the text of some paragraph, line breaks as w:br, control characters as their pictures.
            var paragraphs = body.Descendants<Paragraph>().Select(ParagraphText).ToList();
            foreach (var text in RenderingFixtures.HostileStrings)
            {
                var expected = OfficePackage.Clean(text).Replace("\r\n", "\n").Replace('\r', '\n');
                Assert.Contains(paragraphs, p => p.Contains(expected, StringComparison.Ordinal));
            }

            return 0;
        });

        Assert.Equal("\u2400nul \u2407bell \u241Fus \u2421del \u0085nel", OfficePackage.Clean("\u0000nul \u0007bell \u001Fus \u007Fdel \u0085nel"));
        Assert.Equal("a\uFFFDb", OfficePackage.Clean("a\uD800b"));
        Assert.Equal("😀", OfficePackage.Clean("😀"));
    }

    private static string ParagraphText(Paragraph paragraph) => string.Concat(paragraph.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        Break => "\n",
        TabChar => "\t",
        _ => string.Empty,
    }));

    [Fact]
    public void Every_finding_is_a_comment_and_findings_on_cells_are_anchored_in_their_cells()
    {
        var report = RenderingFixtures.SeedReport();
        WithBody(SeedReviewDocx.Value, word =>
        {
            var main = word.MainDocumentPart!;
            var comments = main.WordprocessingCommentsPart!.Comments!.Elements<Comment>().ToList();
            Assert.Equal(report.Findings.Length, comments.Count);
            Assert.All(comments, c => Assert.Equal("perftargets", c.Author!.Value));
            Assert.All(comments, c => Assert.Null(c.Date));

            var body = main.Document.Body!;
            var starts = body.Descendants<CommentRangeStart>().Select(s => s.Id!.Value!).ToList();
            var ends = body.Descendants<CommentRangeEnd>().Select(s => s.Id!.Value!).ToList();
            var references = body.Descendants<CommentReference>().Select(s => s.Id!.Value!).ToList();
            var ids = comments.Select(c => c.Id!.Value!).ToList();
            Assert.Equal(ids.Order(), starts.Order());
            Assert.Equal(ids.Order(), ends.Order());
            Assert.Equal(ids.Order(), references.Order());

            // Findings on a project that name a cell are in a table cell; the others on a title or paragraph.
            var inCells = body.Descendants<CommentRangeStart>().Count(s => s.Ancestors<TableCell>().Any());
            var placedOnCells = report.Findings.Count(f => PlacedOnCell(f));
            Assert.Equal(placedOnCells, inCells);

            // PT102 (the code of table 1) is in the cell that holds the code; its text has rule, severity, message and hint.
            var code = RenderingFixtures.Seed.Projects[0].Code!;
            var codeCell = body.Elements<Table>().First().Descendants<TableCell>().Single(c => c.InnerText == code);
            var id = codeCell.Descendants<CommentRangeStart>().Single().Id!.Value;
            var text = comments.Single(c => c.Id!.Value == id).InnerText;
            Assert.Contains("PT102", text, StringComparison.Ordinal);
            Assert.Contains("[错误]", text, StringComparison.Ordinal);
            Assert.Contains("项目编码校验位不符。", text, StringComparison.Ordinal);
            Assert.Contains("建议：核对项目编码。", text, StringComparison.Ordinal);
            return 0;
        });
    }

    private static bool PlacedOnCell(Finding finding)
    {
        var pointer = finding.Pointer ?? string.Empty;
        var tokens = pointer.Split('/');
        if (tokens.Length < 4 || tokens[1] != "projects" || !int.TryParse(tokens[2], out var project) || project >= RenderingFixtures.Seed.Projects.Length)
        {
            return false;
        }

        if (tokens[3] is "indicators" or "periodIndicators")
        {
            var list = tokens[3] == "indicators" ? RenderingFixtures.Seed.Projects[project].Indicators : RenderingFixtures.Seed.Projects[project].PeriodIndicators;
            return tokens.Length > 4 && int.TryParse(tokens[4], out var row) && row < list.Length;
        }

        return tokens[3] is not ("monitoring" or "evaluation" or "extensions" or "sequence");
    }

    [Fact]
    public void The_review_in_English_writes_english_labels()
    {
        var docx = TargetRendering.ToReviewDocx(RenderingFixtures.Seed, RenderingFixtures.SeedReport(), new RenderOptions { Language = Language.English });
        WithBody(docx, word =>
        {
            var comments = word.MainDocumentPart!.WordprocessingCommentsPart!.Comments!.InnerText;
            Assert.Contains("[Error] PT102", comments, StringComparison.Ordinal);
            Assert.Contains("Level-1 indicator", word.MainDocumentPart.Document.Body!.InnerText, StringComparison.Ordinal);
            return 0;
        });
    }

    [Property(MaxTest = 25, Arbitrary = [typeof(DocumentArbitraries)])]
    public void Any_document_exports_to_valid_WordprocessingML_and_its_review_too(TargetDocument document)
    {
        var docx = TargetRendering.ToDocx(document);
        var errors = ValidationErrors(docx);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));

        var findings = document.Projects.SelectMany((p, i) => new[] { "/projects/" + i + "/name", "/projects/" + i + "/indicators/0/target", "/projects/" + i + "/spendingPlan/0/month", "/projects/" + i + "/goals/1" })
            .Append(string.Empty).Append("/overallTargets/overall/0")
            .Select(pointer => new Finding { RuleId = "PT999", Severity = Severity.Warning, Category = RuleCategory.Format, Pointer = pointer, Message = "消息\u0001<w:t>", Hint = "&hint" })
            .ToList();
        var review = TargetRendering.ToReviewDocx(document, new ValidationReport(findings, document, "generated.json", "test"));
        errors = ValidationErrors(review);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(10)));
        var comments = WithBody(review, word => word.MainDocumentPart!.WordprocessingCommentsPart?.Comments?.Elements<Comment>().Count() ?? 0);
        Assert.Equal(findings.Count, comments);
    }

    [Fact]
    public void A_binary_format_rendered_to_a_string_is_a_caller_mistake()
    {
        var options = new RenderOptions { Format = RenderFormat.Docx };
        Assert.Throws<ArgumentException>(() => TargetRenderer.Default.Render(RenderingFixtures.Excerpt, options));
        Assert.Throws<ArgumentException>(() => TargetRenderer.Default.RenderTable(RenderingFixtures.Excerpt, 0, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetRendering.ToDocx(RenderingFixtures.Excerpt, new RenderOptions { Tables = [99] }));
    }

    [Fact]
    public void One_table_renders_to_a_stream_as_a_document_with_that_table_only()
    {
        using var stream = new MemoryStream();
        var result = TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 2, stream, new RenderOptions { Format = RenderFormat.Docx });
        Assert.True(result.Success);
        WithBody(stream.ToArray(), word =>
        {
            var body = word.MainDocumentPart!.Document.Body!;
            Assert.Equal(2, body.Elements<Table>().Count());
            Assert.StartsWith("3.", body.Elements<Paragraph>().First().InnerText, StringComparison.Ordinal);
            return 0;
        });
    }
}
