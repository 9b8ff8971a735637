using System.Globalization;
using PerformanceTargets.Import.Building;
using PerformanceTargets.Import.Cells;

namespace PerformanceTargets.Import.Layouts;

/// <summary>Checks of a row's shape that every layout makes.</summary>
internal static class RowChecks
{
    /// <summary>
    /// Reports each non-blank cell after the first <paramref name="expected"/> ones as not imported: <c>PTI107</c> in a
    /// project table, <c>PTI205</c> in a flat table (<paramref name="code"/>). Blank cells there are artefacts of the source.
    /// </summary>
    public static void ExtraCells(SourceRow row, int expected, string code, ImportContext context)
    {
        for (var i = expected; i < row.Count; i++)
        {
            var cell = row.Cells[i];
            if (cell.IsBlank)
            {
                continue;
            }

            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var count = expected.ToString(CultureInfo.InvariantCulture);
            context.Error(
                code,
                cell.At,
                "Unexpected cell " + CellText.Quote(cell.Text) + " (cell " + number + " of a row that has " + count + "); it was not imported.",
                "多余的单元格" + CellText.Quote(cell.Text) + "（该行应有 " + count + " 个单元格，此为第 " + number + " 个），未导入。");
        }
    }
}
