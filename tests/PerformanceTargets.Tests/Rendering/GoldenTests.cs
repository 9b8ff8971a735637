using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>
/// The seed rendered with the built-in templates, compared byte for byte with the committed samples. Regenerate after a
/// deliberate template change with <c>PERFTARGETS_APPROVE=1 dotnet test --filter FullyQualifiedName~Rendering.GoldenTests</c>.
/// </summary>
public class GoldenTests
{
    [Fact]
    public void Seed_renders_to_the_committed_html_sample()
    {
        var html = TargetRenderer.Default.Render(RenderingFixtures.Seed).GetTextOrThrow();
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024.html"), html);
    }

    [Fact]
    public void Seed_renders_to_the_committed_markdown_sample()
    {
        var markdown = TargetRenderer.Default.Render(RenderingFixtures.Seed, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow();
        RenderingFixtures.AssertGolden(TestPaths.Sample("guanting-2024.md"), markdown);
    }

    [Fact]
    public void Review_view_of_the_seed_with_hand_made_findings_matches_its_golden_file()
    {
        var html = TargetRendering.ToReviewHtml(RenderingFixtures.Seed, RenderingFixtures.SeedReport());
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "guanting-2024-review.html"), html);
    }

    [Fact]
    public void Review_view_of_hostile_data_matches_its_golden_file()
    {
        // Validated by .ci/html-validate.sh like the other golden HTML: hostile data still gives valid HTML.
        var hostile = RenderingFixtures.Hostile();
        var findings = RenderingFixtures.HostileStrings.Select((s, i) => RenderingFixtures.Make("PT" + i, Severity.Warning, global::PerformanceTargets.Validation.RuleCategory.Format, i % 2 == 0 ? "/projects/0/indicators/0/target" : "/title", s, s));
        var html = TargetRendering.ToReviewHtml(hostile, new global::PerformanceTargets.Validation.ValidationReport(findings, hostile, "<b>file</b>", "v1"));
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "hostile-review.html"), html);
    }

    [Fact]
    public void English_labels_of_the_excerpt_match_their_golden_files()
    {
        var options = new RenderOptions { Language = Language.English };
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "excerpt-en.html"), TargetRendering.ToHtml(RenderingFixtures.Excerpt, options));
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "excerpt-en.md"), TargetRendering.ToMarkdown(RenderingFixtures.Excerpt, options));
    }

    [Fact]
    public void One_table_renders_as_a_fragment_and_the_document_contains_it()
    {
        var table = TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 13).GetTextOrThrow();
        RenderingFixtures.AssertGolden(TestPaths.TestData("Rendering", "guanting-2024-table-14.html"), table);
        Assert.StartsWith("<section class=\"project\" id=\"table-14\">", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", table, StringComparison.Ordinal);
        var document = TargetRendering.ToHtml(RenderingFixtures.Seed);
        Assert.Contains(table, document, StringComparison.Ordinal);

        var markdownTable = TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 13, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow();
        Assert.Contains(markdownTable, TargetRendering.ToMarkdown(RenderingFixtures.Seed), StringComparison.Ordinal);
    }

    [Fact]
    public void Samples_are_lf_only_utf8_without_bom_and_end_with_a_newline()
    {
        foreach (var name in new[] { "guanting-2024.html", "guanting-2024.md" })
        {
            var bytes = File.ReadAllBytes(TestPaths.Sample(name));
            Assert.False(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, name + " starts with a BOM");
            Assert.DoesNotContain((byte)'\r', bytes);
            Assert.Equal((byte)'\n', bytes[^1]);
        }
    }
}
