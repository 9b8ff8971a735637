using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Readers;

/// <summary>
/// A cell of a Word table: its text and place (one per <c>w:tc</c>, as Word counts cells), the grid column it starts
/// at and how many it spans (<c>gridSpan</c>), and for the continuation of a vertical merge (<c>vMerge</c>) the text of
/// the cell that starts the merge.
/// </summary>
internal readonly record struct DocxCell(SourceCell Cell, int Column, int Span, bool Continues, string? Merged);

/// <summary>A row of a Word table: its 1-based number in the table, the paragraph it starts at, and its cells.</summary>
internal sealed class DocxRow
{
    public DocxRow(int number, int line, DocxCell[] cells)
    {
        Number = number;
        Line = line;
        Cells = cells;
    }

    public int Number { get; }

    public int Line { get; }

    public DocxCell[] Cells { get; }

    /// <summary>
    /// The row as Word counts its cells: one cell per <c>w:tc</c> (a cell spanning columns once), the continuation of a
    /// vertical merge empty, as a text extraction shows it, unless <paramref name="takeMerged"/> says that the cell at
    /// that index takes the text of the cell that starts its merge.
    /// </summary>
    /// <param name="takeMerged">Which cells of a vertical merge's continuation take its text; null for none.</param>
    /// <param name="rowOffset">Rows of the same table before this Word table (a table Word shows split): added to the row number.</param>
    public SourceRow ByCell(Func<int, bool>? takeMerged = null, int rowOffset = 0)
    {
        var cells = new SourceCell[Cells.Length];
        for (var i = 0; i < Cells.Length; i++)
        {
            var cell = Cells[i];
            cells[i] = !cell.Continues ? cell.Cell
                : cell.Cell with { Text = takeMerged is not null && takeMerged(i) ? cell.Merged ?? string.Empty : string.Empty, At = cell.Cell.At with { Exact = false } };
        }

        return new SourceRow(Number + rowOffset, Line, cells);
    }

    /// <summary>
    /// The row on the table's grid: one cell per grid column (a cell spanning columns in the first of them, the others
    /// empty), the continuation of a vertical merge with the text of the cell that starts it; cells numbered by column.
    /// </summary>
    public SourceRow ByGrid()
    {
        var width = Cells.Length == 0 ? 0 : Cells[^1].Column + Cells[^1].Span;
        var cells = new SourceCell[width];
        for (var column = 0; column < width; column++)
        {
            cells[column] = new SourceCell(string.Empty, new Place(Line, 1, 0, Number, column + 1));
        }

        foreach (var cell in Cells)
        {
            var text = cell.Continues ? cell.Merged ?? string.Empty : cell.Cell.Text;
            cells[cell.Column] = new SourceCell(text, cell.Cell.At with { Cell = cell.Column + 1, Exact = cell.Cell.At.Exact && !cell.Continues });
        }

        return new SourceRow(Number, Line, cells, sparse: true);
    }
}

/// <summary>A table of a Word document: its position among the document's tables (from 1), the paragraph it starts at, and its rows.</summary>
internal sealed class DocxTable
{
    public DocxTable(int ordinal, int line, List<DocxRow> rows, int rowCount)
    {
        Ordinal = ordinal;
        Line = line;
        Rows = rows;
        RowCount = rowCount;
    }

    /// <summary>Gets the number of rows of the Word table, those without cells included.</summary>
    public int RowCount { get; }

    public int Ordinal { get; }

    public int Line { get; }

    public List<DocxRow> Rows { get; }
}

/// <summary>A paragraph or a table of a Word document's body, in document order.</summary>
internal sealed class DocxBlock
{
    public DocxBlock(SourceCell paragraph) => Paragraph = paragraph;

    public DocxBlock(DocxTable table) => Table = table;

    public SourceCell? Paragraph { get; }

    public DocxTable? Table { get; }
}

