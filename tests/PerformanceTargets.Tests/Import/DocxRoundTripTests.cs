using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Tests.Rendering.Office;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Documents the official layout can carry, built on the flat layout's generators (<see cref="FlatDocumentArbitraries"/>):
/// what they generate, plus a sequence number (the table's title), a spending plan of 0 to 14 months (more than 12 make
/// a second pair of plan rows) and indicators of the implementation period. Project names differ from one another, as
/// the tables' titles do.
/// </summary>
public static class DocxDocumentArbitraries
{
    public static Arbitrary<TargetDocument> Documents() => Arb.From(DocumentGen());

    public static Gen<TargetDocument> DocumentGen() =>
        from year in Gen.Choose(TargetDocument.MinFiscalYear, TargetDocument.MaxFiscalYear)
        from unit in Gen.Elements<AmountUnit?>(AmountUnit.TenThousandYuan, AmountUnit.Yuan)
        from projects in ProjectGen().ListOf().Resize(4)
        select new TargetDocument
        {
            FiscalYear = year,
            AmountUnit = unit,
            Projects = [.. projects.Select((p, i) => p with { Name = p.Name + (i + 1).ToString(CultureInfo.InvariantCulture), Sequence = projects[0].Sequence + i })],
        };

    private static Gen<Project> ProjectGen() =>
        from project in FlatDocumentArbitraries.ProjectGen()
        from sequence in Gen.Choose(1, 50)
        from plan in SpendingGen()
        from periodIndicators in FlatDocumentArbitraries.IndicatorGen().ListOf().Resize(2)
        select project with
        {
            Sequence = sequence,
            SpendingPlan = [.. plan],
            Indicators = [.. project.Indicators.Select(Cells)],
            PeriodIndicators = [.. periodIndicators.Select(Cells)],
        };

    /// <summary>The official layout always has the 指标解释 and 指标值确定依据 columns: a missing text is an empty cell, read back as "".</summary>
    private static Indicator Cells(Indicator indicator) => indicator with { Description = indicator.Description ?? string.Empty, Basis = indicator.Basis ?? string.Empty };

    /// <summary>Month-end points in month order (months may repeat past 12, as a plan over two years does), cumulative percentages with up to two decimals.</summary>
    private static Gen<SpendingPoint[]> SpendingGen() =>
        from count in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 12)), (1, Gen.Choose(13, 14)))
        from months in Gen.Choose(1, 12).ArrayOf(count)
        from percents in Gen.Choose(0, 10000).ArrayOf(count)
        select months.Order().Zip(percents.Order(), (m, p) => new SpendingPoint { Month = m, CumulativePercent = p / 100m }).ToArray();
}

