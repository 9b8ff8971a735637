using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Builds Word documents for the tests by hand with the Open XML SDK (WordprocessingML), independently of the
/// importer: paragraphs, tables with horizontally (gridSpan) and vertically (vMerge) merged cells, and the seed's text
/// layout turned into a Word document in the seed's layout.
/// </summary>
public static class DocxBuilder
{
    /// <summary>A cell of a <see cref="Tbl"/>: its paragraphs (or run content), its grid span and its vertical merge.</summary>
    public sealed record Cell(OpenXmlElement[] Content, int Span = 1, MergedCellValues? VMerge = null, bool ContinueWithoutVal = false)
    {
        public static implicit operator Cell(string text) => new([Para(text)]);

        public static Cell Restart(string text, int span = 1) => new([Para(text)], span, MergedCellValues.Restart);

        /// <summary>The continuation of a vertical merge (an empty paragraph, as Word writes it).</summary>
        public static Cell Continue(int span = 1) => new([new Paragraph()], span, MergedCellValues.Continue, ContinueWithoutVal: true);

        public static Cell Spanning(string text, int span) => new([Para(text)], span);
    }

    /// <summary>A table block: its rows.</summary>
    public sealed record Tbl(Cell[][] Rows);

    /// <summary>A paragraph of text: LF in the text becomes a soft line break (w:br), TAB a w:tab.</summary>
    public static Paragraph Para(string text)
    {
        var paragraph = new Paragraph();
        var run = new Run();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t'))
            {
                continue;
            }

            if (i > start)
            {
                run.AppendChild(new Text(text.Substring(start, i - start)) { Space = SpaceProcessingModeValues.Preserve });
            }

            if (i < text.Length)
            {
                run.AppendChild<OpenXmlElement>(text[i] == '\n' ? new Break() : new TabChar());
            }

            start = i + 1;
        }

