using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Layouts;

/// <summary>What a table of a Word document is to the importer, found by its labels and headers.</summary>
internal enum WordTableRole
{
    /// <summary>Not a performance target table (a cover, the contents, a budget summary …): not imported.</summary>
    Other,

    /// <summary>A project table of the seed's layout, or part of one (<see cref="ProjectTableLayout.IsProjectTable"/>).</summary>
    Project,

    /// <summary>A flat table: a header row naming 项目名称, the indicator columns and 指标值 (<see cref="FlatLayout"/>).</summary>
    Flat,

    /// <summary>
    /// Labelled rows of one kind only (a unit row and the 项目编码/项目名称 row, say): a piece of a project table that Word
    /// split with an empty paragraph, when it stands next to one (<see cref="WordTables.Resolve"/>); otherwise not imported.
    /// </summary>
    Fragment,
}

/// <summary>
/// Tells the tables of a Word document apart by their labels (the names of <see cref="ImportColumns"/>, written once):
/// project tables, flat tables and the others, and the rows of a project table that are its caption.
/// </summary>
internal static class WordTables
{
    private const int HeaderSearchRows = 30;

    /// <summary>Finds what a table is from its rows (one cell per Word cell).</summary>
    public static WordTableRole Classify(IReadOnlyList<SourceRow> rows)
    {
        for (var i = 0; i < rows.Count && i < HeaderSearchRows; i++)
        {
            if (IsFlatHeader(rows[i]))
            {
                return WordTableRole.Flat;
            }
        }

        return ProjectTableLayout.IsProjectTable(rows) ? WordTableRole.Project
            : rows.Any(ProjectTableLayout.IsLabelRow) ? WordTableRole.Fragment
            : WordTableRole.Other;
    }

    /// <summary>
    /// Settles the fragments: tables that follow each other with no text between them (only empty paragraphs: one table
    /// that Word shows split) are one group, and a fragment is a project table when its group holds one.
    /// </summary>
    /// <param name="roles">The role of each table, in document order; fragments are replaced.</param>
    /// <param name="groups">The group of each table.</param>
    public static void Resolve(List<WordTableRole> roles, List<int> groups)
    {
        var projects = new HashSet<int>();
        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == WordTableRole.Project)
            {
                projects.Add(groups[i]);
            }
        }

        for (var i = 0; i < roles.Count; i++)
        {
            if (roles[i] == WordTableRole.Fragment)
            {
                roles[i] = projects.Contains(groups[i]) ? WordTableRole.Project : WordTableRole.Other;
            }
        }
    }

    /// <summary>Whether a row is the header of a flat table: it names 项目名称, 指标值 and one of the level or name columns.</summary>
    public static bool IsFlatHeader(SourceRow row)
    {
        var seen = new HashSet<ImportField>();
        foreach (var cell in row.Cells)
        {
            var field = ImportColumns.Lookup(cell.Text, seen);
            if (field is not (ImportField.None or ImportField.Ignored))
            {
                seen.Add(field);
            }
        }

        return seen.Contains(ImportField.ProjectName) && seen.Contains(ImportField.Target)
            && (seen.Contains(ImportField.Level1) || seen.Contains(ImportField.Level2) || seen.Contains(ImportField.Name));
    }

    /// <summary>
    /// Whether a row before a project table's first labelled row is its caption (the title "1.…绩效目标表" in the
    /// table's first row): one non-blank cell that is not a label.
    /// </summary>
    public static bool IsCaption(SourceRow row, out SourceCell caption)
    {
        caption = default;
        var found = false;
        foreach (var cell in row.Cells)
        {
            if (cell.IsBlank)
            {
                continue;
            }

            if (found)
            {
                return false;
            }

            caption = cell;
            found = true;
        }

        return found && !ProjectTableLayout.IsLabelRow(row);
    }

    /// <summary>
    /// The fields of an indicator header row by cell index, so that the rows below it know which merged cells carry a
    /// level down (一级指标, 二级指标: read as the text layout reads them, empty) and which repeat a value (the others).
    /// </summary>
    public static ImportField[] IndicatorColumns(SourceRow header)
    {
        var seen = new HashSet<ImportField>();
        var fields = new ImportField[header.Count];
        for (var i = 0; i < header.Count; i++)
        {
            fields[i] = ImportColumns.Lookup(header.Text(i), seen);
            seen.Add(fields[i]);
        }

        return fields;
    }
}
