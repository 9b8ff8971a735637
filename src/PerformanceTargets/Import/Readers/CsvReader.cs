using System.Globalization;
using System.Text;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;

namespace PerformanceTargets.Import.Readers;

/// <summary>
/// Reads CSV (RFC 4180: quoted cells with doubled quotes and line breaks inside), one record at a time, each cell
/// located at the line and column where it starts (an unquoted cell exactly; a quoted one at its opening quote). The
/// delimiter is the one under which an early line names the most known columns: comma, tab, semicolon, the full-width
/// comma or a bar.
/// </summary>
internal static class CsvReader
{
    private static readonly char[] Delimiters = [',', '\t', ';', '，', '|'];

    /// <summary>Chooses the delimiter under which some early line names the most known columns; 0 when none names three.</summary>
    public static char DetectDelimiter(string text)
    {
        var best = '\0';
        var bestScore = 2;
        var lines = FirstLines(text, 30);
        foreach (var delimiter in Delimiters)
        {
            foreach (var line in lines)
            {
                var score = line.Split(delimiter).Count(cell => ImportColumns.Lookup(cell.Trim().Trim('"'), null) != ImportField.None);
                if (score > bestScore)
                {
                    best = delimiter;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// Reads the records of <paramref name="text"/> lazily, so that a large file is never held as rows; an unclosed
    /// quote ends the reading with an error <c>PTI210</c>.
    /// </summary>
    public static IEnumerable<SourceRow> Read(string text, char delimiter, ImportContext context)
    {
        var cells = new List<SourceCell>();
        var quotedText = new StringBuilder();
        var pool = new TextPool();
        char[] stops = [delimiter, '\r', '\n'];
        var record = 1;
        var line = 1;
        var column = 1;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            var recordLine = line;
            cells.Clear();
            var ended = false;
            while (!ended)
            {
                var cellLine = line;
                var cellColumn = column;
                string value;
                var exact = true;
                if (i < text.Length && text[i] == '"')
                {
                    exact = false;
                    quotedText.Clear();
                    i++;
                    column++;
                    var closed = false;
                    while (i < text.Length)
                    {
                        var c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                quotedText.Append('"');
                                i += 2;
                                column += 2;
                                continue;
                            }

                            i++;
                            column++;
                            closed = true;
                            break;
                        }

                        quotedText.Append(c);
                        i++;
                        if (c == '\n' || (c == '\r' && !(i < text.Length && text[i] == '\n')))
                        {
                            line++;
                            column = 1;
                        }
                        else
                        {
                            column++;
                        }
                    }

                    if (!closed)
                    {
                        var from = cellLine.ToString(CultureInfo.InvariantCulture);
                        context.Error(
                            ImportDiagnosticCodes.CsvSyntax,
                            new Place(cellLine, cellColumn, 0, record, cells.Count + 1),
                            "The quoted cell opened here is never closed; the rest of the file (from line " + from + ") was not imported.",
                            "此处开始的带引号单元格没有闭合引号；文件其余部分（自第 " + from + " 行起）未导入。",
                            "Add the closing double quote, or double the quotes inside the cell (\"\").",
                            "请补上闭合的双引号，或将单元格内的双引号写成两个（\"\"）。");
                        yield break;
                    }

                    // Text after the closing quote belongs to the cell, as spreadsheet programs read it.
                    var rest = i;
                    i = StopAt(text, stops, i);
                    quotedText.Append(text, rest, i - rest);
                    column += i - rest;
                    value = pool.Get(quotedText.ToString());
                }
                else
                {
                    var start = i;
                    i = StopAt(text, stops, i);
                    value = pool.Get(text, start, i - start);
                    column += i - start;
                }

                cells.Add(new SourceCell(value, new Place(cellLine, cellColumn, 0, record, cells.Count + 1, exact)));
                if (i < text.Length && text[i] == delimiter)
                {
                    i++;
                    column++;
                    continue;
                }

                // The end of the record: a line break or the end of the text.
                if (i < text.Length)
                {
                    i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                    line++;
                    column = 1;
                }

                ended = true;
            }

            yield return new SourceRow(record, recordLine, [.. cells]);
            record++;
        }
    }

    /// <summary>The index of the next delimiter or line break from <paramref name="start"/>, or the end of the text.</summary>
    private static int StopAt(string text, char[] stops, int start)
    {
        var stop = text.IndexOfAny(stops, start);
        return stop < 0 ? text.Length : stop;
    }

    private static List<string> FirstLines(string text, int count)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < text.Length && lines.Count < count)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(text.Substring(start, Math.Min(end - start, 4096)).TrimEnd('\r'));
            start = end + 1;
        }

        return lines;
    }
}
