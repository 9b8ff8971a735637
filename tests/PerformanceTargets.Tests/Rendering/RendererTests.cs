using System.Text;
using FsCheck.Xunit;
using PerformanceTargets.Model;
using PerformanceTargets.Rendering;
using PerformanceTargets.Tests.Infrastructure;

namespace PerformanceTargets.Tests.Rendering;

/// <summary>The renderer's API: outputs, options, merged cells, thread safety and caller mistakes.</summary>
public class RendererTests
{
    [Fact]
    public void String_writer_and_stream_outputs_are_the_same_text_in_utf8_without_bom()
    {
        var renderer = TargetRenderer.Default;
        var document = RenderingFixtures.Excerpt;
        var text = renderer.Render(document).GetTextOrThrow();

        using var writer = new StringWriter();
        var written = renderer.Render(document, writer);
        Assert.True(written.Success);
        Assert.Null(written.Text);
        Assert.Equal(text, writer.ToString());

        using var stream = new MemoryStream();
        Assert.True(renderer.Render(document, stream).Success);
        Assert.Equal(Encoding.UTF8.GetBytes(text), stream.ToArray());

        using var tableStream = new MemoryStream();
        Assert.True(renderer.RenderTable(document, 1, tableStream, new RenderOptions { Format = RenderFormat.Markdown }).Success);
        Assert.Equal(renderer.RenderTable(document, 1, new RenderOptions { Format = RenderFormat.Markdown }).Text, Encoding.UTF8.GetString(tableStream.ToArray()));
    }

    [Fact]
    public void A_failed_rendering_writes_nothing()
    {
        var renderer = TargetRenderer.CreateBuilder().UseTemplate(TemplateKind.HtmlDocument, "partial output {{ nosuch }}").Build().GetRendererOrThrow();
        using var writer = new StringWriter();
        var result = renderer.Render(RenderingFixtures.Excerpt, writer);
        Assert.False(result.Success);
        Assert.Equal(string.Empty, writer.ToString());
        Assert.Throws<TemplateException>(() => result.GetTextOrThrow());
    }

