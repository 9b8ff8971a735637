namespace PerformanceTargets.Import.Flat;

/// <summary>One cell of a flat table: its text and where it is (text line and column for CSV; sheet row and column for XLSX).</summary>
internal sealed record FlatCell(string Text, int Line, int Column);

/// <summary>One row of a flat table: its 1-based row number (CSV record or sheet row) and its cells by column index.</summary>
internal sealed class FlatRow
{
    public FlatRow(int number, int line, List<FlatCell?> cells)
    {
        Number = number;
        Line = line;
        Cells = cells;
    }

    public int Number { get; }

    public int Line { get; }

    /// <summary>Gets the cells by 0-based column index; an XLSX row may have gaps (null).</summary>
    public List<FlatCell?> Cells { get; }

    /// <summary>Gets the number of cells a CSV record had; for XLSX the index after the last cell.</summary>
    public int Count => Cells.Count;

    public string Text(int index) => index >= 0 && index < Cells.Count ? Cells[index]?.Text ?? string.Empty : string.Empty;

    public FlatCell? Cell(int index) => index >= 0 && index < Cells.Count ? Cells[index] : null;

    public bool IsEmpty => Cells.TrueForAll(c => c is null || CellText.IsBlank(c.Text));
}

/// <summary>A flat table as rows, with what kind of source it came from.</summary>
internal sealed class FlatGrid
{
    public FlatGrid(List<FlatRow> rows, bool fromSheet, string? sheetName)
    {
        Rows = rows;
        FromSheet = fromSheet;
        SheetName = sheetName;
    }

    public List<FlatRow> Rows { get; }

    /// <summary>Gets whether the rows come from an XLSX sheet (sparse cells; a short row is not missing cells).</summary>
    public bool FromSheet { get; }

    public string? SheetName { get; }
}