/// <summary>
/// A DOCX document opened for import (with the Open XML SDK): its body read lazily, one top-level paragraph or table at a
/// time, as located paragraphs and table cells. It knows nothing of labels.
/// </summary>
/// <remarks>
/// <para>Text is what Word shows: runs, hyperlinks, content controls, smart tags and tracked insertions; the result of
/// fields (<c>w:fldSimple</c>, and of complex fields the part between <c>separate</c> and <c>end</c>), never their
/// instructions; tabs as tab characters; soft line breaks (<c>w:br</c>, <c>w:cr</c>) as LF. Deleted text, drawings,
/// text boxes and page or column breaks are left out. The paragraphs of a cell are joined with LF (empty ones at
/// its start and end left out); a table nested in a cell adds the text of each of its non-empty cells as one more line.
/// A table whose rows have one cell each and that holds tables (a frame around the content) is read as its content.</para>
/// <para>Places: the line is the paragraph's number in document order, counting every paragraph of the body and
/// of the table cells (nested ones too) from 1, the column the character within the paragraph; a table cell's place
/// is the first paragraph of the cell, its row (from 1, every row of the Word table counted) and its cell (from 1,
/// as Word counts cells). Not thread-safe; disposed after the import.</para>
/// </remarks>
internal sealed class DocxDocument : IDisposable
{
    /// <summary>The deepest nesting of tables in cells, and of runs in hyperlinks, fields and controls, that is read.</summary>
    private const int MaxDepth = 64;

    private readonly ImportContext _context;
    private readonly MemoryStream _stream;
    private readonly WordprocessingDocument _document;
    private readonly MainDocumentPart _main;
    private readonly List<bool> _fields = [];
    private int _paragraph;
    private int _tables;

    private DocxDocument(ImportContext context, MemoryStream stream, WordprocessingDocument document, MainDocumentPart main)
    {
        _context = context;
        _stream = stream;
        _document = document;
        _main = main;
    }

    /// <summary>Gets whether reading failed (the error was reported): there is no document.</summary>
    public bool Failed { get; private set; }

