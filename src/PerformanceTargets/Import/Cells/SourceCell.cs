namespace PerformanceTargets.Import.Cells;

/// <summary>
/// Where a cell's text is in the source: the 1-based line and column of its first character (in a sheet, the sheet row
/// and the column number), and once known the table (a project's sequence number, or its position), the 1-based row
/// of that table or sheet and the 1-based cell of the row; 0 means unknown. <see cref="Exact"/> says that the text
/// stands on its line as it is from <see cref="Column"/> on, so that a character inside it is at
/// <see cref="Column"/> plus its offset.
/// </summary>
/// <remarks>Every format reader gives each cell one; the builder turns it into a <see cref="SourceLocation"/>.</remarks>
internal readonly record struct Place(int Line, int Column = 0, int Table = 0, int Row = 0, int Cell = 0, bool Exact = false)
{
    /// <summary>Gets the place of what concerns the whole input: no line.</summary>
    public static Place None => default;

    /// <summary>Gets the place of the character at <paramref name="offset"/> in the text, when the text is <see cref="Exact"/>.</summary>
    public Place Offset(int offset) => Exact && offset > 0 ? this with { Column = Column + offset } : this;

    /// <summary>Gets the same place in table <paramref name="table"/> (unchanged when 0).</summary>
    public Place InTable(int table) => table > 0 ? this with { Table = table } : this;

    /// <summary>Gets the location for diagnostics and the source map, or null for a place that is not in the source (line 0).</summary>
    public SourceLocation? ToLocation(string? file) => Line <= 0 ? null : new SourceLocation
    {
        File = file,
        Line = Line,
        Column = Column,
        Table = Table > 0 ? Table : null,
        Row = Row > 0 ? Row : null,
        Cell = Cell > 0 ? Cell : null,
    };
}

/// <summary>A cell (or a paragraph) of the source: its text exactly as the reader found it, and its place.</summary>
internal readonly record struct SourceCell(string Text, Place At)
{
    /// <summary>Gets whether the text is empty or white space.</summary>
    public bool IsBlank => CellText.IsBlank(Text);

    /// <summary>Gets the place of the character at <paramref name="offset"/> of the text.</summary>
    public Place AtOffset(int offset) => At.Offset(offset);
}

/// <summary>
/// A row of cells: a record of a CSV file, a row of a sheet, or the tab-led lines of the text layout up to a blank
/// line. <see cref="Number"/> is the record or sheet row (0 in the text layout, whose layout numbers rows within their
/// table); <see cref="Sparse"/> rows (sheets) may lack cells that a CSV record must have.
/// </summary>
internal sealed class SourceRow
{
    public SourceRow(int number, int line, SourceCell[] cells, bool sparse = false)
    {
        Number = number;
        Line = line;
        Cells = cells;
        Sparse = sparse;
    }

    public int Number { get; }

    public int Line { get; }

    /// <summary>Gets the cells by 0-based index; a sparse row fills the gaps between its cells with empty ones.</summary>
    public SourceCell[] Cells { get; }

    public bool Sparse { get; }

    public int Count => Cells.Length;

    /// <summary>Gets the place of the row as a whole (its first line).</summary>
    public Place At => new(Line, 0, 0, Number);

    public bool IsEmpty
    {
        get
        {
            foreach (var cell in Cells)
            {
                if (!cell.IsBlank)
                {
                    return false;
                }
            }

            return true;
        }
    }

    public string Text(int index) => index >= 0 && index < Cells.Length ? Cells[index].Text : string.Empty;

    /// <summary>Gets the cell at <paramref name="index"/>, or an empty cell at its place when the row is shorter.</summary>
    public SourceCell Cell(int index) =>
        index < Cells.Length ? Cells[index] : new SourceCell(string.Empty, new Place(Line, Sparse ? index + 1 : 0, 0, Number, index + 1));

    /// <summary>Sets the table and row of every cell (the text layout knows them only once it has found the table).</summary>
    public void Stamp(int table, int row)
    {
        for (var i = 0; i < Cells.Length; i++)
        {
            Cells[i] = Cells[i] with { At = Cells[i].At with { Table = table, Row = row } };
        }
    }

    /// <summary>Quotes the cells for a message: "a" | "b" | "c".</summary>
    public string Quote() => CellText.Join(Cells.Select(c => c.Text));
}

/// <summary>A paragraph or a table row of a document, in document order: what a reader of a budget performance text gives.</summary>
internal sealed class SourceBlock
{
    public SourceBlock(SourceCell paragraph) => Paragraph = paragraph;

    public SourceBlock(SourceRow row) => Row = row;

    public SourceCell? Paragraph { get; }

    public SourceRow? Row { get; }

    public int Line => Paragraph?.At.Line ?? Row!.Line;
}
