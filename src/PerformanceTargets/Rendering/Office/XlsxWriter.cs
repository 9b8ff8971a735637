using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;
using PerformanceTargets.Import.Cells;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Model;

namespace PerformanceTargets.Rendering.Office;

/// <summary>
/// Writes the flat layout as an Excel workbook (SpreadsheetML): one sheet, a header row (frozen) whose texts and column
/// order are the flat importer's (<see cref="ImportColumns"/>, the one catalogue of column names), then one row per
/// indicator. Unit, project code and name are on every row of a project, the other project cells on its first row;
/// amounts, weights and the year are numbers (written exactly, as text when Excel's 15 significant digits cannot hold
/// them), codes and every other value are text cells formatted as text.
/// </summary>
/// <remarks>
/// What the flat layout has no column for is not written: the spending plan, the implementation-period indicators, the
/// monitoring and evaluation blocks (docs/limits.md). Deterministic: fixed relationship ids, no time stamps, fixed zip
/// entry times. Stateless and thread-safe.
/// </remarks>
internal static class XlsxWriter
{
    /// <summary>
    /// The columns written, in the catalogue's order: those of a target table. The self-evaluation and monitoring
    /// columns (format 1.1) are not written: their presence makes the importer read 分值 as points, not as the weight.
    /// </summary>
    private static readonly ImmutableArray<ImportColumn> Written =
    [
        .. ImportColumns.Columns.Where(c => c.Field is not (ImportField.None or ImportField.Ignored) && !ImportColumns.IsLifecycleField(c.Field)),
    ];

    /// <summary>The sheet's name.</summary>
    public const string SheetName = "绩效目标";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Prefix = "x";

    // The cell formats of the style sheet: the header, text, and numbers.
    private const string HeaderStyle = "1";
    private const string TextStyle = "2";
    private const string NumberStyle = "3";

    private static readonly string[] ColumnNames = [.. Enumerable.Range(0, Written.Length).Select(ColumnName)];

