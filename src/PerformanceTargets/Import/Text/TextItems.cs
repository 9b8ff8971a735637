namespace PerformanceTargets.Import.Text;

/// <summary>One table cell: its text (trailing tab artefacts removed) and where the text starts.</summary>
internal sealed record TextCell(string Text, int Line, int Column);

/// <summary>One table row: the tab-led lines up to the next blank line.</summary>
internal sealed class TextRow
{
    public TextRow(List<TextCell> cells) => Cells = cells;

    public List<TextCell> Cells { get; }

    public int Line => Cells[0].Line;

    public string Text(int index) => index < Cells.Count ? Cells[index].Text : string.Empty;

    public bool IsEmpty => Cells.TrueForAll(c => CellText.IsBlank(c.Text));
}

/// <summary>A paragraph line outside tables: its text with Word bookmarks and trailing tabs removed.</summary>
internal sealed record TextParagraph(string Text, int Line, int Column, IReadOnlyList<string> Bookmarks);

/// <summary>A paragraph or a table row, in document order.</summary>
internal sealed class TextItem
{
    public TextItem(TextParagraph paragraph) => Paragraph = paragraph;

    public TextItem(TextRow row) => Row = row;

    public TextParagraph? Paragraph { get; }

    public TextRow? Row { get; }

    public int Line => Paragraph?.Line ?? Row!.Line;
}

/// <summary>Cuts the extracted text into paragraphs and table rows.</summary>
internal static class TextItems
{
    private const string BookmarkStart = "[bookmark:";

    public static List<TextItem> Read(List<string> lines)
    {
        var items = new List<TextItem>();
        List<TextCell>? cells = null;
        for (var index = 0; index < lines.Count; index++)
        {
            var raw = lines[index];
            var number = index + 1;
            if (raw.Length > 0 && raw[0] == '\t')
            {
                var offset = 1;
                var text = StripBookmarks(raw, ref offset, null);
                cells ??= [];
                cells.Add(new TextCell(text.TrimEnd('\t'), number, offset + 1));
                continue;
            }

            if (cells is not null)
            {
                items.Add(new TextItem(new TextRow(cells)));
                cells = null;
            }

            var bookmarks = new List<string>();
            var start = 0;
            var paragraph = StripBookmarks(raw, ref start, bookmarks).TrimEnd('\t');
            if (!CellText.IsBlank(paragraph))
            {
                items.Add(new TextItem(new TextParagraph(paragraph, number, start + 1, bookmarks)));
            }
        }

        if (cells is not null)
        {
            items.Add(new TextItem(new TextRow(cells)));
        }

        return items;
    }

    /// <summary>Removes Word bookmarks ("[bookmark: _Toc_…]") at the start of a line, from <paramref name="offset"/> on.</summary>
    private static string StripBookmarks(string raw, ref int offset, List<string>? names)
    {
        while (string.CompareOrdinal(raw, offset, BookmarkStart, 0, BookmarkStart.Length) == 0)
        {
            var close = raw.IndexOf(']', offset);
            if (close < 0)
            {
                break;
            }

            names?.Add(raw.Substring(offset + BookmarkStart.Length, close - offset - BookmarkStart.Length).Trim());
            offset = close + 1;
        }

        return raw.Substring(offset);
    }
}
