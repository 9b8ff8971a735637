#if !LIBRARY_NETSTANDARD
// The baseline lives in the benchmark project and is linked into the main test project only.
using FsCheck.Xunit;
using PerformanceTargets.Benchmarks;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The benchmark compares the Scriban renderer with a hand-written StringBuilder renderer; that is only fair if both write
/// the same bytes. These tests prove they do, on the seed and on generated documents.
/// </summary>
public class BaselineRendererTests
{
    [Fact]
    public void Baseline_renders_the_seed_exactly_as_the_templates_do()
    {
        var templates = TargetRendering.ToHtml(RenderingFixtures.Seed);
        Assert.Equal(templates, HandWrittenHtmlRenderer.Render(RenderingFixtures.Seed));
        Assert.Equal(File.ReadAllText(TestPaths.Sample("guanting-2024.html")), HandWrittenHtmlRenderer.Render(RenderingFixtures.Seed));
    }

    [Theory]
    [InlineData(Language.English, MergedCellStyle.Merge)]
    [InlineData(Language.Chinese, MergedCellStyle.Repeat)]
    public void Baseline_follows_the_options_as_the_templates_do(Language language, MergedCellStyle merged)
    {
        var options = new RenderOptions { Language = language, MergedCells = merged, Tables = [13, 0, 2] };
        Assert.Equal(TargetRendering.ToHtml(RenderingFixtures.Seed, options), HandWrittenHtmlRenderer.Render(RenderingFixtures.Seed, options));
        var hostile = RenderingFixtures.Hostile();
        Assert.Equal(TargetRendering.ToHtml(hostile, options with { Tables = [] }), HandWrittenHtmlRenderer.Render(hostile, options with { Tables = [] }));
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Baseline_and_templates_agree_on_generated_documents(TargetDocument document) =>
        TargetRendering.ToHtml(document) == HandWrittenHtmlRenderer.Render(document);
}
#endif
