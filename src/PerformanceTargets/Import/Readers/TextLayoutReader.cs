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

    /// <summary>Reads the paragraphs and table rows lazily, in order; blank paragraphs are left out.</summary>
    public static IEnumerable<SourceBlock> Read(string text)
    {
        var pool = new TextPool();
        List<SourceCell>? cells = null;
        var number = 0;
        foreach (var (start, length) in Lines(text))
        {
            number++;
            if (length > 0 && text[start] == '\t')
            {
                var offset = SkipBookmarks(text, start + 1, start + length);
                var content = pool.Get(text, offset, TrimTabs(text, offset, start + length) - offset);
                cells ??= [];
                cells.Add(new SourceCell(content, new Place(number, offset - start + 1, 0, 0, cells.Count + 1, Exact: true)));
                continue;
            }

            if (cells is not null)
            {
                yield return new SourceBlock(new SourceRow(0, cells[0].At.Line, [.. cells]));
                cells = null;
            }

            var from = SkipBookmarks(text, start, start + length);
            var end = TrimTabs(text, from, start + length);
            if (!CellText.IsBlank(text, from, end - from))
            {
                yield return new SourceBlock(new SourceCell(text.Substring(from, end - from), new Place(number, from - start + 1, Exact: true)));
            }
        }

        if (cells is not null)
        {
            yield return new SourceBlock(new SourceRow(0, cells[0].At.Line, [.. cells]));
        }
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

    /// <summary>Skips Word bookmarks ("[bookmark: _Toc_…]") from <paramref name="start"/> on, before <paramref name="end"/>.</summary>
    private static int SkipBookmarks(string text, int start, int end)
    {
        while (end - start >= BookmarkStart.Length && string.CompareOrdinal(text, start, BookmarkStart, 0, BookmarkStart.Length) == 0)
        {
            var close = text.IndexOf(']', start, end - start);
            if (close < 0)
            {
                break;
            }

            start = close + 1;
        }

        return start;
    }

    /// <summary>The end of the text before <paramref name="end"/> without its trailing tabs (extraction artefacts).</summary>
    private static int TrimTabs(string text, int start, int end)
    {
        while (end > start && text[end - 1] == '\t')
        {
            end--;
        }

        return end;
    }
}
