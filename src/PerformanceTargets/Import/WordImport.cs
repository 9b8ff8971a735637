using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Import.Readers;

namespace PerformanceTargets.Import;

/// <summary>
/// Imports a Word document (.docx): the <see cref="DocxDocument"/> reader gives its paragraphs and tables, each table is
/// told apart by its labels (<see cref="WordTables"/>), and the existing layouts read them: the paragraphs and the
/// project tables in document order through <see cref="DocumentLayout"/> (the seed's layout, a table per project), or
/// the flat tables through <see cref="FlatLayout"/>. Other tables (a contents table, a budget summary) are reported,
/// not imported.
/// </summary>
internal static class WordImport
{
    /// <summary>How many paragraphs above a flat table are read as its title rows.</summary>
    private const int MaxTitleParagraphs = 5;

    public static ImportResult Import(byte[] bytes, ImportContext context)
    {
        using var document = DocxDocument.Open(bytes, context);
        if (document is null)
        {
            return context.Finish(null);
        }

        // First pass: what each table is (a table at a time; nothing is kept but its role).
        var roles = new List<WordTableRole>();
        var groups = new List<int>();
        var group = 0;
        foreach (var block in document.Blocks())
        {
            if (block.Table is { } table)
            {
                roles.Add(WordTables.Classify([.. table.Rows.Select(r => r.ByCell())]));
                groups.Add(group);
            }
            else
            {
                group++; // a paragraph with text between two tables: they are not one table split
            }
        }

        WordTables.Resolve(roles, groups);

        if (document.Failed)
        {
            return context.Finish(null);
        }

        var layout = context.Options.Layout;
        var hasProject = roles.Contains(WordTableRole.Project);
        var hasFlat = roles.Contains(WordTableRole.Flat);
        if (layout == ImportLayout.Auto)
        {
            layout = hasProject ? ImportLayout.Text : hasFlat ? ImportLayout.Flat : ImportLayout.Auto;
        }

        if (layout == ImportLayout.Auto || (layout == ImportLayout.Text && !hasProject) || (layout == ImportLayout.Flat && !hasFlat))
        {
            NoTargetTable(context, roles.Count, layout);
            return context.Finish(null);
        }

        context.Layout = layout;
        var result = layout == ImportLayout.Flat
            ? FlatLayout.Import(FlatRows(document, roles, context), context)
            : DocumentLayout.Import(DocumentBlocks(document, roles, context), context);
        return context.Finish(document.Failed ? null : result);
    }

    private static void NoTargetTable(ImportContext context, int tables, ImportLayout layout)
    {
        var count = tables.ToString(CultureInfo.InvariantCulture);
        var which = layout switch
        {
            ImportLayout.Text => ("no project table (rows labelled 项目名称, 预算数, 绩效目标 and an indicator header 一级指标 | 二级指标 | 三级指标 | 指标值)", "没有项目表格（含 项目名称、预算数、绩效目标 等标签行和 一级指标 | 二级指标 | 三级指标 | 指标值 指标表头）"),
            ImportLayout.Flat => ("no flat table (a header row naming 项目名称, 一级指标, 二级指标, 三级指标, 指标值)", "没有一维表（表头行含 项目名称、一级指标、二级指标、三级指标、指标值）"),
            _ => ("no performance target table: no table has rows labelled 项目名称, 项目编码, 预算数, 绩效目标 or an indicator header 一级指标 | 二级指标 | 三级指标 | 指标值, and none has a header row naming 项目名称 and 指标值", "没有绩效目标表：没有任何表格含 项目名称、项目编码、预算数、绩效目标 等标签行或 一级指标 | 二级指标 | 三级指标 | 指标值 指标表头，也没有表头行含 项目名称 和 指标值 的表格"),
        };
        context.Error(
            ImportDiagnosticCodes.UnknownLayout,
            Place.None,
            "The Word document holds " + which.Item1 + "; its " + count + " table(s) were not imported.",
            "该 Word 文档中" + which.Item2 + "；其 " + count + " 个表格均未导入。",
            "Import the document that holds the 预算绩效目标表 tables, or check that their label cells are written as in docs/import.md.",
            "请导入含预算绩效目标表的文档，或核对表格的标签单元格是否与 docs/import.md 所列一致。");
    }

