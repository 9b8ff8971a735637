using System.Globalization;
using System.Text;
using PerformanceTargets.Import;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Model;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// The one catalogue of field names (<see cref="ImportColumns"/>): every name maps to its field in both layouts, and a
/// table written with its canonical headers, in its order, reads back: what a writer of the flat layout takes from it.
/// </summary>
public class ImportColumnsTests
{
    [Fact]
    public void Every_name_of_every_field_maps_to_that_field_and_the_canonical_header_comes_first()
    {
        foreach (var column in ImportColumns.Columns)
        {
            Assert.Equal(column.Header, column.Names[0]);
            Assert.Equal(column.Header, ImportColumns.Header(column.Field));
            foreach (var name in column.Names)
            {
                Assert.Equal(column.Field, ImportColumns.Lookup(name, null));
                Assert.Equal(column.Field, ImportColumns.Lookup(" " + name.Replace("：", ":", StringComparison.Ordinal) + " ", null));
            }

            // In a project table, the same names label the rows of project fields (not the self-evaluation and
            // monitoring columns of format 1.1, which the flat layout reads).
            var label = ImportColumns.Label(column.Header);
            Assert.Equal(column.Scope == ImportFieldScope.Project && column.Field is not (ImportField.UnitName or ImportField.UnitCode) && !ImportColumns.IsLifecycleField(column.Field) ? column.Field : ImportField.None, label);
        }

        Assert.Equal(ImportColumns.Columns.Length, ImportColumns.Columns.Select(c => c.Field).Distinct().Count());
        Assert.Equal(ImportField.Total, ImportColumns.Lookup("预算数(万元)", null));
        Assert.Equal(AmountUnit.TenThousandYuan, ImportColumns.AmountUnitOf("预算数(万元)"));
        Assert.Equal(ImportField.UnitName, ImportColumns.Lookup("单位", null));
        Assert.Equal(ImportField.MeasureUnit, ImportColumns.Lookup("单位", [ImportField.Target]));
    }

    [Fact]
    public void A_flat_table_written_with_the_catalogues_headers_in_its_order_reads_back()
    {
        // A writer takes the header texts and the column order from the catalogue, and a value for each field.
        var document = ImportFixtures.SeedDocument;
        // Target columns only: LifecycleImportTests reads the self-evaluation and monitoring columns back.
        var columns = ImportColumns.Columns.Where(c => c.Field is not (ImportField.Ignored or ImportField.Year or ImportField.Comparator or ImportField.MeasureUnit) && !ImportColumns.IsLifecycleField(c.Field)).ToList();
        var text = new StringBuilder("2024年\n单位：万元\n").Append(string.Join(",", columns.Select(c => c.Header))).Append('\n');
        foreach (var project in document.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                text.Append(string.Join(",", columns.Select(c => Quote(Value(c.Field, project, indicator))))).Append('\n');
            }
        }

        var result = TargetImporter.Import(Encoding.UTF8.GetBytes(text.ToString()), new ImportOptions { FileName = "written.csv" });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(document.Projects.Select(p => p with { Sequence = null, SpendingPlan = [] }), result.Document.Projects);

        static string? Value(ImportField field, Project project, Indicator indicator) => field switch
        {
            ImportField.UnitName => project.Unit?.Name,
            ImportField.UnitCode => project.Unit?.Code,
            ImportField.ProjectCode => project.Code,
            ImportField.ProjectName => project.Name,
            ImportField.Total => project.Budget.Total.ToString(CultureInfo.InvariantCulture),
            ImportField.Fiscal => project.Budget.Fiscal?.ToString(CultureInfo.InvariantCulture),
            ImportField.Other => project.Budget.Other?.ToString(CultureInfo.InvariantCulture),
            ImportField.FundUse => project.FundUse,
            ImportField.Goals => string.Join("；", project.Goals.Select((g, i) => (i + 1).ToString(CultureInfo.InvariantCulture) + "." + g)),
            ImportField.Level1 => indicator.Level1,
            ImportField.Level2 => indicator.Level2,
            ImportField.Name => indicator.Name,
            ImportField.Description => indicator.Description,
            ImportField.Target => indicator.Target,
            ImportField.Basis => indicator.Basis,
            _ => null,
        };

        static string Quote(string? cell) =>
            cell is null ? string.Empty : cell.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    [Fact]
    public void A_text_tables_indicator_header_is_mapped_like_a_flat_header()
    {
        // Table 1's header with a second 指标值 column (目标值) and an unknown one (联系人): PTI204 and PTI203, as in a flat table.
        var bytes = ImportFixtures.EditSeed(lines =>
        {
            var header = lines.FindIndex(l => l == "\t指标值确定依据");
            lines.InsertRange(header + 1, ["\t目标值", "\t联系人"]);
        });
        var result = ImportFixtures.Import(bytes);
        var duplicate = Assert.Single(result.WithCode(ImportDiagnosticCodes.DuplicateColumn));
        Assert.Equal((1, 8, 7), (duplicate.Location!.Table, duplicate.Location.Row, duplicate.Location.Cell));
        var unknown = Assert.Single(result.WithCode(ImportDiagnosticCodes.UnknownColumn));
        Assert.Contains("联系人", unknown.Text.English, StringComparison.Ordinal);
        Assert.Contains("指标值确定依据", unknown.Text.English, StringComparison.Ordinal);
        Assert.Equal("/projects/0", unknown.Pointer);

        // The rows below still have 6 cells: a row that lacks the extra columns is short (PTI105), as a flat row would be.
        Assert.All(result.WithCode(ImportDiagnosticCodes.MissingCells), d => Assert.Equal(1, d.Location!.Table));
    }
}
