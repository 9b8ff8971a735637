using PerformanceTargets.Model;
using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerformanceTargets.Import.Flat;

/// <summary>Reads the sheets of an XLSX workbook as rows of cell texts, as Excel shows them.</summary>
internal static class XlsxReader
{
    /// <summary>The largest XML part accepted, in characters: guards against decompression bombs.</summary>
    private const long MaxCharactersInPart = 512L * 1024 * 1024;

    /// <summary>Opens the workbook and returns each sheet's name with a function that reads its rows; null when it cannot be opened.</summary>
    public static List<(string Name, FlatGrid Grid)>? ReadSheets(byte[] bytes, ImportContext context)
    {
        try
        {
            if (!WithinUnpackedLimit(bytes, context))
            {
                return null;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            var workbook = document.WorkbookPart;
            var sheets = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbook is null || sheets is null || sheets.Count == 0)
            {
                Unreadable(context, "it has no worksheet", "其中没有工作表");
                return null;
            }

            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(TextOf).ToList() ?? [];
            var styles = Styles.Read(workbook.WorkbookStylesPart?.Stylesheet);
            var result = new List<(string, FlatGrid)>();
            var read = new Dictionary<WorksheetPart, List<FlatRow>>();
            foreach (var sheet in sheets)
            {
                var name = sheet.Name?.Value ?? string.Empty;
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
                {
                    continue; // a chart sheet or a dangling reference: no cells
                }

                // A part is read once, however many sheet entries name it (a crafted workbook may name one part a million times).
                if (!read.TryGetValue(part, out var rows))
                {
                    rows = ReadRows(part, strings, styles);
                    read[part] = rows;
                }

                result.Add((name, new FlatGrid(rows, fromSheet: true, name)));
            }

            return result;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or XmlException or FormatException or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            Unreadable(context, ex.Message, ex.Message);
            return null;
        }
    }