    /// <summary>Opens the document; null (after an error) when it is too large unpacked or cannot be opened.</summary>
    public static DocxDocument? Open(byte[] bytes, ImportContext context)
    {
        MemoryStream? stream = null;
        WordprocessingDocument? document = null;
        try
        {
            if (!OfficePackage.WithinUnpackedLimit(
                bytes,
                context,
                "The document",
                "文档",
                "Raise DocumentLimits.MaxInputBytes if the document is genuine.",
                "如文档确无问题，请调高 DocumentLimits.MaxInputBytes。"))
            {
                return null;
            }

            stream = new MemoryStream(bytes, writable: false);
            document = WordprocessingDocument.Open(stream, false, OfficePackage.Settings);
            if (document.MainDocumentPart is not { } main)
            {
                Unreadable(context, "it has no main document part", "其中没有主文档部分");
                document.Dispose();
                stream.Dispose();
                return null;
            }

            return new DocxDocument(context, stream, document, main);
        }
        catch (Exception ex) when (OfficePackage.IsDamage(ex))
        {
            Unreadable(context, ex.Message, ex.Message);
            document?.Dispose();
            stream?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Reads the body's paragraphs (blank ones left out) and tables lazily, in order; each call reads the document
    /// again from its start. Damage met on the way ends the blocks with an error <c>PTI007</c> and sets <see cref="Failed"/>.
    /// </summary>
    public IEnumerable<DocxBlock> Blocks()
    {
        _paragraph = 0;
        _tables = 0;
        _fields.Clear();
        using var blocks = ReadBody().GetEnumerator();
        while (true)
        {
            DocxBlock block;
            try
            {
                if (!blocks.MoveNext())
                {
                    yield break;
                }

                block = blocks.Current;
            }
            catch (Exception ex) when (OfficePackage.IsDamage(ex))
            {
                Failed = true;
                Unreadable(_context, ex.Message, ex.Message);
                yield break;
            }

            yield return block;
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static void Unreadable(ImportContext context, string reason, string reasonZh) =>
        context.Error(
            ImportDiagnosticCodes.UnsupportedFormat,
            Place.None,
            "The input is a ZIP file but not a readable Word document (.docx): " + reason + ".",
            "输入是 ZIP 文件，但不是可读取的 Word 文档（.docx）：" + reasonZh + "。",
            "Open the file in Word or WPS and save it again as .docx.",
            "请用 Word 或 WPS 打开该文件并重新保存为 .docx。");

    /// <summary>Reads the body one top-level element at a time (a reader, not the DOM: memory follows the table at hand).</summary>
    private IEnumerable<DocxBlock> ReadBody()
    {
        using var reader = OpenXmlReader.Create(_main);
        var more = reader.Read();
        while (more)
        {
            if (reader.IsStartElement && reader.Depth == 2
                && (reader.ElementType == typeof(Paragraph) || reader.ElementType == typeof(Table) || reader.ElementType == typeof(SdtBlock) || reader.ElementType == typeof(CustomXmlBlock)))
            {
                var element = reader.LoadCurrentElement()!;
                more = !reader.EOF; // loading the element moved the reader past it
                foreach (var block in Walk(element))
                {
                    yield return block;
                }

                continue;
            }

            more = reader.Read();
        }
    }

    /// <summary>The blocks of a body-level element: a paragraph, a table, or a container of them (content control, custom XML, frame table).</summary>
    private IEnumerable<DocxBlock> Walk(OpenXmlElement element, int depth = 0)
    {
        switch (element)
        {
            case Paragraph paragraph:
                var line = ++_paragraph;
                var text = TextOf(paragraph);
                if (!CellText.IsBlank(text))
                {
                    yield return new DocxBlock(new SourceCell(text, new Place(line, 1, Exact: true)));
                }

                break;
            case Table table when depth < MaxDepth && IsFrame(table):
                foreach (var cell in table.Descendants<TableCell>().Where(c => c.Ancestors<Table>().First() == table))
                {
                    foreach (var child in cell.ChildElements)
                    {
                        foreach (var block in Walk(child, depth + 1))
                        {
                            yield return block;
                        }
                    }
                }

                break;
            case Table table:
                yield return new DocxBlock(ReadTable(table));
                break;
            case SdtBlock or CustomXmlBlock or SdtContentBlock when depth < MaxDepth:
                foreach (var child in element.ChildElements)
                {
                    if (child is SdtContentBlock or Paragraph or Table or SdtBlock or CustomXmlBlock)
                    {
                        foreach (var block in Walk(child, depth + 1))
                        {
                            yield return block;
                        }
                    }
                }

                break;
            default:
                break;
        }
    }

    /// <summary>Whether a table is a frame around content: every row has one cell, and it holds a table.</summary>
    private static bool IsFrame(Table table)
    {
        var rows = Rows(table).ToList();
        return rows.Count > 0 && rows.All(r => Cells(r).Take(2).Count() == 1) && table.Descendants<Table>().Any();
    }

    /// <summary>The rows of a table, also those inside content controls and custom XML.</summary>
    private static IEnumerable<TableRow> Rows(Table table)
    {
        foreach (var child in table.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow)
            {
                foreach (var inner in child.Descendants<TableRow>())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The cells of a row, also those inside content controls and custom XML.</summary>
    private static IEnumerable<TableCell> Cells(TableRow row)
    {
        foreach (var child in row.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell)
            {
                foreach (var inner in child.Descendants<TableCell>())
                {
                    yield return inner;
                }
            }
        }
    }

    private DocxTable ReadTable(Table table)
    {
        var ordinal = ++_tables;
        var tableLine = _paragraph + 1;
        var rows = new List<DocxRow>();
        var restarts = new Dictionary<int, string>();
        var number = 0;
        foreach (var row in Rows(table))
        {
            number++;
            var line = _paragraph + 1;
            var column = (int)Math.Min(row.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0, 1000);
            var cells = new List<DocxCell>();
            foreach (var cell in Cells(row))
            {
                var properties = cell.TableCellProperties;
                if (properties?.HorizontalMerge?.Val?.Value == MergedCellValues.Continue && cells.Count > 0)
                {
                    // A legacy horizontal merge (w:hMerge): the cell belongs to the one before it.
                    CountParagraphs(cell);
                    var last = cells[^1];
                    cells[^1] = last with { Span = last.Span + 1 };
                    column++;
                    continue;
                }

                var span = Math.Min(Math.Max(properties?.GridSpan?.Val?.Value ?? 1, 1), 1000);
                var vertical = properties?.VerticalMerge;
                var continues = vertical is not null && (vertical.Val is null || vertical.Val.Value == MergedCellValues.Continue);
                var cellLine = _paragraph + 1;
                var (text, exact) = CellTextOf(cell);
                string? merged = null;
                if (continues)
                {
                    restarts.TryGetValue(column, out merged);
                }
                else if (vertical is not null)
                {
                    restarts[column] = text;
                }
                else
                {
                    restarts.Remove(column);
                }

                cells.Add(new DocxCell(new SourceCell(text, new Place(cellLine, 1, 0, number, cells.Count + 1, exact)), column, span, continues, merged));
                column += span;
            }

            if (cells.Count > 0)
            {
                rows.Add(new DocxRow(number, line, [.. cells]));
            }
        }

        return new DocxTable(ordinal, tableLine, rows, number);
    }

    private void CountParagraphs(OpenXmlElement element) => _paragraph += element.Descendants<Paragraph>().Count();

    /// <summary>
    /// The text of a cell: its paragraphs joined with LF (empty ones at the start and the end left out), and the text of
    /// each non-empty cell of a nested table as a line of its own. Exact when it is one paragraph's text.
    /// </summary>
    private (string Text, bool Exact) CellTextOf(TableCell cell, int depth = 0)
    {
        var lines = new List<string>();
        AddLines(cell, lines, depth);
        var start = 0;
        var end = lines.Count;
        while (start < end && lines[start].Length == 0)
        {
            start++;
        }

        while (end > start && lines[end - 1].Length == 0)
        {
            end--;
        }

        return (end - start) switch
        {
            0 => (string.Empty, false),
            1 => (lines[start], lines.Count == 1),
            _ => (string.Join("\n", lines.Skip(start).Take(end - start)), false),
        };
    }

    private void AddLines(OpenXmlElement container, List<string> lines, int depth)
    {
        if (depth > MaxDepth)
        {
            return; // hostile nesting: deeper content is not read (and cannot exhaust the stack)
        }

        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph paragraph:
                    _paragraph++;
                    lines.Add(TextOf(paragraph));
                    break;
                case Table nested:
                    foreach (var row in Rows(nested))
                    {
                        foreach (var cell in Cells(row))
                        {
                            var (text, _) = CellTextOf(cell, depth + 1);
                            if (text.Length > 0)
                            {
                                lines.Add(text);
                            }
                        }
                    }

                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock or SdtCell or SdtContentCell:
                    AddLines(child, lines, depth + 1);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>The text of a paragraph as Word shows it; a field instruction ends at the end of its paragraph at the latest.</summary>
    private string TextOf(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        Append(paragraph, builder, 0);
        for (var i = 0; i < _fields.Count; i++)
        {
            _fields[i] = false;
        }

        return builder.ToString();
    }

    /// <summary>Whether the text at hand is a field's instruction (of it or of a field around it), not its result.</summary>
    private bool InInstruction => _fields.Contains(true);

    private void Append(OpenXmlElement element, StringBuilder text, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    if (!InInstruction)
                    {
                        text.Append(t.Text);
                    }

                    break;
                case TabChar or PositionalTab:
                    if (!InInstruction)
                    {
                        text.Append('\t');
                    }

                    break;
                case Break br:
                    if (!InInstruction && (br.Type is null || br.Type.Value == BreakValues.TextWrapping))
                    {
                        text.Append('\n');
                    }

                    break;
                case CarriageReturn:
                    if (!InInstruction)
                    {
                        text.Append('\n');
                    }

                    break;
                case NoBreakHyphen:
                    if (!InInstruction)
                    {
                        text.Append('-');
                    }

                    break;
                case FieldChar field:
                    Field(field);
                    break;
                case ParagraphProperties or RunProperties or FieldCode or DeletedFieldCode or DeletedText or DeletedRun or MoveFromRun
                    or Drawing or Picture or EmbeddedObject or AlternateContent or RubyContent or SoftHyphen:
                    break;
                default:
                    if (child.HasChildren)
                    {
                        Append(child, text, depth + 1);
                    }

                    break;
            }
        }
    }

    private void Field(FieldChar field)
    {
        var type = field.FieldCharType?.Value;
        if (type == FieldCharValues.Begin)
        {
            if (_fields.Count < 64)
            {
                _fields.Add(true);
            }
        }
        else if (type == FieldCharValues.Separate)
        {
            if (_fields.Count > 0)
            {
                _fields[^1] = false;
            }
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            _fields.RemoveAt(_fields.Count - 1);
        }
    }
}