        paragraph.AppendChild(run);
        return paragraph;
    }

    /// <summary>Builds a document from blocks: a string (a paragraph), a <see cref="Tbl"/>, or any body element.</summary>
    public static byte[] Build(params object[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var block in blocks)
            {
                body.AppendChild(block switch
                {
                    string text => Para(text),
                    Tbl table => Table(table),
                    OpenXmlElement element => element,
                    _ => throw new ArgumentException("unknown block " + block),
                });
            }

            body.AppendChild(new SectionProperties());
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A Word table with borders, its grid as wide as its widest row.</summary>
    public static Table Table(Tbl table)
    {
        var width = table.Rows.Max(r => r.Sum(c => c.Span));
        var result = new Table(
            new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single },
                new LeftBorder { Val = BorderValues.Single }, new RightBorder { Val = BorderValues.Single },
                new InsideHorizontalBorder { Val = BorderValues.Single }, new InsideVerticalBorder { Val = BorderValues.Single })),
            new TableGrid(Enumerable.Range(0, width).Select(_ => new GridColumn { Width = "1200" })));
        foreach (var row in table.Rows)
        {
            var tr = new TableRow();
            foreach (var cell in row)
            {
                var properties = new TableCellProperties();
                if (cell.Span > 1)
                {
                    properties.AppendChild(new GridSpan { Val = cell.Span });
                }

                if (cell.VMerge is { } merge)
                {
                    properties.AppendChild(cell.ContinueWithoutVal ? new VerticalMerge() : new VerticalMerge { Val = merge });
                }

                var tc = new TableCell(properties);
                foreach (var content in cell.Content)
                {
                    tc.AppendChild(content.CloneNode(true));
                }

                tr.AppendChild(tc);
            }

            result.AppendChild(tr);
        }

        return result;
    }

    /// <summary>
    /// The seed's text layout as a Word document in the seed's layout: each paragraph a paragraph (bookmarks left out),
    /// the table of contents as a two-column table, and each project table a Word table: 一级指标 and 二级指标 merged
    /// vertically over their runs (vMerge), the budget and spending-plan labels merged over the row below them, the last
    /// cell of a row shorter than the grid spanning the rest of it (gridSpan).
    /// </summary>
    public static byte[] FromSeedText(string text)
    {
        var blocks = new List<object>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        List<string>? cells = null;
        var rows = new List<List<string>>();
        var toc = new List<Cell[]>();
        var inToc = false;

        void EndRow()
        {
            if (cells is not null)
            {
                rows.Add(cells);
                cells = null;
            }
        }

        void EndTable()
        {
            EndRow();
            if (rows.Count > 0)
            {
                blocks.Add(SeedTable(rows));
                rows = [];
            }
        }

        foreach (var raw in lines)
        {
            var line = StripBookmarks(raw);
            if (raw.StartsWith('\t'))
            {
                cells ??= [];
                cells.Add(StripBookmarks(raw.Substring(1)).TrimEnd('\t'));
                continue;
            }

            if (line.Length == 0 && cells is not null)
            {
                EndRow();
                continue;
            }

            EndTable();
            if (line.Trim() == "目    录" || line.Trim() == "目录")
            {
                blocks.Add(line);
                inToc = true;
                continue;
            }

            if (inToc)
            {
                var tab = line.LastIndexOf('\t');
                if (tab > 0 && int.TryParse(line.Substring(tab + 1), out _))
                {
                    toc.Add([line.Substring(0, tab), line.Substring(tab + 1)]);
                    continue;
                }

                if (line.StartsWith("第", StringComparison.Ordinal) && toc.Count > 0 || line.Trim().Length == 0)
                {
                    if (line.Trim().Length > 0)
                    {
                        toc.Add([Cell.Spanning(line, 2)]);
                    }

                    continue;
                }

                if (toc.Count > 0)
                {
                    blocks.Add(new Tbl([.. toc]));
                }

                inToc = false;
            }

            blocks.Add(line);
        }

        EndTable();
        return Build([.. blocks]);
    }

    private static string StripBookmarks(string line)
    {
        while (line.StartsWith("[bookmark:", StringComparison.Ordinal) && line.IndexOf(']') is > 0 and var close)
        {
            line = line.Substring(close + 1);
        }

        return line;
    }

    /// <summary>One project table of the seed as a Word table, with its merges.</summary>
    private static Tbl SeedTable(List<List<string>> rows)
    {
        var width = rows.Max(r => r.Count);
        var result = new List<Cell[]>();
        var indicators = false;
        var open = new bool[2];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var next = r + 1 < rows.Count ? rows[r + 1] : null;
            var cells = new List<Cell>();
            for (var c = 0; c < row.Count; c++)
            {
                var text = row[c];
                var span = c == row.Count - 1 ? width - row.Count + 1 : 1;
                Cell cell = text;
                if (indicators && c is 0 or 1)
                {
                    var nextEmpty = next is not null && next.Count > c && next[c].Length == 0 && (c == 0 || next[0].Length == 0);
                    cell = text.Length == 0 && open[c] ? Cell.Continue(span)
                        : text.Length > 0 && nextEmpty ? Cell.Restart(text, span)
                        : new Cell([Para(text)], span);
                    open[c] = cell.VMerge is not null;
                }
                else if (c == 0 && text.Length > 0 && next is not null && next.Count > 0 && next[0].Length == 0 && !indicators)
                {
                    // 预算规模及资金用途, 资金支出计划（%）: merged over the row below, whose first cell is empty.
                    cell = Cell.Restart(text, span);
                }
                else if (c == 0 && text.Length == 0 && r > 0 && !indicators && result[^1][0].VMerge is not null)
                {
                    cell = Cell.Continue(span);
                }
                else
                {
                    cell = new Cell([Para(text)], span);
                }

                cells.Add(cell);
            }

            if (!indicators && row.Count > 0 && row[0] == "一级指标")
            {
                indicators = true;
            }

            result.Add([.. cells]);
        }

        return new Tbl([.. result]);
    }

    /// <summary>The text of a document's body paragraphs, for checks.</summary>
    public static string BodyText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var builder = new StringBuilder();
        foreach (var paragraph in document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>())
        {
            builder.AppendLine(paragraph.InnerText);
        }

        return builder.ToString();
    }
}
