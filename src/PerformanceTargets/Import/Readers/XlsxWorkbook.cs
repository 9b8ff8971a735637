using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Readers;

/// <summary>
/// An XLSX workbook opened for import (with the Open XML SDK): its sheets, each read lazily one row at a time as Excel
/// shows the cells (shared, inline and rich-text strings without phonetic runs; numbers in their shortest form with
/// Excel's 15 significant digits; percentage-formatted numbers as "95%"). Cells are located at their sheet row and
/// column number. It knows nothing of headers or labels.
/// </summary>
/// <remarks>Not thread-safe; disposed after the import.</remarks>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly ImportContext _context;
    private readonly MemoryStream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly List<string> _strings;
    private readonly Styles _styles;

    private XlsxWorkbook(ImportContext context, MemoryStream stream, SpreadsheetDocument document, List<string> strings, Styles styles, List<XlsxSheet> sheets)
    {
        _context = context;
        _stream = stream;
        _document = document;
        _strings = strings;
        _styles = styles;
        Sheets = sheets;
    }

    /// <summary>Gets the worksheets in workbook order (chart sheets and dangling entries left out).</summary>
    public IReadOnlyList<XlsxSheet> Sheets { get; }

    /// <summary>Gets whether reading a sheet failed (the error was reported): there is no document.</summary>
    public bool Failed { get; private set; }

    /// <summary>Opens the workbook; null (after an error) when it is too large unpacked or cannot be opened.</summary>
    public static XlsxWorkbook? Open(byte[] bytes, ImportContext context)
    {
        MemoryStream? stream = null;
        SpreadsheetDocument? document = null;
        try
        {
            if (!WithinUnpackedLimit(bytes, context))
            {
                return null;
            }

            stream = new MemoryStream(bytes, writable: false);
            document = SpreadsheetDocument.Open(stream, false, OfficePackage.Settings);
            var workbook = document.WorkbookPart;
            var entries = workbook?.Workbook?.Sheets?.Elements<Sheet>().ToList();
            if (workbook is null || entries is null || entries.Count == 0)
            {
                Unreadable(context, "it has no worksheet", "其中没有工作表");
                document.Dispose();
                stream.Dispose();
                return null;
            }

            var sheets = new List<XlsxSheet>();
            foreach (var entry in entries)
            {
                if (entry.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart part)
                {
                    sheets.Add(new XlsxSheet(entry.Name?.Value ?? string.Empty, part));
                }
            }

            var strings = workbook.SharedStringTablePart is { } table ? ReadStrings(table) : [];
            return new XlsxWorkbook(context, stream, document, strings, Styles.Read(workbook.WorkbookStylesPart?.Stylesheet), sheets);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            Unreadable(context, ex.Message, ex.Message);
            document?.Dispose();
            stream?.Dispose();
            return null;
        }
    }

    /// <summary>
    /// Reads the rows of a sheet lazily (a sheet part read with a reader, not the DOM: memory follows the row at hand).
    /// Damage met on the way ends the rows with an error <c>PTI007</c> and sets <see cref="Failed"/>.
    /// </summary>
    public IEnumerable<SourceRow> Rows(XlsxSheet sheet)
    {
        using var rows = ReadRows(sheet.Part).GetEnumerator();
        while (true)
        {
            SourceRow row;
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }

                row = rows.Current;
            }
            catch (Exception ex) when (IsDamage(ex))
            {
                Failed = true;
                Unreadable(_context, ex.Message, ex.Message);
                yield break;
            }

            yield return row;
        }
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private static bool IsDamage(Exception ex) => OfficePackage.IsDamage(ex);

    private static bool WithinUnpackedLimit(byte[] bytes, ImportContext context) =>
        OfficePackage.WithinUnpackedLimit(
            bytes,
            context,
            "The workbook",
            "工作簿",
            "Raise DocumentLimits.MaxInputBytes if the workbook is genuine, or save the sheet as CSV.",
            "如工作簿确无问题，请调高 DocumentLimits.MaxInputBytes，或将工作表另存为 CSV。");

    private static void Unreadable(ImportContext context, string reason, string reasonZh) =>
        context.Error(
            ImportDiagnosticCodes.UnsupportedFormat,
            Place.None,
            "The input is a ZIP file but not a readable XLSX workbook: " + reason + ".",
            "输入是 ZIP 文件，但不是可读取的 XLSX 工作簿：" + reasonZh + "。",
            "Open the file in Excel or WPS and save it again as .xlsx, or save the sheet as CSV.",
            "请用 Excel 或 WPS 打开该文件并重新保存为 .xlsx，或将工作表另存为 CSV。");

    /// <summary>Reads the shared string table one item at a time.</summary>
    private static List<string> ReadStrings(SharedStringTablePart part)
    {
        var strings = new List<string>();
        using var reader = OpenXmlReader.Create(part);
        var more = reader.Read();
        while (more)
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                strings.Add(TextOf(reader.LoadCurrentElement()!));
                more = !reader.EOF;
                continue;
            }

            more = reader.Read();
        }

        return strings;
    }

    private IEnumerable<SourceRow> ReadRows(WorksheetPart part)
    {
        using var reader = OpenXmlReader.Create(part);
        var previous = 0;
        var more = reader.Read();
        var cells = new List<SourceCell>();
        while (more)
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                more = reader.Read();
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            more = !reader.EOF; // loading the row moved the reader past it
            var number = row.RowIndex?.Value is { } index ? (int)Math.Min(index, int.MaxValue) : previous + 1;
            previous = number;
            cells.Clear();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is > 0 and var c ? c : column + 1;
                if (column > 16384)
                {
                    break;
                }

                var text = TextOf(cell, _strings, _styles);
                if (text is null)
                {
                    continue;
                }

                while (cells.Count < column - 1)
                {
                    cells.Add(new SourceCell(string.Empty, new Place(number, cells.Count + 1, 0, number, cells.Count + 1)));
                }

                var place = new Place(number, column, 0, number, column);
                if (cells.Count == column - 1)
                {
                    cells.Add(new SourceCell(text, place));
                }
                else
                {
                    cells[column - 1] = new SourceCell(text, place);
                }
            }

            yield return new SourceRow(number, number, [.. cells], sparse: true);
        }
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

/// <summary>A worksheet of a workbook: its name and its part (several entries may name one part).</summary>
internal sealed record XlsxSheet(string Name, WorksheetPart Part);
