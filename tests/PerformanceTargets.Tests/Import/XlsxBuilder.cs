using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PerformanceTargets.Tests.Import;

/// <summary>Builds small XLSX workbooks for the tests with the Open XML SDK: strings (shared or inline), numbers, percentages.</summary>
public static class XlsxBuilder
{
    /// <summary>A number cell shown as a percentage (style 1: 0%).</summary>
    public sealed record Percent(double Value);

    /// <summary>A string cell written inline (t="inlineStr") instead of in the shared string table.</summary>
    public sealed record Inline(string Text);

    /// <summary>
    /// Builds a workbook. Each sheet is a list of rows; a row is a list of cells: a string (shared string), a number
    /// (double, decimal or int), a <see cref="Percent"/>, an <see cref="Inline"/> string, or null for no cell.
    /// </summary>
    public static byte[] Build(params (string Name, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sharedStrings = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedStrings.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();
            var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()),
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
                new Borders(new Border()),
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true }));

            var sheetList = workbookPart.Workbook.AppendChild(new Sheets());
            uint sheetId = 1;
            foreach (var (name, rows) in sheets)
            {
                var worksheetPart = workbookPart.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        var value = rows[r][c];
                        if (value is null)
                        {
                            continue;
                        }

                        var cell = new Cell { CellReference = ColumnName(c + 1) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
                        switch (value)
                        {
                            case string text:
                                var index = strings.IndexOf(text);
                                if (index < 0)
                                {
                                    index = strings.Count;
                                    strings.Add(text);
                                    sharedStrings.SharedStringTable.AppendChild(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
                                }

                                cell.DataType = CellValues.SharedString;
                                cell.CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                                break;
                            case Inline inline:
                                cell.DataType = CellValues.InlineString;
                                cell.InlineString = new InlineString(new Text(inline.Text) { Space = SpaceProcessingModeValues.Preserve });
                                break;
                            case Percent percent:
                                cell.StyleIndex = 1;
                                cell.CellValue = new CellValue(percent.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                                break;
                            case double d:
                                cell.CellValue = new CellValue(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                                break;
                            case IFormattable number:
                                cell.CellValue = new CellValue(number.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                                break;
                            default:
                                throw new ArgumentException("unsupported cell value " + value.GetType());
                        }

                        row.AppendChild(cell);
                    }

                    data.AppendChild(row);
                }

                worksheetPart.Worksheet = new Worksheet(data);
                sheetList.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = name });
            }
        }

        return stream.ToArray();
    }

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        while (column > 0)
        {
            var rest = (column - 1) % 26;
            name = (char)('A' + rest) + name;
            column = (column - 1) / 26;
        }

        return name;
    }
}
