using System.Globalization;
using System.Text;

namespace PerformanceTargets.Import.Flat;

/// <summary>
/// Reads CSV (RFC 4180: quoted cells with doubled quotes and line breaks inside) with the delimiter detected from
/// the header: comma, semicolon, tab or the Chinese full-width comma.
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
                var score = line.Split(delimiter).Count(cell => FlatColumns.Lookup(cell.Trim().Trim('"'), null) != FlatField.None);
                if (score > bestScore)
                {
                    best = delimiter;
                    bestScore = score;
                }
            }
        }

        return best;
    }

    public static List<FlatRow> Read(string text, char delimiter, ImportContext context)
    {
        var rows = new List<FlatRow>();
        var cells = new List<FlatCell?>();
        var cell = new StringBuilder();
        var line = 1;
        var column = 1;
        var cellLine = 1;
        var cellColumn = 1;
        var recordLine = 1;
        var quoted = false;
        var quoteLine = 0;
        var quoteColumn = 0;
        var atCellStart = true;
        var i = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            i = 1;
        }

        void EndCell()
        {
            cells.Add(new FlatCell(cell.ToString(), cellLine, cellColumn));
            cell.Clear();
            atCellStart = true;
        }

        void EndRecord()
        {
            rows.Add(new FlatRow(rows.Count + 1, recordLine, cells));
            cells = [];
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (atCellStart)
            {
                cellLine = line;
                cellColumn = column;
                atCellStart = false;
                if (c == '"')
                {
                    quoted = true;
                    quoteLine = line;
                    quoteColumn = column;
                    column++;
                    continue;
                }
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                        column += 2;
                        continue;
                    }

                    quoted = false;
                    column++;
                    continue;
                }

                cell.Append(c);
                if (c == '\n' || (c == '\r' && !(i + 1 < text.Length && text[i + 1] == '\n')))
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }

                continue;
            }

            if (c == delimiter)
            {
                EndCell();
                column++;
                continue;
            }

            if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndCell();
                EndRecord();
                line++;
                column = 1;
                recordLine = line;
                continue;
            }

            cell.Append(c);
            column++;
        }

        if (quoted)
        {
            context.Error(
                ImportDiagnosticCodes.CsvSyntax,
                new SourcePosition(quoteLine, quoteColumn, null, rows.Count + 1),
                "The quoted cell opened here is never closed; the rest of the file (from line " + quoteLine.ToString(CultureInfo.InvariantCulture) + ") was not imported.",
                "此处开始的带引号单元格没有闭合引号；文件其余部分（自第 " + quoteLine.ToString(CultureInfo.InvariantCulture) + " 行起）未导入。",
                "Add the closing double quote, or double the quotes inside the cell (\"\").",
                "请补上闭合的双引号，或将单元格内的双引号写成两个（\"\"）。");
            cells.Clear();
            return rows;
        }

        if (!atCellStart || cells.Count > 0)
        {
            EndCell();
            EndRecord();
        }

        return rows;
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