    private static void Ignored(ImportContext context, DocxTable table, WordTableRole role)
    {
        var ordinal = table.Ordinal.ToString(CultureInfo.InvariantCulture);
        var rows = table.Rows.Count.ToString(CultureInfo.InvariantCulture);
        var first = table.Rows.Count > 0 ? CellText.Join(table.Rows[0].Cells.Take(4).Select(c => c.Cell.Text)) : "\"\"";
        var (english, chinese) = role switch
        {
            WordTableRole.Flat => (" is a flat table, but the document is read as project tables", "是一维表，但本文档按项目表格读取"),
            WordTableRole.Project => (" is a project table, but the document is read as a flat table", "是项目表格，但本文档按一维表读取"),
            _ => (" is not a performance target table", "不是绩效目标表"),
        };
        context.Info(
            ImportDiagnosticCodes.IgnoredText,
            new Place(table.Line, 1),
            "Word table " + ordinal + " (" + rows + " rows, first row " + first + ")" + english + "; it was not imported.",
            "Word 表格 " + ordinal + "（" + rows + " 行，首行 " + first + "）" + chinese + "，未导入。");
    }

    /// <summary>
    /// Second pass for the seed's layout: paragraphs, and the rows of the project tables (a caption row as the title
    /// paragraph above the table; below an indicator header, a merged cell of another column than 一级指标 or 二级指标
    /// repeats its value).
    /// </summary>
    private static IEnumerable<SourceBlock> DocumentBlocks(DocxDocument document, List<WordTableRole> roles, ImportContext context)
    {
        var rowOffset = 0;
        var previousRows = -1; // the rows of the project table just before, when nothing but empty paragraphs came since
        foreach (var block in document.Blocks())
        {
            if (block.Paragraph is { } paragraph)
            {
                previousRows = -1;
                yield return new SourceBlock(paragraph);
                continue;
            }

            var table = block.Table!;
            var role = table.Ordinal <= roles.Count ? roles[table.Ordinal - 1] : WordTableRole.Other;
            if (role != WordTableRole.Project)
            {
                previousRows = -1;
                Ignored(context, table, role);
                continue;
            }

            // A table Word shows split by an empty paragraph is one table: its rows are counted on through the pieces.
            rowOffset = previousRows >= 0 ? rowOffset + previousRows : 0;
            previousRows = table.RowCount;

            var labelled = false;
            ImportField[]? columns = null;
            foreach (var docxRow in table.Rows)
            {
                var fields = columns;
                var row = docxRow.ByCell(fields is null ? null : i => i < fields.Length && ImportColumns.IsIndicatorField(fields[i]) && fields[i] is not (ImportField.Level1 or ImportField.Level2), rowOffset);
                if (!labelled)
                {
                    if (row.IsEmpty)
                    {
                        continue;
                    }

                    if (WordTables.IsCaption(row, out var caption))
                    {
                        yield return new SourceBlock(caption with { At = caption.At with { Row = 0, Cell = 0 } });
                        continue;
                    }

                    labelled = true;
                }

                if (ProjectTableLayout.IsIndicatorHeader(row))
                {
                    columns = WordTables.IndicatorColumns(row);
                }

                yield return new SourceBlock(row);
            }
        }
    }

    /// <summary>
    /// Second pass for a flat layout: the last paragraphs above the first flat table as its title rows, then the rows of
    /// the flat tables on their grids, a repeated header row of a later table left out.
    /// </summary>
    private static IEnumerable<SourceRow> FlatRows(DocxDocument document, List<WordTableRole> roles, ImportContext context)
    {
        var first = true;
        var above = new Queue<SourceCell>();
        foreach (var block in document.Blocks())
        {
            if (block.Table is not { } table)
            {
                if (first && block.Paragraph is { } paragraph)
                {
                    // The paragraphs just above the table are its title rows (title, year, 单位：万元).
                    above.Enqueue(paragraph);
                    if (above.Count > MaxTitleParagraphs)
                    {
                        above.Dequeue();
                    }
                }

                continue;
            }

            var role = table.Ordinal <= roles.Count ? roles[table.Ordinal - 1] : WordTableRole.Other;
            if (role != WordTableRole.Flat)
            {
                if (role == WordTableRole.Project)
                {
                    Ignored(context, table, role);
                }

                continue;
            }

            while (first && above.Count > 0)
            {
                var paragraph = above.Dequeue();
                yield return new SourceRow(0, paragraph.At.Line, [paragraph]);
            }

            foreach (var docxRow in table.Rows)
            {
                var row = docxRow.ByGrid();
                if (!first && WordTables.IsFlatHeader(row))
                {
                    continue;
                }

                yield return row;
            }

            first = false;
        }
    }
}