    /// <summary>Writes the workbook; <paramref name="tables"/> are the projects to write (null: all).</summary>
    /// <remarks>
    /// The sheet and the shared strings are written as they go, with an <see cref="XmlWriter"/> per part (the XML the Open
    /// XML SDK's elements would write, byte for byte); the small workbook and style parts are the SDK's elements. The
    /// sheet gives each text its index in the shared strings as it writes the cells, and the shared strings part, written
    /// after it, lists them.
    /// </remarks>
    public static void Write(TargetDocument document, IReadOnlyList<int>? tables, MemoryStream output)
    {
        var strings = new SharedStrings();
        const string types = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        const string relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

        // The sheet is the workbook's first part, so its relationship is rId1.
        var workbook = new Workbook(
            new BookViews(new WorkbookView()),
            new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = "rId1" }));
        OfficePackage.Write(
            output,
            new OfficePart("xl/workbook.xml", types + "sheet.main+xml", string.Empty, workbook.WriteTo),
            new OfficePart("xl/worksheets/sheet1.xml", types + "worksheet+xml", relationships + "worksheet", writer => WriteSheet(writer, document, tables, strings)),
            new OfficePart("xl/styles.xml", types + "styles+xml", relationships + "styles", Stylesheet().WriteTo),
            new OfficePart("xl/sharedStrings.xml", types + "sharedStrings+xml", relationships + "sharedStrings", strings.Write));
    }

    /// <summary>Writes the sheet: the frozen header row, the column widths, then a row per indicator.</summary>
    private static void WriteSheet(XmlWriter x, TargetDocument document, IReadOnlyList<int>? tables, SharedStrings strings)
    {
        x.WriteStartElement(Prefix, "worksheet", Main);
        x.WriteStartElement(Prefix, "sheetViews", Main);
        x.WriteStartElement(Prefix, "sheetView", Main);
        x.WriteAttributeString("workbookViewId", "0");
        x.WriteStartElement(Prefix, "pane", Main);
        x.WriteAttributeString("ySplit", "1");
        x.WriteAttributeString("topLeftCell", "A2");
        x.WriteAttributeString("activePane", "bottomLeft");
        x.WriteAttributeString("state", "frozen");
        x.WriteEndElement();
        x.WriteStartElement(Prefix, "selection", Main);
        x.WriteAttributeString("pane", "bottomLeft");
        x.WriteAttributeString("activeCell", "A2");
        x.WriteAttributeString("sqref", "A2");
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteEndElement();
        x.WriteStartElement(Prefix, "sheetFormatPr", Main);
        x.WriteAttributeString("defaultRowHeight", "15");
        x.WriteEndElement();
        WriteColumns(x);

        x.WriteStartElement(Prefix, "sheetData", Main);
        var unit = document.AmountUnit == AmountUnit.Yuan ? "（元）" : "（万元）";
        StartRow(x, 1, out var rowText);
        for (var c = 0; c < Written.Length; c++)
        {
            var text = Written[c].Header + (Written[c].Field is ImportField.Total or ImportField.Fiscal or ImportField.Other ? unit : string.Empty);
            TextCell(x, c, rowText, text, HeaderStyle, strings);
        }

        x.WriteEndElement();
        var rowNumber = 2;
        var labels = Labels.Chinese;
        foreach (var index in tables ?? Enumerable.Range(0, document.Projects.Length).ToArray())
        {
            var project = document.Projects[index];
            var count = Math.Max(1, project.Indicators.Length);
            for (var i = 0; i < count; i++)
            {
                var indicator = i < project.Indicators.Length ? project.Indicators[i] : null;
                StartRow(x, rowNumber, out rowText);
                for (var c = 0; c < Written.Length; c++)
                {
                    switch (Value(Written[c].Field, document, project, indicator, first: i == 0, labels))
                    {
                        case decimal number:
                            NumberCell(x, c, rowText, number, strings);
                            break;
                        case string { Length: > 0 } text:
                            TextCell(x, c, rowText, text, TextStyle, strings);
                            break;
                    }
                }

                x.WriteEndElement();
                rowNumber++;
            }
        }

        x.WriteEndElement();
        x.WriteEndElement();
    }

    private static void StartRow(XmlWriter x, int number, out string text)
    {
        text = number.ToString(CultureInfo.InvariantCulture);
        x.WriteStartElement(Prefix, "row", Main);
        x.WriteAttributeString("r", text);
    }

    /// <summary>A text cell: its index in the shared strings.</summary>
    private static void TextCell(XmlWriter x, int column, string row, string text, string style, SharedStrings strings)
    {
        StartCell(x, column, row, style);
        x.WriteAttributeString("t", "s");
        EndCell(x, strings.Index(text).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A number cell, or a text cell when Excel's 15 significant digits cannot hold the value exactly.</summary>
    private static void NumberCell(XmlWriter x, int column, string row, decimal value, SharedStrings strings)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        if (!FitsExcel(value))
        {
            TextCell(x, column, row, text, TextStyle, strings);
            return;
        }

        StartCell(x, column, row, NumberStyle);
        EndCell(x, text);
    }

    private static void StartCell(XmlWriter x, int column, string row, string style)
    {
        x.WriteStartElement(Prefix, "c", Main);
        x.WriteStartAttribute("r");
        x.WriteString(ColumnNames[column]);
        x.WriteString(row);
        x.WriteEndAttribute();
        x.WriteAttributeString("s", style);
    }

    /// <summary>Writes a cell's value and closes the cell <see cref="StartCell"/> opened.</summary>
    private static void EndCell(XmlWriter x, string text)
    {
        x.WriteStartElement(Prefix, "v", Main);
        x.WriteString(text);
        x.WriteEndElement();
        x.WriteEndElement();
    }

    /// <summary>What a cell of a column holds: a string, a decimal, or null for no cell.</summary>
    private static object? Value(ImportField field, TargetDocument document, Project project, Indicator? indicator, bool first, Labels labels)
    {
        switch (field)
        {
            case ImportField.UnitName: return project.Unit?.Name;
            case ImportField.UnitCode: return project.Unit?.Code;
            case ImportField.ProjectCode: return project.Code;
            case ImportField.ProjectName: return project.Name;
        }

        if (ImportColumns.IsIndicatorField(field))
        {
            return indicator is null ? null : IndicatorValue(field, indicator, labels);
        }

        if (!first)
        {
            return null;
        }

        return field switch
        {
            ImportField.Total => project.Budget.Total,
            ImportField.Fiscal => project.Budget.Fiscal,
            ImportField.Other => project.Budget.Other,
            ImportField.FundUse => project.FundUse,
            ImportField.Goals => Numbered(project.Goals),
            ImportField.PeriodGoals => Numbered(project.PeriodGoals),
            ImportField.Attribute => labels.Attribute(project.Attribute),
            ImportField.Period => project.ImplementationPeriod is { } period ? period.Start.Replace('-', '.') + "-" + period.End.Replace('-', '.') : null,
            ImportField.Review => project.ReviewOpinion,
            ImportField.Year => (decimal)document.FiscalYear,
            _ => null,
        };
    }

    private static object? IndicatorValue(ImportField field, Indicator indicator, Labels labels)
    {
        var split = Split(indicator.Target);
        return field switch
        {
            ImportField.Level1 => indicator.Level1,
            ImportField.Level2 => indicator.Level2,
            ImportField.Name => indicator.Name,
            ImportField.Description => indicator.Description,
            ImportField.Comparator => split?.Comparator,
            ImportField.Target => split is { } parts ? parts.Value : indicator.Target,
            ImportField.MeasureUnit => split?.Unit,
            ImportField.Weight => indicator.Weight,
            ImportField.Direction => labels.Direction(indicator.Direction),
            ImportField.Basis => indicator.Basis,
            _ => null,
        };
    }

    /// <summary>
    /// Splits a target into comparator, number and unit (≥95% → ≥, 95, %) when the three written one after the other
    /// are exactly the verbatim text, so that the importer composes it back as it was; null when they are not (a
    /// qualitative target, spaces, a spelling the parser reads differently), and the target is written whole.
    /// </summary>
    private static (string Comparator, object Value, string Unit)? Split(string target)
    {
        var parsed = IndicatorTarget.Parse(target);
        if (parsed.Kind != TargetKind.Quantitative || parsed.Comparator is not { } comparator || parsed.WrittenUnit is not { Length: > 0 } unit || parsed.Value is not { } value)
        {
            return null;
        }

        var symbol = IndicatorTarget.GetSymbol(comparator);
        if (!target.StartsWith(symbol, StringComparison.Ordinal) || !target.EndsWith(unit, StringComparison.Ordinal) || target.Length <= symbol.Length + unit.Length)
        {
            return null;
        }

        var middle = target.Substring(symbol.Length, target.Length - symbol.Length - unit.Length);
        if (!string.Equals(middle, value.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || !FitsExcel(value) || Normalize(value) != middle)
        {
            return null;
        }

        return (symbol, value, unit);
    }

    /// <summary>
    /// Goals in one cell as the importer splits them (<see cref="CellText.SplitNumbered"/>): one goal as written (numbered
    /// when it would itself read as numbered), several numbered 1., 2., … one a line; a space after the number when the
    /// goal starts with a digit, so that "1.2024年…" is not read as the number 1.2024.
    /// </summary>
    private static string? Numbered(ImmutableArray<string> goals)
    {
        if (goals.IsEmpty)
        {
            return null;
        }

        if (goals.Length == 1 && CellText.NumberingLength(goals[0], out _) == 0)
        {
            return goals[0];
        }

        var parts = new string[goals.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var goal = goals[i];
            var space = goal.Length > 0 && goal[0] is >= '0' and <= '9' ? " " : string.Empty;
            parts[i] = (i + 1).ToString(CultureInfo.InvariantCulture) + "." + space + goal;
        }

        return string.Join("\n", parts);
    }

    /// <summary>Whether a decimal has at most 15 significant digits (what an Excel number holds exactly).</summary>
    private static bool FitsExcel(decimal value)
    {
        var digits = Normalize(value).TrimStart('-').Replace(".", string.Empty).TrimStart('0');
        return digits.Length <= 15;
    }

    private static string Normalize(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>The column's letters (A, B, … Z, AA …).</summary>
    private static string ColumnName(int column)
    {
        var name = string.Empty;
        var n = column + 1;
        while (n > 0)
        {
            var rem = (n - 1) % 26;
            name = (char)('A' + rem) + name;
            n = (n - 1) / 26;
        }

        return name;
    }

    private static void WriteColumns(XmlWriter x)
    {
        x.WriteStartElement(Prefix, "cols", Main);
        for (var c = 0; c < Written.Length; c++)
        {
            var width = Written[c].Field switch
            {
                ImportField.UnitName or ImportField.ProjectName or ImportField.Name or ImportField.Basis => 28,
                ImportField.FundUse or ImportField.Goals or ImportField.PeriodGoals or ImportField.Description or ImportField.Review => 40,
                ImportField.ProjectCode => 26,
                ImportField.Level1 or ImportField.Level2 or ImportField.Target => 14,
                ImportField.Total or ImportField.Fiscal or ImportField.Other => 16,
                ImportField.Period => 18,
                _ => 10,
            };
            var index = (c + 1).ToString(CultureInfo.InvariantCulture);
            x.WriteStartElement(Prefix, "col", Main);
            x.WriteAttributeString("min", index);
            x.WriteAttributeString("max", index);
            x.WriteAttributeString("width", width.ToString(CultureInfo.InvariantCulture));
            x.WriteAttributeString("customWidth", "1");
            x.WriteEndElement();
        }

        x.WriteEndElement();
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "宋体" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFF2F2F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true, ApplyNumberFormat = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 1, FormatId = 0, ApplyBorder = true, ApplyAlignment = true })
        { Count = 4 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The shared string table, in order of first use.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _strings = [];

        /// <summary>Gets a text's index in the table (made safe for XML), adding it when new.</summary>
        public int Index(string text)
        {
            var clean = OfficePackage.Clean(text);
            if (!_index.TryGetValue(clean, out var index))
            {
                index = _strings.Count;
                _index[clean] = index;
                _strings.Add(clean);
            }

            return index;
        }

        /// <summary>Writes the table (the part <c>xl/sharedStrings.xml</c>).</summary>
        public void Write(XmlWriter x)
        {
            var count = _strings.Count.ToString(CultureInfo.InvariantCulture);
            x.WriteStartElement(Prefix, "sst", Main);
            x.WriteAttributeString("count", count);
            x.WriteAttributeString("uniqueCount", count);
            foreach (var text in _strings)
            {
                x.WriteStartElement(Prefix, "si", Main);
                x.WriteStartElement(Prefix, "t", Main);
                x.WriteAttributeString("xml", "space", null, "preserve");
                x.WriteString(text);
                x.WriteEndElement();
                x.WriteEndElement();
            }

            x.WriteEndElement();
        }
    }
}
