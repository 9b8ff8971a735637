using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Validation;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>The review view: each finding beside the cell its pointer names, summaries per table and for the document.</summary>
public class ReviewViewTests
{
    private static readonly Lazy<string> SeedReview = new(() => TargetRendering.ToReviewHtml(RenderingFixtures.Seed, RenderingFixtures.SeedReport()));

    private static HtmlTables.Cell HeaderCell(string section, string cellClass) =>
        HtmlTables.Rows(section, "header-block").SelectMany(r => r).Single(c => c.Class.Split(' ').Contains(cellClass));

    [Fact]
    public void Findings_on_header_cells_are_shown_in_those_cells_and_nowhere_else_in_the_block()
    {
        var table1 = HtmlTables.Section(SeedReview.Value, "table-1");
        Assert.Equal(["PT102"], HeaderCell(table1, "code").Rules);
        Assert.Equal("13073024P00888510015C", HeaderCell(table1, "code").Value);
        Assert.Equal(["PT108"], HeaderCell(table1, "total").Rules);
        Assert.Empty(HeaderCell(table1, "fiscal").Rules);
        Assert.Equal(["PT103"], HeaderCell(table1, "goals").Rules);

        var percents = HtmlTables.Rows(table1, "header-block").SelectMany(r => r).Where(c => c.Class == "percent").ToList();
        Assert.Equal(4, percents.Count);
        Assert.Equal([[], ["PT104"], [], []], percents.Select(c => c.Rules.ToArray()).ToArray());

        var table2 = HtmlTables.Section(SeedReview.Value, "table-2");
        Assert.Equal(["PT113"], HeaderCell(table2, "fund-use").Rules);
    }

    [Fact]
    public void Findings_on_indicator_cells_are_in_their_cell_and_merged_cells_collect_their_rows_findings()
    {
        var rows = HtmlTables.Rows(HtmlTables.Section(SeedReview.Value, "table-1"), "indicators");
        Assert.Equal(7, rows.Count);

        // PT105 is on indicator 3's target; rows 1-3 have no cell of their own for 一级指标 (merged into row 0).
        var target3 = rows[3].Single(c => c.Class == "target");
        Assert.Equal(["PT105"], target3.Rules);
        Assert.Equal("≤67.54万元", target3.Value);

        // PT106 is on indicator 2's level1: the merged 产出指标 cell of row 0 (rowspan 4) shows it.
        var level1 = rows[0].Single(c => c.Class == "level1");
        Assert.Equal(4, level1.RowSpan);
        Assert.Equal(["PT106"], level1.Rules);
        Assert.DoesNotContain(rows[2], c => c.Class == "level1");

        Assert.Equal(["PT107"], rows[5].Single(c => c.Class == "name").Rules);
        Assert.All(rows.SelectMany(r => r).Where(c => c.Class is "description" or "basis"), c => Assert.Empty(c.Rules));

        var table2 = HtmlTables.Rows(HtmlTables.Section(SeedReview.Value, "table-2"), "indicators");
        Assert.Equal(["PT114"], table2[0].Single(c => c.Class == "level2").Rules);
    }

