using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Layouts;

/// <summary>
/// A header row mapped to fields through <see cref="ImportColumns"/>: a flat table's header, or the indicator header of
/// a project table. Unknown columns are warnings (<c>PTI203</c>), a second column for one field too (<c>PTI204</c>);
/// neither's cells are imported.
/// </summary>
internal static class HeaderRow
{
    /// <summary>Maps each cell of <paramref name="header"/> to the field it names, or <see cref="ImportField.None"/>.</summary>
    /// <param name="header">The header row.</param>
    /// <param name="accepts">The fields this kind of table holds; another known name is an unknown column here.</param>
    /// <param name="context">Where to report unknown and repeated columns.</param>
    /// <returns>The field of each column, by 0-based index (<see cref="ImportField.Ignored"/> for 序号 and the like).</returns>
    public static ImportField[] Map(SourceRow header, Func<ImportField, bool> accepts, ImportContext context)
    {
        var fields = new ImportField[header.Count];
        var seen = new HashSet<ImportField>();
        for (var index = 0; index < header.Count; index++)
        {
            var cell = header.Cells[index];
            if (cell.IsBlank)
            {
                continue;
            }

            var field = ImportColumns.Lookup(cell.Text, seen);
            if (field == ImportField.Ignored)
            {
                fields[index] = field;
                continue;
            }

            if (field == ImportField.None || !accepts(field))
            {
                var known = ImportColumns.Known(accepts, ", ");
                var knownZh = ImportColumns.Known(accepts, "、");
                context.Warning(
                    ImportDiagnosticCodes.UnknownColumn,
                    cell.At,
                    "Unknown column " + CellText.Quote(cell.Text) + "; its cells were not imported. Known columns: " + known + " (docs/import.md lists the variants).",
                    "未知列" + CellText.Quote(cell.Text) + "，其单元格未导入。可识别的列：" + knownZh + "（变体见 docs/import.md）。");
                continue;
            }

            if (!seen.Add(field))
            {
                context.Warning(
                    ImportDiagnosticCodes.DuplicateColumn,
                    cell.At,
                    "The column " + CellText.Quote(cell.Text) + " holds the same field as an earlier column; the earlier one was used and this column's cells were not imported.",
                    "列" + CellText.Quote(cell.Text) + "与前面的列含义相同；使用了前一列，该列的单元格未导入。");
                continue;
            }

            fields[index] = field;
        }

        return ImportColumns.ResolvePoints(fields);
    }

    /// <summary>The number of known fields a row names: a header names at least three.</summary>
    public static int Score(SourceRow row)
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

        return seen.Count;
    }
}
