using PerformanceTargets.Import;
using PerformanceTargets.Json;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Import;

/// <summary>The seed as a Word document (hand-built WordprocessingML with merged cells) imports as the text does, cell for cell.</summary>
public class DocxSeedTests
{
    private static readonly Lazy<byte[]> SeedDocx = new(() => DocxBuilder.FromSeedText(ImportFixtures.SeedText));

    private static readonly Lazy<ImportResult> SeedDocxResult = new(() => TargetImporter.Import(SeedDocx.Value, new ImportOptions { FileName = "guanting-2024.docx" }));

    public static byte[] Docx => SeedDocx.Value;

    [Fact]
    public void The_seed_as_a_Word_document_imports_as_the_text_does()
    {
        var result = SeedDocxResult.Value;
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(ImportLayout.Text, result.Layout);
        var expected = ImportFixtures.SeedDocument;
        var actual = result.Document!;
        Assert.Equal(23, actual.Projects.Length);
        Assert.Equal(expected.Projects.Length, actual.Projects.Length);
        for (var i = 0; i < expected.Projects.Length; i++)
        {
            Assert.Equal(TargetJson.WriteToString(expected with { Projects = [expected.Projects[i]] }), TargetJson.WriteToString(expected with { Projects = [actual.Projects[i]] }));
        }

        // The whole document: cover, department, part 1, every project, every indicator's text verbatim.
        Assert.Equal(TargetJson.WriteToString(expected), TargetJson.WriteToString(actual));
    }

    /// <summary>
    /// <c>samples/guanting-2024.docx</c> (the seed as <see cref="DocxBuilder.FromSeedText"/> writes it, for users and the
    /// benchmarks) imports to the committed JSON byte for byte; <c>PERFTARGETS_APPROVE=1</c> writes it again.
    /// </summary>
    [Fact]
    public void The_committed_docx_sample_imports_to_the_committed_json()
    {
        var sample = TestPaths.Sample("guanting-2024.docx");
        if (Environment.GetEnvironmentVariable("PERFTARGETS_APPROVE") == "1")
        {
            File.WriteAllBytes(sample, Docx);
        }

        var result = TargetImporter.Import(sample);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        Assert.Equal(File.ReadAllBytes(TestPaths.Sample("guanting-2024.json")), TargetJson.Write(result.Document!));
    }
}