    /// <summary>
    /// Checks the unpacked size of the workbook, the sum of the sizes its ZIP entries declare (reading never goes past
    /// them), against <see cref="DocumentLimits.MaxInputBytes"/>: a few hundred kilobytes of XLSX can unpack to gigabytes
    /// of XML (a decompression bomb), which the DOM of the Open XML SDK would hold in memory.
    /// </summary>
    private static bool WithinUnpackedLimit(byte[] bytes, ImportContext context)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Read);
        var total = 0L;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
        }

        var limit = context.Options.Limits.MaxInputBytes;
        if (total <= limit)
        {
            return true;
        }

        var size = total.ToString("N0", CultureInfo.InvariantCulture);
        var max = limit.ToString("N0", CultureInfo.InvariantCulture);
        context.Error(
            ImportDiagnosticCodes.InputTooLarge,
            SourcePosition.None,
            "The workbook is too large unpacked: its parts hold " + size + " bytes, the limit is " + max + " bytes.",
            "工作簿解压后过大：其各部分共 " + size + " 字节，上限为 " + max + " 字节。",
            "Raise DocumentLimits.MaxInputBytes if the workbook is genuine, or save the sheet as CSV.",
            "如工作簿确无问题，请调高 DocumentLimits.MaxInputBytes，或将工作表另存为 CSV。");
        return false;
    }

    private static void Unreadable(ImportContext context, string reason, string reasonZh) =>
        context.Error(
            ImportDiagnosticCodes.UnsupportedFormat,
            new SourcePosition(0),
            "The input is a ZIP file but not a readable XLSX workbook: " + reason + ".",
            "输入是 ZIP 文件，但不是可读取的 XLSX 工作簿：" + reasonZh + "。",
            "Open the file in Excel or WPS and save it again as .xlsx, or save the sheet as CSV.",
            "请用 Excel 或 WPS 打开该文件并重新保存为 .xlsx，或将工作表另存为 CSV。");

    private static List<FlatRow> ReadRows(WorksheetPart part, List<string> strings, Styles styles)
    {
        // Row by row with a reader, not the DOM of the whole sheet: memory grows with the cells kept, not with the XML.
        var rows = new List<FlatRow>();
        using var reader = OpenXmlReader.Create(part);
        var previous = 0;
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                more = reader.Read();
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : previous + 1;
            previous = number;
            var cells = new List<FlatCell?>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is > 0 and var c ? c : column + 1;
                if (column > 16384)
                {
                    break;
                }

                var text = TextOf(cell, strings, styles);
                if (text is null)
                {
                    continue;
                }

                while (cells.Count < column)
                {
                    cells.Add(null);
                }

                cells[column - 1] = new FlatCell(text, number, column);
            }

            rows.Add(new FlatRow(number, number, cells));
            more = !reader.EOF; // loading the row moved the reader past it
        }

        return rows;
    }

    /// <summary>Returns the 1-based column of a reference such as "B12", or 0.</summary>
    internal static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                if (column > 16384)
                {
                    return 0;
                }
            }
            else if (c is >= 'a' and <= 'z')
            {
                column = (column * 26) + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }

        return column;
    }

    private static string? TextOf(Cell cell, List<string> strings, Styles styles)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? TextOf(inline) : string.Empty;
        }

        var raw = cell.CellValue?.Text;
        if (raw is null)
        {
            return null;
        }

        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < strings.Count ? strings[index] : string.Empty;
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if (type == CellValues.String || type == CellValues.Error || type == CellValues.Date)
        {
            return raw;
        }

        return FormatNumber(raw, styles.IsPercent(cell.StyleIndex?.Value));
    }

    /// <summary>
    /// Writes a stored number as Excel shows it in General format: the shortest text (15 significant digits, as Excel
    /// keeps), times 100 with % for a cell formatted as a percentage.
    /// </summary>
    internal static string FormatNumber(string raw, bool percent)
    {
        if (!decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var large) ? large.ToString("R", CultureInfo.InvariantCulture) : raw;
        }

        var digits = Normalize(Math.Abs(value)).ToString(CultureInfo.InvariantCulture).Replace(".", string.Empty).TrimStart('0').Length;
        if (digits > 15 && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            value = (decimal)d; // Excel keeps 15 significant digits: 67.540000000000006 is 67.54
        }

        if (percent)
        {
            value *= 100m;
        }

        var text = Normalize(value).ToString(CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string TextOf(OpenXmlElement item)
    {
        // Text runs (<t>, and <t> inside <r>) without the phonetic guide runs (<rPh>).
        var builder = new StringBuilder();
        foreach (var child in item.ChildElements)
        {
            switch (child)
            {
                case DocumentFormat.OpenXml.Spreadsheet.Text t:
                    builder.Append(t.Text);
                    break;
                case Run r:
                    builder.Append(r.Text?.Text);
                    break;
                default:
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>The number formats of the workbook's cell styles: which style indexes show a percentage.</summary>
    private sealed class Styles
    {
        private readonly HashSet<uint> _percent = [];

        public static Styles Read(Stylesheet? stylesheet)
        {
            var styles = new Styles();
            if (stylesheet is null)
            {
                return styles;
            }

            var custom = new Dictionary<uint, string>();
            foreach (var format in stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            {
                if (format.NumberFormatId?.Value is { } id)
                {
                    custom[id] = format.FormatCode?.Value ?? string.Empty;
                }
            }

            uint index = 0;
            foreach (var xf in stylesheet.CellFormats?.Elements<CellFormat>() ?? [])
            {
                var id = xf.NumberFormatId?.Value ?? 0;
                if (id is 9 or 10 || (custom.TryGetValue(id, out var code) && IsPercentFormat(code)))
                {
                    styles._percent.Add(index);
                }

                index++;
            }

            return styles;
        }

        public bool IsPercent(uint? styleIndex) => styleIndex is { } i && _percent.Contains(i);

        private static bool IsPercentFormat(string code)
        {
            var quoted = false;
            foreach (var c in code)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == '%' && !quoted)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