/// <summary>
/// Word out and back in: what the DOCX export writes (the official layout, each project a header table and an
/// indicator table, 一级/二级 merged down their runs, or repeated on every row) the DOCX importer reads back, cell for cell.
/// </summary>
public class DocxRoundTripTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();

    private static ImportResult Import(byte[] docx, int year) => TargetImporter.Import(docx, new ImportOptions { FileName = "export.docx", FiscalYear = year });

    private static byte[] Export(TargetDocument document, bool repeat) =>
        TargetRendering.ToDocx(document, repeat ? new RenderOptions { MergedCells = MergedCellStyle.Repeat } : null);

    /// <summary>Each project of the two documents as JSON: names, codes, amounts, plan, goals, every indicator's text verbatim.</summary>
    private static void AssertSameProjects(TargetDocument expected, ImportResult result)
    {
        Assert.True(result.ErrorCount == 0, string.Join("\n", result.Diagnostics.Take(10)));
        var actual = result.Document!;
        Assert.Equal(expected.Projects.Length, actual.Projects.Length);
        for (var i = 0; i < expected.Projects.Length; i++)
        {
            var (want, got) = (Json(expected, expected.Projects[i]), Json(expected, actual.Projects[i]));
            Assert.True(want == got, "project " + (i + 1).ToString(CultureInfo.InvariantCulture) + " differs:\n" + want + "\n--- imported:\n" + got);
        }

        Assert.Equal(expected.AmountUnit ?? AmountUnit.TenThousandYuan, actual.AmountUnit ?? AmountUnit.TenThousandYuan);
    }

    /// <summary>A project as JSON, but for its funding reference, which no cell holds: the importer finds it in the project's name (怀财字【2024】7号…).</summary>
    private static string Json(TargetDocument document, Project project) => TargetJson.WriteToString(document with { Projects = [project with { FundingReference = null }] });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_seed_exported_to_Word_imports_back_project_for_project(bool repeat)
    {
        AssertSameProjects(Seed, Import(Export(Seed, repeat), Seed.FiscalYear));
    }

    [Property(MaxTest = 80, Arbitrary = [typeof(DocxDocumentArbitraries)])]
    public void Generated_documents_exported_to_Word_import_back_cell_for_cell(TargetDocument document)
    {
        var docx = Export(document, repeat: false);
        Assert.Equal(docx, Export(document, repeat: false));
        if (document.Projects.IsEmpty)
        {
            Assert.Empty(Import(docx, document.FiscalYear).Document?.Projects ?? []);
            return;
        }

        AssertSameProjects(document, Import(docx, document.FiscalYear));
    }

    [Property(MaxTest = 80, Arbitrary = [typeof(DocxDocumentArbitraries)])]
    public void Generated_documents_exported_with_repeated_labels_import_back_cell_for_cell(TargetDocument document)
    {
        if (document.Projects.IsEmpty)
        {
            return;
        }

        AssertSameProjects(document, Import(Export(document, repeat: true), document.FiscalYear));
    }

    /// <summary>The counter-examples the properties found, kept: each a change to the seed's first project.</summary>
    public static TheoryData<string> CounterExamples() => new(Cases.Keys);

    private static readonly Dictionary<string, Func<Project, Project>> Cases = new()
    {
        // The export wrote an empty row of percentages under an empty plan, and the importer asked for percentages (PTI104).
        ["no spending plan"] = p => p with { SpendingPlan = [] },

        // 13 points: a second pair of month and percentage rows under the merged 资金支出计划 label.
        ["a plan of 13 points"] = p => p with { SpendingPlan = [.. Enumerable.Range(1, 13).Select(m => new SpendingPoint { Month = Math.Min(m, 12), CumulativePercent = m * 7.5m })] },

        // The unit row's first cell holds a name without a code: read as an unknown label (PTI106).
        ["a unit without code"] = p => p with { Unit = new BudgetUnit { Name = "x" } },

        // 816001 followed by 2024…: the code ran into the name.
        ["a unit name starting with digits"] = p => p with { Unit = new BudgetUnit { Code = "816001", Name = "2024县级预算编制通知" } },

        // "5.2024…绩效目标表" and "1.2024…" read as decimals, not as numbering.
        ["a name and a goal starting with digits"] = p => p with { Name = "2024县级预算编制通知", Goals = ["2024县级预算编制通知", "得到保障"] },

        // An indicator named like a label of the header block (预算资金), 一级指标 written on every row.
        ["an indicator named 预算资金"] = p => p with { Indicators = [p.Indicators[0], p.Indicators[1] with { Name = "预算资金", Level1 = "产出指标", Level2 = "成本指标" }] },

        // No indicators: the indicator header alone was read as a table cut short (PTI104).
        ["no indicators"] = p => p with { Indicators = [] },
    };

    [Theory]
    [MemberData(nameof(CounterExamples))]
    public void Counter_examples_import_back_merged_and_repeated(string name)
    {
        var project = Cases[name](Seed.Projects[0]);
        var document = Seed with { Projects = [project] };
        AssertSameProjects(document, Import(Export(document, repeat: false), Seed.FiscalYear));
        AssertSameProjects(document, Import(Export(document, repeat: true), Seed.FiscalYear));
    }
}
