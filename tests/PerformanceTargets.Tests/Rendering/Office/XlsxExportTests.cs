using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;
using PerformanceTargets.Import.Layouts;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Rendering.Office;

namespace PerformanceTargets.Tests.Rendering.Office;

/// <summary>
/// Documents the flat layout can carry: what it has columns for, with text as a spreadsheet cell keeps it (no white
/// space at the ends, no line breaks or control characters), goals that do not themselves start with a number, project
/// names that differ from the project before (the flat layout starts a project where the name changes), and the fiscal
/// and other amounts stated (a blank amount cell is read as 0, as in the official tables), and a budget unit on every
/// project (blank unit cells are read as the unit above, merged over several projects).
/// </summary>
public static class FlatDocumentArbitraries
{
    private static readonly string[] Phrases =
    [
        "官厅镇村干部工资", "怀财字【2024】7号防火经费", "行政村数量", "足额发放率", "得到保障", "目标内容", "年度工作计划",
        "2024县级预算编制通知", "<script>alert(1)</script>", "{{ x }}", "emoji 😀", "a|b*c_d", "€ and ‰", "tab\there", "quote\"and\\backslash",
        "=SUM(A1:A2)", "'leading apostrophe", "产出", "效益", "x",
    ];

    private static readonly string[] Targets = ["≥95%", "=100%", "≤67.54万元", "得到保障", "≥13个", "＞0", "100%", "不低于90%", "≥95.5%", "2023.07-2024.01", "达标"];

    public static Arbitrary<TargetDocument> Documents() => Arb.From(DocumentGen());

    /// <summary>Text a table cell keeps as it is: phrases of the seed and hostile strings, no white space at the ends.</summary>
    public static Gen<string> Text() => Gen.OneOf(
        Gen.Elements(Phrases),
        Gen.Elements(Phrases).ListOf().Resize(3).Where(p => p.Count > 0).Select(p => string.Concat(p)));

    private static Gen<decimal> Amount() =>
        from mantissa in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Choose(0, 4)
        select new decimal(mantissa, 0, 0, false, (byte)scale);

    private static Gen<decimal?> OrNone(Gen<decimal> gen) => Gen.OneOf(Gen.Constant<decimal?>(null), gen.Select(v => (decimal?)v));

    private static Gen<TargetDocument> DocumentGen() =>
        from year in Gen.Choose(TargetDocument.MinFiscalYear, TargetDocument.MaxFiscalYear)
        from unit in Gen.Elements<AmountUnit?>(AmountUnit.TenThousandYuan, AmountUnit.Yuan)
        from projects in ProjectGen().ListOf().Resize(4)
        select new TargetDocument
        {
            FiscalYear = year,
            AmountUnit = unit,
            Projects = [.. Distinct(projects)],
        };

    /// <summary>Names each project apart from the one before it (a number appended), as the flat layout needs.</summary>
    private static IEnumerable<Project> Distinct(IEnumerable<Project> projects)
    {
        var n = 0;
        foreach (var project in projects)
        {
            n++;
            yield return project with { Name = project.Name + n.ToString(CultureInfo.InvariantCulture) };
        }
    }

    /// <summary>A project with what the flat layout has columns for (no sequence, spending plan or period indicators).</summary>
    public static Gen<Project> ProjectGen() =>
        from code in Gen.Elements<string?>(null, "13073024P00888510015C", "0012", "816001-01")
        from name in Text()
        from total in Amount()
        from fiscal in Amount()
        from other in Amount()
        from fundUse in Text().OrNull()
        from goals in Text().ListOf().Resize(3)
        from periodGoals in Text().ListOf().Resize(2)
        from attribute in Gen.Elements<ProjectAttribute?>(null, ProjectAttribute.New, ProjectAttribute.Continuing)
        from period in Gen.Elements<ImplementationPeriod?>(null, new ImplementationPeriod { Start = "2023-07", End = "2024-01" })
        from opinion in Text().OrNull()
        from unitName in Text()
        from unitCode in Gen.Elements<string?>(null, "816001", "000123")
        from indicators in IndicatorGen().ListOf().Resize(6)
        select new Project
        {
            Unit = new BudgetUnit { Code = unitCode, Name = unitName },
            Code = code,
            Name = name,
            Budget = new Budget { Total = total, Fiscal = fiscal, Other = other },
            FundUse = fundUse,
            Goals = [.. goals],
            PeriodGoals = [.. periodGoals],
            Attribute = attribute,
            ImplementationPeriod = period,
            ReviewOpinion = opinion,
            Indicators = [.. indicators],
        };