    [Fact]
    public void Tables_option_selects_and_orders_tables_in_the_contents_and_the_body()
    {
        var html = TargetRendering.ToHtml(RenderingFixtures.Seed, new RenderOptions { Tables = [13, 0] });
        var toc = html.Substring(html.IndexOf("<nav", StringComparison.Ordinal), html.IndexOf("</nav>", StringComparison.Ordinal) - html.IndexOf("<nav", StringComparison.Ordinal));
        Assert.True(toc.IndexOf("#table-14", StringComparison.Ordinal) < toc.IndexOf("#table-1\"", StringComparison.Ordinal));
        Assert.Equal(2, html.Split("<section class=\"project\"").Length - 1);
        Assert.True(html.IndexOf("id=\"table-14\"", StringComparison.Ordinal) < html.IndexOf("id=\"table-1\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Merged_cells_span_the_runs_of_equal_level_names_and_repeat_gives_every_row_its_cell()
    {
        var indicator = RenderingFixtures.Excerpt.Projects[0].Indicators[0];
        Indicator Row(string level1, string level2) => indicator with { Level1 = level1, Level2 = level2 };
        var project = RenderingFixtures.Excerpt.Projects[0] with
        {
            Indicators = [Row("产出指标", "数量指标"), Row("产出指标", "数量指标"), Row("产出指标", "质量指标"), Row("效益指标", "质量指标"), Row("产出指标", "质量指标")],
        };
        var document = RenderingFixtures.Excerpt with { Projects = [project] };

        var rows = HtmlTables.Rows(HtmlTables.Section(TargetRendering.ToHtml(document), "table-1"), "indicators");
        Assert.Equal([3, 0, 0, 1, 1], rows.Select(r => r.SingleOrDefault(c => c.Class == "level1")?.RowSpan ?? 0));
        Assert.Equal([2, 0, 1, 1, 1], rows.Select(r => r.SingleOrDefault(c => c.Class == "level2")?.RowSpan ?? 0));

        var repeated = HtmlTables.Rows(HtmlTables.Section(TargetRendering.ToHtml(document, new RenderOptions { MergedCells = MergedCellStyle.Repeat }), "table-1"), "indicators");
        Assert.All(repeated, r => Assert.Equal(1, r.Single(c => c.Class == "level1").RowSpan));
        Assert.Equal(["产出指标", "产出指标", "产出指标", "效益指标", "产出指标"], repeated.Select(r => r.Single(c => c.Class == "level1").Value));
    }

    [Fact]
    public void Weights_directions_and_optional_rows_appear_only_when_the_table_has_them()
    {
        var seedTable = TargetRenderer.Default.RenderTable(RenderingFixtures.Seed, 0).GetTextOrThrow();
        Assert.DoesNotContain("class=\"weight\"", seedTable, StringComparison.Ordinal);
        Assert.DoesNotContain("项目属性", seedTable, StringComparison.Ordinal);

        var project = RenderingFixtures.Excerpt.Projects[0];
        var document = RenderingFixtures.Excerpt with
        {
            Projects =
            [
                project with
                {
                    Attribute = ProjectAttribute.New,
                    ImplementationPeriod = new ImplementationPeriod { Start = "2023-07", End = "2024-01" },
                    PeriodGoals = ["长期目标"],
                    ReviewOpinion = "同意",
                    Indicators = [.. project.Indicators.Select((i, k) => i with { Weight = k == 0 ? 40m : null, Direction = IndicatorDirection.Negative })],
                },
            ],
        };
        var html = TargetRenderer.Default.RenderTable(document, 0).GetTextOrThrow();
        Assert.Contains("<td colspan=\"5\" class=\"attribute\">新增</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"5\" class=\"implementation-period\">2023-07 至 2024-01</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"12\" class=\"goals period\"><p>1.长期目标</p></td>", html, StringComparison.Ordinal);
        Assert.Contains("<td colspan=\"12\" class=\"review-opinion\">同意</td>", html, StringComparison.Ordinal);
        var rows = HtmlTables.Rows(html, "indicators");
        Assert.Equal("40", rows[0].Single(c => c.Class == "weight").Value);
        Assert.Equal(string.Empty, rows[1].Single(c => c.Class == "weight").Value);
        Assert.All(rows, r => Assert.Equal("反向", r.Single(c => c.Class == "direction").Value));
    }

    [Theory]
    [InlineData(0, new[] { 12 })]
    [InlineData(1, new[] { 12 })]
    [InlineData(4, new[] { 3, 3, 3, 3 })]
    [InlineData(5, new[] { 3, 3, 2, 2, 2 })]
    [InlineData(12, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 })]
    [InlineData(14, new[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 6, 6 })]
    public void The_spending_plan_fills_the_twelve_data_columns_of_the_header_block(int points, int[] spans)
    {
        var project = RenderingFixtures.Excerpt.Projects[0] with
        {
            SpendingPlan = [.. Enumerable.Range(1, points).Select(m => new SpendingPoint { Month = m, CumulativePercent = m * 5 })],
        };
        var html = TargetRenderer.Default.RenderTable(RenderingFixtures.Excerpt with { Projects = [project] }, 0).GetTextOrThrow();
        var cells = HtmlTables.Rows(html, "header-block").SelectMany(r => r).Where(c => c.Class == "month").ToList();
        Assert.Equal(spans, cells.Select(c => int.Parse(System.Text.RegularExpressions.Regex.Match(c.Attributes, "colspan=\"(\\d+)\"").Groups[1].Value)));
        var label = HtmlTables.Rows(html, "header-block").SelectMany(r => r).Single(c => c.Content.StartsWith("资金支出计划", StringComparison.Ordinal));
        Assert.Equal(points > 12 ? 4 : 2, label.RowSpan);
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(DocumentArbitraries)])]
    public bool Generated_documents_render_in_every_format_and_option_without_errors(TargetDocument document)
    {
        var results = new[]
        {
            TargetRenderer.Default.Render(document),
            TargetRenderer.Default.Render(document, new RenderOptions { Format = RenderFormat.Markdown, Language = Language.English }),
            TargetRenderer.Default.Render(document, new RenderOptions { Review = true, MergedCells = MergedCellStyle.Repeat }),
        };
        return results.All(r => r.Success && r.Text!.Length > 0 && !r.Text.Contains('\r'));
    }

