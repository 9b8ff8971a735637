using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Readers;

/// <summary>
/// Reads the text a document extractor wrote for a Word document: each table cell is a line that starts with a tab
/// (trailing tabs are extraction artefacts and go), a blank line ends a table row, every other line is a paragraph,
/// and <c>[bookmark: …]</c> at the start of a line is a Word bookmark (removed). It gives the paragraphs and rows as
/// <see cref="SourceBlock"/>s in document order, each cell located at its line and column; it knows nothing of labels.
/// </summary>
internal static class TextLayoutReader
{
    private const string BookmarkStart = "[bookmark:";

    /// <summary>Whether text looks like the text layout: at least two tab-led label cells such as 项目编码 or 一级指标.</summary>
    public static bool Recognize(string text)
    {
        var labels = 0;
        foreach (var (start, length) in Lines(text))
        {
            if (length > 1 && length < 64 && text[start] == '\t')
            {
                var key = CellText.LabelKey(text.Substring(start, length));
                if (key is "项目编码" or "项目名称" or "一级指标" or "绩效目标" or "预算数" or "二级指标" or "三级指标")
                {
                    if (++labels >= 2)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Reads the paragraphs and table rows; blank paragraphs are left out.</summary>
    public static List<SourceBlock> Read(string text)
    {
        var blocks = new List<SourceBlock>();
        List<SourceCell>? cells = null;
        var number = 0;
        foreach (var (start, length) in Lines(text))
        {
            number++;
            var raw = text.Substring(start, length);
            if (raw.Length > 0 && raw[0] == '\t')
            {
                var offset = 1;
                var content = StripBookmarks(raw, ref offset).TrimEnd('\t');
                cells ??= [];
                cells.Add(new SourceCell(content, new Place(number, offset + 1, 0, 0, cells.Count + 1, Exact: true)));
                continue;
            }

            if (cells is not null)
            {
                blocks.Add(new SourceBlock(new SourceRow(0, cells[0].At.Line, [.. cells])));
                cells = null;
            }

            var position = 0;
            var paragraph = StripBookmarks(raw, ref position).TrimEnd('\t');
            if (!CellText.IsBlank(paragraph))
            {
                blocks.Add(new SourceBlock(new SourceCell(paragraph, new Place(number, position + 1, Exact: true))));
            }
        }

        if (cells is not null)
        {
            blocks.Add(new SourceBlock(new SourceRow(0, cells[0].At.Line, [.. cells])));
        }

        return blocks;
    }

    /// <summary>The lines of the text (start and length), split on CR LF, LF or CR; a final line break ends the last line.</summary>
    private static IEnumerable<(int Start, int Length)> Lines(string text)
    {
        char[] breaks = ['\r', '\n'];
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(breaks, start);
            if (end < 0)
            {
                yield return (start, text.Length - start);
                yield break;
            }

            yield return (start, end - start);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>Removes Word bookmarks ("[bookmark: _Toc_…]") at the start of a line, from <paramref name="offset"/> on.</summary>
    private static string StripBookmarks(string raw, ref int offset)
    {
        while (string.CompareOrdinal(raw, offset, BookmarkStart, 0, BookmarkStart.Length) == 0)
        {
            var close = raw.IndexOf(']', offset);
            if (close < 0)
            {
                break;
            }

            offset = close + 1;
        }

        return raw.Substring(offset);
    }
}