    /// <summary>An indicator with what both the flat and the official layouts have columns for.</summary>
    public static Gen<Indicator> IndicatorGen() =>
        from level1 in Gen.OneOf(Gen.Elements("产出指标", "效益指标", "满意度指标", "成本指标"), Text())
        from level2 in Gen.OneOf(Gen.Elements("数量指标", "质量指标", "时效指标"), Text())
        from name in Text()
        from description in Text().OrNull()
        from target in Gen.OneOf(Gen.Elements(Targets), Text())
        from basis in Text().OrNull()
        from weight in OrNone(Gen.Choose(0, 10000).Select(w => w / 100m))
        from direction in Gen.Elements<IndicatorDirection?>(null, IndicatorDirection.Positive, IndicatorDirection.Negative)
        select new Indicator { Level1 = level1, Level2 = level2, Name = name, Description = description, Target = target, Basis = basis, Weight = weight, Direction = direction };
}

/// <summary>The Excel export of the flat layout: valid SpreadsheetML, the importer's header, numbers and text, and a round trip through the importer.</summary>
public class XlsxExportTests
{
    private static readonly Lazy<byte[]> SeedXlsx = new(() => TargetRendering.ToXlsx(RenderingFixtures.Seed));

    /// <summary>What the flat layout carries of a project, one line per field, decimals in their shortest form.</summary>
    public static List<string> Shape(TargetDocument document) => [.. document.Projects.SelectMany(Shape)];

    private static IEnumerable<string> Shape(Project p)
    {
        yield return "project " + p.Name + " | code " + p.Code + " | unit " + p.Unit?.Code + " " + p.Unit?.Name;
        yield return "budget " + N(p.Budget.Total) + " " + N(p.Budget.Fiscal) + " " + N(p.Budget.Other);
        yield return "use " + p.FundUse + " | attribute " + p.Attribute + " | period " + p.ImplementationPeriod?.Start + "~" + p.ImplementationPeriod?.End + " | opinion " + p.ReviewOpinion;
        yield return "goals " + string.Join(" ‖ ", p.Goals) + " | period goals " + string.Join(" ‖ ", p.PeriodGoals);
        foreach (var i in p.Indicators)
        {
            yield return "indicator " + string.Join(" | ", i.Level1, i.Level2, i.Name, i.Description, i.Target, i.Basis, N(i.Weight), i.Direction);
        }
    }

    private static string N(decimal? value) => value?.ToString("G29", CultureInfo.InvariantCulture) ?? "-";

    private static ImportResult Import(byte[] xlsx) => TargetImporter.Import(xlsx, new ImportOptions { FileName = "export.xlsx" });

