using System.Text.RegularExpressions;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary><see cref="RenderOptions.TablesAlone"/>: the chosen tables alone, without the cover, the contents and part 1.</summary>
public class TablesAloneTests
{
    private static readonly RenderOptions Table3 = new() { Tables = [2], TablesAlone = true };

    [Fact]
    public void Html_of_table_3_alone_is_a_page_with_that_table_only()
    {
        var html = TargetRendering.ToHtml(RenderingFixtures.Seed, Table3);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"cover\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"toc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"part-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"part-2\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(RenderingFixtures.Seed.OverallTargets!.Overall[0], html, StringComparison.Ordinal);
        Assert.Equal(["table-3"], Regex.Matches(html, "<section class=\"project\" id=\"([^\"]+)\"").Select(m => m.Groups[1].Value));

        // The table is the one RenderTable prints, and the plain document still has its cover.
        Assert.Contains(TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 2).GetTextOrThrow(), html, StringComparison.Ordinal);
        Assert.Contains("class=\"cover\"", TargetRendering.ToHtml(RenderingFixtures.Seed, Table3 with { TablesAlone = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_of_table_3_alone_is_that_table_only()
    {
        var markdown = TargetRendering.ToMarkdown(RenderingFixtures.Seed, Table3);
        var table = TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 2, new RenderOptions { Format = RenderFormat.Markdown }).GetTextOrThrow();
        Assert.Equal(table, markdown);
        Assert.StartsWith("<a id=\"table-3\"></a>", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("## 目录", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("# " + RenderingFixtures.Seed.Title, markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_review_of_table_3_alone_has_the_findings_of_table_3_only()
    {
        var report = TargetValidator.Default.ValidateFile(TestPaths.Seed);
        var html = TargetRenderer.Default.Render(report.Document!, Table3 with { Review = true }, report).GetTextOrThrow();
        var own = report.Findings.Where(f => f.ProjectIndex == 2).ToList();
        Assert.NotEmpty(own);
        Assert.True(report.Findings.Length > own.Count);

        // The summary first, counting table 3's findings; no cover.
        Assert.Contains("<body class=\"review\">\n<section class=\"review-summary\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"cover\"", html, StringComparison.Ordinal);
        var errors = own.Count(f => f.Severity == Severity.Error);
        var warnings = own.Count(f => f.Severity == Severity.Warning);
        Assert.Contains($"错误 {errors}</span> <span class=\"count warning\"><span class=\"symbol\" aria-hidden=\"true\">▲</span>警告 {warnings}</span>", html, StringComparison.Ordinal);

        // Every group link goes to a box of table 3, one per finding of table 3; no document-level finding (PT902).
        var links = Regex.Matches(html, "<a href=\"#(finding-\\d+)\">").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(own.Count, links.Count);
        var table3 = HtmlTables.Section(html, "table-3");
        Assert.All(links, link => Assert.Contains(" id=\"" + link + "\"", table3, StringComparison.Ordinal));
        Assert.DoesNotContain("PT902", html, StringComparison.Ordinal);
        Assert.Equal(own.Select(f => f.RuleId).Distinct().Order(StringComparer.Ordinal), ReviewSummaryTests.Groups(html).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_table_outside_the_document_is_a_caller_mistake()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TargetRendering.ToHtml(RenderingFixtures.Seed, new RenderOptions { Tables = [23], TablesAlone = true }));
        Assert.Equal(23, error.ActualValue);
    }
}