    [Fact]
    public void Each_table_has_a_summary_with_counts_and_the_findings_no_cell_shows()
    {
        var table1 = HtmlTables.Section(SeedReview.Value, "table-1");
        Assert.Contains("<span class=\"count error\"><span class=\"symbol\" aria-hidden=\"true\">✖</span>错误 3</span> <span class=\"count warning\"><span class=\"symbol\" aria-hidden=\"true\">▲</span>警告 3</span> <span class=\"count info\"><span class=\"symbol\" aria-hidden=\"true\">ℹ</span>提示 2</span>", table1, StringComparison.Ordinal);
        var summary = table1.Substring(0, table1.IndexOf("<table class=\"header-block\">", StringComparison.Ordinal));
        Assert.Contains("PT109", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("PT102", summary, StringComparison.Ordinal);

        // An indicator that does not exist cannot be shown in a cell: table 3's summary lists it.
        var table3 = HtmlTables.Section(SeedReview.Value, "table-3");
        var summary3 = table3.Substring(0, table3.IndexOf("<table class=\"header-block\">", StringComparison.Ordinal));
        Assert.Contains("PT110", summary3, StringComparison.Ordinal);

        var table4 = HtmlTables.Section(SeedReview.Value, "table-4");
        Assert.Contains("错误 0", table4, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"finding", table4, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_summary_counts_every_finding_and_lists_the_document_level_ones_escaped()
    {
        var html = SeedReview.Value;
        var start = html.IndexOf("<section class=\"review-summary\"", StringComparison.Ordinal);
        var summary = html.Substring(start, html.IndexOf("</section>", start, StringComparison.Ordinal) - start);
        var report = RenderingFixtures.SeedReport();
        Assert.Contains($"错误 {report.ErrorCount}</span>", summary, StringComparison.Ordinal);
        Assert.Contains($"警告 {report.WarningCount}</span>", summary, StringComparison.Ordinal);
        Assert.Contains($"提示 {report.InfoCount}</span>", summary, StringComparison.Ordinal);
        foreach (var rule in new[] { "PT001", "PT101", "PT111", "PT112" })
        {
            Assert.Contains(rule, summary, StringComparison.Ordinal);
        }

        Assert.Contains("Title checks &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quotes&quot;.", summary, StringComparison.Ordinal);
        Assert.Equal(23, summary.Split("<tr><td><a href=\"#table-").Length - 1);

        // The paragraph finding is also beside its paragraph of part 1.
        var paragraph = html.Split('\n').Single(l => l.StartsWith("<p>2.党委行政运行", StringComparison.Ordinal));
        Assert.Contains("PT112", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_of_a_selected_table_is_shown_exactly_once_in_cells_or_summary()
    {
        var report = RenderingFixtures.SeedReport();
        var html = SeedReview.Value;
        foreach (var finding in report.Findings.Where(f => f.ProjectIndex is >= 0 and < 23))
        {
            var section = HtmlTables.Section(html, "table-" + (finding.ProjectIndex!.Value + 1));
            var header = section.Substring(0, section.IndexOf("<table class=\"header-block\">", StringComparison.Ordinal));
            var tables = section.Substring(header.Length);
            var inCells = tables.Split("<code class=\"rule\">" + finding.RuleId + "</code>").Length - 1;
            var inSummary = header.Split("<code class=\"rule\">" + finding.RuleId + "</code>").Length - 1;
            Assert.True(inCells + inSummary == 1, $"{finding.RuleId} at {finding.Pointer}: {inCells} in cells, {inSummary} in the summary");
        }
    }

    [Fact]
    public void Review_without_a_report_says_there_are_no_findings_and_review_off_shows_none()
    {
        var empty = TargetRenderer.Default.Render(RenderingFixtures.Excerpt, new RenderOptions { Review = true }).GetTextOrThrow();
        Assert.Contains("<p class=\"no-findings\">未发现问题</p>", empty, StringComparison.Ordinal);
        Assert.Contains("<body class=\"review\">", empty, StringComparison.Ordinal);

        var off = TargetRenderer.Default.Render(RenderingFixtures.Seed, RenderOptions.Default, RenderingFixtures.SeedReport()).GetTextOrThrow();
        Assert.Equal(TargetRendering.ToHtml(RenderingFixtures.Seed), off);
        Assert.DoesNotContain("PT102", off, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_of_tables_not_selected_are_left_out_and_english_labels_apply()
    {
        var html = TargetRenderer.Default.Render(
            RenderingFixtures.Seed,
            new RenderOptions { Review = true, Tables = [1], Language = Language.English },
            RenderingFixtures.SeedReport()).GetTextOrThrow();
        Assert.DoesNotContain("PT102", html, StringComparison.Ordinal);
        Assert.Contains("PT113", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"severity\"><span class=\"symbol\" aria-hidden=\"true\">✖</span>Error</span>", html, StringComparison.Ordinal);
        Assert.Contains("Summary of the review", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Review_in_markdown_lists_each_tables_findings_with_their_place()
    {
        var markdown = TargetRenderer.Default.Render(
            RenderingFixtures.Seed,
            new RenderOptions { Review = true, Format = RenderFormat.Markdown, Tables = [0] },
            RenderingFixtures.SeedReport()).GetTextOrThrow();
        Assert.Contains("- **错误** PT102 · 项目编码: 项目编码校验位不符。 (建议：核对项目编码。)", markdown, StringComparison.Ordinal);
        Assert.Contains("- **错误** PT105 · 第4行指标 · 指标值: 成本指标超过预算。", markdown, StringComparison.Ordinal);
        Assert.Contains("**本表审核结果**: 错误 3 · 警告 3 · 提示 2", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_on_period_indicators_weights_and_optional_rows_are_shown_when_the_table_has_them()
    {
        var project = RenderingFixtures.Excerpt.Projects[0];
        var document = RenderingFixtures.Excerpt with
        {
            Projects =
            [
                project with
                {
                    Attribute = ProjectAttribute.Continuing,
                    PeriodIndicators = [project.Indicators[0] with { Weight = 20m }],
                },
            ],
        };
        var report = new ValidationReport(
            [
                RenderingFixtures.Make("PT201", Severity.Warning, RuleCategory.Completeness, "/projects/0/periodIndicators/0/weight", "Weights do not add up.", null),
                RenderingFixtures.Make("PT202", Severity.Info, RuleCategory.Completeness, "/projects/0/attribute", "Attribute noted.", null),
                RenderingFixtures.Make("PT203", Severity.Error, RuleCategory.Completeness, "/projects/0/reviewOpinion", "No review opinion.", null),
            ],
            document,
            null,
            "test");
        var html = TargetRendering.ToReviewHtml(document, report);
        var section = HtmlTables.Section(html, "table-1");
        Assert.Equal(["PT202"], HeaderCell(section, "attribute").Rules);
        Assert.Equal(["PT203"], HeaderCell(section, "review-opinion").Rules);
        var period = section.Substring(section.IndexOf("<caption>", StringComparison.Ordinal));
        Assert.Contains("<td class=\"weight\">20<span class=\"findings warning\">", period, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_equal_findings_are_two_boxes_with_their_own_anchors_and_links()
    {
        // A custom rule may report the same thing twice: each finding is its own box, number and link, never one merged
        // into the other (which would leave a link with no box and an id used twice).
        var document = RenderingFixtures.Excerpt;
        var twice = RenderingFixtures.Make("PT204", Severity.Warning, RuleCategory.Appropriateness, "/projects/0/indicators/0/target", "Same words.", null);
        var report = new ValidationReport([twice, twice with { }], document, null, "test");
        var html = TargetRendering.ToReviewHtml(document, report);
        Assert.Contains("id=\"finding-1\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"finding-2\"", html, StringComparison.Ordinal);
        Assert.Equal(1, Count(html, "id=\"finding-1\""));
        Assert.Equal(1, Count(html, "id=\"finding-2\""));
        Assert.Equal(Count(html, "href=\"#finding-1\""), Count(html, "href=\"#finding-2\""));

        static int Count(string text, string part)
        {
            var count = 0;
            for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