    [Fact]
    public void The_seed_export_passes_the_OpenXml_validator()
    {
        using var stream = new MemoryStream(SeedXlsx.Value, writable: false);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Select(e => e.Id + " " + e.Path?.XPath + ": " + e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
    }

    [Fact]
    public void The_header_is_the_importers_frozen_with_widths_and_numbers_are_numbers_codes_text()
    {
        using var stream = new MemoryStream(SeedXlsx.Value, writable: false);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        var strings = part.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var sheet = part.WorksheetParts.Single().Worksheet!;
        var rows = sheet.Descendants<Row>().ToList();
        string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.CellValue!.Text;

        var header = rows[0].Elements<Cell>().Select(Text).ToList();
        var expected = ImportColumns.Columns.Where(c => c.Field is not (ImportField.None or ImportField.Ignored) && !ImportColumns.IsLifecycleField(c.Field))
            .Select(c => c.Header + (c.Field is ImportField.Total or ImportField.Fiscal or ImportField.Other ? "（万元）" : string.Empty)).ToList();
        Assert.Equal(expected, header);
        Assert.All(header, h => Assert.NotEqual(ImportField.None, ImportColumns.Lookup(h, null)));

        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal(header.Count, sheet.Descendants<Column>().Count(c => c.CustomWidth?.Value == true && c.Width!.Value >= 10));

        Assert.Equal(1 + RenderingFixtures.Seed.Projects.Sum(p => Math.Max(1, p.Indicators.Length)), rows.Count);
        var first = rows[1].Elements<Cell>().ToDictionary(c => new string(c.CellReference!.Value!.TakeWhile(char.IsLetter).ToArray()), c => c);
        string Column(ImportField field) => XlsxColumn(expected.FindIndex(h => ImportColumns.Lookup(h, null) == field));
        var project = RenderingFixtures.Seed.Projects[0];
        Assert.Equal(CellValues.SharedString, first[Column(ImportField.ProjectCode)].DataType!.Value);
        Assert.Equal(project.Code, Text(first[Column(ImportField.ProjectCode)]));
        Assert.Null(first[Column(ImportField.Total)].DataType);
        Assert.Equal(project.Budget.Total, decimal.Parse(first[Column(ImportField.Total)].CellValue!.Text, CultureInfo.InvariantCulture));
        Assert.Null(first[Column(ImportField.Year)].DataType);
        Assert.Equal("2024", first[Column(ImportField.Year)].CellValue!.Text);
    }

    private static string XlsxColumn(int index) => ((char)('A' + (index % 26))).ToString() is var last && index >= 26 ? ((char)('A' + (index / 26) - 1)).ToString() + last : last;

    [Fact]
    public void The_seed_exported_and_imported_gives_the_same_projects_and_indicators()
    {
        var result = Import(SeedXlsx.Value);
        Assert.True(result.ErrorCount == 0, string.Join("\n", result.Diagnostics.Take(10)));
        Assert.Equal(Shape(RenderingFixtures.Seed), Shape(result.Document!));
        Assert.Equal(RenderingFixtures.Seed.FiscalYear, result.Document!.FiscalYear);
        Assert.Equal(RenderingFixtures.Seed.AmountUnit ?? AmountUnit.TenThousandYuan, result.Document.AmountUnit);
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(FlatDocumentArbitraries)])]
    public void Generated_documents_exported_and_imported_give_the_same_projects_and_indicators(TargetDocument document)
    {
        var xlsx = TargetRendering.ToXlsx(document);
        Assert.Equal(xlsx, TargetRendering.ToXlsx(document));
        var result = Import(xlsx);
        if (document.Projects.IsEmpty)
        {
            Assert.Empty(result.Document?.Projects ?? []);
            return;
        }

        Assert.True(result.ErrorCount == 0, string.Join("\n", result.Diagnostics.Take(10)));
        Assert.Equal(Shape(document), Shape(result.Document!));
        Assert.Equal(document.FiscalYear, result.Document!.FiscalYear);
    }

    [Fact]
    public void Hostile_text_is_written_as_text_cells_and_the_file_stays_valid()
    {
        var hostile = RenderingFixtures.Hostile();
        var xlsx = TargetRendering.ToXlsx(hostile);
        using var stream = new MemoryStream(xlsx, writable: false);
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(workbook).Select(e => e.Id + ": " + e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet!;
        Assert.Empty(sheet.Descendants<CellFormula>());
        var strings = workbook.WorkbookPart.SharedStringTablePart!.SharedStringTable!.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        Assert.Contains(OfficePackage.Clean(hostile.Projects[0].Name), strings);
        Assert.Contains("{{ 6 * 7 }}", strings);
        Assert.Contains("\u2400nul \u2407bell \u241Fus \u2421del \u0085nel", strings);
    }

    [Fact]
    public void Amounts_beyond_fifteen_digits_are_written_as_text_and_read_back_exactly()
    {
        var project = RenderingFixtures.Seed.Projects[0] with { Budget = new Budget { Total = 1234567890.1234567890123m, Fiscal = 0.0000000000000000001m } };
        var document = RenderingFixtures.Seed with { Projects = [project] };
        var result = Import(TargetRendering.ToXlsx(document));
        Assert.Equal(project.Budget.Total, result.Document!.Projects[0].Budget.Total);
        Assert.Equal(project.Budget.Fiscal, result.Document.Projects[0].Budget.Fiscal);
    }

    [Fact]
    public void One_table_to_a_stream_writes_that_project_only()
    {
        using var stream = new MemoryStream();
        Assert.True(TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 3, stream, new RenderOptions { Format = RenderFormat.Xlsx }).Success);
        var result = Import(stream.ToArray());
        Assert.Equal(Shape(RenderingFixtures.Seed with { Projects = [RenderingFixtures.Seed.Projects[3]] }), Shape(result.Document!));
    }
}
