using PerformanceTargets.Model;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Damaged copies of the seed and hostile input: a clear diagnostic naming the line and what was expected, the
/// intact tables still imported, never an exception and never a silently dropped cell.
/// </summary>
public class DamagedInputTests
{
    [Fact]
    public void A_table_cut_short_is_an_error_and_the_other_tables_are_imported()
    {
        // The seed ends inside table 23, just after its goals row (line 2419).
        var bytes = ImportFixtures.EditSeed(lines => lines.RemoveRange(2420, lines.Count - 2420));
        var result = ImportFixtures.Import(bytes);

        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.TableCutShort, error.Code);
        Assert.Equal(2419, error.Location?.Line);
        Assert.Equal(23, error.Location?.Table);
        Assert.Contains("一级指标", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("一级指标", error.Text.Chinese, StringComparison.Ordinal);
        Assert.False(result.Success);

        var document = result.Document!;
        Assert.Equal(23, document.Projects.Length);
        Assert.Equal(ImportFixtures.SeedDocument.Projects.Take(22), document.Projects.Take(22));
        Assert.Empty(document.Projects[22].Indicators);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[22].Goals.AsEnumerable(), document.Projects[22].Goals);
    }

    [Fact]
    public void A_table_cut_inside_its_budget_row_is_not_imported_and_says_what_was_expected()
    {
        // Table 23 stops after 预算数 (its value missing): no budget total, so no project.
        var bytes = ImportFixtures.EditSeed(lines => lines.RemoveRange(2395, lines.Count - 2395));
        var result = ImportFixtures.Import(bytes);
        Assert.Equal(22, result.Document!.Projects.Length);
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.MissingCells && e.Location?.Line == 2395 && e.Text.English.Contains("预算数", StringComparison.Ordinal));
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.TableCutShort && e.Location?.Table == 23);
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.MissingValue && e.Location?.Table == 23 && e.Text.English.Contains("not imported", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_with_a_missing_cell_is_reported_with_its_cells_and_the_rows_below_still_carry_its_category()
    {
        // Table 5, first indicator: its 指标值 "5个" (line 566) is gone.
        var bytes = ImportFixtures.EditSeed(lines => lines.RemoveAt(565));
        var result = ImportFixtures.Import(bytes);

        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.MissingCells, error.Code);
        Assert.Equal((562, 5, 9), (error.Location?.Line, error.Location?.Table, error.Location?.Row));
        Assert.Contains("5 cells where 6 were expected", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("发放社区工作者人数", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("年初工作计划", error.Text.English, StringComparison.Ordinal);

        var table5 = result.Document!.Projects[4];
        var original = ImportFixtures.SeedDocument.Projects[4];
        Assert.Equal(original.Indicators.Skip(1), table5.Indicators);
        Assert.Equal(ImportFixtures.SeedDocument.IndicatorCount - 1, result.Document.IndicatorCount);
    }

    [Fact]
    public void An_unknown_label_is_an_error_naming_the_expected_labels_and_the_row_is_not_imported()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines[ImportFixtures.IndexOf(lines, "\t资金支出计划（%）", 6)] = "\t资金计划安排");
        var result = ImportFixtures.Import(bytes);

        var errors = result.Errors().ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ImportDiagnosticCodes.UnknownLabel, e.Code));
        Assert.Equal((744, 7), (errors[0].Location?.Line, errors[0].Location?.Table));
        Assert.Contains("资金计划安排", errors[0].Text.English, StringComparison.Ordinal);
        Assert.Contains("资金支出计划（%）", errors[0].Text.English, StringComparison.Ordinal);
        Assert.Contains("continues the unrecognised row at line 744", errors[1].Text.English, StringComparison.Ordinal);
        Assert.Contains("\"25%\"", errors[1].Text.English, StringComparison.Ordinal);

        Assert.Empty(result.Document!.Projects[6].SpendingPlan);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[6] with { SpendingPlan = [] }, result.Document.Projects[6]);
    }

    [Fact]
    public void An_unknown_field_label_in_a_row_of_pairs_is_an_error_and_the_known_pairs_are_kept()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines[ImportFixtures.IndexOf(lines, "\t项目编码", 2)] = "\t项目号码");
        var result = ImportFixtures.Import(bytes);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.UnknownLabel, error.Code);
        Assert.Equal(300, error.Location?.Line);
        Assert.Contains("13073024P00889410018Q", error.Text.English, StringComparison.Ordinal);
        var project = result.Document!.Projects[2];
        Assert.Null(project.Code);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[2].Name, project.Name);
    }

    [Fact]
    public void An_extra_cell_holding_text_is_an_error_but_one_holding_only_tabs_is_an_artefact()
    {
        // Line 1618 (table 15) is a cell of nothing but tabs after the goal: no diagnostic for it in the seed.
        Assert.Equal("\t\t\t\t\t", ImportFixtures.SeedLines[1617]);
        var bytes = ImportFixtures.EditSeed(lines => lines[1617] = "\t2.保障村务公开。\t\t");
        var result = ImportFixtures.Import(bytes);
        Assert.Empty(result.Errors());
        Assert.Equal(new[] { "保障村级组织工作顺利进行。", "保障村务公开。" }, result.Document!.Projects[14].Goals);

        bytes = ImportFixtures.EditSeed(lines => lines.Insert(152, "\t多余的内容"));
        result = ImportFixtures.Import(bytes);
        var error = Assert.Single(result.Errors());
        Assert.Equal((ImportDiagnosticCodes.UnexpectedCell, 153), (error.Code, error.Location?.Line));
        Assert.Contains("多余的内容", error.Text.English, StringComparison.Ordinal);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[0], result.Document!.Projects[0]);
    }

    [Fact]
    public void An_amount_that_is_not_a_number_is_an_error_and_a_table_without_budget_total_is_not_imported()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines[111] = "\t六十七万");
        var result = ImportFixtures.Import(bytes);
        Assert.Equal(22, result.Document!.Projects.Length);
        Assert.Equal(2, result.Document.Projects[0].Sequence);
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.InvalidNumber && e.Location?.Line == 112 && e.Text.English.Contains("六十七万", StringComparison.Ordinal));
        Assert.Contains(result.Errors(), e => e.Code == ImportDiagnosticCodes.MissingValue && e.Location?.Table == 1);

        bytes = ImportFixtures.EditSeed(lines => lines[113] = "\tabc");
        result = ImportFixtures.Import(bytes);
        Assert.Equal(23, result.Document!.Projects.Length);
        Assert.Null(result.Document.Projects[0].Budget.Fiscal);
        Assert.Equal(ImportDiagnosticCodes.InvalidNumber, Assert.Single(result.Errors()).Code);
    }

    [Fact]
    public void A_spending_plan_without_its_percentages_is_an_error()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines.RemoveRange(127, 6)); // the percentages row of table 1
        var result = ImportFixtures.Import(bytes);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.TableCutShort, error.Code);
        Assert.Contains("percentages", error.Text.English, StringComparison.Ordinal);
        Assert.Empty(result.Document!.Projects[0].SpendingPlan);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[0].Indicators.AsEnumerable(), result.Document.Projects[0].Indicators);
    }

    [Fact]
    public void The_table_of_contents_is_cross_checked_not_trusted()
    {
        var bytes = ImportFixtures.EditSeed(lines =>
        {
            lines[38] = "3.官厅镇怀财字【2024】7号防火工作经费绩效目标表\t6"; // worded differently
            lines.RemoveAt(42); // 7. missing from the contents
        });
        var result = ImportFixtures.Import(bytes);
        Assert.True(result.Success);
        Assert.Equal(ImportFixtures.SeedDocument, result.Document);
        var warnings = result.WithCode(ImportDiagnosticCodes.TocMismatch).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Location?.Line == 39 && w.Text.English.Contains("防火工作经费", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Location?.Table == 7 && w.Text.English.Contains("not listed", StringComparison.Ordinal));

        // A contents entry whose table is missing from the text.
        bytes = ImportFixtures.EditSeed(lines => lines.Insert(69, "24.不存在的项目绩效目标表\t27"));
        result = ImportFixtures.Import(bytes);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.TocMismatch), w => w.Location?.Line == 70 && w.Text.English.Contains("no such table", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_title_that_disagrees_with_its_project_name_is_a_warning()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines[100] = "[bookmark: _Toc_4_4_0000000004]1.官厅镇村干部补贴绩效目标表");
        var result = ImportFixtures.Import(bytes);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.TitleMismatch), w => w.Location?.Line == 101 && w.Severity == Severity.Warning);
        Assert.Equal("官厅镇村干部工资", result.Document!.Projects[0].Name);
    }

    [Fact]
    public void A_bracketed_note_on_the_cover_is_not_part_of_the_title()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines[5] = "（征求意见稿）");
        var result = ImportFixtures.Import(bytes);
        Assert.Equal("怀来县官厅镇人民政府2024年部门预算绩效文本", result.Document!.Title);
        Assert.Null(result.Document.Stage);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.IgnoredText), w => w.Location?.Line == 6 && w.Severity == Severity.Warning);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.CoverIncomplete), w => w.Text.English.Contains("draft", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_title_line_still_separates_the_tables()
    {
        var bytes = ImportFixtures.EditSeed(lines => lines.RemoveAt(198)); // the title of table 2
        var result = ImportFixtures.Import(bytes);
        Assert.Equal(23, result.Document!.Projects.Length);
        Assert.Null(result.Document.Projects[1].Sequence);
        Assert.Equal(ImportFixtures.SeedDocument.Projects[1] with { Sequence = null }, result.Document.Projects[1]);
        Assert.Contains(result.WithCode(ImportDiagnosticCodes.TitleMismatch), w => w.Location?.Line == 199);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n\r\n")]
    [InlineData("\uFEFF")]
    public void Empty_input_is_an_error_without_document(string text)
    {
        var result = ImportFixtures.Import(text);
        Assert.Null(result.Document);
        Assert.Equal(ImportDiagnosticCodes.EmptyInput, Assert.Single(result.Errors()).Code);
        Assert.Equal(0, result.SourceMap.Count);
        Assert.Throws<TargetImportException>(() => result.GetDocumentOrThrow());
    }

    [Fact]
    public void Binary_input_is_an_error_without_document()
    {
        var random = new Random(7);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        var result = ImportFixtures.Import(bytes);
        Assert.Null(result.Document);
        Assert.Contains(Assert.Single(result.Errors()).Code, new[] { ImportDiagnosticCodes.BinaryInput, ImportDiagnosticCodes.InvalidEncoding });

        // Control characters without NUL bytes are binary too.
        result = ImportFixtures.Import(Encoding.UTF8.GetBytes("\t项目编码\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000E\u000F"));
        Assert.Equal(ImportDiagnosticCodes.BinaryInput, Assert.Single(result.Errors()).Code);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, ".xls")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    public void Files_of_other_formats_are_named_in_the_error(byte[] bytes, string named)
    {
        var result = ImportFixtures.Import(bytes);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.UnsupportedFormat, error.Code);
        Assert.Contains(named, error.Text.English, StringComparison.Ordinal);
        Assert.NotNull(error.HintText?.English);
    }

    [Fact]
    public void Json_and_unrecognised_text_are_refused_with_what_was_expected()
    {
        var json = ImportFixtures.Import(File.ReadAllBytes(Infrastructure.TestPaths.Excerpt));
        Assert.Equal(ImportDiagnosticCodes.UnsupportedFormat, Assert.Single(json.Errors()).Code);

        var prose = ImportFixtures.Import("这是一段普通文字。\n没有表格。\n");
        var error = Assert.Single(prose.Errors());
        Assert.Equal(ImportDiagnosticCodes.UnknownLayout, error.Code);
        Assert.Contains("项目编码", error.Text.English, StringComparison.Ordinal);
        Assert.Contains("项目名称", error.Text.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_over_the_size_limit_is_refused_before_it_is_read_whole()
    {
        var options = new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = 1000  } };
        var bytes = File.ReadAllBytes(Infrastructure.TestPaths.Seed);
        var result = TargetImporter.Import(bytes, options);
        Assert.Null(result.Document);
        var error = Assert.Single(result.Errors());
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, error.Code);
        Assert.Contains("1,000", error.Text.English, StringComparison.Ordinal);

        using var stream = new MemoryStream(bytes);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, Assert.Single(TargetImporter.Import(stream, options).Errors()).Code);
        Assert.Equal(ImportDiagnosticCodes.InputTooLarge, Assert.Single(TargetImporter.Import(Infrastructure.TestPaths.Seed, options).Errors()).Code);
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetImporter.Import(bytes, new ImportOptions { Limits = new DocumentLimits { MaxInputBytes = 0  } }));
    }

    [Fact]
    public void A_huge_line_and_many_tabs_import_in_linear_time()
    {
        var huge = "\t项目编码\n\t" + new string('码', 4_000_000) + "\n\t项目名称\n\t" + new string('\t', 2_000_000) + "x" + new string(' ', 1_000_000) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = ImportFixtures.Import(huge);
        watch.Stop();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
        Assert.NotEmpty(result.Errors());
    }

    [Fact]
    public void Caller_mistakes_are_exceptions()
    {
        Assert.Throws<ArgumentNullException>(() => TargetImporter.Import((string)null!));
        Assert.Throws<ArgumentNullException>(() => TargetImporter.Import((byte[])null!));
        Assert.Throws<ArgumentNullException>(() => TargetImporter.Import((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => TargetImporter.ImportText(null!));
        Assert.Throws<ArgumentException>(() => TargetImporter.Import(string.Empty));
        Assert.Throws<FileNotFoundException>(() => TargetImporter.Import(Path.Combine(Path.GetTempPath(), "no-such-file-" + Guid.NewGuid().ToString("N") + ".txt")));
    }

    [Fact]
    public void Diagnostics_format_as_one_line_in_either_language()
    {
        var result = ImportFixtures.Import(ImportFixtures.EditSeed(lines => lines.RemoveAt(565)));
        var error = result.Errors().First();
        Assert.StartsWith("test.txt:562 (table 5, row 9): error PTI105: The indicator row has 5 cells", error.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("test.txt:562 (table 5, row 9): error PTI105: 指标行有 5 个单元格", error.Format(Language.Chinese), StringComparison.Ordinal);
        Assert.Equal(error.ToString(), error.Format(Language.English));
        Assert.Equal(error.Text.Chinese, error.Text[Language.Chinese]);
        Assert.DoesNotContain('\n', error.ToString());
    }

    [Fact]
    public void The_intact_tables_of_a_damaged_seed_still_round_trip_through_json()
    {
        var bytes = ImportFixtures.EditSeed(lines =>
        {
            lines.RemoveAt(565);
            lines[111] = "\tabc";
        });
        var result = ImportFixtures.Import(bytes);
        var json = TargetJson.Write(result.Document!);
        var read = TargetJson.Read(json);
        Assert.True(read.Success, string.Join("\n", read.Errors));
        Assert.Equal(result.Document, read.Document);
    }
}