    [Fact]
    public void Rendering_in_parallel_gives_the_same_text_as_rendering_alone()
    {
        var document = RenderingFixtures.Seed;
        var report = RenderingFixtures.SeedReport();
        var expectedHtml = TargetRendering.ToHtml(document);
        var expectedReview = TargetRendering.ToReviewHtml(document, report);
        var expectedMarkdown = TargetRendering.ToMarkdown(document);
        var failures = 0;
        Parallel.For(0, 48, i =>
        {
            var text = (i % 3) switch
            {
                0 => TargetRendering.ToHtml(document),
                1 => TargetRendering.ToReviewHtml(document, report),
                _ => TargetRendering.ToMarkdown(document),
            };
            var expected = (i % 3) switch { 0 => expectedHtml, 1 => expectedReview, _ => expectedMarkdown };
            if (!string.Equals(text, expected, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref failures);
            }
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void Caller_mistakes_are_exceptions()
    {
        var renderer = TargetRenderer.Default;
        var document = RenderingFixtures.Excerpt;
        Assert.Throws<ArgumentNullException>(() => renderer.Render(null!));
        Assert.Throws<ArgumentNullException>(() => renderer.Render(document, (TextWriter)null!));
        Assert.Throws<ArgumentNullException>(() => renderer.Render(document, (Stream)null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => renderer.RenderTable(document, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => renderer.RenderTable(document, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => renderer.Render(document, new RenderOptions { Tables = [5] }));
        Assert.Throws<ArgumentNullException>(() => TargetRendering.ToReviewHtml(document, null!));
    }

    [Theory]
    [InlineData("zh-CN", true, Language.Chinese)]
    [InlineData("zh", true, Language.Chinese)]
    [InlineData("EN", true, Language.English)]
    [InlineData("en-US", true, Language.English)]
    [InlineData("fr", false, Language.Chinese)]
    [InlineData(null, false, Language.Chinese)]
    public void Language_tags_parse(string? tag, bool ok, Language expected)
    {
        Assert.Equal(ok, Languages.TryParse(tag, out var language));
        Assert.Equal(expected, language);
    }

    [Fact]
    public void Options_are_values()
    {
        Assert.Equal(new RenderOptions { Tables = [1, 2] }, new RenderOptions { Tables = [1, 2] });
        Assert.NotEqual(new RenderOptions { Tables = [1, 2] }, new RenderOptions { Tables = [2, 1] });
        Assert.Equal(RenderOptions.Default, new RenderOptions { Tables = default });
        Assert.Equal("en", new RenderOptions { Language = Language.English }.LanguageTag);
    }

    [Fact]
    public void A_long_title_is_cut_to_seventy_characters_in_the_page_title_only()
    {
        var title = string.Concat(Enumerable.Repeat("预算绩效", 30)) + "😀";
        var html = TargetRendering.ToHtml(RenderingFixtures.Excerpt with { Title = title });
        var pageTitle = html.Substring(html.IndexOf("<title>", StringComparison.Ordinal) + 7);
        pageTitle = pageTitle.Substring(0, pageTitle.IndexOf("</title>", StringComparison.Ordinal));
        Assert.Equal(70, pageTitle.Length);
        Assert.EndsWith("…", pageTitle, StringComparison.Ordinal);
        Assert.Contains(title, html, StringComparison.Ordinal);
        var cut = PerformanceTargets.Rendering.Views.DocumentView.PageTitle(new string('x', 68) + "😀😀", HtmlEncoder.Instance);
        Assert.Equal(new string('x', 68) + "…", cut);
        var escaped = PerformanceTargets.Rendering.Views.DocumentView.PageTitle(string.Concat(Enumerable.Repeat("<b>", 30)), HtmlEncoder.Instance);
        Assert.True(escaped.Length <= 70, escaped);
        Assert.EndsWith("…", escaped, StringComparison.Ordinal);
        Assert.StartsWith(System.Net.WebUtility.HtmlDecode(escaped)[..^1], string.Concat(Enumerable.Repeat("<b>", 30)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_renderer_has_the_built_in_templates()
    {
        Assert.Equal(
            [
                "html-document", "html-evaluation", "html-evaluation-table", "html-findings", "html-monitoring", "html-monitoring-table", "html-review-summary", "html-style", "html-table",
                "markdown-document", "markdown-evaluation", "markdown-evaluation-table", "markdown-monitoring", "markdown-monitoring-table", "markdown-table",
            ],
            TargetRenderer.Default.TemplateNames.ToArray());
        Assert.Same(TargetRenderer.Default, TargetRenderer.Default);
    }
}
