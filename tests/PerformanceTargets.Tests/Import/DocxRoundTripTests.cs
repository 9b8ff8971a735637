using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>
/// Word out and back in: what the DOCX export writes (the official layout, each project a header table and an
/// indicator table, 一级/二级 merged down their runs) the DOCX importer reads back, cell for cell.
/// </summary>
public class DocxRoundTripTests
{
    private static readonly TargetDocument Seed = TargetJson.ReadFile(TestPaths.Sample("guanting-2024.json")).GetDocumentOrThrow();

    [Fact]
    public void The_seed_exported_to_Word_imports_back_project_for_project()
    {
        var docx = TargetRendering.ToDocx(Seed);
        var result = TargetImporter.Import(docx, new ImportOptions { FileName = "guanting-2024.docx", FiscalYear = Seed.FiscalYear });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Take(10)));
        var actual = result.Document!;
        Assert.Equal(Seed.Projects.Length, actual.Projects.Length);
        for (var i = 0; i < Seed.Projects.Length; i++)
        {
            // Every project: names, codes, amounts, plan, goals, every indicator's text verbatim.
            Assert.Equal(TargetJson.WriteToString(Seed with { Projects = [Seed.Projects[i]] }), TargetJson.WriteToString(Seed with { Projects = [actual.Projects[i]] }));
        }
    }
}

